package loadtest

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/newsflow/newsflow/plumbing/door"
)

// TestHostile runs the cases of newsflow bench hostile with short door
// timeouts (1 s idle and read-header, connections counted 5 s after they
// were opened): forged and pre-empted publishes, a stage user refused, an
// oversized page and article, a secret-bearing feed URL, 500 idle
// keep-alive connections and a slow-loris client, a feed with bad bytes.
// Every case must be handled and every count that must be zero is.
func TestHostile(t *testing.T) {
	res, err := Hostile(t.Context(), HostileOptions{
		DataDir:   t.TempDir(),
		IdleConns: 500,
		Limits:    door.Limits{IdleTimeout: time.Second, ReadHeaderTimeout: time.Second},
		IdleWait:  5 * time.Second,
		Timeout:   2 * time.Minute,
		Progress:  testWriter{t},
	})
	if err != nil {
		t.Fatalf("hostile run: %v (result %+v)", err, res)
	}
	for _, c := range res.Details {
		if !c.Handled {
			t.Errorf("case %s not handled: %s", c.Name, c.Detail)
		} else {
			t.Logf("case %s: %s", c.Name, c.Detail)
		}
	}
	// Each zero asserted on its own, so that a failure names it.
	if res.Cases != 12 || res.Handled != res.Cases {
		t.Errorf("handled %d of %d cases, want 12 of 12", res.Handled, res.Cases)
	}
	for name, n := range map[string]int{
		"forged_stored": res.ForgedStored, "lost": res.Lost, "stuck": res.Stuck,
		"secrets_leaked": res.SecretsLeaked, "idle_conns_after": res.IdleConnsAfter,
	} {
		if n != 0 {
			t.Errorf("%s = %d, want 0", name, n)
		}
	}
	if !res.OK() {
		t.Errorf("result not OK: %+v", res)
	}
}

// TestKnockIdleCountsOpenConnections is the control of the idle count: a
// server without idle or read-header timeouts keeps every connection, and
// knockIdle must say so.
func TestKnockIdleCountsOpenConnections(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte("ok\n")) }))
	t.Cleanup(srv.Close)
	opened, open, slowOpen, err := knockIdle(t.Context(), srv.Listener.Addr().String(), 20, 500*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	if opened != 20 || open != 20 || slowOpen != 1 {
		t.Errorf("opened %d, open %d, slow-loris open %d; want 20, 20, 1", opened, open, slowOpen)
	}
}
