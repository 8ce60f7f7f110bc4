package settings

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"reflect"
)

// ConfigEnv names the configuration file when -config is not given.
const ConfigEnv = EnvPrefix + "CONFIG"

// A Set binds the settings of a program's configuration structs to its
// flags, its environment and a YAML file (-config FILE or
// NEWSFLOW_CONFIG), with flags over the environment over the file over
// the defaults (the values the structs hold when Load runs).
type Set struct {
	*Flags
	getenv func(string) string
	config string
}

// Flags are the flags of some settings, applied by Apply after whatever
// sets them from elsewhere (`newsflow up` loads its file and environment
// itself).
type Flags struct {
	fields []Field
	byFlag map[string]Field
	given  []given
}

// given is a flag from the command line, applied last, in order.
type given struct {
	f Field
	s string
}

// New defines on fs the flag of every setting of cfgs (pointers to
// structs; secrets get none) and -config. Parse fs, then call Load.
func New(fs *flag.FlagSet, getenv func(string) string, cfgs ...any) *Set {
	s := &Set{getenv: getenv}
	fs.StringVar(&s.config, "config", "", "YAML file of these settings, keys as the flags with _ for - ("+ConfigEnv+"); flags and the environment override it")
	s.Flags = NewFlags(fs, cfgs...)
	return s
}

// NewFlags defines on fs the flag of every setting of cfgs (secrets get
// none). Parse fs, set the settings from elsewhere, then Apply.
func NewFlags(fs *flag.FlagSet, cfgs ...any) *Flags {
	s := &Flags{fields: Fields(cfgs...), byFlag: map[string]Field{}}
	for _, f := range s.fields {
		s.byFlag[f.Flag] = f
		if f.Secret {
			continue
		}
		fs.Var(&flagValue{s: s, f: f, def: f.String()}, f.Flag, usage(f))
	}
	return s
}

// Apply sets the settings whose flags were given, in command-line order.
func (s *Flags) Apply() error {
	var errs []error
	for _, g := range s.given {
		if err := g.f.set(g.s); err != nil {
			errs = append(errs, fmt.Errorf("parsing -%s: %w", g.f.Flag, err))
		}
	}
	return errors.Join(errs...)
}

// Alias defines the flag name as another name of the setting whose flag
// is target (an older name deployments still pass).
func (s *Flags) Alias(fs *flag.FlagSet, name, target string) {
	f, ok := s.byFlag[target]
	if !ok {
		panic("settings: alias of an unknown setting " + target)
	}
	fs.Var(&flagValue{s: s, f: f, def: f.String()}, name, fmt.Sprintf("same as -%s", target))
}

func usage(f Field) string {
	env := f.Env
	if f.LegacyEnv != "" {
		env += " or " + f.LegacyEnv
	}
	return fmt.Sprintf("%s (%s)", f.Help, env)
}

// Load sets the settings from the configuration file, then the
// environment, then the flags given, and returns every malformed value
// and unknown key, joined.
func (s *Set) Load() error {
	var errs []error
	path := s.config
	if path == "" {
		path = s.getenv(ConfigEnv)
	}
	if path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			errs = append(errs, fmt.Errorf("reading config: %w", err))
		} else if err := decodeFields(b, s.fields); err != nil {
			errs = append(errs, fmt.Errorf("parsing %s: %w", path, err))
		}
	}
	for _, f := range s.fields {
		if err := f.applyEnv(s.getenv); err != nil {
			errs = append(errs, err)
		}
	}
	if err := s.Apply(); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// ConfigFile is the configuration file Load reads, "" for none.
func (s *Set) ConfigFile() string {
	if s.config != "" {
		return s.config
	}
	return s.getenv(ConfigEnv)
}

// flagValue records a flag for Load, after checking that it parses.
type flagValue struct {
	s   *Flags
	f   Field
	def string
}

func (v *flagValue) String() string {
	if v == nil {
		return ""
	}
	return v.def
}

func (v *flagValue) Set(str string) error {
	scratch := v.f
	scratch.v = reflect.New(v.f.v.Type()).Elem()
	if err := scratch.set(str); err != nil {
		return err
	}
	v.s.given = append(v.s.given, given{f: v.f, s: str})
	return nil
}

func (v *flagValue) IsBoolFlag() bool { return v != nil && v.f.Kind == "bool" }
