// Command sweep is the extractor's scaling sweep: for every shape the rules
// read (package pathological, Shapes), it extracts a page of n repetitions
// and one of factor×n, and prints the time and the bytes allocated per page
// for both and their ratios. Work linear in the page grows by the factor;
// a ratio well above it (above -flag, 6 for the default factor of 4) marks
// a rule whose work grows faster than the page, and the command exits 1.
//
// It is a command rather than a Go benchmark because its result is the
// ratio between two sizes measured in the same run, which `go test -bench`
// does not compute, and because one command is what a reviewer re-runs
// after rules change:
//
//	go run ./services/extractor/cmd/sweep            # every shape
//	go run ./services/extractor/cmd/sweep -shape 'meta|card' -runs 5
//
// Times are the median of -runs extractions of each page on whatever cores
// GOMAXPROCS allows (an extraction runs on one); allocated bytes are
// runtime.MemStats.TotalAlloc around one extraction, which does not depend
// on the machine's load.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/newsflow/newsflow/services/extractor/extract"
	"github.com/newsflow/newsflow/services/extractor/extract/pathological"
)

func main() { os.Exit(run()) }

// run runs the sweep and returns the exit status: 1 when a shape is
// flagged or a page fails, 2 on bad flags.
func run() int {
	var cfg config
	flag.IntVar(&cfg.n, "n", 2000, "repetitions of each shape on the smaller page")
	flag.IntVar(&cfg.factor, "factor", 4, "the larger page holds factor×n repetitions")
	flag.IntVar(&cfg.runs, "runs", 3, "extractions of each page; the median time is reported")
	flag.Float64Var(&cfg.limit, "flag", 6, "flag a shape whose time or allocation ratio is above this")
	shape := flag.String("shape", "", "only the shapes whose name matches this regular expression")
	profile := flag.String("cpuprofile", "", "write a CPU profile of the sweep to this file")
	flag.Parse()
	if flag.NArg() != 0 || cfg.n < 1 || cfg.factor < 2 || cfg.runs < 1 {
		flag.Usage()
		return 2
	}
	re, err := regexp.Compile(*shape)
	if err != nil {
		fmt.Fprintf(os.Stderr, "sweep: parsing -shape: %v\n", err)
		return 2
	}
	for _, s := range pathological.Shapes() {
		if re.MatchString(s.Name) {
			cfg.shapes = append(cfg.shapes, s)
		}
	}
	if *profile != "" {
		stop, err := startProfile(*profile)
		if err != nil {
			fmt.Fprintf(os.Stderr, "sweep: %v\n", err)
			return 1
		}
		defer stop()
	}
	flagged, err := sweep(os.Stdout, cfg)
	if err != nil {
		fmt.Fprintf(os.Stderr, "sweep: %v\n", err)
		return 1
	}
	if len(flagged) > 0 {
		fmt.Fprintf(os.Stderr, "sweep: %d shape(s) grow faster than the page: %s\n", len(flagged), strings.Join(flagged, ", "))
		return 1
	}
	return 0
}

type config struct {
	n, factor, runs int
	limit           float64
	shapes          []pathological.Shape
}

func startProfile(name string) (func(), error) {
	f, err := os.Create(name)
	if err != nil {
		return nil, fmt.Errorf("creating the profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("starting the profile: %w", err)
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

// measure is one page's cost.
type measure struct {
	bytes  int
	time   time.Duration
	alloc  uint64
	limits []string
}

// extractPage extracts page runs times and returns the median time and the
// smallest allocation (the same on every run but for the runtime's own).
func extractPage(page []byte, runs int) (measure, error) {
	m := measure{bytes: len(page)}
	times := make([]time.Duration, 0, runs)
	for range runs {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		start := time.Now()
		art, err := extract.HTML(page, extract.Input{URL: "https://news.test/storm"})
		times = append(times, time.Since(start))
		runtime.ReadMemStats(&after)
		if err != nil {
			return m, fmt.Errorf("extracting: %w", err)
		}
		if a := after.TotalAlloc - before.TotalAlloc; m.alloc == 0 || a < m.alloc {
			m.alloc = a
		}
		m.limits = art.GetLimitsHit()
	}
	slices.Sort(times)
	m.time = times[len(times)/2]
	return m, nil
}

// sweep measures every shape of cfg and writes the table to w. It returns
// the shapes whose ratio is above the limit.
func sweep(w io.Writer, cfg config) ([]string, error) {
	// Fixed widths rather than a tabwriter, so that each row shows as
	// soon as its shape is measured.
	const row = "%-22s %6s %7s %8s %7s %8s %7s %7s %7s %7s%s\n"
	fmt.Fprintf(w, row, "shape", "n", "KB", "ms", fmt.Sprintf("%dn KB", cfg.factor), fmt.Sprintf("%dn ms", cfg.factor),
		"time ×", "MB", fmt.Sprintf("%dn MB", cfg.factor), "alloc ×", "")
	var flagged []string
	for _, s := range cfg.shapes {
		small, err := extractPage(s.Page(cfg.n), cfg.runs)
		if err != nil {
			return nil, fmt.Errorf("shape %s at %d: %w", s.Name, cfg.n, err)
		}
		large, err := extractPage(s.Page(cfg.factor*cfg.n), cfg.runs)
		if err != nil {
			return nil, fmt.Errorf("shape %s at %d: %w", s.Name, cfg.factor*cfg.n, err)
		}
		tr := float64(large.time) / float64(max(small.time, time.Microsecond))
		ar := float64(large.alloc) / float64(max(small.alloc, 1))
		note := ""
		if tr > cfg.limit || ar > cfg.limit {
			note = "  SUPER-LINEAR"
			flagged = append(flagged, s.Name)
		}
		// A page cut to size by a cap measures the cap, not the rules.
		if len(large.limits) > 0 {
			note += "  capped: " + strings.Join(large.limits, ",")
		}
		fmt.Fprintf(w, row, s.Name, strconv.Itoa(cfg.n), kb(small.bytes), f1(ms(small.time)), kb(large.bytes),
			f1(ms(large.time)), f1(tr), f1(mb(small.alloc)), f1(mb(large.alloc)), f1(ar), note)
	}
	return flagged, nil
}

func f1(x float64) string { return strconv.FormatFloat(x, 'f', 1, 64) }

func kb(n int) string { return strconv.Itoa(n >> 10) }

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func mb(b uint64) float64 { return float64(b) / (1 << 20) }
