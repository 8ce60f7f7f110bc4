package feedlist

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"maps"
	"net/url"
	"os"
	"regexp"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/newsflow/newsflow/services/fetcher/poll"
	"github.com/newsflow/newsflow/services/fetcher/redact"
)

// Entry is one feed as written in YAML.
type Entry struct {
	URL       string            `yaml:"url"`
	Source    string            `yaml:"source"`
	Interval  time.Duration     `yaml:"interval"`
	Language  string            `yaml:"language"`
	UserAgent string            `yaml:"user_agent"`
	Headers   map[string]string `yaml:"headers"`
}

// File is the mapping form of a feed list.
type File struct {
	Defaults Entry   `yaml:"defaults"`
	Feeds    []Entry `yaml:"feeds"`
}

var sourceToken = regexp.MustCompile(`^[a-z0-9_-]+$`)

// Load reads and validates the feed list at path.
func Load(path string) ([]poll.Feed, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading feed list: %w", err)
	}
	feeds, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("loading %s: %w", path, err)
	}
	return feeds, nil
}

// Parse decodes and validates a feed list.
func Parse(data []byte) ([]poll.Feed, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%w: parsing YAML: %w", ErrInvalid, err)
	}
	if len(doc.Content) == 0 {
		return nil, fmt.Errorf("%w: empty document", ErrInvalid)
	}
	var f File
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var err error
	if doc.Content[0].Kind == yaml.SequenceNode {
		err = dec.Decode(&f.Feeds)
	} else {
		err = dec.Decode(&f)
	}
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%w: decoding YAML: %w", ErrInvalid, err)
	}
	return Convert(f.Defaults, f.Feeds)
}

// Convert applies defaults to entries and validates them; it serves callers
// that embed []Entry in their own configuration.
func Convert(defaults Entry, entries []Entry) ([]poll.Feed, error) {
	if len(entries) == 0 {
		return nil, fmt.Errorf("%w: no feeds", ErrInvalid)
	}
	seen := make(map[string]bool, len(entries))
	feeds := make([]poll.Feed, 0, len(entries))
	for i, e := range entries {
		f := poll.Feed{
			URL:       e.URL,
			Source:    e.Source,
			Interval:  or(e.Interval, defaults.Interval),
			Language:  or(e.Language, defaults.Language),
			UserAgent: or(e.UserAgent, defaults.UserAgent),
		}
		if len(defaults.Headers)+len(e.Headers) > 0 {
			f.Headers = maps.Clone(defaults.Headers)
			if f.Headers == nil {
				f.Headers = make(map[string]string, len(e.Headers))
			}
			maps.Copy(f.Headers, e.Headers)
		}
		if err := validate(f); err != nil {
			return nil, redact.Error(fmt.Errorf("%w: feed %d (%q): %w", ErrInvalid, i+1, redact.URL(e.URL), err))
		}
		if seen[f.URL] {
			return nil, fmt.Errorf("%w: feed %d: %q is listed twice", ErrInvalid, i+1, redact.URL(f.URL))
		}
		seen[f.URL] = true
		feeds = append(feeds, f)
	}
	return feeds, nil
}

func validate(f poll.Feed) error {
	u, err := url.Parse(f.URL)
	switch {
	case f.URL == "":
		return errors.New("url is missing")
	case err != nil:
		return fmt.Errorf("parsing url: %w", err)
	case u.Scheme != "http" && u.Scheme != "https":
		return errors.New("url must be absolute http or https")
	case u.Host == "":
		return errors.New("url has no host")
	case !sourceToken.MatchString(f.Source):
		return fmt.Errorf("source %q must match [a-z0-9_-]+", f.Source)
	case f.Interval < 0:
		return fmt.Errorf("negative interval %s", f.Interval)
	case f.Interval > 0 && f.Interval < time.Second:
		// A bare number decodes as nanoseconds.
		return fmt.Errorf("interval %s is below 1s: write units, e.g. 10m", f.Interval)
	}
	return nil
}

func or[T comparable](v, fallback T) T {
	var zero T
	if v == zero {
		return fallback
	}
	return v
}
