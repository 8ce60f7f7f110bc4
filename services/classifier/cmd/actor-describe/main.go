// Command actor-describe tags each actor description of the MISP galaxy
// files in ../shared/data/actors with the classifier and reports how often
// the actor a description is about comes out (recall) and how often other
// actors come out too. It is a label-free check of both: a description
// names its own group, usually nothing else, though some rightly name
// related groups ("overlaps with APT29"), so the "other" figures are an
// upper bound on false tags, for comparing two versions, not a score.
// It is a measurement command, not a test: without ../shared it stops with
// an error.
//
//	go run ./services/classifier/cmd/actor-describe
//	go run ./services/classifier/cmd/actor-describe --list missed --file tidal
package main

import (
	"cmp"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/newsflow/newsflow/services/classifier/classify"
	"github.com/newsflow/newsflow/services/classifier/internal/tageval"
	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "actor-describe:", err)
		os.Exit(1)
	}
}

// galaxy is the part of a MISP galaxy cluster file this command reads.
type galaxy struct {
	Values []struct {
		UUID        string `json:"uuid"`
		Value       string `json:"value"`
		Description string `json:"description"`
	} `json:"values"`
}

var uuidRE = regexp.MustCompile(`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`)

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("actor-describe", flag.ContinueOnError)
	dir := fs.String("data", "", "directory with the MISP galaxy files (default ../shared/data/actors next to the repository root)")
	list := fs.String("list", "", "missed or other: list the descriptions whose own actor is missed, or that get other actors")
	only := fs.String("file", "", "only galaxy files whose name contains this")
	minLen := fs.Int("min", 80, "skip descriptions shorter than this many bytes")
	text := fs.String("text", "", "tag this text instead and print its actors (to look at one sentence)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *dir == "" {
		root, err := tageval.RepoRoot()
		if err != nil {
			return fmt.Errorf("%w; pass --data", err)
		}
		*dir = filepath.Join(root, "..", "shared", "data", "actors")
	}
	tax, err := taxonomy.Default()
	if err != nil {
		return fmt.Errorf("loading the taxonomy: %w", err)
	}
	c, err := classify.New(tax)
	if err != nil {
		return fmt.Errorf("building the classifier: %w", err)
	}
	if *text != "" {
		for _, t := range c.Document("", *text).GetActors() {
			fmt.Fprintf(stdout, "%s %q\n", t.GetId(), t.GetAliasesMatched())
		}
		return nil
	}
	// A cluster's uuid names the registry entry it was merged into.
	byUUID := map[string]string{}
	for _, a := range tax.Actors {
		for _, s := range a.Sources {
			for _, u := range uuidRE.FindAllString(s, -1) {
				byUUID[u] = a.ID
			}
		}
	}
	files, err := filepath.Glob(filepath.Join(*dir, "misp-galaxy-*.json"))
	if err != nil {
		return fmt.Errorf("listing %s: %w", *dir, err)
	}
	if len(files) == 0 {
		return fmt.Errorf("reading %s: no misp-galaxy-*.json files", *dir)
	}
	fmt.Fprintf(stdout, "taxonomy %s\n\n%-42s %6s %8s %10s %12s %10s\n", tax.Version(), "file", "descr", "own", "only own", "other reg.", "unreg.")
	others := map[string]int{}
	for _, f := range files {
		name := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(f), "misp-galaxy-"), ".json")
		if *only != "" && !strings.Contains(name, *only) {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			return fmt.Errorf("reading %s: %w", f, err)
		}
		var g galaxy
		if err := json.Unmarshal(b, &g); err != nil {
			return fmt.Errorf("parsing %s: %w", f, err)
		}
		var n, own, onlyOwn, otherReg, unreg int
		for _, v := range g.Values {
			id, ok := byUUID[v.UUID]
			if !ok || len(v.Description) < *minLen {
				continue
			}
			n++
			tags := c.Document("", v.Description)
			found, extra := false, []string{}
			hasUnreg := false
			for _, t := range tags.GetActors() {
				switch {
				case t.GetId() == id:
					found = true
				case strings.HasPrefix(t.GetId(), "unregistered:"):
					hasUnreg = true
				default:
					extra = append(extra, t.GetId())
					others[t.GetId()]++
				}
			}
			if found {
				own++
			}
			if found && len(extra) == 0 && !hasUnreg {
				onlyOwn++
			}
			if len(extra) > 0 {
				otherReg++
			}
			if hasUnreg {
				unreg++
			}
			if (*list == "missed" && !found) || (*list == "other" && len(extra) > 0) {
				fmt.Fprintf(stdout, "%s %s (%s) other %v\n    %.300q\n", name, v.Value, id, extra, v.Description)
			}
		}
		if n == 0 {
			continue
		}
		fmt.Fprintf(stdout, "%-42s %6d %8.3f %10.3f %12.3f %10.3f\n", name, n, ratio(own, n), ratio(onlyOwn, n), ratio(otherReg, n), ratio(unreg, n))
	}
	type kv struct {
		id string
		n  int
	}
	var top []kv
	for id, n := range others {
		top = append(top, kv{id, n})
	}
	slices.SortFunc(top, func(a, b kv) int { return cmp.Or(b.n-a.n, strings.Compare(a.id, b.id)) })
	fmt.Fprintln(stdout, "\nactors most often tagged in other actors' descriptions:")
	for i, t := range top {
		if i == 15 {
			break
		}
		fmt.Fprintf(stdout, "  %4d  %s\n", t.n, t.id)
	}
	return nil
}

func ratio(a, b int) float64 { return float64(a) / float64(b) }
