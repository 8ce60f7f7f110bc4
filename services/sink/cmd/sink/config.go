package main

import (
	"flag"

	"github.com/newsflow/newsflow/plumbing/service"
	"github.com/newsflow/newsflow/plumbing/settings"
	"github.com/newsflow/newsflow/services/sink/stage"
)

// register binds the common settings and the sink's (stage.Config, the
// type `newsflow up` loads too) to flags, the environment and -config;
// parse fs, then Load the returned Set (malformed values are a start-up
// error, never a silent default).
func register(fs *flag.FlagSet, getenv func(string) string, c *service.Common, cfg *stage.Config) *settings.Set {
	set := c.Register(fs, getenv, cfg)
	// -db predates the shared name -sink; deployments still pass it.
	set.Alias(fs, "db", "sink")
	return set
}
