package ui

import (
	"context"
	"fmt"
	"maps"
	"net/http"
	"net/url"
	"strings"
	"time"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/sink/api"
	"github.com/newsflow/newsflow/services/sink/store"
)

// Page sizes.
const (
	resultsPerPage = 20
	facetSize      = 10
	maxParamLen    = 1024
)

// filterNames are the search filters, in the form's order.
var filterNames = []string{"q", "actor", "topic", "country", "source", "since", "until"}

// filters are the search form's values as typed, carried in every link so
// that "7d" stays relative when a page is bookmarked.
type filters map[string]string

func readFilters(v url.Values) filters {
	f := filters{}
	for _, k := range filterNames {
		if s := strings.TrimSpace(v.Get(k)); s != "" {
			f[k] = s
		}
	}
	return f
}

func (f filters) values() url.Values {
	v := url.Values{}
	for k, s := range f {
		v.Set(k, s)
	}
	return v
}

// with returns a copy of f with k set to s ("" removes it).
func (f filters) with(k, s string) filters {
	g := maps.Clone(f)
	if g == nil {
		g = filters{}
	}
	if s == "" {
		delete(g, k)
	} else {
		g[k] = s
	}
	return g
}

// url is the search page's address for f.
func (f filters) url() string {
	if len(f) == 0 {
		return "/"
	}
	return "/?" + f.values().Encode()
}

// readQuery parses the request's query string: filters as the query API
// reads them, each value at most maxParamLen bytes.
func (h *handler) readQuery(r *http.Request) (url.Values, filters, store.Query, error) {
	v, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return nil, nil, store.Query{}, fmt.Errorf("%w: malformed query string", errBadRequest)
	}
	for k, vs := range v {
		for _, s := range vs {
			if len(s) > maxParamLen {
				return nil, nil, store.Query{}, fmt.Errorf("%w: %s is %d bytes long; at most %d are allowed", errBadRequest, k, len(s), maxParamLen)
			}
		}
	}
	f := readFilters(v)
	q, err := api.ParseFilters(v, h.now())
	if err != nil {
		return v, f, store.Query{}, fmt.Errorf("%w: %w", errBadRequest, err)
	}
	return v, f, q, nil
}

type link struct {
	Label, URL string
}

type facetItem struct {
	Label  string
	Count  int64
	URL    string // the search narrowed to this value
	Page   string // the actor's or topic's page, if any
	Active bool
}

type facet struct {
	Title string
	Items []facetItem
}

type resultRow struct {
	URL, Title, Source, Site, Published, Snippet string
	Listing                                      bool
	Actors, Topics                               []link
	Countries                                    []string
}

type searchView struct {
	Title   string
	Form    filters
	Active  []link // a filter in force, with the link that removes it
	Error   string
	Results []resultRow
	Next    string
	Facets  []facet
	Exports []link
	// Searched: a search page, which shows Total, the number of matching
	// articles (AtLeast: a lower bound).
	Searched  bool
	Total     int64
	AtLeast   bool
	Heading   string
	Subtitle  string
	Timeline  *timelineView
	AllResult string
}

func (h *handler) search(w http.ResponseWriter, r *http.Request) {
	v, f, q, err := h.readQuery(r)
	view := searchView{Title: "Search", Form: f, Searched: true}
	if err != nil {
		view.Error = strings.TrimPrefix(err.Error(), errBadRequest.Error()+": ")
		h.render(w, r, http.StatusBadRequest, "search", view)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), queryTimeout)
	defer cancel()
	q.Cursor, q.Limit = v.Get("cursor"), resultsPerPage
	if err := h.fillResults(ctx, &view, f, q); err != nil {
		h.fail(w, r, err)
		return
	}
	if view.Facets, err = h.facets(ctx, f, q, "actor", "topic", "country", "source"); err != nil {
		h.fail(w, r, err)
		return
	}
	if view.Total, view.AtLeast, err = h.total(ctx, q); err != nil {
		h.fail(w, r, err)
		return
	}
	h.render(w, r, http.StatusOK, "search", view)
}

// fillResults runs q and fills the result list, the next-page link, the
// active filters and the export links.
func (h *handler) fillResults(ctx context.Context, view *searchView, f filters, q store.Query) error {
	page, err := h.s.Search(ctx, q)
	if err != nil {
		return err
	}
	for _, t := range page.Articles {
		view.Results = append(view.Results, resultOf(t))
	}
	if page.NextCursor != "" {
		v := f.values()
		v.Set("cursor", page.NextCursor)
		view.Next = "/?" + v.Encode()
	}
	for _, k := range filterNames {
		if s, ok := f[k]; ok {
			view.Active = append(view.Active, link{Label: k + ": " + s, URL: f.with(k, "").url()})
		}
	}
	for _, format := range []string{"ndjson", "csv", "ninjs"} {
		v := f.values()
		v.Set("format", format)
		view.Exports = append(view.Exports, link{Label: format, URL: "/v1/export?" + v.Encode()})
	}
	return nil
}

func resultOf(t *newsv1.TaggedArticle) resultRow {
	a := t.GetArticle()
	row := resultRow{
		URL:     "/article/" + url.PathEscape(a.GetId()),
		Title:   orID(a.GetTitle(), a.GetId()),
		Source:  a.GetSource(),
		Site:    a.GetSiteName(),
		Listing: a.GetPageType() == newsv1.PageType_PAGE_TYPE_LISTING,
	}
	if ts := a.GetPublished(); ts != nil {
		row.Published = ts.AsTime().UTC().Format("2006-01-02 15:04")
	}
	text := strings.Join(a.GetParagraphs(), " ")
	if row.Listing && len(a.GetEntries()) > 0 {
		text = fmt.Sprintf("%d entries: %s", len(a.GetEntries()), a.GetEntries()[0].GetTitle())
	}
	row.Snippet = firstWords(text, 40)
	for _, ac := range t.GetActors() {
		row.Actors = append(row.Actors, link{Label: orID(ac.GetName(), ac.GetId()), URL: "/actor/" + url.PathEscape(ac.GetId())})
	}
	for _, tp := range t.GetTopics() {
		if !tp.GetInherited() {
			row.Topics = append(row.Topics, link{Label: orID(tp.GetLabel(), tp.GetCode()), URL: "/topic/" + url.PathEscape(tp.GetCode())})
		}
	}
	for _, p := range t.GetPlaces() {
		row.Countries = append(row.Countries, p.GetCountryCode())
	}
	return row
}

// facets counts the matching articles per value of each named filter;
// an item's link narrows the search by it.
func (h *handler) facets(ctx context.Context, f filters, q store.Query, names ...string) ([]facet, error) {
	q.Cursor, q.Limit = "", facetSize
	var out []facet
	for _, name := range names {
		var (
			count func(context.Context, store.Query) ([]store.TagCount, error)
			title string
			page  string
		)
		switch name {
		case "actor":
			count, title, page = h.s.Actors, "Actors", "/actor/"
		case "topic":
			count, title, page = h.s.Topics, "Topics", "/topic/"
		case "country":
			count, title = h.s.Countries, "Countries"
		case "source":
			count, title = h.s.Sources, "Sources"
		}
		cs, err := count(ctx, q)
		if err != nil {
			return nil, err
		}
		fc := facet{Title: title}
		for _, c := range cs {
			it := facetItem{Label: orID(c.Name, c.ID), Count: c.Count, URL: f.with(name, c.ID).url()}
			if c.ID == "" {
				it.Label = "(none)"
			}
			if page != "" {
				it.Page = page + url.PathEscape(c.ID)
			}
			if cur := f[name]; cur != "" && (strings.EqualFold(cur, c.ID) || strings.EqualFold(cur, c.Name)) {
				it.Active = true
			}
			fc.Items = append(fc.Items, it)
		}
		out = append(out, fc)
	}
	return out, nil
}

// total counts the matching articles as the sum of the per-source counts
// (every article has one source): one grouped query, where a count of its
// own would need a store method for each filter. Over MaxTagLimit sources
// the sum is a lower bound.
func (h *handler) total(ctx context.Context, q store.Query) (n int64, atLeast bool, err error) {
	q.Cursor, q.Limit = "", store.MaxTagLimit
	cs, err := h.s.Sources(ctx, q)
	if err != nil {
		return 0, false, err
	}
	for _, c := range cs {
		n += c.Count
	}
	return n, len(cs) == store.MaxTagLimit, nil
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) <= n {
		return strings.Join(f, " ")
	}
	return strings.Join(f[:n], " ") + " …"
}

// The article page.

type tagRow struct {
	Kind, ID, Name, URL, Detail, Evidence string
	Score                                 string
	Inherited                             bool
	Spans                                 int
}

type entryView struct {
	URL, Published string
	Blocks         []block
	Tags           []tagRow
}

type articleView struct {
	Title                              string
	ID, URL, Source, Site, Byline      string
	Published, Fetched, Language, Kind string
	Words                              int32
	Versions                           string
	Blocks                             []block
	Unplaced                           int
	Actors, Topics, Places             []tagRow
	Entries                            []entryView
	EntryUnplaced                      int
	Marked                             int
}

func (h *handler) article(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), queryTimeout)
	defer cancel()
	t, err := h.s.Get(ctx, r.PathValue("id"))
	if err != nil {
		h.fail(w, r, err)
		return
	}
	a := t.GetArticle()
	view := articleView{
		Title: orID(a.GetTitle(), a.GetId()), ID: a.GetId(), URL: a.GetCanonicalUrl(), Source: a.GetSource(),
		Site: a.GetSiteName(), Byline: a.GetByline(), Language: a.GetLanguage(), Words: a.GetWordCount(),
		Kind:     strings.ToLower(strings.TrimPrefix(a.GetPageType().String(), "PAGE_TYPE_")),
		Versions: fmt.Sprintf("extractor %s · classifier %s · taxonomy %s", orID(a.GetExtractorVersion(), "?"), orID(t.GetClassifierVersion(), "?"), orID(t.GetTaxonomyVersion(), "?")),
	}
	if ts := a.GetPublished(); ts != nil {
		view.Published = ts.AsTime().UTC().Format(time.RFC3339)
	}
	if ts := a.GetFetchedAt(); ts != nil {
		view.Fetched = ts.AsTime().UTC().Format(time.RFC3339)
	}
	view.Blocks, view.Unplaced = highlight(a.GetTitle(), a.GetParagraphs(), collectEvidence(t.GetActors(), t.GetTopics(), t.GetPlaces()))
	view.Actors, view.Topics, view.Places = tagRows(t.GetActors(), t.GetTopics(), t.GetPlaces())
	for i, e := range a.GetEntries() {
		ev := entryView{URL: e.GetUrl()}
		if ts := e.GetPublished(); ts != nil {
			ev.Published = ts.AsTime().UTC().Format(time.DateOnly)
		}
		var paragraphs []string
		if e.GetText() != "" {
			paragraphs = []string{e.GetText()}
		}
		var unplaced int
		if i < len(t.GetEntries()) {
			et := t.GetEntries()[i]
			ev.Blocks, unplaced = highlight(e.GetTitle(), paragraphs, collectEvidence(et.GetActors(), et.GetTopics(), et.GetPlaces()))
			actors, topics, places := tagRows(et.GetActors(), et.GetTopics(), et.GetPlaces())
			ev.Tags = append(append(actors, topics...), places...)
		} else {
			ev.Blocks, _ = highlight(e.GetTitle(), paragraphs, nil)
		}
		view.EntryUnplaced += unplaced
		view.Entries = append(view.Entries, ev)
	}
	h.render(w, r, http.StatusOK, "article", view)
}

// tagRows explains each tag: what it is, what matched and how strongly.
func tagRows(actors []*newsv1.ActorTag, topics []*newsv1.TopicTag, places []*newsv1.PlaceTag) (ar, tr, pr []tagRow) {
	for _, a := range actors {
		detail := fmt.Sprintf("%d mentions", a.GetMentions())
		if len(a.GetAliasesMatched()) > 0 {
			detail = "aliases matched: " + strings.Join(a.GetAliasesMatched(), ", ") + " · " + detail
		}
		if a.GetType() != "" {
			detail = a.GetType() + " · " + detail
		}
		ar = append(ar, tagRow{
			Kind: "actor", ID: a.GetId(), Name: a.GetName(), URL: "/actor/" + url.PathEscape(a.GetId()),
			Detail: detail, Score: fmt.Sprintf("%.2f", a.GetScore()), Spans: len(a.GetEvidence()),
			Evidence: spanTexts(a.GetEvidence(), 6),
		})
	}
	for _, t := range topics {
		detail := "tagged by the rules' matches below"
		if t.GetInherited() {
			detail = "inherited: a broader topic of a tagged one"
		}
		tr = append(tr, tagRow{
			Kind: "topic", ID: t.GetCode(), Name: t.GetLabel(), URL: "/topic/" + url.PathEscape(t.GetCode()),
			Detail: detail, Score: fmt.Sprintf("%.2f", t.GetScore()), Inherited: t.GetInherited(), Spans: len(t.GetEvidence()),
			Evidence: spanTexts(t.GetEvidence(), 6),
		})
	}
	for _, p := range places {
		pr = append(pr, tagRow{
			Kind: "place", ID: p.GetCountryCode(), Name: p.GetName(), URL: filters{"country": p.GetCountryCode()}.url(),
			Detail: fmt.Sprintf("%d mentions", p.GetMentions()), Spans: len(p.GetEvidence()),
			Evidence: spanTexts(p.GetEvidence(), 6),
		})
	}
	return ar, tr, pr
}

// Actor and topic pages.

func (h *handler) actor(w http.ResponseWriter, r *http.Request) {
	h.tagPage(w, r, "actor", r.PathValue("id"), h.s.Actors, []string{"topic", "country", "source", "actor"})
}

func (h *handler) topic(w http.ResponseWriter, r *http.Request) {
	h.tagPage(w, r, "topic", r.PathValue("code"), h.s.Topics, []string{"actor", "country", "source", "topic"})
}

// tagPage shows one actor or topic: its timeline, what occurs with it, and
// its latest articles, under the page's other filters (since, until …).
func (h *handler) tagPage(w http.ResponseWriter, r *http.Request, kind, id string,
	count func(context.Context, store.Query) ([]store.TagCount, error), related []string,
) {
	if len(id) > maxParamLen {
		h.fail(w, r, fmt.Errorf("%w: %s is %d bytes long; at most %d are allowed", errBadRequest, kind, len(id), maxParamLen))
		return
	}
	v, f, q, err := h.readQuery(r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), queryTimeout)
	defer cancel()
	f = f.with(kind, id)
	if kind == "actor" {
		q.Actor = id
	} else {
		q.Topic = id
	}
	// The tag's own row: every matching article has it, so it is among
	// the most frequent; it is the one the id or name names.
	tags, err := count(ctx, store.Query{Actor: q.Actor, Topic: q.Topic, Limit: store.MaxTagLimit})
	if err != nil {
		h.fail(w, r, err)
		return
	}
	var self *store.TagCount
	for i, c := range tags {
		if strings.EqualFold(c.ID, id) || strings.EqualFold(c.Name, id) || (kind == "topic" && strings.TrimPrefix(c.ID, "medtop:") == id) {
			self = &tags[i]
			break
		}
	}
	if self == nil {
		h.render(w, r, http.StatusNotFound, "error", errorPage{Title: "Not found", Message: fmt.Sprintf("No stored article is tagged with the %s %q.", kind, id)})
		return
	}
	view := searchView{
		Title:     orID(self.Name, self.ID),
		Heading:   orID(self.Name, self.ID),
		Subtitle:  fmt.Sprintf("%s %s · %d articles in all", kind, self.ID, self.Count),
		Form:      f,
		AllResult: f.url(),
	}
	if view.Timeline, err = h.timeline(ctx, q, v.Get("bucket"), "/"+kind+"/"+url.PathEscape(id), f); err != nil {
		h.fail(w, r, err)
		return
	}
	q.Limit = resultsPerPage
	if err := h.fillResults(ctx, &view, f, q); err != nil {
		h.fail(w, r, err)
		return
	}
	if view.Facets, err = h.facets(ctx, f, q, related...); err != nil {
		h.fail(w, r, err)
		return
	}
	h.render(w, r, http.StatusOK, "tag", view)
}
