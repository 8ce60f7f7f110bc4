package settings

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"time"
)

// Check proves, for every setting of the struct newCfg returns (a pointer,
// at its defaults), that its flag, its environment variable (and legacy
// variable) and its YAML key, decoded with decodeYAML, set the same
// non-default value and nothing else. Services run it in a table test over
// their own configuration type.
func Check(newCfg func() any, decodeYAML func([]byte, any) error) error {
	var errs []error
	for _, f := range Fields(newCfg()) {
		flagVal, yamlVal := sample(f)
		forms := map[string]func(cfg any) error{
			"flag -" + f.Flag: func(cfg any) error {
				return parse(cfg, func(string) string { return "" }, "-"+f.Flag+"="+flagVal)
			},
			"env " + f.Env: func(cfg any) error {
				return parse(cfg, func(k string) string { return map[string]string{f.Env: flagVal}[k] })
			},
			"yaml " + f.Key: func(cfg any) error {
				return decodeYAML([]byte(f.Key+": "+yamlVal+"\n"), cfg)
			},
		}
		if f.LegacyEnv != "" {
			forms["env "+f.LegacyEnv] = func(cfg any) error {
				return parse(cfg, func(k string) string { return map[string]string{f.LegacyEnv: flagVal}[k] })
			}
		}
		def := newCfg()
		var want any
		var wantForm string
		for _, form := range []string{"flag -" + f.Flag, "env " + f.Env, "yaml " + f.Key, "env " + f.LegacyEnv} {
			set, ok := forms[form]
			if !ok {
				continue
			}
			cfg := newCfg()
			if err := set(cfg); err != nil {
				errs = append(errs, fmt.Errorf("%s=%s: %w", form, flagVal, err))
				continue
			}
			if reflect.DeepEqual(cfg, def) {
				errs = append(errs, fmt.Errorf("%s=%s: left the configuration at its defaults", form, flagVal))
				continue
			}
			if want == nil {
				want, wantForm = cfg, form
			} else if !reflect.DeepEqual(cfg, want) {
				errs = append(errs, fmt.Errorf("%s gives %+v, %s gives %+v", form, cfg, wantForm, want))
			}
		}
	}
	return errors.Join(errs...)
}

func parse(cfg any, getenv func(string) string, args ...string) error {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	if err := Register(fs, getenv, cfg); err != nil {
		return err
	}
	return fs.Parse(args)
}

// sample is a value unlike f's default, as a flag or environment value
// and as YAML.
func sample(f Field) (flagVal, yamlVal string) {
	switch f.Kind {
	case "bool":
		s := strconv.FormatBool(!f.v.Bool())
		return s, s
	case "int":
		s := strconv.FormatInt(f.v.Int()+7, 10)
		return s, s
	case "duration":
		s := (time.Duration(f.v.Int()) + 7*time.Second).String()
		return s, strconv.Quote(s)
	case "list":
		return "sample-a,sample-b", "[sample-a, sample-b]"
	}
	s := "sample-" + f.Key
	return s, strconv.Quote(s)
}
