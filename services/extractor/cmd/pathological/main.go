// Command pathological writes the extractor's pathological pages (see
// package pathological) to a directory, one NAME.html each, for measuring
// `newsflow extract` with /usr/bin/time -v.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/newsflow/newsflow/services/extractor/extract/pathological"
)

func main() {
	size := flag.Int("size", 10<<20, "approximate size of each page in bytes")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: pathological [-size N] DIR")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	if err := write(flag.Arg(0), *size); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func write(dir string, size int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("creating %s: %w", dir, err)
	}
	for _, p := range pathological.Pages(size) {
		name := filepath.Join(dir, p.Name+".html")
		if err := os.WriteFile(name, p.HTML, 0o644); err != nil {
			return fmt.Errorf("writing %s: %w", name, err)
		}
		fmt.Println(name)
	}
	return nil
}
