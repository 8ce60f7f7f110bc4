package cli

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
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

// deployEnv matches an environment variable a manifest sets: an env
// entry's name, or a ConfigMap key (read with envFrom).
var deployEnv = regexp.MustCompile(`(?m)(?:name:\s*|^\s+)((?:NEWSFLOW|NATS)_[A-Z0-9_]+)\b:?`)

// TestDeployEnvNamesAreSettings: every NEWSFLOW_* and NATS_* variable the
// Helm chart and the kustomize manifests give a service is one its
// settings read, so a renamed setting cannot leave a deployment setting
// a variable nothing reads. (deploy/k8s/nats configures the NATS server,
// whose nkey placeholders are not service settings.)
func TestDeployEnvNamesAreSettings(t *testing.T) {
	common := service.DefaultCommon()
	known := map[string]bool{settings.ConfigEnv: true}
	for _, f := range settings.Fields(&common, &fetchstage.Config{}, &feedlist.Setting{}, &extractstage.Config{}, &classifystage.Config{}, &sinkstage.Config{}) {
		known[f.Env] = true
		if f.LegacyEnv != "" {
			known[f.LegacyEnv] = true
		}
	}
	root := filepath.Join("..", "..", "..", "..", "deploy")
	seen := 0
	for _, dir := range []string{"helm", "k8s"} {
		err := filepath.WalkDir(filepath.Join(root, dir), func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && d.Name() == "nats" && filepath.Base(filepath.Dir(path)) == "k8s" {
				return filepath.SkipDir
			}
			if d.IsDir() || (!strings.HasSuffix(path, ".yaml") && !strings.HasSuffix(path, ".tpl")) {
				return nil
			}
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			for _, m := range deployEnv.FindAllStringSubmatch(string(b), -1) {
				seen++
				if !known[m[1]] {
					t.Errorf("%s sets %s, which no service setting reads", path, m[1])
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if seen < 20 {
		t.Fatalf("found only %d variables in the manifests: has deploy/ moved?", seen)
	}
}
