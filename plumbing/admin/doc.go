// Package admin serves a service's operations endpoints on its admin port:
// /healthz (the process is alive), /readyz (every readiness check passes:
// connected, stream and consumer present) and /metrics (Prometheus), with
// the timeouts and limits of package door.
package admin
