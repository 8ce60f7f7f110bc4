// Command sweep is the extractor's scaling sweep: for every shape the rules
// read (package pathological, Shapes), it extracts pages of n, factor×n
// and factor²×n repetitions (-steps sizes in all), and prints the CPU time
// and the bytes allocated per page at each size and the largest ratio
// between two sizes in a row. Work linear in the page grows by the factor;
// a ratio well above it (above -flag, 6 for the default factor of 4,
// between the two largest sizes; above -flag-early, 12, between smaller
// ones) marks a rule whose work grows faster than the page, and the
// command exits 1.
// A flagged shape is measured again before it is reported, so that a
// moment of load on a shared machine does not flag it; a ladder of sizes
// rather than two catches a rule that is quadratic up to a cap of its own
// and cheap past it.
//
// It is a command rather than a Go benchmark because its result is the
// ratio between sizes measured in the same run, which `go test -bench`
// does not compute, and because one command is what a reviewer re-runs
// after rules change:
//
//	go run ./services/extractor/cmd/sweep                # every shape, 500, 2,000 and 8,000
//	go run ./services/extractor/cmd/sweep -placements    # each shape in, after and before the story, and alone
//	go run ./services/extractor/cmd/sweep -shape 'meta|card' -runs 5
//
// Times are the median of -runs extractions of each page, in CPU time of
// the process where the system reports it (the extraction runs on one
// core, the collector beside it), so that other work on the machine
// counts for little; allocated bytes are runtime.MemStats.TotalAlloc
// around one extraction.
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
	flag.IntVar(&cfg.n, "n", 500, "repetitions of each shape on the smallest page")
	flag.IntVar(&cfg.factor, "factor", 4, "each page holds factor times the repetitions of the one before")
	flag.IntVar(&cfg.steps, "steps", 3, "pages per shape (sizes n, factor×n, …)")
	flag.IntVar(&cfg.runs, "runs", 3, "extractions of each page; the median time is reported")
	flag.Float64Var(&cfg.limit, "flag", 6, "flag a shape whose time or allocation grows by more than this from the last size but one to the last")
	flag.Float64Var(&cfg.early, "flag-early", 12, "the same for the smaller sizes before")
	shape := flag.String("shape", "", "only the shapes whose name matches this regular expression")
	profile := flag.String("cpuprofile", "", "write a CPU profile of the sweep to this file")
	every := flag.Bool("placements", false, "sweep each shape at every placement (in, after and before the story, alone), not only its own")
	flag.Parse()
	if flag.NArg() != 0 || cfg.n < 1 || cfg.factor < 2 || cfg.steps < 2 || cfg.runs < 1 {
		flag.Usage()
		return 2
	}
	re, err := regexp.Compile(*shape)
	if err != nil {
		fmt.Fprintf(os.Stderr, "sweep: parsing -shape: %v\n", err)
		return 2
	}
	for _, s := range pathological.Shapes() {
		variants := []pathological.Shape{s}
		if *every {
			variants = variants[:0]
			for _, p := range pathological.Placements {
				variants = append(variants, s.At(p))
			}
		}
		for _, v := range variants {
			if re.MatchString(v.Name) {
				cfg.shapes = append(cfg.shapes, v)
			}
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
	n, factor, steps, runs int
	limit, early           float64
	shapes                 []pathological.Shape
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
		start := cpuTime()
		art, err := extract.HTML(page, extract.Input{URL: "https://news.test/storm"})
		times = append(times, cpuTime()-start)
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

// ladder is one shape measured at each size.
type ladder struct {
	sizes []int
	m     []measure
	// tr and ar are the largest ratios of time and of allocation between
	// sizes in a row, trAt and arAt the larger size of that pair.
	tr, ar     float64
	trAt, arAt int
	// over is true when a ratio is above its limit: -flag for the last
	// pair, -flag-early for the pairs before. Small pages fit the caches
	// and sit near the size where a rule's decision changes (a row of
	// person cards cut as a box up to 500 cards, weighed card by card
	// past it), so linear work grows by up to 10 there; a rule that is
	// quadratic up to a cap of its own grows by nearly 16.
	over bool
}

func measureShape(s pathological.Shape, cfg config, runs int) (ladder, error) {
	var l ladder
	for i, n := 0, cfg.n; i < cfg.steps; i, n = i+1, n*cfg.factor {
		m, err := extractPage(s.Page(n), runs)
		if err != nil {
			return l, fmt.Errorf("shape %s at %d: %w", s.Name, n, err)
		}
		l.sizes = append(l.sizes, n)
		l.m = append(l.m, m)
		if i == 0 {
			continue
		}
		prev := l.m[i-1]
		limit := cfg.early
		if i == cfg.steps-1 {
			limit = cfg.limit
		}
		tr := float64(m.time) / float64(max(prev.time, 100*time.Microsecond))
		ar := float64(m.alloc) / float64(max(prev.alloc, 1))
		if tr > l.tr {
			l.tr, l.trAt = tr, n
		}
		if ar > l.ar {
			l.ar, l.arAt = ar, n
		}
		l.over = l.over || tr > limit || ar > limit
	}
	return l, nil
}

// sweep measures every shape of cfg and writes the table to w. It returns
// the shapes whose ratio is above the limit, twice.
func sweep(w io.Writer, cfg config) ([]string, error) {
	// Warm up: the first extraction builds the rules.
	if _, err := extract.HTML([]byte("<p>x</p>"), extract.Input{}); err != nil {
		return nil, fmt.Errorf("warming up: %w", err)
	}
	// Fixed widths rather than a tabwriter, so that each row shows as
	// soon as its shape is measured.
	fmt.Fprintf(w, "%-30s", "shape")
	for i, n := 0, cfg.n; i < cfg.steps; i, n = i+1, n*cfg.factor {
		fmt.Fprintf(w, " %8s", "ms@"+strconv.Itoa(n))
	}
	fmt.Fprintf(w, " %7s %9s %7s\n", "time ×", "MB@last", "alloc ×")
	var flagged []string
	for _, s := range cfg.shapes {
		l, err := measureShape(s, cfg, cfg.runs)
		if err != nil {
			return nil, err
		}
		note := ""
		if l.over {
			// Once more, with more runs: a flag must hold twice.
			again, err := measureShape(s, cfg, 2*cfg.runs+1)
			if err != nil {
				return nil, err
			}
			if again.over {
				note = fmt.Sprintf("  SUPER-LINEAR (again: time × %.1f at %d, alloc × %.1f at %d)", again.tr, again.trAt, again.ar, again.arAt)
				flagged = append(flagged, s.Name)
			} else {
				note = fmt.Sprintf("  (once: time × %.1f, alloc × %.1f; again %.1f, %.1f)", l.tr, l.ar, again.tr, again.ar)
				l.tr, l.ar = again.tr, again.ar
			}
		}
		// A page cut to size by a cap measures the cap, not the rules.
		if last := l.m[len(l.m)-1]; len(last.limits) > 0 {
			note += "  capped: " + strings.Join(last.limits, ",")
		}
		fmt.Fprintf(w, "%-30s", s.Name)
		for _, m := range l.m {
			fmt.Fprintf(w, " %8s", f1(ms(m.time)))
		}
		fmt.Fprintf(w, " %7s %9s %7s%s\n", f1(l.tr), f1(mb(l.m[len(l.m)-1].alloc)), f1(l.ar), note)
	}
	return flagged, nil
}

func f1(x float64) string { return strconv.FormatFloat(x, 'f', 1, 64) }

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func mb(b uint64) float64 { return float64(b) / (1 << 20) }
