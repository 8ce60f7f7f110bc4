package cli

import (
	"strings"
	"time"

	"google.golang.org/protobuf/types/known/timestamppb"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// articleRecord is the JSON line of `newsflow extract` (design.md's
// command-line contract); `newsflow classify` reads it back.
type articleRecord struct {
	File             string           `json:"file,omitempty"`
	ID               string           `json:"id,omitempty"`
	URL              string           `json:"url"`
	PageType         string           `json:"page_type"`
	Title            string           `json:"title"`
	Byline           *string          `json:"byline"`
	Published        *string          `json:"published"`
	PublishedSource  string           `json:"published_source,omitempty"`
	Modified         *string          `json:"modified,omitempty"`
	Language         string           `json:"language"`
	SiteName         string           `json:"site_name,omitempty"`
	Description      string           `json:"description,omitempty"`
	LeadImage        string           `json:"lead_image,omitempty"`
	Text             string           `json:"text"`
	WordCount        int32            `json:"word_count"`
	Entries          []entryRecord    `json:"entries,omitempty"`
	Removed          map[string]int32 `json:"removed,omitempty"`
	ExtractorVersion string           `json:"extractor_version,omitempty"`
	Error            string           `json:"error,omitempty"`
	// Page-type details (Article fields 23-26): why a page is no article,
	// a paywalled article, an extraction cut down by a cap.
	NonArticleReason string   `json:"non_article_reason,omitempty"`
	Paywalled        bool     `json:"paywalled,omitempty"`
	Degraded         bool     `json:"degraded,omitempty"`
	LimitsHit        []string `json:"limits_hit,omitempty"`
}

type entryRecord struct {
	Title     string  `json:"title"`
	URL       string  `json:"url"`
	Published *string `json:"published"`
	Text      string  `json:"text"`
}

var pageTypeNames = map[newsv1.PageType]string{
	newsv1.PageType_PAGE_TYPE_ARTICLE:     "article",
	newsv1.PageType_PAGE_TYPE_LISTING:     "listing",
	newsv1.PageType_PAGE_TYPE_NON_ARTICLE: "non_article",
}

func pageTypeName(t newsv1.PageType) string {
	if n, ok := pageTypeNames[t]; ok {
		return n
	}
	return "unknown"
}

func pageTypeFromName(n string) newsv1.PageType {
	for t, name := range pageTypeNames {
		if name == n {
			return t
		}
	}
	return newsv1.PageType_PAGE_TYPE_ARTICLE
}

func timeString(ts *timestamppb.Timestamp, dateOnly bool) *string {
	if ts == nil {
		return nil
	}
	layout := time.RFC3339
	if dateOnly {
		layout = time.DateOnly
	}
	s := ts.AsTime().UTC().Format(layout)
	return &s
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func recordFromArticle(a *newsv1.Article) articleRecord {
	r := articleRecord{
		ID:               a.GetId(),
		URL:              a.GetCanonicalUrl(),
		PageType:         pageTypeName(a.GetPageType()),
		Title:            a.GetTitle(),
		Byline:           optional(a.GetByline()),
		Published:        timeString(a.GetPublished(), false),
		PublishedSource:  a.GetPublishedSource(),
		Modified:         timeString(a.GetModified(), false),
		Language:         a.GetLanguage(),
		SiteName:         a.GetSiteName(),
		Description:      a.GetDescription(),
		LeadImage:        a.GetLeadImage(),
		Text:             strings.Join(a.GetParagraphs(), "\n\n"),
		WordCount:        a.GetWordCount(),
		Removed:          a.GetRemoved(),
		ExtractorVersion: a.GetExtractorVersion(),
		Paywalled:        a.GetPaywalled(),
		Degraded:         a.GetDegraded(),
		LimitsHit:        a.GetLimitsHit(),
	}
	if reason := a.GetNonArticleReason(); reason != newsv1.NonArticleReason_NON_ARTICLE_REASON_UNSPECIFIED {
		r.NonArticleReason = strings.ToLower(strings.TrimPrefix(reason.String(), "NON_ARTICLE_REASON_"))
	}
	for _, e := range a.GetEntries() {
		r.Entries = append(r.Entries, entryRecord{
			Title: e.GetTitle(), URL: e.GetUrl(), Text: e.GetText(),
			Published: timeString(e.GetPublished(), e.GetDateOnly()),
		})
	}
	return r
}

// article rebuilds an Article from a record read by `newsflow classify`.
func (r articleRecord) article() *newsv1.Article {
	a := &newsv1.Article{
		Id:           r.ID,
		CanonicalUrl: r.URL,
		PageType:     pageTypeFromName(r.PageType),
		Title:        r.Title,
		Language:     r.Language,
	}
	for p := range strings.SplitSeq(r.Text, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			a.Paragraphs = append(a.Paragraphs, p)
		}
	}
	for _, e := range r.Entries {
		a.Entries = append(a.Entries, &newsv1.ListingEntry{Title: e.Title, Url: e.URL, Text: e.Text})
	}
	return a
}
