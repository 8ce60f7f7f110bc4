package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"google.golang.org/protobuf/types/known/timestamppb"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// entryWant is what a listing entry must hold.
type entryWant struct {
	title, url, published string
	dateOnly              bool
	text                  string
}

// TestRules runs the hand-made pages in testdata/rules, one per rule of the
// fixtures README (charsets, AMP, chrome language, video pages, listings,
// embeds, bios, comments, "Most popular", sponsored content) and of the
// metadata order (title, byline, published, modified).
func TestRules(t *testing.T) {
	const harbour = "The harbour authority said the storm had forced the closure of all three piers on Tuesday"
	const sea = "The council will meet on Thursday to decide whether to pay for a new sea wall"
	tests := []struct {
		file     string
		url      string
		item     *newsv1.FeedItem
		pageType newsv1.PageType
		title    string
		byline   string
		lang     string
		// published and modified are RFC 3339 instants; "-" means none.
		published, modified string
		canonical           string
		site                string
		paragraphs          int // 0: not checked
		want                []string
		not                 []string
		entries             []entryWant
	}{{
		file: "http-equiv-1252.html", title: "Menace sur les Jeux", lang: "fr",
		want: []string{"Gérald Darmanin a dit qu’il n’y avait – pour l’instant – aucune menace concrète"},
	}, {
		file: "windows-1251.html", title: "Шторм закрыл порт", lang: "ru",
		want: []string{"Министр внутренних дел заявил", "Второй абзац"},
	}, {
		file: "entities.html", title: "Menace sur les Jeux", lang: "fr",
		want: []string{"Gérald Darmanin a dit qu’il n’y avait – pour l’instant – aucune menace concrète"},
	}, {
		file: "amp.html", url: "https://example.com/amp/news/2024/05/01/storm-closes-the-harbour",
		canonical: "https://example.com/news/2024/05/01/storm-closes-the-harbour",
		title:     "Storm closes the harbour", site: "Example News", lang: "en", paragraphs: 3,
		not: []string{"Home"},
	}, {
		file: "ru-chrome.html", title: "Storm closes the harbour", lang: "en", paragraphs: 3,
		not: []string{"Главная", "Все права защищены"},
	}, {
		file: "video.html", title: "Waves batter the harbour wall", site: "Example TV",
		published: "2024-05-01T07:30:00Z", modified: "2024-05-03T07:30:00Z", paragraphs: 1,
		want: []string{"Waves crashed over the harbour wall on Tuesday"},
		not:  []string{"Share on Facebook", "Storm chasers"},
	}, {
		file: "dates.html", title: "Storm closes the harbour", site: "Example News", byline: "",
		published: "2024-05-01T08:15:00Z", modified: "2024-05-03T12:00:00Z", paragraphs: 3,
		item: &newsv1.FeedItem{Authors: []string{"Example News"}, Published: timestamppb.New(time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC))},
		not:  []string{"Updated"},
	}, {
		file: "dates-meta.html", title: "Storm closes the harbour", byline: "Jane Doe, John Roe",
		published: "2024-05-01T08:15:00Z", paragraphs: 3,
		not: []string{"Associated Press", "Updated:"},
	}, {
		file: "dates-time.html", title: "Storm closes the harbour",
		published: "2024-05-01T08:15:00Z", paragraphs: 3,
	}, {
		file: "tweet.html", title: "Storm closes the harbour", paragraphs: 3,
		not: []string{"Huge waves", "Harbour Watch", "A post shared by", "Nobody is going out", "@seanotes"},
	}, {
		file: "authorbio.html", paragraphs: 3,
		not: []string{"About the author", "senior maritime correspondent", "Jane writes about the sea"},
	}, {
		file: "comments.html", paragraphs: 3,
		not: []string{"Posted by", "Report this comment", "should have built", "storm of ninety-eight"},
	}, {
		file: "mostpopular.html", paragraphs: 3,
		not: []string{"Most Popular", "Mayor resigns", "stepped down", "Schools close"},
	}, {
		file: "sponsored.html", paragraphs: 3,
		not: []string{"Sponsored content", "waterproof jackets", "Promoted Stories", "Doctors stunned", "Paid Post", "coastal towns rebuild"},
	}, {
		file: "listing-cards.html", url: "https://example.com/harbour/", pageType: newsv1.PageType_PAGE_TYPE_LISTING,
		title: "Harbour news", published: "-",
		entries: []entryWant{
			{"Harbour reopens after the storm", "https://example.com/news/story-0", "2024-06-28T00:00:00Z", true, "Excerpt 0 says the harbour authority met on the day and decided what happens next for the town and its port..."},
			{"Ferries resume their winter timetable", "https://example.com/news/story-1", "2024-06-27T00:00:00Z", true, "Excerpt 1 says the harbour authority met on the day and decided what happens next for the town and its port..."},
			{"Council votes for a new sea wall", "https://example.com/news/story-2", "2024-06-26T00:00:00Z", true, "Excerpt 2 says the harbour authority met on the day and decided what happens next for the town and its port..."},
			{"Fishermen count the cost of the storm", "https://example.com/news/story-3", "2024-06-25T00:00:00Z", true, "Excerpt 3 says the harbour authority met on the day and decided what happens next for the town and its port..."},
		},
	}}
	for _, tt := range tests {
		t.Run(strings.TrimSuffix(tt.file, ".html"), func(t *testing.T) {
			body, err := os.ReadFile(filepath.Join("testdata", "rules", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			u := tt.url
			if u == "" {
				u = "https://example.com/news/" + tt.file
			}
			art := mustExtract(t, body, Input{URL: u, ContentType: "text/html", Item: tt.item})
			wantType := tt.pageType
			if wantType == newsv1.PageType_PAGE_TYPE_UNSPECIFIED {
				wantType = newsv1.PageType_PAGE_TYPE_ARTICLE
			}
			if art.GetPageType() != wantType {
				t.Fatalf("page type = %s, want %s (paragraphs %q)", art.GetPageType(), wantType, art.GetParagraphs())
			}
			text := strings.Join(art.GetParagraphs(), "\n\n")
			for _, e := range art.GetEntries() {
				text += "\n\n" + e.GetTitle() + "\n\n" + e.GetText()
			}
			if wantType == newsv1.PageType_PAGE_TYPE_ARTICLE && len(tt.want) == 0 && tt.paragraphs > 1 {
				tt.want = []string{harbour, sea}
			}
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("text lacks %q:\n%s", w, text)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(strings.ToLower(text), strings.ToLower(n)) {
					t.Errorf("text keeps %q:\n%s", n, text)
				}
			}
			if tt.paragraphs > 0 && len(art.GetParagraphs()) != tt.paragraphs {
				t.Errorf("%d paragraphs, want %d:\n%s", len(art.GetParagraphs()), tt.paragraphs, text)
			}
			check := func(what, got, want string) {
				t.Helper()
				if want != "" && got != want {
					t.Errorf("%s = %q, want %q", what, got, want)
				}
			}
			check("title", art.GetTitle(), tt.title)
			check("language", art.GetLanguage(), tt.lang)
			check("canonical", art.GetCanonicalUrl(), tt.canonical)
			check("site name", art.GetSiteName(), tt.site)
			if tt.byline != "" || strings.HasPrefix(tt.file, "dates") {
				check("byline", art.GetByline(), tt.byline)
				if tt.byline == "" && art.GetByline() != "" {
					t.Errorf("byline = %q, want none", art.GetByline())
				}
			}
			checkTime(t, "published", art.GetPublished(), tt.published)
			checkTime(t, "modified", art.GetModified(), tt.modified)
			if tt.entries != nil {
				es := art.GetEntries()
				if len(es) != len(tt.entries) {
					t.Fatalf("%d entries, want %d:\n%s", len(es), len(tt.entries), text)
				}
				for i, w := range tt.entries {
					e := es[i]
					check("entry title", e.GetTitle(), w.title)
					check("entry url", e.GetUrl(), w.url)
					check("entry text", e.GetText(), w.text)
					checkTime(t, "entry published", e.GetPublished(), w.published)
					if e.GetDateOnly() != w.dateOnly {
						t.Errorf("entry %d date_only = %v, want %v", i, e.GetDateOnly(), w.dateOnly)
					}
				}
			}
		})
	}
}

func checkTime(t *testing.T, what string, got *timestamppb.Timestamp, want string) {
	t.Helper()
	switch want {
	case "":
		return
	case "-":
		if got != nil {
			t.Errorf("%s = %v, want none", what, got.AsTime())
		}
		return
	}
	w, err := time.Parse(time.RFC3339, want)
	if err != nil {
		t.Fatal(err)
	}
	if got == nil || !got.AsTime().Equal(w) {
		t.Errorf("%s = %v, want %s", what, got.AsTime(), w)
	}
}

// TestLabelLookup checks the map lookup of label rules against trying
// every rule in file order, on every label phrase, the phrase with text
// after it, and texts that merely start alike.
func TestLabelLookup(t *testing.T) {
	e, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tr := e.rules
	naive := func(t string) (textRule, bool, bool) {
		f := fold(t)
		for _, r := range tr.rules {
			if r.match != matchLabel && r.match != matchPrefix {
				continue
			}
			if f == r.phrase {
				return r, true, true
			}
			if r.match == matchLabel && hasWordPrefix(f, r.phrase) {
				return r, false, true
			}
		}
		return textRule{}, false, false
	}
	var texts []string
	for _, r := range tr.rules {
		texts = append(texts, r.raw, r.raw+":", r.raw+" more news", r.raw+"s", strings.ToUpper(r.raw)+" »", "x "+r.raw)
	}
	texts = append(texts, "", "Lesen Sie auch Pegelstände an Mosel und Saar", "Читайте также: новости")
	for _, s := range texts {
		gr, ge, gok := tr.label(s)
		wr, we, wok := naive(s)
		if gok != wok || ge != we || gr.phrase != wr.phrase || gr.kind != wr.kind {
			t.Errorf("label(%q) = (%q %s, %v, %v), want (%q %s, %v, %v)", s, gr.phrase, gr.kind, ge, gok, wr.phrase, wr.kind, we, wok)
		}
	}
}
