// Package rawbody encodes and decodes the page bytes carried in a RawPage.
//
// Pages larger than a threshold are zstd-compressed so that they fit under
// NATS's default 1 MB payload limit; small pages travel as they are, because
// compressing them costs more CPU than it saves bytes. Decode always returns
// the page exactly as served.
package rawbody
