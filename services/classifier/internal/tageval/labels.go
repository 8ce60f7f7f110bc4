package tageval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/net/publicsuffix"
)

// Sets and splits of the development set.
const (
	SetL3S     = "l3s"
	SetAnnoCTR = "annoctr"

	SplitTune    = "tune"
	SplitHeldout = "heldout"
)

// Label is one labelled document, one line of a devset *.jsonl file.
type Label struct {
	Set   string `json:"set"`
	ID    string `json:"id"`
	Split string `json:"split"`
	// Actors are threat actors named in the text, written as names. For
	// AnnoCTR the expert GROUP spans are added at run time.
	Actors         []string `json:"actors"`
	TopicsRequired []string `json:"topics_required"`
	TopicsOptional []string `json:"topics_optional,omitempty"`
	Note           string   `json:"note,omitempty"`
}

// SecondSuffix ends the name of a second editor's label file: labels of
// documents another file already labels, made blind to them to measure
// how far two editors agree (see Agree). LoadLabels leaves such files out;
// LoadSecond reads one.
const SecondSuffix = "-second.jsonl"

// LoadLabels reads every *.jsonl file of dir but second editors' files
// (SecondSuffix), in name order. Blank lines are skipped; a malformed
// line, an unknown set or split, a duplicate (set, id) or a topic code
// without the "medtop:" scheme is an error naming the file and line.
func LoadLabels(dir string) ([]Label, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		return nil, fmt.Errorf("listing labels in %s: %w", dir, err)
	}
	files = slices.DeleteFunc(files, func(f string) bool { return strings.HasSuffix(f, SecondSuffix) })
	if len(files) == 0 {
		return nil, fmt.Errorf("listing labels in %s: no *.jsonl file", dir)
	}
	slices.Sort(files)
	var out []Label
	seen := map[string]string{}
	for _, f := range files {
		ls, err := readLabelFile(f, true)
		if err != nil {
			return nil, err
		}
		for _, l := range ls {
			k := l.Set + "/" + l.ID
			if prev, ok := seen[k]; ok {
				return nil, fmt.Errorf("reading labels: %s labelled twice (%s and %s)", k, prev, f)
			}
			seen[k] = f
		}
		out = append(out, ls...)
	}
	return out, nil
}

// LoadSecond reads one label file, checked as LoadLabels checks its
// files: a second editor's labels, or any file of labels to compare.
func LoadSecond(path string) ([]Label, error) {
	ls, err := readLabelFile(path, true)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	for _, l := range ls {
		k := l.Set + "/" + l.ID
		if seen[k] {
			return nil, fmt.Errorf("reading labels %s: %s labelled twice", path, k)
		}
		seen[k] = true
	}
	return ls, nil
}

// ReadIDs reads a list of document ids: one a line, blank lines and lines
// starting with "#" skipped; a line starting with "{" is a label (any
// devset *.jsonl line) and gives its "id", so a label file is an id list.
func ReadIDs(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading ids: %w", err)
	}
	var out []string
	for n, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "{"):
			var l struct {
				ID string `json:"id"`
			}
			if err := json.Unmarshal([]byte(line), &l); err != nil || l.ID == "" {
				return nil, fmt.Errorf("reading ids %s:%d: a JSON line without an id", path, n+1)
			}
			line = l.ID
		}
		out = append(out, line)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("reading ids %s: no id", path)
	}
	return out, nil
}

func readLabelFile(path string, needSplit bool) ([]Label, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading labels: %w", err)
	}
	var out []Label
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var l Label
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&l); err != nil {
			return nil, fmt.Errorf("reading labels %s:%d: %w", path, n, err)
		}
		if !needSplit && l.Split == "" {
			l.Split = SplitTune // assigned by the caller; a placeholder passes the check
		}
		if err := l.check(); err != nil {
			return nil, fmt.Errorf("reading labels %s:%d: %w", path, n, err)
		}
		out = append(out, l)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading labels %s: %w", path, err)
	}
	return out, nil
}

func (l *Label) check() error {
	switch {
	case l.Set != SetL3S && l.Set != SetAnnoCTR:
		return fmt.Errorf("set %q is neither %q nor %q", l.Set, SetL3S, SetAnnoCTR)
	case l.ID == "":
		return fmt.Errorf("no id")
	case l.Split != SplitTune && l.Split != SplitHeldout:
		return fmt.Errorf("%s: split %q is neither %q nor %q", l.ID, l.Split, SplitTune, SplitHeldout)
	}
	for _, c := range slices.Concat(l.TopicsRequired, l.TopicsOptional) {
		if !strings.HasPrefix(c, "medtop:") {
			return fmt.Errorf("%s: topic %q is not a medtop: code", l.ID, c)
		}
	}
	for _, a := range l.Actors {
		if strings.TrimSpace(a) == "" {
			return fmt.Errorf("%s: empty actor name", l.ID)
		}
	}
	return nil
}

// Site is the registrable domain of a page URL (news.bbc.co.uk and
// www.bbc.co.uk are one site, bbc.co.uk), so that one publisher's
// boilerplate and house style never sit on both sides of the split.
func Site(pageURL string) (string, error) {
	u, err := url.Parse(pageURL)
	if err != nil {
		return "", fmt.Errorf("parsing page url: %w", err)
	}
	host := strings.ToLower(u.Hostname())
	if host == "" {
		return "", fmt.Errorf("parsing page url %q: no host", pageURL)
	}
	site, err := publicsuffix.EffectiveTLDPlusOne(host)
	if err != nil {
		return host, nil // an IP address or a bare suffix is its own site
	}
	return site, nil
}

// SplitOf is the split rule: FNV-1a (32 bit) of key modulo 100 below
// tuneShare is tune, the rest heldout. The key is the site for L3S (about
// 55 % tune) and the report id for AnnoCTR (about 50 %).
func SplitOf(set, key string) string {
	share := uint32(55)
	if set == SetAnnoCTR {
		share = 50
	}
	h := fnv.New32a()
	h.Write([]byte(key))
	if h.Sum32()%100 < share {
		return SplitTune
	}
	return SplitHeldout
}

// AssignSplits rewrites every *.jsonl file of labelDir with each label's
// split set by the rule (SplitOf; site from texts for L3S), one compact
// JSON object a line, order kept. New labels may be written without a
// split and get one here.
func AssignSplits(labelDir string, l3s map[string]Text) (changed int, err error) {
	files, err := filepath.Glob(filepath.Join(labelDir, "*.jsonl"))
	if err != nil {
		return 0, fmt.Errorf("listing labels in %s: %w", labelDir, err)
	}
	for _, f := range files {
		ls, err := readLabelFile(f, false)
		if err != nil {
			return changed, err
		}
		var b bytes.Buffer
		for _, l := range ls {
			key := l.ID
			if l.Set == SetL3S {
				t, ok := l3s[l.ID]
				if !ok {
					return changed, fmt.Errorf("assigning splits: L3S page %s is not in the data", l.ID)
				}
				if key, err = Site(t.URL); err != nil {
					return changed, fmt.Errorf("assigning splits to %s: %w", l.ID, err)
				}
			}
			if want := SplitOf(l.Set, key); want != l.Split {
				l.Split = want
				changed++
			}
			enc := json.NewEncoder(&b)
			enc.SetEscapeHTML(false)
			if err := enc.Encode(l); err != nil {
				return changed, fmt.Errorf("encoding label %s: %w", l.ID, err)
			}
		}
		if err := os.WriteFile(f, b.Bytes(), 0o644); err != nil {
			return changed, fmt.Errorf("writing labels: %w", err)
		}
	}
	return changed, nil
}
