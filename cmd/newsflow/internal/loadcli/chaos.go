package loadcli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/newsflow/newsflow/cmd/newsflow/internal/loadtest"
)

func runChaos(ctx context.Context, args []string, std Stdio, _ func(string) string) error {
	fs := newFlagSet("bench chaos", std)
	articles := fs.Int("articles", 2000, "articles pushed through the pipeline while faults are injected")
	bin := fs.String("bin", "", "directory with prebuilt fetcher, extractor, classifier, sink and nats-server binaries (default: build them from this workspace)")
	dbDown := fs.Duration("db-down", 30*time.Second, "how long the database is stopped")
	spacing := fs.Duration("spacing", 5*time.Second, "time between two faults")
	cluster := fs.Bool("cluster", false, "run a three-node JetStream cluster (streams and KV R3) and add the fault kill:nats-node")
	asJSON := fs.Bool("json", false, "print one JSON line instead of a summary")
	timeout := fs.Duration("timeout", 20*time.Minute, "give up after this long")
	fs.Usage = func() {
		fmt.Fprintln(std.Err, "usage: newsflow bench chaos --articles N [--json]\n\nRuns the fetcher, extractor, classifier and sink as separate processes\nagainst a nats-server process and PostgreSQL, all on loopback, while N\narticles flow; SIGKILLs and restarts each service, SIGTERMs two, restarts\nthe NATS server, stops the database, injects poison messages, then counts\nwhat was stored, lost, duplicated and dead-lettered.")
		fs.PrintDefaults()
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	// A signal ends the run through its cleanup: every process it started
	// is stopped before newsflow exits.
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	defer stop()
	res, err := loadtest.Chaos(ctx, loadtest.ChaosOptions{
		Articles: *articles, BinDir: *bin, DBDown: *dbDown, Spacing: *spacing, Cluster: *cluster, Timeout: *timeout, Progress: std.Err,
	})
	if *asJSON {
		if werr := writeJSONLine(std.Out, res); werr != nil {
			return errors.Join(err, werr)
		}
	} else {
		fmt.Fprintf(std.Out, "chaos: %d articles, stored %d, lost %d, duplicates %d; %d poison messages, %d dead-lettered\n  faults: %s\n",
			res.Articles, res.Stored, res.Lost, res.Duplicates, res.Poison, res.DeadLettered, strings.Join(res.Faults, ", "))
	}
	if err != nil {
		return err
	}
	if res.Lost != 0 || res.Duplicates != 0 || res.DeadLettered != res.Poison {
		return fmt.Errorf("the pipeline did not hold: lost %d, duplicates %d, %d of %d poison messages dead-lettered", res.Lost, res.Duplicates, res.DeadLettered, res.Poison)
	}
	return nil
}
