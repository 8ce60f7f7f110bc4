package extract

import "testing"

func TestNameWeight(t *testing.T) {
	for _, tc := range []struct {
		name string
		want float64
	}{
		{"article-body", 65},       // positive and strong
		{"story", 25},              // positive only
		{"sidebar", -25},           // negative only
		{"post-comments", 0},       // both
		{"layout-grid", 0},         // neither
		{"articlebody-wrap", 65},   // strong at a part boundary
		{"mybodytextx", 25},        // strong name inside a word is not strong
		{"footer-content", 0},      // both
		{"entry-content main", 65}, // several classes
	} {
		if got := nameWeight(tc.name); got != tc.want {
			t.Errorf("nameWeight(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestClassWeight(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		want       float64
	}{
		{"class and id add up", `<div id="x" class="story"></div>`, 25}, // id "x" is neutral
		{"itemprop articleBody", `<div id="x" itemprop="articleBody"></div>`, 60},
		{"no hints", `<div id="x"></div>`, 0},
	} {
		p := testPage(t, tc.body)
		if got := classWeight(byID(t, p, "x"), map[string]float64{}); got != tc.want {
			t.Errorf("%s: classWeight = %v, want %v", tc.name, got, tc.want)
		}
	}
}
