// Package kvseen implements the poller's SeenSet over a JetStream key-value
// bucket, so that every fetcher replica shares one dedup set.
//
// Keys are hashed (SHA-256, 128 bits, hex) so that any string is a valid KV
// key and key length is bounded. Entries expire with the bucket's TTL: an
// item that outlives it in its feed is fetched again, and the duplicate is
// absorbed downstream by its record id.
package kvseen
