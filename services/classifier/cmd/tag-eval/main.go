// Command tag-eval measures the classifier (embedded taxonomy, or the one
// in --taxonomy) on the development set: labels from
// testdata/devset/*.jsonl, texts from ../shared/data (L3S-GN1, AnnoCTR),
// which the project does not redistribute. It is a measurement command,
// not a test: without ../shared it stops with an error.
//
// With --second FILE it measures how far two editors agree instead: the
// second editor's labels are scored as a tagger's output against the
// development set's labels and the reverse, next to the tagger's own
// score on the same documents (see tageval.Agree).
//
// Actor scores are printed raw and, for the parts holding AnnoCTR
// reports, adjusted: ransomware gangs the annotators marked MALWARE, not
// GROUP, excused (see tageval.Excuse), with the count of excused tags.
//
//	go run ./services/classifier/cmd/tag-eval --split heldout
//	go run ./services/classifier/cmd/tag-eval --second services/classifier/testdata/devset/l3s-second.jsonl
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/newsflow/newsflow/services/classifier/classify"
	"github.com/newsflow/newsflow/services/classifier/internal/tageval"
	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "tag-eval:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("tag-eval", flag.ContinueOnError)
	cfg := tageval.Config{}
	var taxDir string
	var assign, pool bool
	fs.StringVar(&cfg.Split, "split", "all", "tune, heldout or all")
	fs.StringVar(&cfg.Set, "set", "all", "l3s, annoctr or all")
	fs.StringVar(&cfg.DataDir, "data", "", "directory with l3s-gn1/ and annoctr/ (default ../shared/data next to the repository root)")
	fs.StringVar(&cfg.LabelDir, "labels", "", "directory with the label files (default services/classifier/testdata/devset)")
	fs.StringVar(&taxDir, "taxonomy", "", "taxonomy data directory (default the embedded taxonomy)")
	fs.BoolVar(&cfg.JSON, "json", false, "print JSON")
	fs.IntVar(&cfg.Top, "top", 15, "rows per table and confusion list (0 for all)")
	fs.StringVar(&cfg.Half, "half", "", "a or b: one half of the selected documents by site (L3S) or report id (AnnoCTR), to check a change on the half it was not designed on")
	headline := fs.String("headline", string(tageval.HeadlinePage), "how an L3S page's headline is told from its body: page (the page's declared title found at the start of the assessors' text, as the extractor passes it) or lines (a short first line)")
	fs.BoolVar(&cfg.Errors, "errors", false, "list every document with a wrong actor or topic set (with --second: every document the editors disagree on)")
	fs.StringVar(&cfg.IDs, "ids", "", "keep only the documents this file lists (one id a line, or a label file's lines)")
	fs.StringVar(&cfg.Second, "second", "", "a second editor's label file (e.g. testdata/devset/l3s-second.jsonl): score each editor against the other and the tagger against both, on the documents it labels")
	fs.BoolVar(&assign, "assign-splits", false, "rewrite the label files with each label's split set by the split rule, then stop")
	fs.BoolVar(&pool, "pool", false, "tag the unlabelled L3S pages of tune sites and list their top-level topics (coverage without labels), then stop")
	if err := fs.Parse(args); err != nil {
		return err
	}
	switch cfg.Headline = tageval.HeadlineMode(*headline); cfg.Headline {
	case tageval.HeadlinePage, tageval.HeadlineLines:
	default:
		return fmt.Errorf("parsing flags: --headline %q: want page or lines", *headline)
	}
	if cfg.DataDir == "" || cfg.LabelDir == "" {
		root, err := tageval.RepoRoot()
		if err != nil {
			return fmt.Errorf("%w; pass --data and --labels", err)
		}
		if cfg.DataDir == "" {
			cfg.DataDir = filepath.Join(root, "..", "shared", "data")
		}
		if cfg.LabelDir == "" {
			cfg.LabelDir = filepath.Join(root, "services", "classifier", "testdata", "devset")
		}
	}
	if assign {
		l3s, err := tageval.ReadL3S(filepath.Join(cfg.DataDir, "l3s-gn1"), tageval.HeadlineLines)
		if err != nil {
			return err
		}
		n, err := tageval.AssignSplits(cfg.LabelDir, l3s)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%d splits changed\n", n)
		return nil
	}
	tax, err := loadTaxonomy(taxDir)
	if err != nil {
		return err
	}
	c, err := classify.New(tax)
	if err != nil {
		return fmt.Errorf("building the classifier: %w", err)
	}
	if pool {
		pages, err := tageval.Pool(cfg, c, tax)
		if err != nil {
			return err
		}
		return tageval.WritePool(stdout, pages, tax)
	}
	return tageval.Run(cfg, c, tax, stdout)
}

func loadTaxonomy(dir string) (*taxonomy.Taxonomy, error) {
	if dir == "" {
		return taxonomy.Default()
	}
	t, err := taxonomy.Load(os.DirFS(dir))
	if err != nil {
		return nil, fmt.Errorf("loading taxonomy %s: %w", dir, err)
	}
	return t, nil
}
