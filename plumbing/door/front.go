package door

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
)

// ErrAnonymousExposed is returned by CheckExposure for an API that would
// answer anyone on the network.
var ErrAnonymousExposed = errors.New("door: the query API would listen beyond loopback without API keys")

// HealthPath is the query API's own liveness endpoint, open without a key.
const HealthPath = "/healthz"

// Front puts the query API behind its door: CORS for the configured
// origins (none: off), then the keys (nil: no authentication), with
// HealthPath answered without a key.
func Front(api http.Handler, keys *Keys, corsOrigins []string) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+HealthPath, func(w http.ResponseWriter, _ *http.Request) {
		_, _ = w.Write([]byte("ok\n"))
	})
	mux.Handle("/", api)
	return CORS(corsOrigins, keys.Require(mux, HealthPath))
}

// CheckExposure refuses to serve an API without keys on anything but a
// loopback address, unless the operator said so (allowAnonymous): a
// query API open to the network is a decision, not a default.
func CheckExposure(addr string, keys *Keys, allowAnonymous bool) error {
	if keys != nil || allowAnonymous || Loopback(addr) {
		return nil
	}
	return fmt.Errorf("%w: %q (give API keys with NEWSFLOW_API_KEYS_FILE, listen on 127.0.0.1, or allow anonymous access explicitly with NEWSFLOW_API_ALLOW_ANONYMOUS=true or api_allow_anonymous)", ErrAnonymousExposed, addr)
}

// Loopback reports whether a listen address ("127.0.0.1:8080",
// "[::1]:0", "localhost:8080") accepts connections from this host only.
// An empty host (":8080") listens on every interface.
func Loopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// SplitOrigins parses a comma-separated list of CORS origins.
func SplitOrigins(s string) []string {
	var out []string
	for o := range strings.SplitSeq(s, ",") {
		if o = strings.TrimSpace(o); o != "" {
			out = append(out, o)
		}
	}
	return out
}
