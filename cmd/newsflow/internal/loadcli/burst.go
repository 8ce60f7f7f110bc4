package loadcli

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"sort"
	"syscall"
	"time"

	"github.com/newsflow/newsflow/cmd/newsflow/internal/loadtest"
)

func runBurst(ctx context.Context, args []string, std Stdio, _ func(string) string) error {
	fs := newFlagSet("bench burst", std)
	pages := fs.Int("pages", 50000, "raw pages in the burst")
	bin := fs.String("bin", "", "directory with prebuilt extractor, classifier, sink and nats-server binaries (default: build them)")
	asJSON := fs.Bool("json", false, "print one JSON line instead of a summary")
	timeout := fs.Duration("timeout", time.Hour, "give up after this long")
	fs.Usage = func() {
		fmt.Fprintln(std.Err, "usage: newsflow bench burst [--pages N] [--json]\n\nPuts N raw pages into NEWS_RAW at once, then runs the extractor, classifier\nand sink as separate processes until all are stored, sampling each one's\nresident memory: peak, and at each quarter of the burst.")
		fs.PrintDefaults()
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	defer stop()
	res, err := loadtest.Burst(ctx, loadtest.BurstOptions{Pages: *pages, BinDir: *bin, Timeout: *timeout, Progress: std.Err})
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSONLine(std.Out, res)
	}
	fmt.Fprintf(std.Out, "burst: %d pages stored in %.0f s\n", res.Stored, res.Seconds)
	names := make([]string, 0, len(res.PeakRSSMB))
	for n := range res.PeakRSSMB {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(std.Out, "  %-10s peak RSS %4.0f MB; at each quarter %v MB\n", n, res.PeakRSSMB[n], roundAll(res.Quarters[n]))
	}
	return nil
}

func roundAll(xs []float64) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = int(x + 0.5)
	}
	return out
}
