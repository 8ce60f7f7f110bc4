// Package cli implements newsflow's subcommands. Each command parses its own
// flags, does its work through the services' exported packages, and reports
// failures as an exit code with a message on stderr; nothing here calls
// os.Exit, so every command runs in tests as it does from a shell.
package cli
