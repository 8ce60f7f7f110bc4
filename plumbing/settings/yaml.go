package settings

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// DecodeYAML sets the settings of cfgs from a YAML document whose keys
// are theirs (key foo_bar for the flag -foo-bar, a mapping per section).
// Values are parsed as flags and environment values are, so 90d is a
// duration here too. An unknown key is an error naming the known ones
// (a typo does not silently leave a default); a null value leaves the
// setting as it was.
func DecodeYAML(data []byte, cfgs ...any) error {
	return decodeFields(data, Fields(cfgs...))
}

func decodeFields(data []byte, fs []Field) error {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return fmt.Errorf("parsing YAML: %w", err)
	}
	return decodeNodeFields(&doc, fs)
}

// DecodeNode is DecodeYAML of a parsed document or mapping (a section of
// a larger file, such as one service's in newsflow.yaml).
func DecodeNode(n *yaml.Node, cfgs ...any) error {
	return decodeNodeFields(n, Fields(cfgs...))
}

func decodeNodeFields(n *yaml.Node, fs []Field) error {
	byKey := make(map[string]Field, len(fs))
	sections := map[string]bool{}
	for _, f := range fs {
		byKey[f.Key] = f
		for i := range f.Key {
			if f.Key[i] == '.' {
				sections[f.Key[:i]] = true
			}
		}
	}
	return decodeMapping(n, "", byKey, sections)
}

func decodeMapping(n *yaml.Node, prefix string, byKey map[string]Field, sections map[string]bool) error {
	n = resolve(n)
	if n == nil || isNull(n) {
		return nil
	}
	if n.Kind == yaml.DocumentNode {
		if len(n.Content) == 0 {
			return nil
		}
		return decodeMapping(n.Content[0], prefix, byKey, sections)
	}
	if n.Kind != yaml.MappingNode {
		if prefix == "" {
			return fmt.Errorf("line %d: want a mapping of settings", n.Line)
		}
		return fmt.Errorf("line %d: %s: want a mapping of settings", n.Line, strings.TrimSuffix(prefix, "."))
	}
	var errs []error
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], resolve(n.Content[i+1])
		key := prefix + k.Value
		if f, ok := byKey[key]; ok {
			if err := f.setNode(v); err != nil {
				errs = append(errs, fmt.Errorf("line %d: %s: %w", v.Line, key, err))
			}
			continue
		}
		if sections[key] {
			if err := decodeMapping(v, key+".", byKey, sections); err != nil {
				errs = append(errs, err)
			}
			continue
		}
		errs = append(errs, fmt.Errorf("line %d: unknown key %s (known: %s)", k.Line, key, strings.Join(known(prefix, byKey, sections), ", ")))
	}
	return errors.Join(errs...)
}

// known lists the keys a mapping at prefix may hold.
func known(prefix string, byKey map[string]Field, sections map[string]bool) []string {
	var out []string
	add := func(k string) {
		if rest, ok := strings.CutPrefix(k, prefix); ok && !strings.Contains(rest, ".") {
			out = append(out, rest)
		}
	}
	for k := range byKey {
		add(k)
	}
	for k := range sections {
		add(k)
	}
	slices.Sort(out)
	return out
}

func (f Field) setNode(v *yaml.Node) error {
	switch {
	case isNull(v):
		return nil
	case v.Kind == yaml.ScalarNode:
		return f.set(v.Value)
	case v.Kind == yaml.SequenceNode && f.Kind == "list":
		items := make([]string, 0, len(v.Content))
		for _, e := range v.Content {
			if e = resolve(e); e.Kind != yaml.ScalarNode {
				return fmt.Errorf("line %d: want a list of values", e.Line)
			}
			items = append(items, e.Value)
		}
		f.setList(items)
		return nil
	case f.Kind == "list":
		return errors.New("want a value or a list of values")
	}
	return errors.New("want a single value")
}

func resolve(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}
