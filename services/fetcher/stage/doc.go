// Package stage is the fetcher as a pipeline stage: it polls feeds with
// package poll and publishes each new page as a RawPage on
// news.raw.<source>, waiting for the stream's ack before the item is marked
// seen. The service binary and the all-in-one demo both run it.
package stage
