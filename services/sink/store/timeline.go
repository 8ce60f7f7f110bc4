package store

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Bucket is the width of a timeline's bars.
type Bucket int

// Timeline buckets. Weeks start on Monday (ISO 8601), in UTC.
const (
	Day Bucket = iota
	Week
)

// TimeCount is the number of matching articles in one bucket.
type TimeCount struct {
	// Start is the bucket's first instant (UTC midnight of its day, or of
	// its week's Monday).
	Start time.Time
	Count int64
}

// microsPerDay: times are stored as microseconds since the Unix epoch.
const microsPerDay = 24 * 60 * 60 * 1_000_000

// Timeline counts the articles matching q per day or week of their search
// time (published, else stored), oldest first; buckets without articles are
// left out. q.Limit and q.Cursor are ignored; bound the span with Since and
// Until.
func (s *Store) Timeline(ctx context.Context, q Query, b Bucket) ([]TimeCount, error) {
	if err := q.checkSpan(); err != nil {
		return nil, err
	}
	var bind binder
	where, ok, err := s.filters(ctx, q, bind.arg)
	if err != nil {
		return nil, fmt.Errorf("counting per %s: %w", b, err)
	}
	if !ok {
		return []TimeCount{}, nil
	}
	// Integer division truncates in both backends; days before 1970 (which
	// no news record has) would round towards the epoch.
	day := "(a.sort_time / " + strconv.Itoa(microsPerDay) + ")"
	bucket := day
	if b == Week {
		// 1970-01-01 was a Thursday: shifting by 3 days puts Mondays on
		// multiples of 7.
		bucket = "((" + day + " + 3) / 7)"
	}
	var sb strings.Builder
	sb.WriteString("SELECT " + bucket + " AS bucket, count(*) FROM articles a")
	if len(where) > 0 {
		sb.WriteString(" WHERE " + strings.Join(where, " AND "))
	}
	sb.WriteString(" GROUP BY bucket ORDER BY bucket")
	rows, err := s.r.QueryContext(ctx, sb.String(), bind.args...)
	if err != nil {
		return nil, fmt.Errorf("counting per %s: %w", b, err)
	}
	defer func() { _ = rows.Close() }()
	out := []TimeCount{}
	for rows.Next() {
		var n, c int64
		if err := rows.Scan(&n, &c); err != nil {
			return nil, fmt.Errorf("counting per %s: %w", b, err)
		}
		days := n
		if b == Week {
			days = n*7 - 3
		}
		out = append(out, TimeCount{Start: time.Unix(days*24*60*60, 0).UTC(), Count: c})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("counting per %s: %w", b, err)
	}
	return out, nil
}

func (b Bucket) String() string {
	if b == Week {
		return "week"
	}
	return "day"
}
