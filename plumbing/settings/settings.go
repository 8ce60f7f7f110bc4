package settings

import (
	"encoding"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"time"
)

// EnvPrefix starts every environment variable's name.
const EnvPrefix = "NEWSFLOW_"

// Field is one setting of a configuration struct.
type Field struct {
	// Key is the YAML key, its sections joined by dots: host_interval,
	// nats.url.
	Key string
	// Flag is the flag name, e.g. host-interval, nats-url.
	Flag string
	// Env is the environment variable, e.g. NEWSFLOW_NATS_URL.
	Env string
	// LegacyEnv, when set, is another variable also read (NATS_URL, or an
	// older name kept for deployments that set it); Env wins.
	LegacyEnv string
	Help      string
	// Kind is the field's type: string, bool, int, duration, list or text
	// (a type that parses itself, such as slog.Level).
	Kind string
	// Secret settings have no flag (a command line is visible to every
	// user of the machine) and their values appear in no error or help.
	Secret bool
	// Example is a value for documentation and for Check (required for
	// kind text, whose values cannot be made up).
	Example string

	v reflect.Value
}

// Fields lists the settings of cfgs, pointers to structs, in field order.
// A field tagged yaml:"name" of a supported type is a setting; one of
// struct type is a section whose settings are name_key (flag name-key,
// YAML name: {key: …}); one tagged yaml:",inline" adds its settings
// unprefixed. Fields without a yaml tag, or tagged yaml:"-", are not
// settings. It panics on an unsupported type or a name used twice: those
// are programming errors every test of the struct finds.
func Fields(cfgs ...any) []Field {
	var out []Field
	seen := map[string]bool{}
	for _, cfg := range cfgs {
		rv := reflect.ValueOf(cfg)
		if rv.Kind() != reflect.Pointer || rv.Elem().Kind() != reflect.Struct {
			panic(fmt.Sprintf("settings: want a pointer to a struct, not %T", cfg))
		}
		for _, f := range fields(rv.Elem(), nil) {
			if seen[f.Flag] {
				panic(fmt.Sprintf("settings: %s is defined twice", f.Key))
			}
			seen[f.Flag] = true
			out = append(out, f)
		}
	}
	return out
}

func fields(rv reflect.Value, path []string) []Field {
	var out []Field
	for i := range rv.NumField() {
		sf := rv.Type().Field(i)
		key, opts, _ := strings.Cut(sf.Tag.Get("yaml"), ",")
		if !sf.IsExported() || key == "-" || (key == "" && opts != "inline") {
			continue
		}
		kind := kindOf(sf.Type)
		switch {
		case kind == "" && sf.Type.Kind() == reflect.Struct && opts == "inline":
			out = append(out, fields(rv.Field(i), path)...)
			continue
		case kind == "" && sf.Type.Kind() == reflect.Struct && key != "":
			out = append(out, fields(rv.Field(i), append(append([]string(nil), path...), key))...)
			continue
		case kind == "":
			panic(fmt.Sprintf("settings: field %s has unsupported type %s", sf.Name, sf.Type))
		}
		p := append(append([]string(nil), path...), key)
		name := strings.Join(p, "_")
		f := Field{
			Key:       strings.Join(p, "."),
			Flag:      strings.ReplaceAll(name, "_", "-"),
			Env:       EnvPrefix + strings.ToUpper(name),
			LegacyEnv: sf.Tag.Get("env"),
			Help:      sf.Tag.Get("help"),
			Kind:      kind,
			Secret:    sf.Tag.Get("secret") == "true",
			Example:   sf.Tag.Get("example"),
			v:         rv.Field(i),
		}
		out = append(out, f)
	}
	return out
}

var (
	durationType      = reflect.TypeFor[time.Duration]()
	textUnmarshalType = reflect.TypeFor[encoding.TextUnmarshaler]()
	textMarshalType   = reflect.TypeFor[encoding.TextMarshaler]()
)

func kindOf(t reflect.Type) string {
	switch {
	case t == durationType:
		return "duration"
	case reflect.PointerTo(t).Implements(textUnmarshalType) && t.Implements(textMarshalType):
		return "text"
	case t.Kind() == reflect.String:
		return "string"
	case t.Kind() == reflect.Bool:
		return "bool"
	case t.Kind() == reflect.Int || t.Kind() == reflect.Int32 || t.Kind() == reflect.Int64:
		return "int"
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.String:
		return "list"
	}
	return ""
}

// set parses s into the field: the one parser of flags, environment
// variables and YAML values.
func (f Field) set(s string) error {
	if err := f.parse(s); err != nil {
		if f.Secret {
			return errors.New("malformed value") // never echo a secret
		}
		return err
	}
	return nil
}

func (f Field) parse(s string) error {
	switch f.Kind {
	case "string":
		f.v.SetString(s)
	case "bool":
		b, err := strconv.ParseBool(strings.TrimSpace(s))
		if err != nil {
			return err
		}
		f.v.SetBool(b)
	case "int":
		n, err := strconv.ParseInt(strings.TrimSpace(s), 10, f.v.Type().Bits())
		if err != nil {
			return err
		}
		f.v.SetInt(n)
	case "duration":
		d, err := ParseDuration(s)
		if err != nil {
			return err
		}
		f.v.SetInt(int64(d))
	case "list":
		var l []string
		for e := range strings.SplitSeq(s, ",") {
			if e = strings.TrimSpace(e); e != "" {
				l = append(l, e)
			}
		}
		f.v.Set(reflect.ValueOf(l).Convert(f.v.Type()))
	case "text":
		return f.v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(strings.TrimSpace(s)))
	}
	return nil
}

// setList sets a list field from YAML's sequence items; an empty
// sequence is an empty list, not an unset one.
func (f Field) setList(items []string) {
	l := make([]string, 0, len(items))
	for _, e := range items {
		if e = strings.TrimSpace(e); e != "" {
			l = append(l, e)
		}
	}
	f.v.Set(reflect.ValueOf(l).Convert(f.v.Type()))
}

// String is the field's value as a flag or environment value; a secret's
// is "" when unset and "(set)" otherwise.
func (f Field) String() string {
	if !f.v.IsValid() {
		return ""
	}
	if f.Secret {
		if f.v.IsZero() {
			return ""
		}
		return "(set)"
	}
	switch f.Kind {
	case "duration":
		return time.Duration(f.v.Int()).String()
	case "list":
		return strings.Join(f.v.Convert(reflect.TypeFor[[]string]()).Interface().([]string), ",")
	case "text":
		b, err := f.v.Interface().(encoding.TextMarshaler).MarshalText()
		if err != nil {
			return ""
		}
		return strings.ToLower(string(b))
	}
	return fmt.Sprint(f.v.Interface())
}

// ApplyEnv sets every setting of cfgs whose environment variable (or
// legacy variable) getenv has. A malformed value is returned (all of
// them, joined) rather than silently replaced by the default.
func ApplyEnv(getenv func(string) string, cfgs ...any) error {
	var errs []error
	for _, f := range Fields(cfgs...) {
		if err := f.applyEnv(getenv); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func (f Field) applyEnv(getenv func(string) string) error {
	env := f.Env
	s := getenv(env)
	if s == "" && f.LegacyEnv != "" {
		env, s = f.LegacyEnv, getenv(f.LegacyEnv)
	}
	if s == "" {
		return nil
	}
	if err := f.set(s); err != nil {
		if f.Secret {
			return fmt.Errorf("parsing %s: %w", env, err)
		}
		return fmt.Errorf("parsing %s=%q: %w", env, s, err)
	}
	return nil
}

// ParseDuration is time.ParseDuration plus whole days ("90d"), the unit
// retention periods are thought in; a bare 0 is zero.
func ParseDuration(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if days, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.Atoi(days)
		if err != nil {
			return 0, fmt.Errorf("invalid duration %q: want e.g. 90d or 2160h", s)
		}
		return time.Duration(n) * 24 * time.Hour, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		return 0, fmt.Errorf("invalid duration %q: want e.g. 90d or 2160h", s)
	}
	return d, nil
}
