package api

import (
	"strings"
	"time"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// IPTC ninjs 2.0 (https://www.iptc.org/std/ninjs/): the subset newsflow
// fills in. Media Topics are subjects with their IPTC URIs; threat actors
// are subjects too, with newsflow URNs (rel "actor"); countries are places
// with their ISO 3166-1 alpha-2 code as literal; the newsflow id is an altid.
const (
	ninjsSchema    = "http://www.iptc.org/std/ninjs/ninjs-schema_2.0.json"
	mediaTopicURI  = "http://cv.iptc.org/newscodes/mediatopic/"
	actorURIPrefix = "urn:newsflow:actor:"
)

type ninjsItem struct {
	URI                string         `json:"uri"`
	Standard           ninjsStandard  `json:"standard"`
	Type               string         `json:"type"`
	RepresentationType string         `json:"representationtype"`
	FirstCreated       string         `json:"firstcreated,omitempty"`
	VersionCreated     string         `json:"versioncreated,omitempty"`
	ContentCreated     string         `json:"contentcreated,omitempty"`
	PubStatus          string         `json:"pubstatus"`
	Language           string         `json:"language,omitempty"`
	Headlines          []ninjsText    `json:"headlines,omitempty"`
	Descriptions       []ninjsText    `json:"descriptions,omitempty"`
	Bodies             []ninjsBody    `json:"bodies,omitempty"`
	By                 string         `json:"by,omitempty"`
	Subjects           []ninjsSubject `json:"subjects,omitempty"`
	Places             []ninjsSubject `json:"places,omitempty"`
	InfoSources        []ninjsSource  `json:"infosources,omitempty"`
	AltIDs             []ninjsAltID   `json:"altids,omitempty"`
}

type ninjsStandard struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	Schema  string `json:"schema"`
}

type ninjsText struct {
	Role        string `json:"role,omitempty"`
	ContentType string `json:"contenttype"`
	Value       string `json:"value"`
}

type ninjsBody struct {
	Role        string `json:"role,omitempty"`
	ContentType string `json:"contenttype"`
	CharCount   int    `json:"charcount"`
	WordCount   int    `json:"wordcount"`
	Value       string `json:"value"`
}

type ninjsSubject struct {
	Name    string `json:"name,omitempty"`
	Rel     string `json:"rel,omitempty"`
	URI     string `json:"uri,omitempty"`
	Literal string `json:"literal,omitempty"`
}

type ninjsSource struct {
	Name string `json:"name,omitempty"`
	Role string `json:"role,omitempty"`
	URI  string `json:"uri,omitempty"`
}

type ninjsAltID struct {
	Role  string `json:"role"`
	Value string `json:"value"`
}

func toNinjs(t *newsv1.TaggedArticle) ninjsItem {
	a := t.GetArticle()
	text := strings.Join(a.GetParagraphs(), "\n\n")
	it := ninjsItem{
		URI:                a.GetCanonicalUrl(),
		Standard:           ninjsStandard{Name: "ninjs", Version: "2.0", Schema: ninjsSchema},
		Type:               "text",
		RepresentationType: "complete",
		PubStatus:          "usable",
		Language:           a.GetLanguage(),
		By:                 a.GetByline(),
		AltIDs:             []ninjsAltID{{Role: "newsflow", Value: a.GetId()}},
	}
	if it.URI == "" {
		it.URI = "urn:newsflow:article:" + a.GetId()
	}
	if p := a.GetPublished(); p != nil {
		it.FirstCreated = p.AsTime().UTC().Format(time.RFC3339)
		it.ContentCreated = it.FirstCreated
	}
	switch {
	case a.GetModified() != nil:
		it.VersionCreated = a.GetModified().AsTime().UTC().Format(time.RFC3339)
	case it.FirstCreated != "":
		it.VersionCreated = it.FirstCreated
	}
	if a.GetTitle() != "" {
		it.Headlines = []ninjsText{{Role: "main", ContentType: "text/plain", Value: a.GetTitle()}}
	}
	if a.GetDescription() != "" {
		it.Descriptions = []ninjsText{{Role: "summary", ContentType: "text/plain", Value: a.GetDescription()}}
	}
	if text != "" {
		it.Bodies = []ninjsBody{{
			Role: "main", ContentType: "text/plain", CharCount: len([]rune(text)), WordCount: int(a.GetWordCount()), Value: text,
		}}
	}
	for _, tp := range t.GetTopics() {
		code, ok := strings.CutPrefix(tp.GetCode(), "medtop:")
		if !ok || code == "" {
			continue
		}
		it.Subjects = append(it.Subjects, ninjsSubject{Name: tp.GetLabel(), Rel: "about", URI: mediaTopicURI + code, Literal: tp.GetCode()})
	}
	for _, ac := range t.GetActors() {
		if ac.GetId() == "" {
			continue
		}
		it.Subjects = append(it.Subjects, ninjsSubject{Name: ac.GetName(), Rel: "actor", URI: actorURIPrefix + ac.GetId(), Literal: ac.GetId()})
	}
	for _, pl := range t.GetPlaces() {
		cc := strings.ToUpper(strings.TrimSpace(pl.GetCountryCode()))
		if cc == "" {
			continue
		}
		it.Places = append(it.Places, ninjsSubject{Name: cc, Rel: "mentioned", Literal: cc})
	}
	if a.GetSiteName() != "" || a.GetSource() != "" {
		it.InfoSources = []ninjsSource{{Name: firstNonEmpty(a.GetSiteName(), a.GetSource()), Role: "source"}}
	}
	return it
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}
