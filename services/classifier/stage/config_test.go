package stage_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsflow/newsflow/plumbing/settings"
	"github.com/newsflow/newsflow/services/classifier/stage"
)

// Every classifier setting has a flag, an environment variable and a YAML
// key of one name, and all of them set the same value.
func TestConfigFormsAgree(t *testing.T) {
	for _, f := range settings.Fields(&stage.Config{}) {
		assert.NotEmpty(t, f.Help, "setting %s has no help", f.Key)
	}
	require.NoError(t, settings.Check(func() any { c := stage.DefaultConfig(); return &c }, nil))
}
