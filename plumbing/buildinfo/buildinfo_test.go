package buildinfo

import (
	"runtime/debug"
	"testing"
)

func TestResolve(t *testing.T) {
	info := func(main string, settings ...string) func() (*debug.BuildInfo, bool) {
		return func() (*debug.BuildInfo, bool) {
			bi := &debug.BuildInfo{Main: debug.Module{Path: "github.com/newsflow/newsflow/cmd/newsflow", Version: main}}
			for i := 0; i+1 < len(settings); i += 2 {
				bi.Settings = append(bi.Settings, debug.BuildSetting{Key: settings[i], Value: settings[i+1]})
			}
			return bi, true
		}
	}
	none := func() (*debug.BuildInfo, bool) { return nil, false }
	for _, tt := range []struct {
		name    string
		stamped string
		info    func() (*debug.BuildInfo, bool)
		want    string
	}{
		{"linker stamp wins", " v1.4.0\n", info("v1.3.0"), "v1.4.0"},
		{"module version", "", info("v1.3.0"), "v1.3.0"},
		{"vcs revision", "", info("(devel)", "vcs.revision", "0123456789abcdef0123", "vcs.time", "2026-12-06T21:00:00Z", "vcs.modified", "false"), "dev+0123456789ab.20261206210000"},
		{"modified tree", "", info("(devel)", "vcs.revision", "abc", "vcs.modified", "true"), "dev+abc.dirty"},
		{"nothing recorded", "", info("(devel)"), "dev"},
		{"no build info", "", none, "dev"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := resolve(tt.stamped, tt.info); got != tt.want {
				t.Errorf("resolve = %q, want %q", got, tt.want)
			}
		})
	}
}
