package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/classifier/classify"
	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

// tagsRecord is the JSON line of `newsflow classify`.
type tagsRecord struct {
	File            string            `json:"file,omitempty"`
	Line            int               `json:"line,omitempty"`
	ID              string            `json:"id,omitempty"`
	Title           string            `json:"title,omitempty"`
	Topics          []json.RawMessage `json:"topics"`
	Actors          []json.RawMessage `json:"actors"`
	Places          []json.RawMessage `json:"places"`
	Entries         []tagsRecord      `json:"entries,omitempty"`
	TaxonomyVersion string            `json:"taxonomy_version,omitempty"`
	Error           string            `json:"error,omitempty"`
}

var tagJSON = protojson.MarshalOptions{UseProtoNames: true}

func rawList[M proto.Message](ms []M) ([]json.RawMessage, error) {
	out := make([]json.RawMessage, 0, len(ms))
	for _, m := range ms {
		b, err := tagJSON.Marshal(m)
		if err != nil {
			return nil, fmt.Errorf("encoding tag: %w", err)
		}
		out = append(out, b)
	}
	return out, nil
}

func tagsFrom(topics []*newsv1.TopicTag, actors []*newsv1.ActorTag, places []*newsv1.PlaceTag) (tagsRecord, error) {
	var r tagsRecord
	var err error
	if r.Topics, err = rawList(topics); err != nil {
		return r, err
	}
	if r.Actors, err = rawList(actors); err != nil {
		return r, err
	}
	r.Places, err = rawList(places)
	return r, err
}

func runClassify(_ context.Context, args []string, std Stdio, _ func(string) string) (err error) {
	fs := newFlagSet("classify", std)
	fs.Usage = func() {
		fmt.Fprintln(std.Err, "usage: newsflow classify [FILE...]\n\nEach input is plain text (one document) or JSON lines as printed by\n'newsflow extract' (one document per line). Reads stdin when no FILE is given.")
		fs.PrintDefaults()
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	tax, err := taxonomy.Default()
	if err != nil {
		return fmt.Errorf("loading taxonomy: %w", err)
	}
	c, err := classify.New(tax)
	if err != nil {
		return fmt.Errorf("building classifier: %w", err)
	}
	w := bufio.NewWriterSize(std.Out, 64<<10)
	defer func() {
		if ferr := w.Flush(); err == nil && ferr != nil {
			err = fmt.Errorf("writing output: %w", ferr)
		}
	}()
	write := func(r tagsRecord) error {
		b, err := json.Marshal(r)
		if err != nil {
			return fmt.Errorf("encoding result: %w", err)
		}
		_, err = w.Write(append(b, '\n'))
		return err
	}

	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{""}
	}
	failed := 0
	for _, name := range inputs {
		var body []byte
		if name == "" {
			body, err = readLimited(std.In, "stdin")
		} else {
			body, err = readFile(name)
		}
		if err != nil {
			return err
		}
		if !isJSONLines(body) {
			t := c.Document("", string(body))
			r, err := tagsFrom(t.GetTopics(), t.GetActors(), t.GetPlaces())
			if err != nil {
				return err
			}
			r.File = name
			r.TaxonomyVersion = tax.Version()
			if err := write(r); err != nil {
				return err
			}
			continue
		}
		sc := bufio.NewScanner(bytes.NewReader(body))
		sc.Buffer(make([]byte, 0, 1<<20), maxInput)
		line := 0
		for sc.Scan() {
			line++
			if strings.TrimSpace(sc.Text()) == "" {
				continue
			}
			var rec articleRecord
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				failed++
				fmt.Fprintf(std.Err, "%s:%d: decoding article JSON: %v\n", displayName(name), line, err)
				if err := write(tagsRecord{File: name, Line: line, Error: err.Error()}); err != nil {
					return err
				}
				continue
			}
			tagged := c.Article(rec.article())
			r, err := tagsFrom(tagged.GetTopics(), tagged.GetActors(), tagged.GetPlaces())
			if err != nil {
				return err
			}
			for _, e := range tagged.GetEntries() {
				er, err := tagsFrom(e.GetTopics(), e.GetActors(), e.GetPlaces())
				if err != nil {
					return err
				}
				r.Entries = append(r.Entries, er)
			}
			r.File, r.Line, r.ID, r.Title = name, line, rec.ID, rec.Title
			r.TaxonomyVersion = tagged.GetTaxonomyVersion()
			if r.File == "" {
				r.File = rec.File
			}
			if err := write(r); err != nil {
				return err
			}
		}
		if err := sc.Err(); err != nil {
			return fmt.Errorf("reading %s: %w", displayName(name), err)
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d inputs could not be read", failed)
	}
	return nil
}

func displayName(name string) string {
	if name == "" {
		return "stdin"
	}
	return name
}
