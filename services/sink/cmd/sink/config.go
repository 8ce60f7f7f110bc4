package main

import (
	"flag"

	"github.com/newsflow/newsflow/plumbing/settings"
	"github.com/newsflow/newsflow/services/sink/stage"
)

// register binds the sink's settings (stage.Config, the type `newsflow up`
// loads too) to flags defaulting from the environment, and returns the
// malformed environment values (a start-up error, never a silent default).
func register(fs *flag.FlagSet, getenv func(string) string, c *stage.Config) error {
	err := settings.Register(fs, getenv, c)
	// -db predates the shared name -sink; deployments still pass it.
	fs.Func("db", "database: sqlite://PATH or postgres://… (same as -sink)", func(s string) error {
		c.DSN = s
		return nil
	})
	return err
}
