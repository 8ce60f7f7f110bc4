package tageval

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"text/tabwriter"
)

// writeAgreement prints an agreement run: one row per comparison, then
// the detail of the editors' comparisons, and with --errors every
// document on which the editors' required topics or actors differ.
func writeAgreement(w io.Writer, cfg Config, ag Agreement) error {
	if cfg.JSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		if err := enc.Encode(ag); err != nil {
			return fmt.Errorf("writing the report: %w", err)
		}
		return nil
	}
	ew := &errWriter{w: w}
	docs := 0
	if len(ag.Comparisons) > 0 {
		docs = ag.Comparisons[0].Summary.Docs
	}
	ew.printf("taxonomy %s\n", ag.TaxonomyVersion)
	ew.printf("second editor: %s (%d labels); %d documents labelled by both in this run\n", cfg.Second, ag.SecondLabels, docs)
	ew.printf("same top-level topics required: %d/%d; same required codes: %d/%d\n", ag.SameDesk, docs, ag.SameRequired, docs)
	ew.printf("editors compatible (each one's required codes within what the other allows): %d/%d\n", ag.Compatible, docs)
	ew.printf("tagger exact against at least one editor: %d/%d\n\n", ag.TaggerEither, docs)
	tw := tabwriter.NewWriter(ew, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "comparison\tprediction\tgold\tdocs\tactor P\tactor R\tactor exact\ttopic P\ttopic R\ttopic exact\t")
	for _, c := range ag.Comparisons {
		s := c.Summary
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%.3f\t%.3f\t%.3f (%d)\t%.3f\t%.3f\t%.3f (%d)\t\n", c.Name, c.Pred, c.Gold, s.Docs,
			s.Actors.Precision, s.Actors.Recall, s.ActorExactRate, s.ActorExact,
			s.Topics.Precision, s.Topics.Recall, s.TopicExactRate, s.TopicExact)
	}
	_ = tw.Flush() // a write error is kept by ew and returned by the caller
	ew.printf("\nexact topic sets per desk (the first label's top-level topic):\n")
	tw = tabwriter.NewWriter(ew, 0, 4, 2, ' ', 0)
	fmt.Fprint(tw, "  desk\tdocs\t")
	for _, c := range ag.Comparisons {
		fmt.Fprintf(tw, "%s\t", c.Name)
	}
	fmt.Fprintln(tw)
	for _, d := range ag.PerDesk {
		fmt.Fprintf(tw, "  %s %s\t%d\t", d.Desk, d.Label, d.Docs)
		for _, c := range ag.Comparisons {
			fmt.Fprintf(tw, "%d\t", d.Exact[c.Name])
		}
		fmt.Fprintln(tw)
	}
	_ = tw.Flush() // a write error is kept by ew and returned by the caller
	for _, c := range ag.Comparisons {
		if c.Name != SecondVsFirst && c.Name != FirstVsSecond {
			continue // the tagger's detail is the ordinary run's (--ids)
		}
		s := c.Summary
		ew.printf("\n== %s: %s against %s ==\n", c.Name, c.Pred, c.Gold)
		writeTopicFailures(ew, s.TopicFailures)
		writeConf(ew, "false topics", "missed here", s.FalseTopics, cfg.Top)
		writeConf(ew, "missed topics", "tagged instead", s.MissedTopics, cfg.Top)
		writeConf(ew, "false actors", "missed here", s.FalseActors, cfg.Top)
		writeConf(ew, "missed actors", "tagged instead", s.MissedActors, cfg.Top)
	}
	if cfg.Errors {
		writeDisagreements(ew, ag)
	}
	if len(ag.Problems) > 0 {
		ew.printf("\n== label problems (%d) ==\n", len(ag.Problems))
		for _, p := range ag.Problems {
			ew.printf("  %s\n", p)
		}
	}
	return ew.err
}

// writeDisagreements lists the documents on which the editors differ
// (either direction inexact), with both required sets and whether the
// tagger's output is exact against each.
func writeDisagreements(ew *errWriter, ag Agreement) {
	by := map[string][]DocResult{}
	for _, c := range ag.Comparisons {
		by[c.Name] = c.Docs
	}
	ew.printf("\n== documents the editors disagree on ==\n")
	for i, fwd := range by[SecondVsFirst] {
		rev := by[FirstVsSecond][i]
		if fwd.TopicsExact && rev.TopicsExact && fwd.ActorsExact && rev.ActorsExact {
			continue
		}
		ew.printf("%s/%s %s\n", fwd.Set, fwd.Split, fwd.ID)
		if !fwd.TopicsExact || !rev.TopicsExact {
			ew.printf("  topics first %v second %v; second exact for first %s, first exact for second %s; tagger exact for first %s, for second %s\n",
				fwd.Required, rev.Required, yes(fwd.TopicsExact), yes(rev.TopicsExact),
				yes(by[TaggerVsFirst][i].TopicsExact), yes(by[TaggerVsSecond][i].TopicsExact))
		}
		if !fwd.ActorsExact || !rev.ActorsExact {
			ew.printf("  actors first %v second %v\n", goldKeys(fwd.Gold), goldKeys(rev.Gold))
		}
	}
}

func goldKeys(gs []Gold) []string {
	out := make([]string, 0, len(gs))
	for _, g := range gs {
		out = append(out, g.Key())
	}
	slices.Sort(out)
	return out
}

func yes(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}
