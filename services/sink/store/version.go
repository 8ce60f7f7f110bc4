package store

import (
	"strings"
	"time"

	"golang.org/x/mod/semver"

	"github.com/newsflow/newsflow/plumbing/recordid"
)

// order is how an incoming version relates to the stored one.
type order int

const (
	older     order = -1
	same      order = 0
	newer     order = 1
	unordered order = 2 // different, but neither can be said to be newer
)

// stamp is what precedence looks at in a record.
type stamp struct {
	// canonical is the canonical form (recordid.URL) of the article's
	// canonical URL: a record that names another page never replaces the
	// stored one, whatever its versions.
	canonical                       string
	extractor, classifier, taxonomy string
	// classifiedAt and fetchedAt are Unix microseconds, 0 when unset.
	classifiedAt, fetchedAt int64
}

// supersedes decides whether an incoming record replaces the stored one:
//
//  1. Versions are compared one by one: extractor_version and
//     classifier_version as semantic versions ("1.2.10" > "1.2.9", a leading
//     "v" optional, pre-releases lower, any version above none);
//     taxonomy_version by its leading YYYY-MM-DD date.
//  2. If any version of the incoming record is older, it is skipped: an old
//     replica or a replay never overwrites newer output, even when another of
//     its versions is newer (the next fully up-to-date record wins instead).
//  3. Otherwise, if any version is newer, it replaces.
//  4. Otherwise (versions equal, or different but unordered: same taxonomy
//     date with another hash, unparsable versions), the later classification
//     wins: classified_at, then article.fetched_at. Equal times mean the same
//     record delivered again, skipped, unless a version differs unordered, in
//     which case the incoming record replaces (a taxonomy rebuilt the same
//     day). Comparing times first keeps a re-delivered old message from
//     flipping the row back.
//
// Before all of these: a record whose canonical URL differs from the stored
// one's is skipped (it is not the same page; upstream checks make the id
// follow the item link, and this keeps a record that passed them with
// another page's content from overwriting the stored one).
//
// The reason is for logs when the record is skipped.
func supersedes(in, cur stamp) (replace bool, reason string) {
	if cur.canonical != "" && in.canonical != cur.canonical {
		return false, "different canonical URL"
	}
	orders := [...]struct {
		field string
		o     order
	}{
		{"extractor_version", compareSemver(in.extractor, cur.extractor)},
		{"classifier_version", compareSemver(in.classifier, cur.classifier)},
		{"taxonomy_version", compareTaxonomy(in.taxonomy, cur.taxonomy)},
	}
	anyNewer, anyUnordered := false, false
	for _, f := range orders {
		switch f.o {
		case older:
			return false, "older " + f.field
		case newer:
			anyNewer = true
		case unordered:
			anyUnordered = true
		}
	}
	if anyNewer {
		return true, ""
	}
	switch c := cmpTimes(in, cur); {
	case c > 0:
		return true, ""
	case c < 0:
		return false, "same versions, classified earlier"
	case anyUnordered:
		return true, ""
	default:
		return false, "same record"
	}
}

func cmpTimes(a, b stamp) int {
	if a.classifiedAt != b.classifiedAt {
		return cmpInt(a.classifiedAt, b.classifiedAt)
	}
	return cmpInt(a.fetchedAt, b.fetchedAt)
}

func cmpInt(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// compareSemver orders a against b as semantic versions. A valid version is
// newer than an empty or invalid one; two invalid ones are same when equal
// and unordered otherwise, as are valid ones that differ only in build
// metadata.
func compareSemver(a, b string) order {
	if a == b {
		return same
	}
	va, vb := canonicalSemver(a), canonicalSemver(b)
	if va == vb {
		return same
	}
	okA, okB := semver.IsValid(va), semver.IsValid(vb)
	switch {
	case okA && okB:
		if c := semver.Compare(va, vb); c != 0 {
			return order(c)
		}
		return unordered
	case okA:
		return newer
	case okB:
		return older
	case a == "":
		return older
	case b == "":
		return newer
	}
	return unordered
}

func canonicalSemver(v string) string {
	v = strings.TrimSpace(v)
	if v != "" && v[0] != 'v' {
		v = "v" + v
	}
	return v
}

// compareTaxonomy orders taxonomy versions of the form "YYYY-MM-DD.hash" by
// their date. The same date with another suffix is unordered (see
// supersedes for how that is settled). Versions without a date fall back to
// semantic-version comparison.
func compareTaxonomy(a, b string) order {
	if a == b {
		return same
	}
	da, okA := taxonomyDate(a)
	db, okB := taxonomyDate(b)
	switch {
	case okA && okB:
		if c := da.Compare(db); c != 0 {
			return order(c)
		}
		return unordered
	case okA:
		return newer
	case okB:
		return older
	}
	return compareSemver(a, b)
}

func taxonomyDate(v string) (time.Time, bool) {
	const layout = "2006-01-02"
	if len(v) < len(layout) {
		return time.Time{}, false
	}
	if len(v) > len(layout) && v[len(layout)] != '.' && v[len(layout)] != '-' && v[len(layout)] != '+' {
		return time.Time{}, false
	}
	t, err := time.Parse(layout, v[:len(layout)])
	return t, err == nil
}

// canonicalForm is the canonical form of u for comparing pages (see
// recordid.URL); a URL that has none compares as it is.
func canonicalForm(u string) string {
	if c, err := recordid.URL(u); err == nil {
		return c
	}
	return u
}
