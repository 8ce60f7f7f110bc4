package api

import (
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/newsflow/newsflow/services/sink/store"
)

// maxTextLen bounds q: longer text is not a search, and every word costs an
// FTS lookup.
const maxTextLen = 1024

// Parameters each endpoint accepts.
var (
	filterParams = []string{"actor", "topic", "country", "source", "q", "since", "until"}
	searchParams = append(slices.Clip(filterParams), "limit", "cursor")
	countParams  = append(slices.Clip(filterParams), "limit")
	exportParams = append(slices.Clip(filterParams), "limit", "cursor", "format")
)

// parseQuery validates a query string holding known parameters only, each
// at most once; limit is capped at maxLimit (0: no cap).
func parseQuery(v url.Values, known []string, maxLimit int) (store.Query, error) {
	for k, vs := range v {
		if !slices.Contains(known, k) {
			return store.Query{}, fmt.Errorf("unknown parameter %q (known: %s)", k, strings.Join(known, ", "))
		}
		if len(vs) > 1 {
			return store.Query{}, fmt.Errorf("parameter %q given %d times; give it once", k, len(vs))
		}
	}
	q := store.Query{
		Actor:   strings.TrimSpace(v.Get("actor")),
		Topic:   strings.TrimSpace(v.Get("topic")),
		Country: strings.TrimSpace(v.Get("country")),
		Source:  strings.TrimSpace(v.Get("source")),
		Text:    v.Get("q"),
		Cursor:  v.Get("cursor"),
	}
	if q.Country != "" && !isCountryCode(q.Country) {
		return store.Query{}, fmt.Errorf("invalid country %q: want an ISO 3166-1 alpha-2 code such as \"AF\"", q.Country)
	}
	if len(q.Text) > maxTextLen {
		return store.Query{}, fmt.Errorf("q is %d bytes long; at most %d are allowed", len(q.Text), maxTextLen)
	}
	var err error
	if q.Since, err = parseTime("since", v.Get("since")); err != nil {
		return store.Query{}, err
	}
	if q.Until, err = parseTime("until", v.Get("until")); err != nil {
		return store.Query{}, err
	}
	if !q.Since.IsZero() && !q.Until.IsZero() && !q.Since.Before(q.Until) {
		return store.Query{}, errors.New("since must be before until")
	}
	if s := v.Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			if maxLimit > 0 {
				return store.Query{}, fmt.Errorf("invalid limit %q: want a whole number from 1 to %d", s, maxLimit)
			}
			return store.Query{}, fmt.Errorf("invalid limit %q: want a whole number from 1", s)
		}
		q.Limit = n
		if maxLimit > 0 {
			q.Limit = min(n, maxLimit)
		}
	}
	return q, nil
}

// parseTime accepts RFC 3339 times and, for convenience, bare dates (UTC
// midnight).
func parseTime(name, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("invalid %s %q: want an RFC 3339 time (2026-11-21T09:30:00Z) or a date (2026-11-21)", name, s)
}

func isCountryCode(s string) bool {
	if len(s) != 2 {
		return false
	}
	for _, c := range []byte(s) {
		if (c < 'A' || c > 'Z') && (c < 'a' || c > 'z') {
			return false
		}
	}
	return true
}
