package settings

import (
	"fmt"
	"strings"
)

// Table is a Markdown table of the settings of cfgs (pointers to structs
// at their defaults): YAML key, flag, environment variables, default and
// meaning. The README's lists are made by it, and a test keeps them
// fresh.
func Table(cfgs ...any) string {
	var b strings.Builder
	b.WriteString("| key | flag | environment | default | meaning |\n| --- | --- | --- | --- | --- |\n")
	for _, f := range Fields(cfgs...) {
		flagName := "`-" + f.Flag + "`"
		if f.Secret {
			flagName = "(none: secret)"
		}
		env := "`" + f.Env + "`"
		if f.LegacyEnv != "" {
			env += ", `" + f.LegacyEnv + "`"
		}
		def := f.String()
		if def != "" {
			def = "`" + def + "`"
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %s |\n", f.Key, flagName, env, def, strings.ReplaceAll(f.Help, "|", `\|`))
	}
	return b.String()
}
