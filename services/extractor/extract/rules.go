package extract

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/andybalholm/cascadia"
)

//go:embed rules/*.txt
var rulesFS embed.FS

type matchKind int

const (
	matchExact matchKind = iota
	matchPrefix
	matchShort
	matchLabel
	matchCutoff
)

// textRule is one line of a rules/<lang>.txt file.
type textRule struct {
	kind   Kind
	match  matchKind
	phrase string // folded
	raw    string // lower-cased, punctuation kept
	// glob holds the words of a cutoff phrase with a "*" wildcard; such a
	// phrase must match the whole paragraph, "*" standing for one to three
	// words ("More * headlines").
	glob []string
	// long marks a cutoff phrase of four words or more: specific enough to
	// open a longer paragraph ("The following are comments from the
	// readers. In no way do they …").
	long bool
}

// textRules holds the text rules of all languages, folded for matching.
type textRules struct {
	rules []textRule
	// whole maps a folded phrase to the first exact, label or prefix rule
	// that a paragraph equal to it matches; prefix and short hold the
	// indexes of those rules, in file order. paragraph uses them instead
	// of trying every rule on every paragraph.
	whole         map[string]int
	prefix, short []int
	// shortIdx finds the short rules' phrases in a paragraph, in the
	// order of short.
	shortIdx *phraseIndex
	// cutoffs holds the indexes of the cutoff rules, in file order.
	cutoffs []int
	// labelWhole maps a phrase to the first label or prefix rule with it;
	// labelHead maps a phrase to the first label rule with it. label looks
	// a text's word prefixes up in them instead of trying every rule.
	labelWhole, labelHead map[string]int
}

// index builds whole, prefix, short and cutoffs from rules.
func (tr *textRules) index() {
	tr.whole = map[string]int{}
	tr.labelWhole, tr.labelHead = map[string]int{}, map[string]int{}
	tr.prefix, tr.short, tr.cutoffs = nil, nil, nil
	for i, r := range tr.rules {
		if r.match == matchLabel || r.match == matchPrefix {
			if _, ok := tr.labelWhole[r.phrase]; !ok {
				tr.labelWhole[r.phrase] = i
			}
		}
		if r.match == matchLabel {
			if _, ok := tr.labelHead[r.phrase]; !ok {
				tr.labelHead[r.phrase] = i
			}
		}
		switch r.match {
		case matchExact, matchLabel, matchPrefix:
			if _, ok := tr.whole[r.phrase]; !ok {
				tr.whole[r.phrase] = i
			}
		}
		switch r.match {
		case matchPrefix:
			tr.prefix = append(tr.prefix, i)
		case matchShort:
			tr.short = append(tr.short, i)
		case matchCutoff:
			tr.cutoffs = append(tr.cutoffs, i)
		}
	}
	phrases := make([]string, len(tr.short))
	for k, i := range tr.short {
		phrases[k] = tr.rules[i].phrase
	}
	tr.shortIdx = newPhraseIndex(phrases)
}

// siteRule is one line of rules/sites.txt.
type siteRule struct {
	host     string
	kind     Kind
	selector cascadia.Selector
	// attrs is set when the selector reads attributes (names one, or
	// uses a pseudo-class that reads one), which the parse must then
	// keep (see dropAttrs and selectorReadsAttrs).
	attrs bool
}

func loadTextRules(fsys fs.FS) (*textRules, error) {
	names, err := fs.Glob(fsys, "rules/*.txt")
	if err != nil {
		return nil, fmt.Errorf("listing text rules: %w", err)
	}
	sort.Strings(names)
	tr := &textRules{}
	for _, name := range names {
		if path.Base(name) == "sites.txt" || path.Base(name) == "stopwords.txt" {
			continue
		}
		f, err := fsys.Open(name)
		if err != nil {
			return nil, fmt.Errorf("opening %s: %w", name, err)
		}
		err = parseTextRules(f, tr)
		_ = f.Close()
		if err != nil {
			return nil, fmt.Errorf("parsing %s: %w", name, err)
		}
	}
	tr.index()
	return tr, nil
}

func parseTextRules(r io.Reader, tr *textRules) error {
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		f := strings.Fields(s)
		if len(f) < 3 {
			return fmt.Errorf("line %d: want KIND MATCH PHRASE: %w", line, ErrBadRule)
		}
		var m matchKind
		switch f[1] {
		case "exact":
			m = matchExact
		case "prefix":
			m = matchPrefix
		case "short":
			m = matchShort
		case "label":
			m = matchLabel
		case "cutoff":
			m = matchCutoff
		default:
			return fmt.Errorf("line %d: unknown match %q: %w", line, f[1], ErrBadRule)
		}
		p := strings.Join(f[2:], " ")
		r := textRule{kind: Kind(f[0]), match: m, phrase: fold(p), raw: strings.ToLower(normalize(p))}
		if m == matchCutoff {
			if slices.Contains(f[2:], "*") {
				r.glob = strings.Fields(r.phrase)
			}
			r.long = len(f) >= 6
		}
		tr.rules = append(tr.rules, r)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading rules: %w", err)
	}
	return nil
}

func parseSiteRules(r io.Reader) ([]siteRule, error) {
	var out []siteRule
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		f := strings.Fields(s)
		if len(f) < 3 {
			return nil, fmt.Errorf("line %d: want HOST KIND SELECTOR: %w", line, ErrBadRule)
		}
		sel, err := cascadia.Compile(strings.Join(f[2:], " "))
		if err != nil {
			return nil, fmt.Errorf("line %d: parsing selector: %w", line, err)
		}
		out = append(out, siteRule{
			host: strings.ToLower(f[0]), kind: Kind(f[1]), selector: sel,
			attrs: selectorReadsAttrs(strings.Join(f[2:], " ")),
		})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading site rules: %w", err)
	}
	return out, nil
}

// attrPseudoClasses are cascadia's pseudo-classes that read attributes
// readAttrs does not list (checked, selected, disabled); :link and :lang
// read href and lang, which the parse keeps anyway.
var attrPseudoClasses = []string{":checked", ":disabled", ":enabled"}

// selectorReadsAttrs reports whether a per-site selector may read an
// attribute that dropAttrs leaves out: it names one ([...]) or uses a
// pseudo-class that reads one.
func selectorReadsAttrs(sel string) bool {
	if strings.Contains(sel, "[") {
		return true
	}
	lower := strings.ToLower(sel)
	for _, p := range attrPseudoClasses {
		if strings.Contains(lower, p) {
			return true
		}
	}
	return false
}

// fold lower-cases s and trims trailing punctuation that labels often carry.
func fold(s string) string {
	return trimFold(toLower(normalize(s)))
}

func trimFold(s string) string {
	return strings.TrimRightFunc(s, func(r rune) bool { return r == ':' || r == '.' || r == ' ' || r == '|' || r == '»' || r == '›' })
}

// foldLower is fold(t) for a caller that holds lower, strings.ToLower(t),
// already: text that normalize keeps as it is (paragraph text, normalized
// once when it was collected) folds to lower trimmed, without lower-casing
// it a second time.
func foldLower(t, lower string) string {
	if cleanText(t) {
		return trimFold(lower)
	}
	return fold(t)
}

// toLower is strings.ToLower for the mostly-ASCII text of paragraphs:
// strings.ToLower maps every rune of a string through a function call as
// soon as it holds one non-ASCII letter, and fold runs on every line
// several times.
func toLower(s string) string {
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return strings.ToLower(s)
		}
		if unicode.ToLower(r) != r {
			break
		}
		i += size
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, i, len(s)+utf8.UTFMax)
	copy(b, s[:i])
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return strings.ToLower(s)
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
		i += size
	}
	return string(b)
}

// hasWordPrefix reports whether s starts with p at a word boundary.
func hasWordPrefix(s, p string) bool {
	if !strings.HasPrefix(s, p) {
		return false
	}
	if len(s) == len(p) {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(p)
	if !isWordRune(last) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(s[len(p):])
	return !isWordRune(next)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' }

// maxCutoffWords and maxLongCutoffWords bound the paragraph a cutoff phrase
// opens: a short heading line, or for a phrase of four words or more a
// notice paragraph.
const (
	maxCutoffWords     = 10
	maxLongCutoffWords = 60
)

// cutoff reports whether t opens the trailing part of a page that holds no
// story text any more (reader comments, a related-stories list).
func (tr *textRules) cutoff(t string) (Kind, bool) {
	return tr.cutoffWords(t, words(t))
}

// cutoffWords is cutoff for a caller that counted t's words (n) already.
func (tr *textRules) cutoffWords(t string, n int) (Kind, bool) {
	if n > maxLongCutoffWords {
		return "", false
	}
	if n > maxCutoffWords {
		// Only the long phrases open a paragraph this size; they are
		// prefixes, so the head of the paragraph is enough.
		head := toLower(t[:min(len(t), 120)])
		for _, i := range tr.cutoffs {
			if r := tr.rules[i]; r.long && r.glob == nil && hasWordPrefix(head, r.raw) {
				return r.kind, true
			}
		}
		return "", false
	}
	raw := toLower(t)
	f := foldLower(t, raw)
	var fw []string
	for _, i := range tr.cutoffs {
		r := tr.rules[i]
		if r.glob != nil {
			if fw == nil {
				fw = strings.Fields(f)
			}
			if globWords(fw, r.glob) {
				return r.kind, true
			}
			continue
		}
		if hasWordPrefix(raw, r.raw) || f == r.phrase {
			return r.kind, true
		}
	}
	return "", false
}

// globWords reports whether the words w match the pattern p exactly, each
// "*" in p standing for one to three words.
func globWords(w, p []string) bool {
	if len(p) == 0 {
		return len(w) == 0
	}
	if p[0] == "*" {
		for k := 1; k <= 3 && k <= len(w); k++ {
			if globWords(w[k:], p[1:]) {
				return true
			}
		}
		return false
	}
	return len(w) > 0 && w[0] == p[0] && globWords(w[1:], p[1:])
}

// paragraph returns the kind of the first line rule (exact, prefix, short)
// that matches the paragraph text t, or "".
func (tr *textRules) paragraph(t string) Kind {
	raw := toLower(t)
	return tr.paragraphOf(t, raw, foldLower(t, raw), -1)
}

// paragraphOf is paragraph(t) for a caller that holds fold(t), f, and
// t's words, n, already (n < 0 when it does not); raw is toLower(t).
func (tr *textRules) paragraphOf(t, raw, f string, n int) Kind {
	best := len(tr.rules)
	if i, ok := tr.whole[f]; ok {
		best = i
	}
	for _, i := range tr.prefix {
		if i >= best {
			break
		}
		if hasWordPrefix(raw, tr.rules[i].raw) {
			best = i
			break
		}
	}
	if len(tr.short) > 0 && tr.short[0] < best && (n >= 0 && n <= 30 || n < 0 && words(t) <= 30) {
		// The first short rule before best whose phrase raw contains.
		limit, _ := slices.BinarySearch(tr.short, best)
		if k := tr.shortIdx.first(raw, limit); k < limit {
			best = tr.short[k]
		}
	}
	if best == len(tr.rules) {
		return ""
	}
	return tr.rules[best].kind
}

// label returns the rule whose label heads the short text t (exact, or a
// prefix at a word boundary), and whether the match is exact.
func (tr *textRules) label(t string) (textRule, bool, bool) {
	return tr.labelFolded(fold(t))
}

// labelFolded is label for a caller that holds fold(t), f, already.
func (tr *textRules) labelFolded(f string) (textRule, bool, bool) {
	best, exact := -1, false
	if i, ok := tr.labelWhole[f]; ok {
		best, exact = i, true
	}
	// Every proper prefix of f that ends at a word boundary may be a
	// label rule's phrase (hasWordPrefix's test, done from f's side).
	prev := rune(-1)
	for k, r := range f {
		if k > 0 && (!isWordRune(prev) || !isWordRune(r)) {
			if i, ok := tr.labelHead[f[:k]]; ok && (best < 0 || i < best) {
				best, exact = i, false
			}
		}
		prev = r
	}
	if best < 0 {
		return textRule{}, false, false
	}
	return tr.rules[best], exact, true
}
