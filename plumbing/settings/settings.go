package settings

import (
	"errors"
	"flag"
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
	// Key is the YAML key, e.g. host_interval.
	Key string
	// Flag is the flag name, e.g. host-interval.
	Flag string
	// Env is the environment variable, e.g. NEWSFLOW_HOST_INTERVAL.
	Env string
	// LegacyEnv, when set, is an older variable also read.
	LegacyEnv string
	Help      string
	// Kind is the field's type: string, bool, int, duration or list.
	Kind string

	v reflect.Value
}

// Fields lists the settings of *cfg, a pointer to a struct, in field
// order. Fields without a yaml tag, or tagged yaml:"-", are not settings.
// It panics on a field type it cannot parse: that is a programming error
// every test of the struct finds.
func Fields(cfg any) []Field {
	rv := reflect.ValueOf(cfg)
	if rv.Kind() != reflect.Pointer || rv.Elem().Kind() != reflect.Struct {
		panic(fmt.Sprintf("settings: want a pointer to a struct, not %T", cfg))
	}
	rv = rv.Elem()
	var out []Field
	for i := range rv.NumField() {
		sf := rv.Type().Field(i)
		key, _, _ := strings.Cut(sf.Tag.Get("yaml"), ",")
		if !sf.IsExported() || key == "" || key == "-" {
			continue
		}
		f := Field{
			Key:       key,
			Flag:      strings.ReplaceAll(key, "_", "-"),
			Env:       EnvPrefix + strings.ToUpper(key),
			LegacyEnv: sf.Tag.Get("env"),
			Help:      sf.Tag.Get("help"),
			Kind:      kindOf(sf.Type),
			v:         rv.Field(i),
		}
		if f.Kind == "" {
			panic(fmt.Sprintf("settings: field %s has unsupported type %s", sf.Name, sf.Type))
		}
		out = append(out, f)
	}
	return out
}

var durationType = reflect.TypeFor[time.Duration]()

func kindOf(t reflect.Type) string {
	switch {
	case t == durationType:
		return "duration"
	case t.Kind() == reflect.String:
		return "string"
	case t.Kind() == reflect.Bool:
		return "bool"
	case t.Kind() == reflect.Int:
		return "int"
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.String:
		return "list"
	}
	return ""
}

// Register defines one flag per setting of *cfg on fs, each defaulting to
// the field's value overridden by its environment variable. A malformed
// environment value is returned (all of them, joined) rather than silently
// replaced by the default; the flags are registered either way.
func Register(fs *flag.FlagSet, getenv func(string) string, cfg any) error {
	var errs []error
	for _, f := range Fields(cfg) {
		env := f.Env
		s := getenv(env)
		if s == "" && f.LegacyEnv != "" {
			env, s = f.LegacyEnv, getenv(f.LegacyEnv)
		}
		if s != "" {
			if err := f.set(s); err != nil {
				errs = append(errs, fmt.Errorf("parsing %s=%q: %w", env, s, err))
			}
		}
		fs.Var(value{f}, f.Flag, fmt.Sprintf("%s (%s)", f.Help, f.Env))
	}
	return errors.Join(errs...)
}

// set parses s into the field.
func (f Field) set(s string) error {
	switch f.Kind {
	case "string":
		f.v.SetString(s)
	case "bool":
		b, err := strconv.ParseBool(s)
		if err != nil {
			return err
		}
		f.v.SetBool(b)
	case "int":
		n, err := strconv.Atoi(s)
		if err != nil {
			return err
		}
		f.v.SetInt(int64(n))
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
	}
	return nil
}

func (f Field) String() string {
	if !f.v.IsValid() {
		return ""
	}
	switch f.Kind {
	case "duration":
		return time.Duration(f.v.Int()).String()
	case "list":
		return strings.Join(f.v.Interface().([]string), ",")
	}
	return fmt.Sprint(f.v.Interface())
}

// value is a Field as a flag.Value.
type value struct{ f Field }

func (v value) String() string     { return v.f.String() }
func (v value) Set(s string) error { return v.f.set(s) }
func (v value) IsBoolFlag() bool   { return v.f.Kind == "bool" }

// ParseDuration is time.ParseDuration plus whole days ("90d"), the unit
// retention periods are thought in.
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
