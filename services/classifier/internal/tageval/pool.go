package tageval

import (
	"bufio"
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

// PoolPage is an L3S-GN1 page nobody labelled, of a site the split rule
// puts in tune, with the topics the tagger gives it. Every news story
// should get at least one top-level desk, so a page with none is a recall
// failure that shows without a label; the pool is material for tuning
// that no score was computed on.
type PoolPage struct {
	ID, Site, Title string
	// Words is the length of the text (title and body) in words.
	Words int
	// Topics are the codes a rule gave (not inherited), TopLevel the
	// top-level topics of everything predicted.
	Topics, TopLevel []string
}

// Pool tags the unlabelled tune-site pages of L3S-GN1 (pages listed in
// broken-ids.txt, whose text the crawl lost, left out).
func Pool(cfg Config, tg Tagger, tax *taxonomy.Taxonomy) ([]PoolPage, error) {
	dir := filepath.Join(cfg.DataDir, "l3s-gn1")
	texts, err := ReadL3S(dir, cfg.Headline)
	if err != nil {
		return nil, noData(err)
	}
	labels, err := LoadLabels(cfg.LabelDir)
	if err != nil {
		return nil, err
	}
	skip := map[string]bool{}
	for _, l := range labels {
		if l.Set == SetL3S {
			skip[l.ID] = true
		}
	}
	if err := readBroken(filepath.Join(dir, "broken-ids.txt"), skip); err != nil {
		return nil, err
	}
	var out []PoolPage
	for id, t := range texts {
		site, err := Site(t.URL)
		if skip[id] || err != nil || SplitOf(SetL3S, site) != SplitTune {
			continue
		}
		p := PoolPage{ID: id, Site: site, Title: t.Title, Words: len(strings.Fields(t.Title + " " + t.Body))}
		for _, tp := range tg.Document(t.Title, t.Body).GetTopics() {
			if !tp.GetInherited() {
				p.Topics = append(p.Topics, tp.GetCode())
			}
			top := tp.GetCode()
			if anc := tax.Ancestors(top); len(anc) > 0 {
				top = anc[len(anc)-1]
			}
			if !slices.Contains(p.TopLevel, top) {
				p.TopLevel = append(p.TopLevel, top)
			}
		}
		slices.Sort(p.Topics)
		slices.Sort(p.TopLevel)
		out = append(out, p)
	}
	slices.SortFunc(out, func(a, b PoolPage) int {
		return cmp.Or(cmp.Compare(len(a.TopLevel), len(b.TopLevel)), cmp.Compare(a.ID, b.ID))
	})
	return out, nil
}

// readBroken adds the page ids of broken-ids.txt (one a line, # comments)
// to skip; a missing file leaves skip as it is.
func readBroken(path string, skip map[string]bool) error {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("reading broken page ids: %w", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" && !strings.HasPrefix(l, "#") {
			skip[l] = true
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading broken page ids: %w", err)
	}
	return nil
}

// WritePool prints the pool's coverage (pages with at least one
// top-level topic), the pages each top-level topic reaches, and every
// page, those without a top-level topic first.
func WritePool(w io.Writer, pages []PoolPage, tax *taxonomy.Taxonomy) error {
	ew := &errWriter{w: w}
	covered := 0
	per := map[string]int{}
	for _, p := range pages {
		if len(p.TopLevel) > 0 {
			covered++
		}
		for _, c := range p.TopLevel {
			per[c]++
		}
	}
	ew.printf("pool: %d unlabelled tune-site pages, %d (%.3f) with a top-level topic\n\n", len(pages), covered, ratio(covered, len(pages)))
	codes := make([]string, 0, len(per))
	for c := range per {
		codes = append(codes, c)
	}
	slices.SortFunc(codes, func(a, b string) int { return cmp.Or(cmp.Compare(per[b], per[a]), cmp.Compare(a, b)) })
	for _, c := range codes {
		ew.printf("  %4d  %s %s\n", per[c], c, label(tax, c))
	}
	ew.printf("\n")
	for _, p := range pages {
		title := p.Title
		if len(title) > 90 {
			title = title[:90]
		}
		ew.printf("%s  %s  %dw  %q\n    top: %s\n    tags: %s\n", p.ID, p.Site, p.Words, title, labels(tax, p.TopLevel), labels(tax, p.Topics))
	}
	return ew.err
}

func label(tax *taxonomy.Taxonomy, code string) string {
	if t, ok := tax.Topic(code); ok {
		return t.Label
	}
	return ""
}

func labels(tax *taxonomy.Taxonomy, codes []string) string {
	if len(codes) == 0 {
		return "-"
	}
	var b strings.Builder
	for i, c := range codes {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(label(tax, c))
	}
	return b.String()
}
