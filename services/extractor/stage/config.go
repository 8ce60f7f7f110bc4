package stage

import (
	"fmt"

	"github.com/newsflow/newsflow/services/extractor/extract"
)

// Config is every extractor setting an operator can change. Each field is
// one setting in three forms (package settings): the binary's flag
// -foo-bar, the environment variable NEWSFLOW_FOO_BAR and the key foo_bar
// of `newsflow up`'s YAML.
type Config struct {
	// SiteMemory drops from a page the blocks of text the extractor saw
	// on other stories of the same site (extract.SiteMemory); the memory
	// lives in the process, so each replica learns on its own. Off by
	// default: on L3S-GN1's held-out sites it raised precision by 0.0003
	// and cost 0.0011 of recall (lines the assessors kept, such as wire
	// credits, repeat across a site's stories too).
	SiteMemory bool `yaml:"site_memory" help:"drop from a page the blocks of text seen on other stories of the same site (menus, prompts, teasers inside the article); a site's first pages are read alone; off: each page alone"`
	// SiteMemoryHosts and SiteMemoryBlocks bound the memory: about 55
	// bytes a block, 56 MB at the defaults; 0 or less is the default.
	SiteMemoryHosts  int `yaml:"site_memory_hosts" help:"most sites the site memory holds (the least recently seen goes first); 0 or less: the default"`
	SiteMemoryBlocks int `yaml:"site_memory_blocks" help:"most blocks the site memory holds per site; 0 or less: the default"`
}

// DefaultConfig is the extractor's configuration when nothing is set.
func DefaultConfig() Config {
	return Config{SiteMemory: false, SiteMemoryHosts: extract.DefaultMemoryHosts, SiteMemoryBlocks: extract.DefaultMemoryBlocks}
}

// Options are the stage options of c.
func (c Config) Options() ([]Option, error) {
	if !c.SiteMemory {
		return nil, nil
	}
	e, err := extract.New(extract.WithSiteMemory(extract.NewSiteMemory(c.SiteMemoryHosts, c.SiteMemoryBlocks)))
	if err != nil {
		return nil, fmt.Errorf("building the extractor: %w", err)
	}
	return []Option{WithExtractor(e)}, nil
}
