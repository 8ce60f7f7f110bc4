package extract

import (
	"strings"
	"testing"
)

// consentShareCut is the share consentWall compares, computed in full as
// pageKind did before consentWall stopped early: the words of ps in
// paragraphs about consent, and the cut words, over all of them.
func consentShareCut(ps []string, cut int) float64 {
	total, consent := cut, cut
	for _, t := range ps {
		n := words(t)
		total += n
		if aboutConsent(t) {
			consent += n
		}
	}
	if total == 0 {
		return 0
	}
	return float64(consent) / float64(total)
}

// consentWallFull is pageKind's test on the full share.
func consentWallFull(ps []string, cut int, article bool) bool {
	share := consentShareCut(ps, cut)
	return share >= minConsentShare && (!article || share >= minConsentShareArticle)
}

func consentNeed(article bool) float64 {
	if article {
		return minConsentShareArticle
	}
	return minConsentShare
}

// TestConsentWall checks consentWall on shares at and around both
// thresholds, with and without cut words.
func TestConsentWall(t *testing.T) {
	const (
		c = "We use cookies to improve your experience."   // 7 words about consent
		s = "The council met on Monday to vote on a plan." // 10 words of story
	)
	for _, tc := range []struct {
		ps       []string
		cut      int
		wall     bool // as a page that declares no article
		wallArt  bool // as an article page
		describe string
	}{
		{nil, 0, false, false, "no text"},
		{[]string{""}, 0, false, false, "no words"},
		{[]string{c}, 0, true, true, "all consent"},
		{[]string{s}, 0, false, false, "all story"},
		{[]string{s}, 15, true, false, "0.6 from cut words"},
		{[]string{s}, 40, true, true, "0.8 from cut words"},
		{[]string{s, c, c}, 1, true, false, "15 of 25: 0.6 exactly"},
		{[]string{s, c}, 1, false, false, "8 of 18"},
		{[]string{c, c, c, c, c, c, s}, 5, true, true, "47 of 57"},
		{[]string{s, s, c, c, c, c, c, c, c, c}, 0, true, false, "56 of 76, story first"},
		{[]string{s, s, s, s, c, c}, 0, false, false, "14 of 54, story first"},
		{[]string{c, c, c, c, c, c, c, c, s, s}, 4, true, false, "60 of 80, story last"},
	} {
		for _, article := range []bool{false, true} {
			want := tc.wall
			if article {
				want = tc.wallArt
			}
			if full := consentWallFull(tc.ps, tc.cut, article); full != want {
				t.Fatalf("%s: the full share says %v, the case %v", tc.describe, full, want)
			}
			if got := consentWall(tc.ps, tc.cut, consentNeed(article)); got != want {
				t.Errorf("%s (article %v): consentWall = %v, want %v", tc.describe, article, got, want)
			}
		}
	}
}

// FuzzConsentWall checks consentWall, which stops early, against the full
// share pageKind compared before.
func FuzzConsentWall(f *testing.F) {
	f.Add("We use cookies.\nThe council met on Monday.\nAccept our privacy policy", 3, false)
	f.Add("Wir verwenden Cookies und Datenschutz\nDer Rat tagte am Montag über den Plan", 0, true)
	f.Add("\n\n", 0, false)
	f.Fuzz(func(t *testing.T, text string, cut int, article bool) {
		if cut < 0 || cut > 1000 {
			return
		}
		ps := strings.Split(text, "\n")
		if got, want := consentWall(ps, cut, consentNeed(article)), consentWallFull(ps, cut, article); got != want {
			t.Fatalf("consentWall(%q, %d, article %v) = %v, full share %v", ps, cut, article, got, want)
		}
	})
}
