// Command newsflow-bench runs one of the open extractors newsflow is
// compared with over a benchmark dataset and prints one JSON line per page
// ({"id","text","seconds","error"}). `newsflow bench extract` runs it and
// scores the output; see package compare.
//
//	newsflow-bench -extractor trafilatura|readability [-runs N] DIR
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"

	"github.com/newsflow/newsflow/bench/compare"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return
		}
		fmt.Fprintln(os.Stderr, "newsflow-bench:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("newsflow-bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	name := fs.String("extractor", "", fmt.Sprintf("extractor to run: one of %v", compare.Names()))
	runs := fs.Int("runs", 1, "timing runs per page; the best time is reported")
	procs := fs.Int("procs", 1, "GOMAXPROCS while extracting")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: newsflow-bench -extractor NAME [-runs N] DIR\n\nDIR holds ground-truth.json and html/<id>.html[.gz].")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errors.New("want exactly one dataset directory")
	}
	f, err := compare.Lookup(*name)
	if err != nil {
		return err
	}
	pages, err := compare.LoadPages(fs.Arg(0))
	if err != nil {
		return err
	}
	w := bufio.NewWriter(stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	prev := runtime.GOMAXPROCS(max(*procs, 1))
	err = compare.Run(ctx, f, pages, *runs, func(r compare.Result) error { return enc.Encode(r) })
	runtime.GOMAXPROCS(prev)
	if err != nil {
		return err
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("writing results: %w", err)
	}
	return nil
}
