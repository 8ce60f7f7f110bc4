package buildinfo

import (
	"runtime/debug"
	"strings"
	"sync"
)

// version is set by the linker (-X); empty in a plain go build.
var version string

var read = sync.OnceValue(func() string { return resolve(version, debug.ReadBuildInfo) })

// Version is this binary's version: see the package documentation.
func Version() string { return read() }

// resolve picks the version from the link-time stamp, then the build info.
func resolve(stamped string, info func() (*debug.BuildInfo, bool)) string {
	if s := strings.TrimSpace(stamped); s != "" {
		return s
	}
	bi, ok := info()
	if !ok {
		return "dev"
	}
	var rev, at string
	modified := false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		// go install module@version, or a build in module mode from a
		// tagged checkout (Go 1.24+ stamps the tag, +dirty when modified).
		return v
	}
	if rev == "" {
		return "dev"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	v := "dev+" + rev
	if at != "" {
		v += "." + strings.NewReplacer("-", "", ":", "", "T", "", "Z", "").Replace(at)
	}
	if modified {
		v += ".dirty"
	}
	return v
}
