package loadcli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/newsflow/newsflow/cmd/newsflow/internal/loadtest"
	"github.com/newsflow/newsflow/plumbing/door"
)

func runHostile(ctx context.Context, args []string, std Stdio, _ func(string) string) error {
	fs := newFlagSet("bench hostile", std)
	idleConns := fs.Int("idle-conns", 500, "idle keep-alive connections opened against the query API")
	d := door.DefaultLimits()
	idleTimeout := fs.Duration("idle-timeout", d.IdleTimeout, "the query API's idle timeout (door's default)")
	headerTimeout := fs.Duration("read-header-timeout", d.ReadHeaderTimeout, "the query API's read-header timeout, which ends a slow-loris client (door's default)")
	idleWait := fs.Duration("idle-wait", 60*time.Second, "count the connections still open this long after they were opened")
	dataDir := fs.String("data", "", "directory for the embedded JetStream store, nkey seeds and SQLite file (default: a temporary one)")
	asJSON := fs.Bool("json", false, "print one JSON line instead of a summary")
	verbose := fs.Bool("v", false, "print each case's outcome")
	timeout := fs.Duration("timeout", 5*time.Minute, "give up after this long")
	fs.Usage = func() {
		fmt.Fprintln(std.Err, "usage: newsflow bench hostile [--json]\n\nRuns the hostile cases against an all-in-one pipeline with per-service NATS\nusers (forged and pre-empted publishes, a stage user publishing where it may\nnot, an oversized page and article, a feed URL with a password and an API\ntoken, idle keep-alive and slow-loris connections to the query API, a feed\nwith bytes that are not UTF-8), all on loopback. Every count but cases and\nhandled must be 0; the exit status is non-zero otherwise.")
		fs.PrintDefaults()
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	defer stop()
	res, err := loadtest.Hostile(ctx, loadtest.HostileOptions{
		DataDir: *dataDir, IdleConns: *idleConns, IdleWait: *idleWait, Timeout: *timeout, Progress: std.Err,
		Limits: door.Limits{IdleTimeout: *idleTimeout, ReadHeaderTimeout: *headerTimeout},
	})
	if *asJSON {
		if werr := writeJSONLine(std.Out, res); werr != nil {
			return errors.Join(err, werr)
		}
	} else {
		fmt.Fprintf(std.Out, "hostile: %d of %d cases handled; forged stored %d, lost %d, stuck %d, secrets leaked %d, idle connections open after %.0f s %d\n",
			res.Handled, res.Cases, res.ForgedStored, res.Lost, res.Stuck, res.SecretsLeaked, res.IdleMeasuredAfterS, res.IdleConnsAfter)
	}
	if *verbose || !res.OK() {
		for _, c := range res.Details {
			mark := "ok  "
			if !c.Handled {
				mark = "FAIL"
			}
			fmt.Fprintf(std.Err, "%s %-20s %s\n", mark, c.Name, c.Detail)
		}
	}
	if err != nil {
		return err
	}
	if !res.OK() {
		return fmt.Errorf("the pipeline did not hold: %d of %d cases handled, forged stored %d, lost %d, stuck %d, secrets leaked %d, idle connections %d",
			res.Handled, res.Cases, res.ForgedStored, res.Lost, res.Stuck, res.SecretsLeaked, res.IdleConnsAfter)
	}
	return nil
}
