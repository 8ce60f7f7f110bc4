package store

import "testing"

func TestCompareSemver(t *testing.T) {
	tests := []struct {
		a, b string
		want order
	}{
		{"1.2.10", "1.2.9", newer},
		{"1.2.9", "1.2.10", older},
		{"v1.3.0", "1.3.0", same},
		{"1.3", "1.2.99", newer},
		{"2.0.0", "10.0.0", older},
		{"1.0.0", "1.0.0-rc.1", newer},
		{"1.0.0-rc.2", "1.0.0-rc.10", older},
		{"1.0.0+abc", "1.0.0+def", unordered},
		{"1.0.0", "", newer},
		{"", "0.0.1", older},
		{"1.0.0", "dev", newer},
		{"dev", "1.0.0", older},
		{"dev", "", newer},
		{"dev", "devel", unordered},
		{"", "", same},
	}
	for _, tt := range tests {
		t.Run(tt.a+" vs "+tt.b, func(t *testing.T) {
			if got := compareSemver(tt.a, tt.b); got != tt.want {
				t.Errorf("compareSemver(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func TestCompareTaxonomy(t *testing.T) {
	tests := []struct {
		a, b string
		want order
	}{
		{"2026-11-21.abcdef", "2026-11-20.abcdef", newer},
		{"2026-11-20.ffffff", "2026-11-21.000000", older},
		{"2026-11-21.abcdef", "2026-11-21.abcdef", same},
		{"2026-11-21.abcdef", "2026-11-21.123456", unordered},
		{"2026-11-21", "2026-11-21.123456", unordered},
		{"2027-01-01", "2026-12-31.x", newer},
		{"2026-11-21.abc", "", newer},
		{"", "2026-11-21.abc", older},
		{"2026-11-21.abc", "garbage", newer},
		{"2026-13-45.abc", "2026-01-01.abc", older}, // not a date
		{"2.0.0", "1.9.0", newer},                   // no date: semver
		{"20261121abc", "2026-11-20.x", older},      // no separator after the date
	}
	for _, tt := range tests {
		t.Run(tt.a+" vs "+tt.b, func(t *testing.T) {
			if got := compareTaxonomy(tt.a, tt.b); got != tt.want {
				t.Errorf("compareTaxonomy(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func TestSupersedes(t *testing.T) {
	base := stamp{extractor: "1.2.9", classifier: "1.0.0", taxonomy: "2026-11-21.aaa", classifiedAt: 100, fetchedAt: 50}
	with := func(f func(*stamp)) stamp { s := base; f(&s); return s }
	tests := []struct {
		name string
		in   stamp
		want bool
	}{
		{"same record", base, false},
		{"newer extractor", with(func(s *stamp) { s.extractor = "1.2.10" }), true},
		{"older extractor", with(func(s *stamp) { s.extractor = "1.2.8" }), false},
		{"older extractor classified later", with(func(s *stamp) { s.extractor = "1.2.8"; s.classifiedAt = 999 }), false},
		{"newer taxonomy date", with(func(s *stamp) { s.taxonomy = "2026-11-22.aaa" }), true},
		{"older taxonomy date", with(func(s *stamp) { s.taxonomy = "2026-11-20.zzz" }), false},
		{"newer classifier", with(func(s *stamp) { s.classifier = "1.1.0" }), true},
		{"newer extractor older taxonomy", with(func(s *stamp) { s.extractor = "2.0.0"; s.taxonomy = "2026-01-01.a" }), false},
		{"same date other hash classified later", with(func(s *stamp) { s.taxonomy = "2026-11-21.bbb"; s.classifiedAt = 200 }), true},
		{"same date other hash classified earlier", with(func(s *stamp) { s.taxonomy = "2026-11-21.bbb"; s.classifiedAt = 50 }), false},
		{"same date other hash same time", with(func(s *stamp) { s.taxonomy = "2026-11-21.bbb" }), true},
		{"same versions classified later", with(func(s *stamp) { s.classifiedAt = 101 }), true},
		{"same versions classified earlier", with(func(s *stamp) { s.classifiedAt = 99 }), false},
		{"same versions fetched later", with(func(s *stamp) { s.fetchedAt = 51 }), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, reason := supersedes(tt.in, base)
			if got != tt.want {
				t.Errorf("supersedes = %v (%s), want %v", got, reason, tt.want)
			}
		})
	}
}
