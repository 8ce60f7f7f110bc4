package settings

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"time"
)

// Check proves, for every setting of the struct newCfg returns (a pointer,
// at its defaults), that its flag (none for a secret), its environment
// variable, its legacy variable and its YAML key, decoded with decodeYAML
// (nil: DecodeYAML), set the same non-default value. Services run it in a
// table test over their own configuration type; `newsflow up` runs it
// with its own loader as decodeYAML.
func Check(newCfg func() any, decodeYAML func([]byte, any) error) error {
	if decodeYAML == nil {
		decodeYAML = func(b []byte, cfg any) error { return DecodeYAML(b, cfg) }
	}
	var errs []error
	for _, f := range Fields(newCfg()) {
		flagVal, yamlVal, err := Sample(f)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		type form struct {
			name string
			set  func(cfg any) error
		}
		forms := []form{
			{"env " + f.Env, func(cfg any) error {
				return load(cfg, map[string]string{f.Env: flagVal})
			}},
			{"yaml " + f.Key, func(cfg any) error { return decodeYAML(nested(f.Key, yamlVal), cfg) }},
		}
		if !f.Secret {
			forms = append(forms, form{"flag -" + f.Flag, func(cfg any) error {
				return load(cfg, nil, "-"+f.Flag+"="+flagVal)
			}})
		}
		if f.LegacyEnv != "" {
			forms = append(forms, form{"env " + f.LegacyEnv, func(cfg any) error {
				return load(cfg, map[string]string{f.LegacyEnv: flagVal})
			}})
		}
		def := newCfg()
		var want any
		var wantForm string
		for _, fm := range forms {
			cfg := newCfg()
			if err := fm.set(cfg); err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", fm.name, err))
				continue
			}
			if reflect.DeepEqual(cfg, def) {
				errs = append(errs, fmt.Errorf("%s=%s: left the configuration at its defaults", fm.name, flagVal))
				continue
			}
			if want == nil {
				want, wantForm = cfg, fm.name
			} else if !reflect.DeepEqual(cfg, want) {
				errs = append(errs, fmt.Errorf("%s gives %+v, %s gives %+v", fm.name, cfg, wantForm, want))
			}
		}
	}
	return errors.Join(errs...)
}

// load runs cfg's settings through a Set as a binary does.
func load(cfg any, env map[string]string, args ...string) error {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	s := New(fs, func(k string) string { return env[k] }, cfg)
	if err := fs.Parse(args); err != nil {
		return err
	}
	return s.Load()
}

// nested is the YAML document setting key (dotted for sections) to v.
func nested(key, v string) []byte {
	var b strings.Builder
	parts := strings.Split(key, ".")
	for i, p := range parts {
		b.WriteString(strings.Repeat("  ", i) + p + ":")
		if i < len(parts)-1 {
			b.WriteString("\n")
		}
	}
	b.WriteString(" " + v + "\n")
	return []byte(b.String())
}

// Sample is a value unlike f's default (its value in the struct Fields
// read), as a flag or environment value and as YAML: what Check sets, for
// tests that compare two ways of loading the same settings.
func Sample(f Field) (flagVal, yamlVal string, err error) {
	switch f.Kind {
	case "bool":
		s := strconv.FormatBool(!f.v.Bool())
		return s, s, nil
	case "int":
		s := strconv.FormatInt(f.v.Int()+7, 10)
		return s, s, nil
	case "duration":
		s := (time.Duration(f.v.Int()) + 7*time.Second).String()
		return s, strconv.Quote(s), nil
	case "list":
		return "sample-a,sample-b", "[sample-a, sample-b]", nil
	case "text":
		if f.Example == "" || f.Example == f.String() {
			return "", "", fmt.Errorf("setting %s: a text setting needs an example tag unlike its default", f.Key)
		}
		return f.Example, strconv.Quote(f.Example), nil
	}
	s := "sample-" + strings.ReplaceAll(f.Key, ".", "-")
	return s, strconv.Quote(s), nil
}
