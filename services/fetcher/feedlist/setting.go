package feedlist

// Setting is the fetcher binary's feed list setting (package settings:
// -feeds-file, NEWSFLOW_FEEDS_FILE, key feeds_file); `newsflow up` lists
// its feeds in newsflow.yaml instead.
type Setting struct {
	File string `yaml:"feeds_file" help:"YAML feed list, re-read when it changes (also -feeds)"`
}
