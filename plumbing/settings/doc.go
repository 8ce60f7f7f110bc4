// Package settings gives each field of a service's configuration struct
// one name in three forms, so that the binary's flags, its environment and
// its YAML (a binary's -config file, a service's section of `newsflow up`'s
// newsflow.yaml) cannot drift apart: a field tagged `yaml:"host_interval"`
// is the flag -host-interval, the environment variable
// NEWSFLOW_HOST_INTERVAL and the YAML key host_interval. A struct field
// tagged `yaml:"nats"` is a section: its field `yaml:"url"` is the flag
// -nats-url, NEWSFLOW_NATS_URL and nats: {url: …}.
//
// Precedence, highest first: flag, environment, YAML file, default (the
// struct's value before Load). All three forms go through one parser, so a
// value means the same wherever it is written.
//
// Supported field types: string, bool, int (and int32, int64),
// time.Duration (also whole days, "90d"), []string (comma separated in
// flags and environment, a list or a comma-separated value in YAML) and
// types that parse themselves (encoding.TextUnmarshaler, e.g. slog.Level;
// they need an `example:"…"` tag). A field tagged `env:"NAME"` also reads
// NAME (NATS_URL, or an older variable kept for deployments that set it);
// the patterned name wins. A field tagged `secret:"true"` has no flag and
// its value appears in no error or usage text. Unknown YAML keys are
// errors.
package settings
