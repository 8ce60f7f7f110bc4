// Package bustest provides the JetStream test fixture every module's tests
// share: a real in-process nats-server with JetStream per test (random
// loopback port, store in t.TempDir, shut down by t.Cleanup), a
// connection, the provisioned newsflow streams, telemetry recording spans
// into memory, and a publisher. It exists so that the set-up lives in one
// place; it is test support, imported only from _test.go files, so nothing
// here reaches a service binary.
package bustest
