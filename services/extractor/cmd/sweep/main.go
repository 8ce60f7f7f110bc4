// Command sweep is the extractor's scaling sweep: for every shape the rules
// read (package pathological, Shapes), it extracts a page of n repetitions
// and one of factor×n (more with -steps: factor²×n, …), and prints the CPU
// time and the bytes allocated per page at each size and the ratios of
// each size to the one before. Work linear in the page grows by the
// factor; a ratio well above it (above -flag, 8 for the default factor of
// 4, between the two largest sizes) marks a rule whose work grows faster
// than the page, and the command exits 1. The quadratic rules it found
// grew by 11 to 18 from 2,000 to 8,000 repetitions; linear ones by 3.5 to
// 7.2 (pages past the caches, and maps of 100,000 nodes, make each node
// cost a little more on a larger page), so 6 would flag the machine rather
// than the rules. A flagged shape is measured again before it is
// reported, so that a moment of load on a shared machine does not flag it.
//
// A ladder of sizes (-n 500 -steps 3) catches a rule that is quadratic up
// to a cap of its own and cheap past it; its smaller pairs are flagged
// above -flag-early, 12: small pages fit the caches and sit near the sizes
// where a rule's decision changes (person cards are cut as one box up to
// about 500 cards and weighed card by card past it, which makes 11 to 13
// from 500 to 2,000 and 4.5 from 2,000 to 8,000).
//
// It is a command rather than a Go benchmark because its result is the
// ratio between sizes measured in the same run, which `go test -bench`
// does not compute, and because one command is what a reviewer re-runs
// after rules change:
//
//	go run ./services/extractor/cmd/sweep                # every shape at 2,000 and 8,000
//	go run ./services/extractor/cmd/sweep -n 500 -steps 3  # at 500, 2,000 and 8,000
//	go run ./services/extractor/cmd/sweep -placements    # each shape in, after and before the story, and alone
//	go run ./services/extractor/cmd/sweep -shape 'meta|card' -runs 5
//
// Times are the median of -runs extractions of each page, with the
// collector off (see extractPage), in CPU time of the process where the
// system reports it, so that other work on the machine counts for little;
// allocated bytes are runtime.MemStats.TotalAlloc around an extraction.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"runtime"
	"runtime/debug"
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
	flag.IntVar(&cfg.n, "n", 2000, "repetitions of each shape on the smallest page")
	flag.IntVar(&cfg.factor, "factor", 4, "each page holds factor times the repetitions of the one before")
	flag.IntVar(&cfg.steps, "steps", 2, "pages per shape (sizes n, factor×n, …)")
	flag.IntVar(&cfg.runs, "runs", 3, "extractions of each page; the median time is reported")
	flag.Float64Var(&cfg.limit, "flag", 8, "flag a shape whose time or allocation grows by more than this from the last size but one to the last")
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
		return nil, errors.Join(fmt.Errorf("starting the profile: %w", err), f.Close())
	}
	return func() {
		pprof.StopCPUProfile()
		if err := f.Close(); err != nil {
			fmt.Fprintf(os.Stderr, "sweep: writing the profile: %v\n", err)
		}
	}, nil
}

// measure is one page's cost.
type measure struct {
	bytes  int
	time   time.Duration
	alloc  uint64
	limits []string
}

// extractPage extracts page runs times with the collector off and returns
// the median time and the bytes allocated. With the collector on, a page
// under the heap's 4 MB floor extracts without a collection and a larger
// one with several, and a large page's collections empty the package's
// pools of scratch space that a small page finds full: steps in time and
// allocation that are no work of the rules. The collector's own work
// follows the allocation, which is reported. A memory limit of 1 GB keeps
// the collector in reserve for a page that allocates without bound.
func extractPage(page []byte, runs int) (measure, error) {
	m := measure{bytes: len(page)}
	in := extract.Input{URL: "https://news.test/storm"}
	times := make([]time.Duration, 0, runs)
	for range runs {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		gc, limit := debug.SetGCPercent(-1), debug.SetMemoryLimit(1<<30)
		start := cpuTime()
		art, err := extract.HTML(page, in)
		times = append(times, cpuTime()-start)
		debug.SetGCPercent(gc)
		debug.SetMemoryLimit(limit)
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
	m []measure
	// tr and ar are the ratios of time and of allocation between each
	// size and the one before.
	tr, ar []float64
	// over is true when a ratio is above its limit: -flag for the last
	// pair, -flag-early for the pairs before (see the package comment).
	over bool
}

func measureShape(s pathological.Shape, cfg config, runs int) (ladder, error) {
	var l ladder
	for i, n := 0, cfg.n; i < cfg.steps; i, n = i+1, n*cfg.factor {
		m, err := extractPage(s.Page(n), runs)
		if err != nil {
			return l, fmt.Errorf("shape %s at %d: %w", s.Name, n, err)
		}
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
		l.tr, l.ar = append(l.tr, tr), append(l.ar, ar)
		l.over = l.over || tr > limit || ar > limit
	}
	return l, nil
}

// ratios formats rs for the table's ratio columns.
func ratios(rs []float64) string {
	var b strings.Builder
	for _, r := range rs {
		fmt.Fprintf(&b, " %6s", f1(r))
	}
	return b.String()
}

// sweep measures every shape of cfg and writes the table to w. It returns
// the shapes whose ratio is above the limit, twice.
func sweep(w io.Writer, cfg config) ([]string, error) {
	// Warm up: the first extraction builds the rules.
	if _, err := extract.HTML([]byte("<p>x</p>"), extract.Input{}); err != nil {
		return nil, fmt.Errorf("warming up: %w", err)
	}
	// Fixed widths rather than a tabwriter, so that each row shows as
	// soon as its shape is measured. The ratio columns are of each size
	// to the one before: time first, then allocation.
	fmt.Fprintf(w, "%-30s", "shape")
	var sizes []int
	for i, n := 0, cfg.n; i < cfg.steps; i, n = i+1, n*cfg.factor {
		sizes = append(sizes, n)
		fmt.Fprintf(w, " %8s", "ms@"+strconv.Itoa(n))
	}
	for _, what := range []string{"t×@", "a×@"} {
		for _, n := range sizes[1:] {
			fmt.Fprintf(w, " %6s", what+strconv.Itoa(n))
		}
	}
	fmt.Fprintf(w, " %9s\n", "MB@"+strconv.Itoa(sizes[len(sizes)-1]))
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
				note = "  SUPER-LINEAR (again:" + ratios(again.tr) + ratios(again.ar) + ")"
				flagged = append(flagged, s.Name)
			} else {
				note = "  (once:" + ratios(l.tr) + ratios(l.ar) + ")"
				l = again
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
		fmt.Fprintf(w, "%s%s %9s%s\n", ratios(l.tr), ratios(l.ar), f1(mb(l.m[len(l.m)-1].alloc)), note)
	}
	return flagged, nil
}

func f1(x float64) string { return strconv.FormatFloat(x, 'f', 1, 64) }

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func mb(b uint64) float64 { return float64(b) / (1 << 20) }
