package cli

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsflow/newsflow/plumbing/service"
	"github.com/newsflow/newsflow/plumbing/settings"
	classifystage "github.com/newsflow/newsflow/services/classifier/stage"
	extractstage "github.com/newsflow/newsflow/services/extractor/stage"
	"github.com/newsflow/newsflow/services/fetcher/feedlist"
	fetchstage "github.com/newsflow/newsflow/services/fetcher/stage"
	sinkstage "github.com/newsflow/newsflow/services/sink/stage"
)

var updateREADME = flag.Bool("update", false, "rewrite the README's generated settings tables")

// settingsDoc is the README's settings reference, from the definitions.
func settingsDoc() string {
	common := service.DefaultCommon()
	fetcher, feeds := fetchstage.DefaultConfig(), feedlist.Setting{}
	extractor := extractstage.DefaultConfig()
	classifier, sink := classifystage.DefaultConfig(), sinkstage.DefaultConfig()
	up := defaultUpConfig()
	var b strings.Builder
	b.WriteString("<!-- settings:begin (generated from the Go definitions by TestREADMESettings; do not edit) -->\n")
	b.WriteString("\n**Every binary** (`plumbing/service.Common`; the delivery settings matter to the consuming stages):\n\n")
	b.WriteString(settings.Table(&common))
	b.WriteString("\n`-version` prints the build version and exits. `OTEL_EXPORTER_OTLP_ENDPOINT` (and the other\n`OTEL_*` variables) configure OTLP/HTTP export of traces and metrics.\n")
	b.WriteString("\n**fetcher** (`services/fetcher/stage.Config`, `feedlist.Setting`):\n\n")
	b.WriteString(settings.Table(&fetcher, &feeds))
	b.WriteString("\n**extractor** (`services/extractor/stage.Config`):\n\n")
	b.WriteString(settings.Table(&extractor))
	b.WriteString("\n**classifier** (`services/classifier/stage.Config`):\n\n")
	b.WriteString(settings.Table(&classifier))
	b.WriteString("\n**sink** (`services/sink/stage.Config`; `-db` is another name of `-sink`):\n\n")
	b.WriteString(settings.Table(&sink))
	b.WriteString("\n**`newsflow up`** reads `newsflow.yaml` (`--config`): a section per stage, `fetcher`, `extractor`, `classifier` and `sink`, holding exactly the\n" +
		"keys of that stage's binary above (with the delivery settings for the three consuming\n" +
		"stages), the feeds, and at the top these (an empty `nats.url` runs an embedded server; an\n" +
		"empty `sink.sink` is a SQLite file in `data`; `up` takes their flags too, and `--sink DSN`):\n\n")
	b.WriteString(settings.Table(&up.upTop))
	b.WriteString("\nThe environment variables of every key apply to `up` as to the binaries. The layout before\n" +
		"sections, a stage's key at the top (`sink: DSN`, `user_agent`, `json_mirror`, …), is still\n" +
		"read; it applies to every stage that has the setting, below the section's own key.\n")
	b.WriteString("<!-- settings:end -->\n")
	return b.String()
}

// TestREADMESettings keeps the README's settings tables as the
// definitions make them.
func TestREADMESettings(t *testing.T) {
	path := filepath.Join("..", "..", "..", "..", "README.md")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	start := strings.Index(readme, "<!-- settings:begin")
	end := strings.Index(readme, "<!-- settings:end -->\n")
	if start < 0 || end < start {
		t.Fatal("README.md has no <!-- settings:begin --> … <!-- settings:end --> block")
	}
	end += len("<!-- settings:end -->\n")
	want := settingsDoc()
	if readme[start:end] == want {
		return
	}
	if *updateREADME {
		if err := os.WriteFile(path, []byte(readme[:start]+want+readme[end:]), 0o644); err != nil { //nolint:gosec // a README
			t.Fatal(err)
		}
		return
	}
	t.Error("README.md's settings tables are stale: run go test ./cmd/newsflow/internal/cli -run TestREADMESettings -update")
}
