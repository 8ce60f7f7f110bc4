// Package settings gives each field of a service's configuration struct
// one name in three forms, so that the binary's flags, its environment and
// the YAML of `newsflow up` cannot drift apart: a field tagged
// `yaml:"host_interval"` is the flag -host-interval and the environment
// variable NEWSFLOW_HOST_INTERVAL. The struct's values before Register are
// the defaults; the environment overrides them; flags override both.
//
// Supported field types: string, bool, int, time.Duration (also whole days,
// "90d") and []string (comma separated in flags and environment, a list in
// YAML). A field tagged `env:"NAME"` also reads NAME, an older variable
// kept for deployments that set it; the patterned name wins.
package settings
