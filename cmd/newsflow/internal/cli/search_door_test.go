package cli

import (
	"bytes"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsflow/newsflow/plumbing/door"
	"github.com/newsflow/newsflow/services/sink/api"
	"github.com/newsflow/newsflow/services/sink/store"
)

// TestSearchSendsAPIKey: `newsflow search --api` against a sink API with
// keys fails clearly without NEWSFLOW_API_KEY and works with it.
func TestSearchSendsAPIKey(t *testing.T) {
	const key = "5f0c2a4e9b7d41c3a8e6f1d2b3c4a5e6"
	db, err := store.Open(t.Context(), "sqlite://"+filepath.Join(t.TempDir(), "n.db"), nil)
	require.NoError(t, err)
	t.Cleanup(func() { _ = db.Close() })
	keys, err := door.ParseKeys([]byte(key))
	require.NoError(t, err)
	srv := httptest.NewServer(door.Front(api.New(db, nil), keys, nil))
	t.Cleanup(srv.Close)

	run := func(env map[string]string) (int, string) {
		var out, errb bytes.Buffer
		code := Main(t.Context(), []string{"search", "--api", srv.URL}, Stdio{In: strings.NewReader(""), Out: &out, Err: &errb}, func(k string) string { return env[k] })
		return code, out.String() + errb.String()
	}
	code, out := run(nil)
	assert.Equal(t, 1, code)
	assert.Contains(t, out, "401")
	code, out = run(map[string]string{"NEWSFLOW_API_KEY": key})
	assert.Equal(t, 0, code, out)
	assert.NotContains(t, out, key)
}
