package loadtest

import (
	"context"
	"errors"
	"os"
	"sync"
	"syscall"
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

// TestChaosEndsItsProcesses stops a chaos run in the middle of its faults
// (the path a signal or the timeout takes) and checks that every process
// it started — the services, restarted ones included, and nats-server —
// has exited by the time it returns.
func TestChaosEndsItsProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the service binaries; skipped with -short")
	}
	if err := pgserver.Available(); errors.Is(err, pgserver.ErrNoPostgres) {
		if os.Getenv("NEWSFLOW_REQUIRE_POSTGRES") == "1" {
			t.Fatalf("%v (NEWSFLOW_REQUIRE_POSTGRES=1)", err)
		}
		t.Skipf("skipping: %v", err)
	}
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	repo, err := findRepo(wd)
	if err != nil {
		t.Fatal(err)
	}
	bin := t.TempDir()
	if err := buildBinaries(t.Context(), repo, bin); err != nil {
		t.Fatal(err)
	}

	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	var (
		mu   sync.Mutex
		pids = map[int]string{}
		runs = map[string]int{}
	)
	onStart := func(name string, pid int) {
		mu.Lock()
		defer mu.Unlock()
		pids[pid] = name
		runs[name]++
		if name == "extractor" && runs[name] == 2 {
			cancel() // the first fault restarted the extractor: stop here
		}
	}
	_, err = Chaos(ctx, ChaosOptions{
		Articles: 100, BinDir: bin, Spacing: 500 * time.Millisecond, DBDown: time.Second,
		Timeout: 3 * time.Minute, Progress: testWriter{t}, onStart: onStart, workDir: t.TempDir(),
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Chaos returned %v, want it cancelled", err)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(pids) < 6 {
		t.Fatalf("only %d processes were started: %v", len(pids), pids)
	}
	for pid, name := range pids {
		if err := syscall.Kill(pid, 0); !errors.Is(err, syscall.ESRCH) {
			t.Errorf("%s (pid %d) still exists after the run ended (kill 0: %v)", name, pid, err)
		}
	}
}
