package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/newsflow/newsflow/plumbing/settings"
	"github.com/newsflow/newsflow/services/fetcher/feedlist"
)

// upSection is one stage's section of newsflow.yaml: the settings of that
// stage's binary, under the same keys as in the binary's -config file.
type upSection struct {
	name string
	cfgs []any
}

// sections are c's stage sections, in pipeline order.
func (c *upConfig) sections() []upSection {
	return []upSection{
		{"fetcher", []any{&c.Fetcher}},
		{"extractor", []any{&c.Extractor}},
		{"classifier", []any{&c.Classifier}},
		{"sink", []any{&c.Sink}},
	}
}

// loadUpConfig reads newsflow.yaml at path, then the environment: each
// setting's NEWSFLOW_* (or NATS_*) variable overrides its key, as for the
// service binaries. Each stage's section takes exactly its binary's keys;
// the older layout, a stage's setting at the top level (sink: DSN,
// user_agent, json_mirror, …), is still read and applies to every stage
// that has that setting, below the sections' own keys. Unknown keys are
// errors naming the known ones.
func loadUpConfig(path string, getenv func(string) string) (upConfig, error) {
	c := defaultUpConfig()
	err := c.load(path, getenv)
	return c, err
}

// load is loadUpConfig onto c (at its defaults, or with flags bound).
func (c *upConfig) load(path string, getenv func(string) string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("reading config: %w", err)
	}
	if err := c.decode(b); err != nil {
		return fmt.Errorf("parsing %s: %w", path, err)
	}
	errs := []error{settings.ApplyEnv(getenv, &c.upTop)}
	for _, s := range c.sections() {
		errs = append(errs, settings.ApplyEnv(getenv, s.cfgs...))
	}
	return errors.Join(errs...)
}

// decode sets c from a newsflow.yaml document.
func (c *upConfig) decode(b []byte) error {
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil {
		return err
	}
	if len(doc.Content) == 0 {
		return nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return fmt.Errorf("line %d: want a mapping of settings and feeds", root.Line)
	}
	if err := c.decodeFeeds(b); err != nil {
		return err
	}

	secs := c.sections()
	topKeys := map[string]bool{"defaults": true, "feeds": true}
	for _, f := range settings.Fields(&c.upTop) {
		k, _, _ := strings.Cut(f.Key, ".")
		topKeys[k] = true
	}
	stageKeys := make([]map[string]bool, len(secs))
	for i, s := range secs {
		stageKeys[i] = map[string]bool{}
		for _, f := range settings.Fields(s.cfgs...) {
			stageKeys[i][f.Key] = true
		}
	}
	mapping := func() *yaml.Node { return &yaml.Node{Kind: yaml.MappingNode} }
	top, flat, section := mapping(), make([]*yaml.Node, len(secs)), make([]*yaml.Node, len(secs))
	var errs []error
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if k.Value == "defaults" || k.Value == "feeds" {
			continue
		}
		if topKeys[k.Value] {
			top.Content = append(top.Content, k, v)
			continue
		}
		matched := false
		for j, s := range secs {
			switch {
			case k.Value == s.name && (v.Kind == yaml.MappingNode || !stageKeys[j][k.Value]):
				section[j] = v
			case stageKeys[j][k.Value]:
				if flat[j] == nil {
					flat[j] = mapping()
				}
				flat[j].Content = append(flat[j].Content, k, v)
			default:
				continue
			}
			matched = true
		}
		if !matched {
			errs = append(errs, fmt.Errorf("line %d: unknown key %s (known: %s)", k.Line, k.Value, strings.Join(upKnownKeys(topKeys, secs), ", ")))
		}
	}
	errs = append(errs, settings.DecodeNode(top, &c.upTop))
	for j, s := range secs {
		for _, n := range []*yaml.Node{flat[j], section[j]} {
			if n == nil {
				continue
			}
			if err := settings.DecodeNode(n, s.cfgs...); err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", s.name, err))
			}
		}
	}
	return errors.Join(errs...)
}

// decodeFeeds decodes defaults and feeds by their own type, strictly (a
// misspelt feed key is an error); the other keys are settings, decoded
// through package settings.
func (c *upConfig) decodeFeeds(b []byte) error {
	var feeds struct {
		Defaults feedlist.Entry   `yaml:"defaults"`
		Feeds    []feedlist.Entry `yaml:"feeds"`
		Settings map[string]any   `yaml:",inline"`
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&feeds); err != nil && !errors.Is(err, io.EOF) {
		return err
	}
	c.Defaults, c.Feeds = feeds.Defaults, feeds.Feeds
	return nil
}

func upKnownKeys(top map[string]bool, secs []upSection) []string {
	var out []string
	for k := range top {
		out = append(out, k)
	}
	for _, s := range secs {
		out = append(out, s.name)
	}
	slices.Sort(out)
	return out
}
