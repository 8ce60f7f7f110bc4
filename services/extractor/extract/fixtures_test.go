package extract

import (
	"encoding/json"
	"flag"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"google.golang.org/protobuf/encoding/protojson"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

// expectation is the part of a fixtures/expected/*.json file the extractor
// answers for.
type expectation struct {
	ID             string   `json:"id"`
	File           string   `json:"file"`
	FetchURL       string   `json:"fetch_url"`
	URL            string   `json:"url"`
	SiteName       string   `json:"site_name"`
	PageType       string   `json:"page_type"`
	Title          *string  `json:"title"`
	Published      *string  `json:"published"`
	Byline         *string  `json:"byline"`
	Language       string   `json:"language"`
	Text           string   `json:"text"`
	MustNotContain []string `json:"must_not_contain"`
	Entries        []struct {
		Title     string `json:"title"`
		URL       string `json:"url"`
		Published string `json:"published"`
		Text      string `json:"text"`
	} `json:"entries"`
}

func loadExpectations(t testing.TB) []expectation {
	t.Helper()
	files, err := filepath.Glob("testdata/fixtures/expected/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("listing expectations: %v (%d files)", err, len(files))
	}
	var out []expectation
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var e expectation
		if err := json.Unmarshal(b, &e); err != nil {
			t.Fatalf("decoding %s: %v", f, err)
		}
		out = append(out, e)
	}
	return out
}

// normText applies the fixtures README normalisation: per paragraph,
// whitespace (NBSP included) collapsed, trimmed, NFC; empty ones dropped.
func normText(s string) string {
	var ps []string
	for p := range strings.SplitSeq(s, "\n\n") {
		if p = normalize(p); p != "" {
			ps = append(ps, p)
		}
	}
	return strings.Join(ps, "\n\n")
}

var tokenRe = regexp.MustCompile(`[\p{L}\p{N}_]+`)

// tokenF1 compares the token multisets of two texts.
func tokenF1(got, want string) float64 {
	g := tokenRe.FindAllString(got, -1)
	w := tokenRe.FindAllString(want, -1)
	if len(g) == 0 && len(w) == 0 {
		return 1
	}
	cnt := map[string]int{}
	for _, x := range w {
		cnt[x]++
	}
	tp := 0
	for _, x := range g {
		if cnt[x] > 0 {
			cnt[x]--
			tp++
		}
	}
	if tp == 0 {
		return 0
	}
	p := float64(tp) / float64(len(g))
	r := float64(tp) / float64(len(w))
	return 2 * p * r / (p + r)
}

func sameInstant(t *testing.T, what string, got *newsv1.Article, gotTS interface{ AsTime() time.Time }, isNil bool, want *string) {
	t.Helper()
	if want == nil {
		if !isNil {
			t.Errorf("%s = %v, want none", what, gotTS.AsTime())
		}
		return
	}
	w, err := time.Parse(time.RFC3339, *want)
	if err != nil {
		t.Fatalf("expected %s %q: %v", what, *want, err)
	}
	if isNil {
		t.Errorf("%s missing, want %s", what, w)
		return
	}
	if !gotTS.AsTime().Equal(w) {
		t.Errorf("%s = %s, want %s", what, gotTS.AsTime(), w)
	}
}

func urlPath(t *testing.T, s string) string {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatalf("parsing %q: %v", s, err)
	}
	return u.Path
}

func readFixture(t testing.TB, file string) []byte {
	t.Helper()
	body, err := os.ReadFile(filepath.Join("testdata/fixtures", file))
	if err != nil {
		t.Fatal(err)
	}
	return body
}

func extractFixture(t testing.TB, e expectation) *newsv1.Article {
	t.Helper()
	body := readFixture(t, e.File)
	art, err := HTML(body, Input{URL: e.FetchURL, ContentType: "text/html"})
	if err != nil {
		t.Fatalf("HTML(%s): %v", e.ID, err)
	}
	return art
}

func TestFixtures(t *testing.T) {
	for _, e := range loadExpectations(t) {
		t.Run(e.ID, func(t *testing.T) {
			art := extractFixture(t, e)
			got := normText(strings.Join(art.GetParagraphs(), "\n\n"))
			want := normText(e.Text)
			if f1 := tokenF1(got, want); f1 < 0.98 {
				t.Errorf("token F1 = %.4f, want >= 0.98\n--- got ---\n%s\n--- want ---\n%s", f1, got, want)
			}
			hay := []string{strings.ToLower(got)}
			for _, en := range art.GetEntries() {
				hay = append(hay, strings.ToLower(normalize(en.GetTitle())), strings.ToLower(normText(en.GetText())))
			}
			for _, bad := range e.MustNotContain {
				b := strings.ToLower(normalize(bad))
				for _, h := range hay {
					if strings.Contains(h, b) {
						t.Errorf("output contains %q", bad)
						break
					}
				}
			}
			if wantType := "PAGE_TYPE_" + strings.ToUpper(e.PageType); art.GetPageType().String() != wantType {
				t.Errorf("page type = %s, want %s", art.GetPageType(), wantType)
			}
			if e.Title != nil && art.GetTitle() != *e.Title {
				t.Errorf("title = %q, want %q", art.GetTitle(), *e.Title)
			}
			sameInstant(t, "published", art, art.GetPublished(), art.GetPublished() == nil, e.Published)
			if got, want := urlPath(t, art.GetCanonicalUrl()), urlPath(t, e.URL); got != want {
				t.Errorf("canonical path = %q, want %q", got, want)
			}
			if art.GetLanguage() != e.Language {
				t.Errorf("language = %q, want %q", art.GetLanguage(), e.Language)
			}
			wantByline := ""
			if e.Byline != nil {
				wantByline = *e.Byline
			}
			if art.GetByline() != wantByline {
				t.Errorf("byline = %q, want %q", art.GetByline(), wantByline)
			}
			if art.GetSiteName() != e.SiteName {
				t.Errorf("site name = %q, want %q", art.GetSiteName(), e.SiteName)
			}
			if art.GetExtractorVersion() != Version {
				t.Errorf("extractor version = %q, want %q", art.GetExtractorVersion(), Version)
			}
			checkEntries(t, art, e)
			checkGolden(t, e.ID, art)
		})
	}
}

func checkEntries(t *testing.T, art *newsv1.Article, e expectation) {
	t.Helper()
	if len(art.GetEntries()) != len(e.Entries) {
		t.Fatalf("got %d entries, want %d", len(art.GetEntries()), len(e.Entries))
	}
	for i, we := range e.Entries {
		ge := art.GetEntries()[i]
		if ge.GetTitle() != we.Title {
			t.Errorf("entry %d title = %q, want %q", i, ge.GetTitle(), we.Title)
		}
		if ge.GetUrl() != we.URL {
			t.Errorf("entry %d url = %q, want %q", i, ge.GetUrl(), we.URL)
		}
		w, err := time.Parse(time.RFC3339, we.Published)
		if err != nil {
			w, err = time.Parse("2006-01-02", we.Published)
			if err != nil {
				t.Fatalf("entry %d published %q: %v", i, we.Published, err)
			}
			if !ge.GetDateOnly() {
				t.Errorf("entry %d: date_only = false for a date-only expectation", i)
			}
		}
		if ge.GetPublished() == nil || !ge.GetPublished().AsTime().Equal(w) {
			t.Errorf("entry %d published = %v, want %s", i, ge.GetPublished().AsTime(), w)
		}
		if got, want := normText(ge.GetText()), normText(we.Text); got != want {
			t.Errorf("entry %d text:\n got %q\nwant %q", i, got, want)
		}
	}
}

// checkGolden compares the whole Article with testdata/<id>.golden, a
// stable JSON rendering (protojson output re-indented with sorted keys).
func checkGolden(t *testing.T, id string, art *newsv1.Article) {
	t.Helper()
	raw, err := protojson.Marshal(art)
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	got, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", id+".golden")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading golden (run go test -update): %v", err)
	}
	if string(got) != string(want) {
		t.Errorf("output differs from %s (rerun with -update after checking):\n%s", path, got)
	}
}
