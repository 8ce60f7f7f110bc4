package loadtest

import (
	"errors"
	"os"
	"testing"
	"time"

	"github.com/newsflow/newsflow/services/sink/pgserver"
)

// TestChaos runs the fault scenarios of newsflow bench chaos on a short
// run: every service SIGKILLed and restarted, two SIGTERMed, the NATS server
// restarted, the database stopped, poison injected. Nothing may be lost or
// doubled and every poison message must be dead-lettered with its reason.
func TestChaos(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the service binaries and runs for about a minute; skipped with -short")
	}
	if err := pgserver.Available(); errors.Is(err, pgserver.ErrNoPostgres) {
		if os.Getenv("NEWSFLOW_REQUIRE_POSTGRES") == "1" {
			t.Fatalf("%v (NEWSFLOW_REQUIRE_POSTGRES=1)", err)
		}
		t.Skipf("skipping: %v", err)
	}
	res, err := Chaos(t.Context(), ChaosOptions{
		Articles: 150, Spacing: 1500 * time.Millisecond, DBDown: 5 * time.Second,
		Timeout: 5 * time.Minute, Progress: testWriter{t},
	})
	if err != nil {
		t.Fatalf("chaos run: %v (result %+v)", err, res)
	}
	t.Logf("%+v", res)
	if res.Lost != 0 || res.Duplicates != 0 || res.Stored != res.Articles {
		t.Errorf("stored %d of %d, lost %d, duplicates %d", res.Stored, res.Articles, res.Lost, res.Duplicates)
	}
	if res.Poison == 0 || res.DeadLettered != res.Poison {
		t.Errorf("%d of %d poison messages dead-lettered", res.DeadLettered, res.Poison)
	}
	if len(res.Faults) != 9 {
		t.Errorf("faults injected: %v", res.Faults)
	}
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(string(p))
	return len(p), nil
}
