// Command taxonomy-import builds the classifier's taxonomy data
// (taxonomy/data) from the actor sources (MISP galaxies: terrorist groups,
// threat actors, MITRE intrusion sets, ransomware, Microsoft activity
// groups, Tidal groups; the PETRARCH2/Phoenix militant actor dictionary),
// the IPTC Media Topic files and the hand-curated files in
// taxonomy/source. It merges the actor sources into one entry per actor,
// flags ambiguous aliases and gives them context rules (see
// taxonomy/SOURCES.md), and prints the import report it also writes to
// taxonomy/data/README.md: actors per type, per source, and the merges it
// left undecided. Re-run it on a newer release of the sources; never edit
// taxonomy/data by hand. The output depends only on its inputs. A source
// file NAME may be kept as NAME.gz, as taxonomy/upstream keeps them:
//
//	go run ./cmd/taxonomy-import -misp taxonomy/upstream/actors \
//	    -iptc taxonomy/upstream/iptc -words taxonomy/upstream/words/words \
//	    -source taxonomy/source -out taxonomy/data -date 2026-12-06
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"
)

func main() {
	logger := slog.New(slog.NewJSONHandler(os.Stderr, nil))
	if err := run(context.Background(), os.Args[1:], os.Stdout, logger); err != nil {
		logger.Error("taxonomy-import stopped", "err", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout io.Writer, logger *slog.Logger) error {
	fs := flag.NewFlagSet("taxonomy-import", flag.ContinueOnError)
	var cfg config
	fs.StringVar(&cfg.MISPDir, "misp", "", "directory with the actor sources: misp-galaxy-*.json and phoenix-milnonstate-actors.txt")
	fs.StringVar(&cfg.IPTCDir, "iptc", "", "directory with media-topics-en.json, media-topics-hierarchy.json, extra-rules-en.jsonl")
	fs.StringVar(&cfg.SourceDir, "source", "taxonomy/source", "directory with the curated overlay files")
	fs.StringVar(&cfg.WordsFile, "words", "/usr/share/dict/words", "English word list, one word a line (lower-case entries count as common words)")
	fs.StringVar(&cfg.OutDir, "out", "taxonomy/data", "output directory")
	fs.StringVar(&cfg.Date, "date", time.Now().UTC().Format(time.DateOnly), "import date recorded in DATE (part of the taxonomy version)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if cfg.MISPDir == "" || cfg.IPTCDir == "" {
		return fmt.Errorf("parsing flags: -misp and -iptc are required")
	}
	rep, err := importAll(ctx, cfg)
	if err != nil {
		return err
	}
	for _, d := range rep.Dropped {
		logger.DebugContext(ctx, "alias dropped", "actor", d.Actor, "alias", d.Alias, "reason", d.Reason)
	}
	for _, u := range rep.Undecided {
		logger.DebugContext(ctx, "merge undecided", "alias", u.Alias, "entries", u.Entries)
	}
	fmt.Fprint(stdout, rep.markdown())
	return nil
}
