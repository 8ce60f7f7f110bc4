package taxonomy

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strings"
	"unicode"
)

// Actor types.
const (
	TypeTerrorist  = "terrorist-organisation"
	TypeStateCyber = "state-linked-cyber-group"
	TypeMilitia    = "militia"
	TypeCriminal   = "criminal-organisation"
	// TypeRansomware is a ransomware or data-extortion operation (the gang
	// and its affiliates, not the malware family alone).
	TypeRansomware = "ransomware-extortion-gang"
	// TypeUnregistered types a tag of a group no registry entry carries,
	// recognised by the form of its name (a vendor's tracking number such
	// as "TA574" or "UNC1878"); its id is UnregisteredID of the name.
	TypeUnregistered = "unregistered"
)

// SourceRansomware is the alias provenance (Alias.Sources) of the MISP
// ransomware galaxy: a name it gives is a ransomware family's name, which
// threat reports write for the code as often as for the gang.
const SourceRansomware = "misp-ransomware"

// DocCyber is the name of the document cue set of threat reports.
const DocCyber = "cyber"

// UnregisteredID is the tag id of a group that no registry entry carries:
// "unregistered:" and a slug of the name's AliasKey (letters and digits,
// other runs as one dash), with the space or dash between a tracking
// prefix and its number dropped ("TA 574" → "unregistered:ta574", "Shining
// Lantern" → "unregistered:shining-lantern"). The colon keeps it apart
// from every registry id.
func UnregisteredID(name string) string {
	k := AliasKey(name)
	if i := strings.IndexAny(k, " -"); i >= 2 && i <= 4 && i+1 < len(k) && allLetters(k[:i]) && allDigits(k[i+1:]) {
		k = k[:i] + k[i+1:]
	}
	var b strings.Builder
	dash := false
	for _, r := range k {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return "unregistered:" + strings.TrimSuffix(b.String(), "-")
}

func allLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// Actor is one threat actor.
type Actor struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Type string `json:"type"`
	// Parent is the id of the organisation this one is a branch of.
	Parent string `json:"parent,omitempty"`
	// SplitFrom is the id of the group a splinter left (Real IRA → IRA).
	SplitFrom string `json:"split_from,omitempty"`
	// ActiveFrom and ActiveTo are years a source gives (0: not given).
	ActiveFrom   int      `json:"active_from,omitempty"`
	ActiveTo     int      `json:"active_to,omitempty"`
	Country      string   `json:"country,omitempty"`
	Designations []string `json:"designations,omitempty"`
	Aliases      []Alias  `json:"aliases"`
	// Sources names where the entry comes from (e.g. "misp-galaxy:terrorist-groups",
	// "mitre-attack:G0007", "overlay"), for attribution.
	Sources []string `json:"sources,omitempty"`
	// FormerIDs are ids earlier taxonomy versions published for this actor
	// (before a merge folded them into it): tags and index subjects
	// (news.actor.<id>.<source>) under a former id now come under ID.
	FormerIDs []string `json:"former_ids,omitempty"`
}

// Alias is one surface form of an actor.
type Alias struct {
	Text string `json:"text"`
	// CaseSensitive aliases match only with the case as written (acronyms
	// such as "IS", aliases made of common words).
	CaseSensitive bool `json:"case_sensitive,omitempty"`
	// Lang is a BCP 47 tag for non-English forms.
	Lang string `json:"lang,omitempty"`
	// Context, when set, must hold around a match for it to count.
	Context *Context `json:"context,omitempty"`
	// Sources names the sources that give this alias (provenance).
	Sources []string `json:"sources,omitempty"`
	// Ambiguous lists why the alias may name something else ("acronym",
	// "common-word", "proper-noun", "place"); such an alias needs a
	// Context (Lint reports one without).
	Ambiguous []string `json:"ambiguous,omitempty"`
}

// Context gates an ambiguous alias on the words around it and on the
// rest of the document. Phrases are compared case-insensitively on whole
// words. A phrase of NotBefore/NotAfter within Window words, or a Block
// phrase anywhere in the document ("Royal Air Force" for RAF), vetoes the
// match. Otherwise the match counts when there is no positive condition,
// or when one holds: a phrase of Before (ending within Window words
// before), of After (starting within Window words after), of Near or of
// the cue set Cues (within Window words either side, or after it with
// CuesAfter), or, with CoMention,
// a mention of the same actor elsewhere in the document by an alias that
// needs no such support ("the Red Army Faction (RAF)").
type Context struct {
	Window    int      `json:"window"`
	Before    []string `json:"before,omitempty"`
	After     []string `json:"after,omitempty"`
	Near      []string `json:"near,omitempty"`
	Cues      string   `json:"cues,omitempty"`
	CoMention bool     `json:"co_mention,omitempty"`
	NotBefore []string `json:"not_before,omitempty"`
	NotAfter  []string `json:"not_after,omitempty"`
	Block     []string `json:"block,omitempty"`
	// NotInName vetoes a match that a capitalised word continues
	// ("Cobalt Strike", "Royal Mail"): it is part of another name.
	NotInName bool `json:"not_in_name,omitempty"`
	// NotFirst vetoes a match at the start of a sentence, where a capital
	// says nothing ("Play resumed…", "Medusa, the Gorgon…").
	NotFirst bool `json:"not_first,omitempty"`
	// NotNext vetoes a match whose next word is one of these: the name
	// then stands for a thing, not the group ("REvil ransomware", "Winnti
	// backdoor").
	NotNext []string `json:"not_next,omitempty"`
	// Capital vetoes a match that does not start with a capital letter:
	// a name made of words is a name only when written as one
	// ("Sandworm hackers", not "sandworm-themed"; "WildCard", not "a
	// wildcard certificate"), whatever its inner case ("Darkside").
	Capital bool `json:"capital,omitempty"`
	// CuesAfter looks for Near and cue phrases after the match only
	// ("FARC rebels", not "separatists [EPA]").
	CuesAfter bool `json:"cues_after,omitempty"`
	// Doc names a document vocabulary (ActorsFile.DocCues) that stands
	// in for a cue word nearby: in a text of that kind the match counts
	// without one.
	Doc string `json:"doc,omitempty"`
}

// Topic is one IPTC Media Topic.
type Topic struct {
	Code   string `json:"code"`
	Label  string `json:"label"`
	Parent string `json:"parent,omitempty"`
}

// Rule assigns Code when Query holds for a document.
type Rule struct {
	ID   string `json:"id"`
	Code string `json:"code"`
	// Origin is "iptc-extra" for imported EXTRA rules, "curated" otherwise.
	Origin string `json:"origin"`
	Name   string `json:"name,omitempty"`
	Query  string `json:"query"`
	// MinEvidence is how much distinct evidence the topic needs before it
	// is tagged, a match in the title counting twice; 0 means
	// DefaultMinEvidence. A query that holds on less is not reported.
	MinEvidence int `json:"min_evidence,omitempty"`
	// Relative, when above 0, keeps the topic only if its evidence weighs
	// at least this fraction of the heaviest topic's in the document, a
	// match in the title counting three times here (the headline says
	// what the story is about): a desk's words in a story about something
	// else do not tag the desk.
	Relative float64 `json:"relative,omitempty"`
	// Fallback rules are tried only on a document that no other rule
	// tags: a relaxed reading of a desk (fewer distinct cues), so that a
	// short story whose few cues are plain still gets its desk, while a
	// long story that tags a desk is not given a second one on thin
	// evidence.
	Fallback bool `json:"fallback,omitempty"`
	// Note says why a rule was adjusted (e.g. an imported rule given a
	// stronger threshold).
	Note string `json:"note,omitempty"`
	// Expr is Query parsed.
	Expr *Expr `json:"-"`
}

// DefaultMinEvidence is Rule.MinEvidence when a rule does not set it: two
// distinct matches in the body, or one in the title. One word somewhere
// in a long story ("encryption") is not what the story is about.
const DefaultMinEvidence = 2

// Place is a country.
type Place struct {
	Code    string   `json:"code"` // ISO 3166-1 alpha-2
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"` // names, demonyms, capitals; case-sensitive
}

// Taxonomy is the loaded vocabulary; see the package doc.
type Taxonomy struct {
	Actors []Actor
	// CueSets are ActorsFile.CueSets.
	CueSets map[string][]string
	// DocCues are ActorsFile.DocCues.
	DocCues map[string]DocCue
	Topics  []Topic
	Rules   []Rule
	// Competition is RulesFile.Competition.
	Competition *Competition
	Places      []Place
	// PlaceExclusions are PlacesFile.Exclude.
	PlaceExclusions []string

	commonWords map[string]bool
	actorIndex  map[string]int
	formerIndex map[string]int // former actor id → index of its successor
	topicIndex  map[string]int
	version     string
}

//go:embed data
var embedded embed.FS

// Default returns the embedded taxonomy.
func Default() (*Taxonomy, error) {
	sub, err := fs.Sub(embedded, "data")
	if err != nil {
		return nil, fmt.Errorf("opening embedded data: %w", err)
	}
	return Load(sub)
}

// Files read by Load, relative to the root of its fs.FS.
const (
	FileActors      = "actors.json"
	FileTopics      = "topics.json"
	FileRules       = "rules.json"
	FilePlaces      = "places.json"
	FileCommonWords = "common-words.txt"
	FileDate        = "DATE"
)

// ActorsFile is the layout of actors.json.
type ActorsFile struct {
	Sources []string `json:"sources"`
	// CueSets are named lists of cue phrases that Context.Cues refers to
	// (words that say a name is a militant or a cyber group).
	CueSets map[string][]string `json:"cue_sets,omitempty"`
	// DocCues are document-level vocabularies by name, for Context.Doc:
	// see DocCue.
	DocCues map[string]DocCue `json:"doc_cues,omitempty"`
	Actors  []Actor           `json:"actors"`
}

// DocCue is the vocabulary of a kind of text. A document in which at
// least Min distinct Terms occur (whole words, case-insensitive) reads as
// that kind of text — a threat report, with its malware, C2 and IOC
// vocabulary — and there a gated alias whose Context.Doc names the
// DocCue counts without a cue word nearby: in a threat report a bare
// "Turla" is the group; in a film review a coined name is not licensed
// that way. The alias's vetoes (case, NotInName, NotFirst, NotNext,
// Block…) still apply.
type DocCue struct {
	Min   int      `json:"min"`
	Terms []string `json:"terms"`
}

// TopicsFile is the layout of topics.json.
type TopicsFile struct {
	Sources []string `json:"sources"`
	Topics  []Topic  `json:"topics"`
}

// RulesFile is the layout of rules.json.
type RulesFile struct {
	Sources []string `json:"sources"`
	Rules   []Rule   `json:"rules"`
	// Competition is how the desks a story touches compete; nil: every
	// topic that meets its own rule stays.
	Competition *Competition `json:"competition,omitempty"`
}

// Competition makes topics compete by desk, a desk being a top-level
// topic with all its descendants and weighing as much as its most salient
// topic (title spans count three times, see the classifier). Rule.Relative
// compares one topic with the heaviest; Competition compares desks with
// the main desk and a topic with its siblings.
type Competition struct {
	// DeskShare, when above 0, drops a desk (with all its topics) whose
	// weight is below this share of the main (heaviest) desk's.
	DeskShare float64 `json:"desk_share,omitempty"`
	// ChildShare, when above 0, drops a topic whose weight is below this
	// share of its heaviest sibling's (same parent); the heaviest always
	// stays.
	ChildShare float64 `json:"child_share,omitempty"`
	Note       string  `json:"note,omitempty"`
}

// PlacesFile is the layout of places.json.
type PlacesFile struct {
	Sources []string `json:"sources"`
	Places  []Place  `json:"places"`
	// Exclude lists phrases that contain a place name but name no country
	// ("Latin America", "Indian Ocean", "Washington Post"): a place
	// mention inside one does not count.
	Exclude []string `json:"exclude,omitempty"`
}

// Load reads a taxonomy from fsys (the layout of data/: actors.json,
// topics.json, rules.json, places.json, common-words.txt and DATE). Any of
// the files may instead be gzip-compressed under its name plus ".gz" (a
// Kubernetes ConfigMap holds at most 1 MiB, and the actor registry alone
// is three times that); the version is the same either way.
func Load(fsys fs.FS) (*Taxonomy, error) {
	h := sha256.New()
	read := func(name string) ([]byte, error) {
		b, err := readMaybeGzip(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("reading %s: %w", name, err)
		}
		h.Write([]byte(name))
		h.Write(b)
		return b, nil
	}
	var (
		af ActorsFile
		tf TopicsFile
		rf RulesFile
		pf PlacesFile
	)
	for _, f := range []struct {
		name string
		v    any
	}{{FileActors, &af}, {FileTopics, &tf}, {FileRules, &rf}, {FilePlaces, &pf}} {
		b, err := read(f.name)
		if err != nil {
			return nil, err
		}
		if err := json.Unmarshal(b, f.v); err != nil {
			return nil, fmt.Errorf("decoding %s: %w", f.name, err)
		}
	}
	words, err := read(FileCommonWords)
	if err != nil {
		return nil, err
	}
	date, err := read(FileDate)
	if err != nil {
		return nil, err
	}
	t := &Taxonomy{
		Actors:          af.Actors,
		CueSets:         af.CueSets,
		DocCues:         af.DocCues,
		Topics:          tf.Topics,
		Rules:           rf.Rules,
		Competition:     rf.Competition,
		Places:          pf.Places,
		PlaceExclusions: pf.Exclude,
		commonWords:     map[string]bool{},
		actorIndex:      make(map[string]int, len(af.Actors)),
		formerIndex:     map[string]int{},
		topicIndex:      make(map[string]int, len(tf.Topics)),
	}
	sc := bufio.NewScanner(bytes.NewReader(words))
	for sc.Scan() {
		if w := strings.TrimSpace(sc.Text()); w != "" && !strings.HasPrefix(w, "#") {
			t.commonWords[strings.ToLower(w)] = true
		}
	}
	if k := rf.Competition; k != nil && (k.DeskShare < 0 || k.DeskShare > 1 || k.ChildShare < 0 || k.ChildShare > 1) {
		return nil, fmt.Errorf("%w: competition shares %g and %g not in 0..1", ErrInvalid, k.DeskShare, k.ChildShare)
	}
	for name, dc := range af.DocCues {
		if dc.Min < 1 || len(dc.Terms) < dc.Min {
			return nil, fmt.Errorf("%w: document cues %q: min %d not in 1..%d terms", ErrInvalid, name, dc.Min, len(dc.Terms))
		}
	}
	for i, a := range t.Actors {
		if _, dup := t.actorIndex[a.ID]; dup || a.ID == "" {
			return nil, fmt.Errorf("%w: duplicate or empty actor id %q", ErrInvalid, a.ID)
		}
		t.actorIndex[a.ID] = i
		for _, f := range a.FormerIDs {
			if _, dup := t.formerIndex[f]; dup || f == "" {
				return nil, fmt.Errorf("%w: actor %s: former id %q empty or held twice", ErrInvalid, a.ID, f)
			}
			t.formerIndex[f] = i
		}
		for _, al := range a.Aliases {
			if x := al.Context; x != nil && x.Cues != "" && af.CueSets[x.Cues] == nil {
				return nil, fmt.Errorf("%w: actor %s alias %q: unknown cue set %q", ErrInvalid, a.ID, al.Text, x.Cues)
			}
			if x := al.Context; x != nil && x.Doc != "" {
				if _, ok := af.DocCues[x.Doc]; !ok {
					return nil, fmt.Errorf("%w: actor %s alias %q: unknown document cues %q", ErrInvalid, a.ID, al.Text, x.Doc)
				}
			}
		}
	}
	for f, i := range t.formerIndex {
		if _, again := t.actorIndex[f]; again {
			// A subject (news.actor.<id>) cannot mean two actors.
			return nil, fmt.Errorf("%w: actor %s: former id %q is an actor's id", ErrInvalid, t.Actors[i].ID, f)
		}
	}
	for i, tp := range t.Topics {
		if _, dup := t.topicIndex[tp.Code]; dup || tp.Code == "" {
			return nil, fmt.Errorf("%w: duplicate or empty topic code %q", ErrInvalid, tp.Code)
		}
		t.topicIndex[tp.Code] = i
	}
	for i := range t.Rules {
		r := &t.Rules[i]
		if r.Expr, err = ParseQuery(r.Query); err != nil {
			return nil, fmt.Errorf("parsing rule %q: %w", r.ID, err)
		}
	}
	t.version = strings.TrimSpace(string(date)) + "+" + hex.EncodeToString(h.Sum(nil))[:12]
	return t, nil
}

// Version identifies the data: import date and a content hash,
// e.g. "2025-11-22+3f2a9c0d1e4b".
func (t *Taxonomy) Version() string { return t.version }

// Actor returns the actor with the given id.
func (t *Taxonomy) Actor(id string) (Actor, bool) {
	i, ok := t.actorIndex[id]
	if !ok {
		return Actor{}, false
	}
	return t.Actors[i], true
}

// Successor returns the actor that now holds id, an actor id an earlier
// taxonomy version published (Actor.FormerIDs).
func (t *Taxonomy) Successor(id string) (Actor, bool) {
	i, ok := t.formerIndex[id]
	if !ok {
		return Actor{}, false
	}
	return t.Actors[i], true
}

// Topic returns the topic with the given code.
func (t *Taxonomy) Topic(code string) (Topic, bool) {
	i, ok := t.topicIndex[code]
	if !ok {
		return Topic{}, false
	}
	return t.Topics[i], true
}

// Ancestors returns the broader topics of code, nearest first.
func (t *Taxonomy) Ancestors(code string) []string {
	var out []string
	for tp, ok := t.Topic(code); ok && tp.Parent != ""; tp, ok = t.Topic(tp.Parent) {
		if slices.Contains(out, tp.Parent) {
			break // a cycle is a Lint problem, not a reason to hang
		}
		out = append(out, tp.Parent)
	}
	return out
}

// IsCommonWord reports whether w (one word, any case) is an ordinary English word.
func (t *Taxonomy) IsCommonWord(w string) bool { return t.commonWords[strings.ToLower(w)] }

// maxDataFile bounds one decompressed taxonomy file, so that a hostile or
// broken .gz cannot exhaust memory.
const maxDataFile = 64 << 20

// readMaybeGzip reads name, or else name.gz decompressed.
func readMaybeGzip(fsys fs.FS, name string) ([]byte, error) {
	b, err := fs.ReadFile(fsys, name)
	if err == nil || !errors.Is(err, fs.ErrNotExist) {
		return b, err
	}
	f, gzErr := fsys.Open(name + ".gz")
	if gzErr != nil {
		return nil, err // neither: report the plain name's error
	}
	defer func() { _ = f.Close() }()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("decompressing %s.gz: %w", name, err)
	}
	b, err = io.ReadAll(io.LimitReader(zr, maxDataFile+1))
	if err != nil {
		return nil, fmt.Errorf("decompressing %s.gz: %w", name, err)
	}
	if len(b) > maxDataFile {
		return nil, fmt.Errorf("decompressing %s.gz: %w", name, ErrTooLarge)
	}
	return b, nil
}
