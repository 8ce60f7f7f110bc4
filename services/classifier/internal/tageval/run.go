package tageval

import (
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

// Config is what one evaluation run reads and prints.
type Config struct {
	// LabelDir holds the *.jsonl label files.
	LabelDir string
	// DataDir holds l3s-gn1/ and annoctr/ (../shared/data).
	DataDir string
	// Split is "tune", "heldout" or "all"; Set "l3s", "annoctr" or "all".
	Split, Set string
	JSON       bool
	// Top is how many rows of each table and confusion list to print.
	Top int
	// Errors prints every document with a wrong actor or topic set.
	Errors bool
	// Half, "a" or "b", keeps one half of the selected documents (by
	// HalfOf of the split key), so that a change designed on one half
	// of tune can be checked on the other; "" keeps both.
	Half string
	// Headline is how an L3S page's headline is told from its body
	// ("" is HeadlinePage).
	Headline HeadlineMode
	// IDs, a file read by ReadIDs, keeps only the documents it lists
	// (each must be labelled); "" keeps all.
	IDs string
	// Second, a second editor's label file (LoadSecond), turns the run
	// into an agreement run (Agree) on the documents it labels.
	Second string
}

// Output is the machine-readable result (--json).
type Output struct {
	TaxonomyVersion string      `json:"taxonomy_version"`
	Summaries       []Summary   `json:"summaries"`
	Docs            []DocResult `json:"docs"`
	// Problems are label issues that do not stop the run (a split that
	// breaks the rule, an unknown topic code).
	Problems []string `json:"problems,omitempty"`
}

// Load reads the labels and their texts. Labels whose text is missing
// are an error: a development set that silently shrinks measures nothing.
func Load(cfg Config) ([]Doc, []string, error) {
	if _, err := os.Stat(cfg.DataDir); err != nil {
		return nil, nil, fmt.Errorf("opening %s (the development texts, kept outside the project; pass --data DIR): %w", cfg.DataDir, errors.Join(ErrNoData, err))
	}
	labels, err := LoadLabels(cfg.LabelDir)
	if err != nil {
		return nil, nil, err
	}
	texts := map[string]map[string]Text{}
	need := map[string]bool{}
	for _, l := range labels {
		need[l.Set] = true
	}
	if need[SetL3S] {
		if texts[SetL3S], err = ReadL3S(filepath.Join(cfg.DataDir, "l3s-gn1"), cfg.Headline); err != nil {
			return nil, nil, noData(err)
		}
	}
	if need[SetAnnoCTR] {
		if texts[SetAnnoCTR], err = ReadAnnoCTR(filepath.Join(cfg.DataDir, "annoctr")); err != nil {
			return nil, nil, noData(err)
		}
	}
	var docs []Doc
	var problems []string
	sites := map[string]string{}
	for _, l := range labels {
		t, ok := texts[l.Set][l.ID]
		if !ok {
			return nil, nil, fmt.Errorf("reading %s text %s: labelled but not in %s", l.Set, l.ID, cfg.DataDir)
		}
		key := l.ID
		if l.Set == SetL3S {
			if key, err = Site(t.URL); err != nil {
				return nil, nil, fmt.Errorf("splitting %s: %w", l.ID, err)
			}
			if prev, ok := sites[key]; ok && prev != l.Split {
				problems = append(problems, fmt.Sprintf("site %s is in both splits (%s is %s)", key, l.ID, l.Split))
			}
			sites[key] = l.Split
		}
		if want := SplitOf(l.Set, key); want != l.Split {
			problems = append(problems, fmt.Sprintf("%s/%s: split %s, the rule says %s", l.Set, l.ID, l.Split, want))
		}
		docs = append(docs, Doc{Label: l, Text: t})
	}
	return docs, problems, nil
}

func noData(err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return errors.Join(ErrNoData, err)
	}
	return err
}

// CheckTopics lists label codes the taxonomy does not know.
func CheckTopics(docs []Doc, tax *taxonomy.Taxonomy) []string {
	var out []string
	for _, d := range docs {
		for _, c := range slices.Concat(d.Label.TopicsRequired, d.Label.TopicsOptional) {
			if _, ok := tax.Topic(c); !ok {
				out = append(out, fmt.Sprintf("%s/%s: topic %s is not in the taxonomy", d.Label.Set, d.Label.ID, c))
			}
		}
	}
	return out
}

// Run evaluates tg on the selected part of the development set and
// writes the report to w.
func Run(cfg Config, tg Tagger, tax *taxonomy.Taxonomy, w io.Writer) error {
	if !slices.Contains([]string{SplitTune, SplitHeldout, "all"}, cfg.Split) {
		return fmt.Errorf("parsing --split: %q is not tune, heldout or all", cfg.Split)
	}
	if !slices.Contains([]string{SetL3S, SetAnnoCTR, "all"}, cfg.Set) {
		return fmt.Errorf("parsing --set: %q is not l3s, annoctr or all", cfg.Set)
	}
	docs, problems, err := Load(cfg)
	if err != nil {
		return err
	}
	if !slices.Contains([]string{"", "a", "b"}, cfg.Half) {
		return fmt.Errorf("parsing --half: %q is not a or b", cfg.Half)
	}
	problems = append(problems, CheckTopics(docs, tax)...)
	if cfg.IDs != "" {
		ids, err := ReadIDs(cfg.IDs)
		if err != nil {
			return err
		}
		if docs, err = keepIDs(docs, ids); err != nil {
			return fmt.Errorf("applying --ids %s: %w", cfg.IDs, err)
		}
	}
	var second []Label
	if cfg.Second != "" {
		if second, err = LoadSecond(cfg.Second); err != nil {
			return err
		}
		ids := make([]string, 0, len(second))
		for _, l := range second {
			ids = append(ids, l.ID)
		}
		if docs, err = keepIDs(docs, ids); err != nil {
			return fmt.Errorf("applying --second %s: %w", cfg.Second, err)
		}
		sd := make([]Doc, len(second))
		for i, l := range second {
			sd[i].Label = l
		}
		for _, p := range CheckTopics(sd, tax) {
			problems = append(problems, "second label "+p)
		}
	}
	docs = slices.DeleteFunc(docs, func(d Doc) bool {
		return cfg.Split != "all" && d.Label.Split != cfg.Split || cfg.Set != "all" && d.Label.Set != cfg.Set ||
			cfg.Half != "" && HalfOf(d) != cfg.Half
	})
	if cfg.Second != "" {
		ag, err := Agree(docs, second, tg, tax)
		if err != nil {
			return err
		}
		ag.Problems = append(problems, ag.Problems...)
		return writeAgreement(w, cfg, ag)
	}
	results := Evaluate(docs, tg, tax)
	out := Output{TaxonomyVersion: tax.Version(), Docs: results, Problems: problems}
	splits := []string{SplitTune, SplitHeldout}
	if cfg.Split != "all" {
		splits = []string{cfg.Split}
	}
	sets := []string{SetL3S, SetAnnoCTR, "all"}
	if cfg.Set != "all" {
		sets = []string{cfg.Set}
	}
	for _, sp := range splits {
		for _, st := range sets {
			part := slices.DeleteFunc(slices.Clone(results), func(r DocResult) bool {
				return r.Split != sp || st != "all" && r.Set != st
			})
			if len(part) > 0 {
				out.Summaries = append(out.Summaries, Summarise(sp, st, part, tax))
			}
		}
	}
	if cfg.JSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			return fmt.Errorf("writing the report: %w", err)
		}
		return nil
	}
	return writeText(w, cfg, out)
}

func writeText(w io.Writer, cfg Config, out Output) error {
	ew := &errWriter{w: w}
	ew.printf("taxonomy %s\n\n", out.TaxonomyVersion)
	tw := tabwriter.NewWriter(ew, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "split\tset\tdocs\tactor P\tactor R\tactor exact\ttopic P\ttopic R\ttopic exact\t")
	for _, s := range out.Summaries {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%.3f\t%.3f\t%.3f (%d)\t%.3f\t%.3f\t%.3f (%d)\t\n", s.Split, s.Set, s.Docs,
			s.Actors.Precision, s.Actors.Recall, s.ActorExactRate, s.ActorExact,
			s.Topics.Precision, s.Topics.Recall, s.TopicExactRate, s.TopicExact)
	}
	_ = tw.Flush() // a write error is kept by ew and returned by the caller
	ew.printf("\n95 %% bootstrap intervals (documents resampled %d times): how far each score could move on another sample like this one\n", bootstrapDraws)
	tw = tabwriter.NewWriter(ew, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "split\tset\tdocs\tactor P\tactor R\tactor exact\ttopic exact\t")
	for _, s := range out.Summaries {
		c := s.CI95
		fmt.Fprintf(tw, "%s\t%s\t%d\t%.3f–%.3f\t%.3f–%.3f\t%.3f–%.3f\t%.3f–%.3f\t\n", s.Split, s.Set, s.Docs,
			c.ActorP.Lo, c.ActorP.Hi, c.ActorR.Lo, c.ActorR.Hi, c.ActorExact.Lo, c.ActorExact.Hi, c.TopicExact.Lo, c.TopicExact.Hi)
	}
	_ = tw.Flush()
	writeExcused(ew, out.Summaries)
	for _, s := range out.Summaries {
		if s.Set == "all" {
			continue // the per-set sections below hold the detail
		}
		ew.printf("\n== %s / %s: %d documents ==\n", s.Split, s.Set, s.Docs)
		ew.printf("actors: P %.3f R %.3f (tp %d fp %d fn %d); exact sets %d/%d\n",
			s.Actors.Precision, s.Actors.Recall, s.Actors.TP, s.Actors.FP, s.Actors.FN, s.ActorExact, s.Docs)
		if x := s.Excused; x != nil {
			ew.printf("actors, MALWARE-annotated ransomware gangs excused: P %.3f R %.3f (tp %d fp %d fn %d); exact sets %d/%d; excused tags %d %v\n",
				x.Actors.Precision, x.Actors.Recall, x.Actors.TP, x.Actors.FP, x.Actors.FN, x.ActorExact, s.Docs, x.Tags, x.IDs)
		}
		ew.printf("topics: P %.3f R %.3f (tp %d fp %d fn %d); exact sets %d/%d\n",
			s.Topics.Precision, s.Topics.Recall, s.Topics.TP, s.Topics.FP, s.Topics.FN, s.TopicExact, s.Docs)
		writeTopicFailures(ew, s.TopicFailures)
		writeRows(ew, "per actor (worst first)", s.PerActor, cfg.Top)
		writeRows(ew, "per topic (worst first)", s.PerTopic, cfg.Top)
		writeConf(ew, "false actors", "missed here", s.FalseActors, cfg.Top)
		writeConf(ew, "missed actors", "tagged instead", s.MissedActors, cfg.Top)
		writeConf(ew, "false topics", "missed here", s.FalseTopics, cfg.Top)
		writeConf(ew, "missed topics", "tagged instead", s.MissedTopics, cfg.Top)
	}
	if cfg.Errors {
		ew.printf("\n== documents with errors ==\n")
		for _, r := range out.Docs {
			if r.ActorsExact && r.TopicsExact {
				continue
			}
			ew.printf("%s/%s %s\n", r.Set, r.Split, r.ID)
			if !r.ActorsExact {
				ew.printf("  actors missed %v false %v", r.Missed, r.False)
				if len(r.Excused) > 0 {
					ew.printf(" (excused as MALWARE-annotated gangs %v)", r.Excused)
				}
				ew.printf("\n")
			}
			if !r.TopicsExact {
				ew.printf("  topics missing %v extra %v (predicted %v)\n", r.MissingTopics, r.ExtraTopics, r.Topics)
			}
		}
	}
	if len(out.Problems) > 0 {
		ew.printf("\n== label problems (%d) ==\n", len(out.Problems))
		for _, p := range out.Problems {
			ew.printf("  %s\n", p)
		}
	}
	return ew.err
}

// writeExcused prints the adjusted actor scores of the parts that hold
// AnnoCTR reports, under a title that says what they are.
func writeExcused(ew *errWriter, ss []Summary) {
	if !slices.ContainsFunc(ss, func(s Summary) bool { return s.Excused != nil }) {
		return
	}
	ew.printf("\nannoctr, MALWARE-annotated ransomware gangs excused (an excused tag is neither gold nor false; the table above is raw):\n")
	tw := tabwriter.NewWriter(ew, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "split\tset\tdocs\texcused tags\tactor P\tactor R\tactor exact\t")
	for _, s := range ss {
		if x := s.Excused; x != nil {
			fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%.3f\t%.3f\t%.3f (%d)\t\n", s.Split, s.Set, s.Docs, x.Tags,
				x.Actors.Precision, x.Actors.Recall, x.ActorExactRate, x.ActorExact)
		}
	}
	_ = tw.Flush() // a write error is kept by ew and returned by the caller
}

func writeRows(ew *errWriter, title string, rs []Row, top int) {
	if len(rs) == 0 {
		return
	}
	ew.printf("\n%s:\n", title)
	tw := tabwriter.NewWriter(ew, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "  key\tgold\ttp\tfp\tfn\tP\tR\t")
	for i, r := range rs {
		if top > 0 && i == top {
			fmt.Fprintf(tw, "  … %d more\t\t\t\t\t\t\t\n", len(rs)-top)
			break
		}
		name := r.Key
		if r.Label != "" {
			name += " " + r.Label
		}
		if r.Note != "" {
			name += " [" + r.Note + "]"
		}
		fmt.Fprintf(tw, "  %s\t%d\t%d\t%d\t%d\t%.2f\t%.2f\t\n", name, r.TP+r.FN, r.TP, r.FP, r.FN, r.Precision, r.Recall)
	}
	_ = tw.Flush() // a write error is kept by ew and returned by the caller
}

// writeTopicFailures prints the failure split of a summary's wrong topic
// sets (TopicFailures) on one line.
func writeTopicFailures(ew *errWriter, f TopicFailures) {
	ew.printf("topic sets wrong: %d missing a required topic only, %d with an extra topic only, %d both; codes missing %d top-level / %d below, extra %d top-level / %d below\n",
		f.MissingOnly, f.ExtraOnly, f.Both, f.MissingDesks, f.MissingBelow, f.ExtraDesks, f.ExtraBelow)
}

func writeConf(ew *errWriter, title, with string, cs []Confusion, top int) {
	if len(cs) == 0 {
		return
	}
	ew.printf("\n%s:\n", title)
	for i, c := range cs {
		if top > 0 && i == top {
			ew.printf("  … %d more\n", len(cs)-top)
			break
		}
		name := c.Key
		if c.Label != "" {
			name += " " + c.Label
		}
		line := fmt.Sprintf("  %3d  %s  e.g. %s", c.Count, name, c.Example)
		if c.With != "" {
			line += "  (" + with + ": " + c.With + ")"
		}
		ew.printf("%s\n", strings.TrimRight(line, " "))
	}
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}

func (e *errWriter) printf(format string, a ...any) { fmt.Fprintf(e, format, a...) }

// HalfOf puts a document in half "a" or "b" by a second hash of the key
// its split rests on (the site for L3S, the report id for AnnoCTR), so
// that one site's pages stay on one side of the halves as of the splits.
func HalfOf(d Doc) string {
	key := d.Label.ID
	if d.Label.Set == SetL3S {
		if site, err := Site(d.Text.URL); err == nil {
			key = site
		}
	}
	h := fnv.New32a()
	h.Write([]byte("half/" + key))
	if h.Sum32()%2 == 0 {
		return "a"
	}
	return "b"
}

// keepIDs keeps the documents whose id is listed. A listed id that no
// label has is an error: a comparison on a set that silently shrinks
// measures nothing.
func keepIDs(docs []Doc, ids []string) ([]Doc, error) {
	want := map[string]bool{}
	for _, id := range ids {
		want[id] = true
	}
	have := map[string]bool{}
	for _, d := range docs {
		have[d.Label.ID] = true
	}
	for _, id := range ids {
		if !have[id] {
			return nil, fmt.Errorf("%s has no label in the development set", id)
		}
	}
	return slices.DeleteFunc(docs, func(d Doc) bool { return !want[d.Label.ID] }), nil
}
