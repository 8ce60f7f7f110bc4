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
// at most once; limit is capped at maxLimit (0: no cap). Relative times
// ("7d") count back from now.
func parseQuery(v url.Values, known []string, maxLimit int, now time.Time) (store.Query, error) {
	for k, vs := range v {
		if !slices.Contains(known, k) {
			return store.Query{}, fmt.Errorf("unknown parameter %q (known: %s)", k, strings.Join(known, ", "))
		}
		if len(vs) > 1 {
			return store.Query{}, fmt.Errorf("parameter %q given %d times; give it once", k, len(vs))
		}
	}
	q, err := ParseFilters(v, now)
	if err != nil {
		return store.Query{}, err
	}
	q.Cursor = v.Get("cursor")
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

// ParseFilters reads the filter parameters every endpoint shares (actor,
// topic, country, source, q, since, until) from v, ignoring any other, and
// validates them. since and until are RFC 3339 times, dates (UTC midnight)
// or durations back from now ("7d", "2w", "36h"). The web UI reads its
// forms with it, so both accept the same filters.
func ParseFilters(v url.Values, now time.Time) (store.Query, error) {
	q := store.Query{
		Actor:   strings.TrimSpace(v.Get("actor")),
		Topic:   strings.TrimSpace(v.Get("topic")),
		Country: strings.TrimSpace(v.Get("country")),
		Source:  strings.TrimSpace(v.Get("source")),
		Text:    v.Get("q"),
	}
	if q.Country != "" && !isCountryCode(q.Country) {
		return store.Query{}, fmt.Errorf("invalid country %q: want an ISO 3166-1 alpha-2 code such as \"AF\"", q.Country)
	}
	if len(q.Text) > maxTextLen {
		return store.Query{}, fmt.Errorf("q is %d bytes long; at most %d are allowed", len(q.Text), maxTextLen)
	}
	var err error
	if q.Since, err = parseTime("since", strings.TrimSpace(v.Get("since")), now); err != nil {
		return store.Query{}, err
	}
	if q.Until, err = parseTime("until", strings.TrimSpace(v.Get("until")), now); err != nil {
		return store.Query{}, err
	}
	if !q.Since.IsZero() && !q.Until.IsZero() && !q.Since.Before(q.Until) {
		return store.Query{}, errors.New("since must be before until")
	}
	return q, nil
}

// maxAgo bounds relative times: beyond it a typo ("7000000d") rather than
// a question, and time.Duration would overflow.
const maxAgo = 100 * 365 * 24 * time.Hour

// parseTime accepts RFC 3339 times, bare dates (UTC midnight) and, like
// the CLI, positive durations back from now: Go durations ("36h", "90m")
// or whole days and weeks ("7d", "2w").
func parseTime(name, s string, now time.Time) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	if d, ok := parseAgo(s); ok {
		return now.Add(-d), nil
	}
	return time.Time{}, fmt.Errorf("invalid %s %q: want an RFC 3339 time (2026-11-21T09:30:00Z), a date (2026-11-21) or a duration back from now (7d, 2w, 36h)", name, s)
}

// parseAgo reads "7d", "2w" or a Go duration; ok is false for anything
// else, zero or negative durations, and durations over maxAgo.
func parseAgo(s string) (time.Duration, bool) {
	var d time.Duration
	if n, unit := s[:len(s)-1], s[len(s)-1]; (unit == 'd' || unit == 'w') && isDigits(n) {
		k, err := strconv.Atoi(n)
		if err != nil || k > int(maxAgo/(24*time.Hour)) {
			return 0, false
		}
		d = time.Duration(k) * 24 * time.Hour
		if unit == 'w' {
			d *= 7
		}
	} else {
		var err error
		if d, err = time.ParseDuration(s); err != nil {
			return 0, false
		}
	}
	return d, d > 0 && d <= maxAgo
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
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
