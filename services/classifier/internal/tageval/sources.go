package tageval

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
)

// Text is one source document as the tagger sees it.
type Text struct {
	Title string
	Body  string
	// URL is the page address (L3S only); its site decides the split.
	URL string
	// Groups are the expert GROUP spans of an AnnoCTR report, as written.
	Groups []string
	// Malware are its MALWARE spans. The annotators mark many ransomware
	// gangs (REvil, Maze, Conti) as MALWARE, not GROUP; tag-eval uses them
	// only to excuse such a gang's tag in the adjusted score (Excused).
	Malware []string
}

// ReadL3S reads the article texts of L3S-GN1 from dir/ground-truth.json,
// the assessors' article text (headline, byline and body as blocks, one a
// line), keyed by page id, the headline separated from the body by mode
// (HeadlinePage reads the page's HTML in dir/html; "" means HeadlinePage).
func ReadL3S(dir string, mode HeadlineMode) (map[string]Text, error) {
	b, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, fmt.Errorf("reading L3S-GN1: %w", err)
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(b, &gt); err != nil {
		return nil, fmt.Errorf("decoding L3S-GN1 ground truth: %w", err)
	}
	out := make(map[string]Text, len(gt))
	for id, g := range gt {
		title, body, err := l3sHeadline(dir, id, g.ArticleBody, mode)
		if err != nil {
			return nil, err
		}
		out[id] = Text{Title: title, Body: body, URL: g.URL}
	}
	return out, nil
}

// splitHeadline takes the first non-blank line as the headline when it is
// short and more text follows, which is how the assessors' text starts on
// most pages; the classifier weighs the title, so feeding a headline as
// body would understate what the pipeline (which has the extractor's
// title) does. Anything else stays body.
func splitHeadline(s string) (title, body string) {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		rest := strings.TrimSpace(strings.Join(lines[i+1:], "\n"))
		if n := len(strings.Fields(l)); n >= 3 && n <= 20 && rest != "" && !strings.HasSuffix(l, ".") {
			return l, rest
		}
		break
	}
	return "", strings.TrimSpace(s)
}

// ReadAnnoCTR reads the 86 AnnoCTR reports (text/train, text/dev) and
// their GROUP and MALWARE spans (ner-train.bio, ner-dev.jsonl), keyed by
// report id (the file name without ".txt").
func ReadAnnoCTR(dir string) (map[string]Text, error) {
	out := map[string]Text{}
	var train []string
	for _, part := range []string{"train", "dev"} {
		files, err := filepath.Glob(filepath.Join(dir, "text", part, "*.txt"))
		if err != nil {
			return nil, fmt.Errorf("listing AnnoCTR %s texts: %w", part, err)
		}
		if len(files) == 0 {
			return nil, fmt.Errorf("reading AnnoCTR: no text in %s: %w", filepath.Join(dir, "text", part), fs.ErrNotExist)
		}
		slices.Sort(files)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				return nil, fmt.Errorf("reading AnnoCTR: %w", err)
			}
			id := strings.TrimSuffix(filepath.Base(f), ".txt")
			title, body := splitHeadline(string(b))
			out[id] = Text{Title: title, Body: body}
			if part == "train" {
				train = append(train, id)
			}
		}
	}
	trainSpans, err := readBIO(filepath.Join(dir, "ner-train.bio"))
	if err != nil {
		return nil, err
	}
	if len(trainSpans) != len(train) {
		return nil, fmt.Errorf("reading AnnoCTR: ner-train.bio has %d reports, text/train %d", len(trainSpans), len(train))
	}
	// The BIO file's report order is not the file names' order (whatever
	// its README says), so each report is matched to the one text that
	// starts with its first tokens.
	for _, d := range trainSpans {
		id, err := matchText(d.lead, train, out)
		if err != nil {
			return nil, err
		}
		t := out[id]
		if t.Groups != nil {
			return nil, fmt.Errorf("reading AnnoCTR: two BIO reports match %s", id)
		}
		t.Groups = append([]string{}, d.spans[labelGroup]...)
		t.Malware = d.spans[labelMalware]
		out[id] = t
	}
	devSpans, err := readDevJSONL(filepath.Join(dir, "ner-dev.jsonl"))
	if err != nil {
		return nil, err
	}
	for id, sp := range devSpans {
		t, ok := out[id]
		if !ok {
			return nil, fmt.Errorf("reading AnnoCTR: ner-dev.jsonl names report %q that text/dev lacks", id)
		}
		t.Groups, t.Malware = sp[labelGroup], sp[labelMalware]
		out[id] = t
	}
	return out, nil
}

// The entity labels read from AnnoCTR.
const (
	labelGroup   = "GROUP"
	labelMalware = "MALWARE"
)

// spanner collects the token runs of the GROUP and MALWARE labels (B-X
// then I-X), as written, per label.
type spanner struct {
	label string // of the run in cur
	cur   []string
	spans map[string][]string
}

func (s *spanner) tok(tok, tag string) {
	bio, label, _ := strings.Cut(tag, "-")
	if label != labelGroup && label != labelMalware {
		s.flush()
		return
	}
	switch bio {
	case "B":
		s.flush()
		s.label = label
		s.cur = append(s.cur, tok)
	case "I":
		if len(s.cur) > 0 && s.label == label { // an I- without its B- starts nothing
			s.cur = append(s.cur, tok)
		} else {
			s.flush()
		}
	default:
		s.flush()
	}
}

func (s *spanner) flush() {
	if len(s.cur) > 0 {
		if s.spans == nil {
			s.spans = map[string][]string{}
		}
		s.spans[s.label] = append(s.spans[s.label], joinTokens(s.cur))
		s.cur = s.cur[:0]
	}
}

// joinTokens undoes the tokeniser's spaces around joining punctuation, so
// the tokens "APT-C", "-", "36" read "APT-C-36" and "TEMP", ".", "Periscope"
// "TEMP.Periscope".
func joinTokens(toks []string) string {
	var b strings.Builder
	glue := func(t string) bool { return t == "-" || t == "." || t == "_" }
	for i, t := range toks {
		if i > 0 && !glue(t) && !glue(toks[i-1]) {
			b.WriteByte(' ')
		}
		b.WriteString(t)
	}
	return b.String()
}

// bioDoc is one report of the BIO file: the letters and digits of its
// first tokens (to find its text) and its spans per label.
type bioDoc struct {
	lead  string
	spans map[string][]string
}

// leadTokens is how many tokens identify a report; titles are distinct
// well within it.
const leadTokens = 12

// alnum keeps letters and digits, lower-cased: tokenisation and markup
// differ between the BIO file and the text, the words do not.
func alnum(s string, max int) string {
	var b strings.Builder
	for _, r := range s {
		if b.Len() >= max {
			break
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func matchText(lead string, ids []string, texts map[string]Text) (string, error) {
	var found []string
	for _, id := range ids {
		t := texts[id]
		if strings.HasPrefix(alnum(t.Title+" "+t.Body, len(lead)+8), lead) {
			found = append(found, id)
		}
	}
	if len(found) != 1 {
		return "", fmt.Errorf("reading AnnoCTR: a BIO report starting %q matches %d texts %v", lead, len(found), found)
	}
	return found[0], nil
}

func readBIO(path string) ([]bioDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading AnnoCTR annotations: %w", err)
	}
	defer func() { _ = f.Close() }() // read-only; a Scanner error is reported below
	var docs []bioDoc
	var sp *spanner
	var lead strings.Builder
	ntok := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" {
			if sp != nil {
				sp.flush() // a sentence break ends a span
			}
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 2 {
			return nil, fmt.Errorf("reading %s:%d: want token and tag columns", path, n)
		}
		if cols[0] == "<DOCSTART>" {
			if sp != nil {
				sp.flush()
				docs = append(docs, bioDoc{lead: lead.String(), spans: sp.spans})
			}
			sp = &spanner{}
			lead.Reset()
			ntok = 0
			continue
		}
		if sp == nil {
			return nil, fmt.Errorf("reading %s:%d: token before the first <DOCSTART>", path, n)
		}
		if ntok < leadTokens {
			lead.WriteString(alnum(cols[0], 1<<10))
			ntok++
		}
		sp.tok(cols[0], cols[len(cols)-1])
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	if sp != nil {
		sp.flush()
		docs = append(docs, bioDoc{lead: lead.String(), spans: sp.spans})
	}
	return docs, nil
}

// readDevJSONL reads the spans per label of each report of the dev file.
func readDevJSONL(path string) (map[string]map[string][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading AnnoCTR annotations: %w", err)
	}
	defer func() { _ = f.Close() }() // read-only; a Scanner error is reported below
	out := map[string]map[string][]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
	for n := 1; sc.Scan(); n++ {
		var s struct {
			ID      string   `json:"id"`
			Tokens  []string `json:"tokens"`
			AllTags []string `json:"all_tags"`
		}
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			return nil, fmt.Errorf("reading %s:%d: %w", path, n, err)
		}
		if len(s.Tokens) != len(s.AllTags) {
			return nil, fmt.Errorf("reading %s:%d: %d tokens but %d tags", path, n, len(s.Tokens), len(s.AllTags))
		}
		doc, _, ok := strings.Cut(s.ID, "__s")
		if !ok {
			return nil, fmt.Errorf("reading %s:%d: sentence id %q has no __s", path, n, s.ID)
		}
		var sp spanner
		for i, t := range s.Tokens {
			sp.tok(t, s.AllTags[i])
		}
		sp.flush()
		if out[doc] == nil {
			out[doc] = map[string][]string{}
		}
		for label, spans := range sp.spans {
			out[doc][label] = append(out[doc][label], spans...)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return out, nil
}

// ErrNoData is returned when the development texts are not where they
// should be; they live outside the project on purpose.
var ErrNoData = errors.New("development texts not found")
