// Package door provides newsflow's HTTP front doors: a server with
// timeouts and limits (Serve), API-key or bearer-token authentication
// (Keys), CORS (CORS, off unless origins are configured) and a cap on
// requests in flight (Limit).
//
// Invariants: every server this package starts has read-header, read,
// write and idle timeouts, a header size cap and a connection cap, so
// that neither idle keep-alive connections nor slow clients pile up; a
// request over the in-flight cap is answered 503 at once rather than
// queued; keys are compared in constant time against SHA-256 digests and
// never logged, and a refused request learns nothing but 401.
package door
