package canon

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsflow/newsflow/plumbing/recordid"
)

// TestDelegates: the fetcher's ids are recordid's, the ones every later
// stage checks.
func TestDelegates(t *testing.T) {
	u, err := URL("https://Example.com:443/a?utm_source=x")
	require.NoError(t, err)
	assert.Equal(t, "https://example.com/a", u)
	assert.Equal(t, "0f115db062b7c0dd030b16878c99dea5", ID("https://example.com/"))
	id, err := recordid.Of("https://Example.com:443/a?utm_source=x")
	require.NoError(t, err)
	assert.Equal(t, ID(u), id)
	_, err = URL("ftp://example.com/a")
	require.ErrorIs(t, err, ErrScheme)
}

func TestTitle(t *testing.T) {
	assert.Equal(t, "france s isis k threat 2024", Title("  France’s ISIS-K threat — 2024! "))
	assert.Equal(t, Title(`"Hello, world"`), Title("hello   WORLD"))
	assert.Empty(t, Title(" – "))
}
