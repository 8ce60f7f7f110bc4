package ui

import (
	"context"
	"fmt"
	"time"

	"github.com/newsflow/newsflow/services/sink/store"
)

// maxDays is the longest span shown per day; longer ones are shown per
// week unless the reader asks for days.
const maxDays = 120

// maxBars bounds the bars of a timeline with its empty buckets filled in:
// years per day would be a page no one reads.
const maxBars = 800

type bar struct {
	Label string
	Count int64
	// X is the bar's place and Height its height (of 100) in the chart's
	// viewBox, one unit per bucket.
	X, Height float64
}

type timelineView struct {
	Bucket string
	// Bars has every bucket of the span, for the chart; Rows only those
	// with articles, for the table.
	Bars, Rows []bar
	Width      int // the chart's viewBox width: one unit per bar
	First      string
	Last       string
	Max        int64
	Total      int64
	Other      link // the same timeline in the other bucket
	// Sparse: the span is too long to show empty buckets.
	Sparse bool
}

// timeline counts q's articles per day or week (bucket "day", "week" or
// "" for by span), gaps filled with zeros so that the bars read as a time
// axis.
func (h *handler) timeline(ctx context.Context, q store.Query, bucket, path string, f filters) (*timelineView, error) {
	b := store.Day
	switch bucket {
	case "day", "":
	case "week":
		b = store.Week
	default:
		return nil, fmt.Errorf("%w: invalid bucket %q: want day or week", errBadRequest, bucket)
	}
	counts, err := h.s.Timeline(ctx, q, b)
	if err != nil {
		return nil, err
	}
	if bucket == "" && len(counts) > 1 && counts[len(counts)-1].Start.Sub(counts[0].Start) > maxDays*24*time.Hour {
		b = store.Week
		if counts, err = h.s.Timeline(ctx, q, b); err != nil {
			return nil, err
		}
	}
	step, format, other := 24*time.Hour, "2006-01-02", "week"
	if b == store.Week {
		step, format, other = 7*24*time.Hour, "week of 2006-01-02", "day"
	}
	v := f.values()
	for _, k := range []string{"actor", "topic"} {
		v.Del(k) // in the path
	}
	v.Set("bucket", other)
	tv := &timelineView{Bucket: b.String(), Other: link{Label: "per " + other, URL: path + "?" + v.Encode()}}
	// Empty buckets are filled in when the span fits maxBars; otherwise
	// only the non-empty ones show, and the page says so.
	fill := len(counts) > 0 && int(counts[len(counts)-1].Start.Sub(counts[0].Start)/step) < maxBars
	tv.Sparse = !fill
	next := time.Time{}
	for _, c := range counts {
		for fill && !next.IsZero() && next.Before(c.Start) {
			tv.Bars = append(tv.Bars, bar{Label: next.Format(format)})
			next = next.Add(step)
		}
		tv.Bars = append(tv.Bars, bar{Label: c.Start.Format(format), Count: c.Count})
		tv.Total += c.Count
		tv.Max = max(tv.Max, c.Count)
		next = c.Start.Add(step)
	}
	for i := range tv.Bars {
		tv.Bars[i].X = float64(i) + 0.1
		if tv.Max > 0 {
			tv.Bars[i].Height = float64(tv.Bars[i].Count) * 100 / float64(tv.Max)
		}
		if tv.Bars[i].Count > 0 {
			tv.Rows = append(tv.Rows, tv.Bars[i])
		}
	}
	tv.Width = len(tv.Bars)
	if len(tv.Bars) > 0 {
		tv.First, tv.Last = tv.Bars[0].Label, tv.Bars[len(tv.Bars)-1].Label
	}
	return tv, nil
}
