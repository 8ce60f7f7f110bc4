package feed

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// zones maps the zone abbreviations feeds use to their UTC offsets in
// hours. Go's time.Parse knows only the local zone's abbreviations and
// reads any other as UTC, which puts "10:00 MSK" three hours late.
// Ambiguous abbreviations take the reading most common in news feeds
// (IST: India, BST: British Summer Time, CST: US Central).
var zones = map[string]float64{
	"UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 1, "BST": 1, "IST": 5.5,
	"CET": 1, "CEST": 2, "MET": 1, "MEST": 2, "EET": 2, "EEST": 3, "MSK": 3, "MSD": 4,
	"EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
	"AKST": -9, "AKDT": -8, "HST": -10, "AST": -4, "ADT": -3, "NST": -3.5, "NDT": -2.5,
	"JST": 9, "KST": 9, "HKT": 8, "SGT": 8, "PHT": 8, "WIB": 7, "ICT": 7, "PKT": 5, "NPT": 5.75,
	"AEST": 10, "AEDT": 11, "ACST": 9.5, "ACDT": 10.5, "AWST": 8, "NZST": 12, "NZDT": 13,
	"SAST": 2, "CAT": 2, "EAT": 3, "WAT": 1, "TRT": 3, "GST": 4, "IRST": 3.5, "BRT": -3, "ART": -3,
}

var (
	weekday   = regexp.MustCompile(`(?i)^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+`)
	numZone   = regexp.MustCompile(`(?i)\s*(?:(?:GMT|UTC)\s*)?([+-])(\d{1,2})(?::?(\d{2}))?$`)
	nameZone  = regexp.MustCompile(`\s*\(?([A-Za-z]{1,5})\)?$`)
	spaces    = regexp.MustCompile(`\s+`)
	isoLayout = []string{time.RFC3339Nano, "2006-01-02T15:04Z07:00", "2006-01-02T15:04:05.999999999Z0700", "2006-01-02T15:04:05Z0700"}
	layouts   = []string{
		"2006-01-02T15:04:05.999999999", "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05.999999999", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02",
		"2 Jan 2006 15:04:05", "2 Jan 2006 15:04", "2 Jan 06 15:04:05", "2 Jan 06 15:04", "2 January 2006 15:04:05", "2 January 2006 15:04", "2 Jan 2006", "2 January 2006",
		"Jan 2, 2006 15:04:05", "Jan 2, 2006 15:04", "Jan 2, 2006 3:04 PM", "Jan 2, 2006 3:04PM", "Jan 2, 2006", "Jan 2 2006 15:04:05", "Jan 2 15:04:05 2006",
		"January 2, 2006 15:04:05", "January 2, 2006 15:04", "January 2, 2006 - 15:04", "January 2, 2006 3:04 PM", "January 2, 2006 3:04PM", "January 2, 2006 at 3:04 PM", "January 2, 2006",
		"2006/01/02 15:04:05", "2006/01/02 15:04", "2006/01/02", "02.01.2006 15:04:05", "02.01.2006 15:04", "02.01.2006",
	}
)

// ParseDate reads the dates feeds and sitemaps carry: RFC 3339 / W3C
// datetime, RFC 822/1123 with numeric or named zones ("MSK", "IST", "GMT+3"),
// and sloppy variants (missing weekday or seconds, full month names,
// "January 2, 2006 - 15:04", commas and extra spaces). A date without a zone
// is taken as UTC. The result is in UTC; ok is false when nothing matched.
func ParseDate(s string) (t time.Time, ok bool) {
	s = strings.TrimSpace(spaces.ReplaceAllString(s, " "))
	if s == "" || len(s) > 64 {
		return time.Time{}, false
	}
	for _, l := range isoLayout {
		if t, err := time.Parse(l, s); err == nil {
			return t.UTC(), true
		}
	}
	s = weekday.ReplaceAllString(s, "")
	loc := time.UTC
	if m := numZone.FindStringSubmatch(s); m != nil && strings.ContainsAny(s[:len(s)-len(m[0])], " T") {
		h, _ := strconv.Atoi(m[2])
		mins, _ := strconv.Atoi(m[3])
		if len(m[2]) == 4 || h > 14 || mins > 59 {
			return time.Time{}, false
		}
		off := h*3600 + mins*60
		if m[1] == "-" {
			off = -off
		}
		loc = time.FixedZone("", off)
		s = s[:len(s)-len(m[0])]
	} else if m := nameZone.FindStringSubmatch(s); m != nil {
		if h, known := zones[strings.ToUpper(m[1])]; known {
			loc = time.FixedZone(strings.ToUpper(m[1]), int(h*3600))
			s = s[:len(s)-len(m[0])]
		}
	}
	s = strings.TrimRight(strings.TrimSpace(s), ",")
	for _, l := range layouts {
		if t, err := time.ParseInLocation(l, s, loc); err == nil {
			return t.UTC(), true
		}
	}
	return time.Time{}, false
}
