package recordid

import (
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestURL(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"lower-case scheme and host", "HTTP://News.Example.COM/Path", "http://news.example.com/Path"},
		{"default http port", "http://example.com:80/a", "http://example.com/a"},
		{"default https port", "https://example.com:443/a", "https://example.com/a"},
		{"other port kept", "https://example.com:8443/a", "https://example.com:8443/a"},
		{"fragment dropped", "https://example.com/a#comments", "https://example.com/a"},
		{"empty path", "https://example.com", "https://example.com/"},
		{"tracking params dropped", "https://example.com/a?utm_source=x&UTM_Medium=y&id=3&fbclid=z&gclid=q&mc_cid=1&mc_eid=2", "https://example.com/a?id=3"},
		{"only tracking params", "https://example.com/a?utm_source=rss", "https://example.com/a"},
		{"query sorted", "https://example.com/a?b=2&a=1&a=0", "https://example.com/a?a=0&a=1&b=2"},
		{"dot segments", "https://example.com/a/./b/../c", "https://example.com/a/c"},
		{"dot segments above root", "https://example.com/../../a", "https://example.com/a"},
		{"trailing slash kept", "https://example.com/a/", "https://example.com/a/"},
		{"escape hex upper-cased", "https://example.com/caf%c3%a9", "https://example.com/caf%C3%A9"},
		{"unreserved unescaped", "https://example.com/%7Euser/%61", "https://example.com/~user/a"},
		{"encoded slash kept", "https://example.com/a%2fb", "https://example.com/a%2Fb"},
		{"raw unicode escaped", "https://example.com/café", "https://example.com/caf%C3%A9"},
		{"IDN host punycoded", "https://bücher.example/a", "https://xn--bcher-kva.example/a"},
		{"trailing dot host", "https://example.com./a", "https://example.com/a"},
		{"userinfo dropped", "https://user:pw@example.com/a", "https://example.com/a"},
		{"ipv6 host", "http://[::1]:80/a", "http://[::1]/a"},
		{"surrounding space", "  https://example.com/a \n", "https://example.com/a"},
		{"empty query value", "https://example.com/a?x&y=", "https://example.com/a?x&y"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := URL(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestURLErrors(t *testing.T) {
	tests := []struct {
		name, in string
		want     error
	}{
		{"relative", "/a/b", ErrNotAbsolute},
		{"no host", "http:///a", ErrNotAbsolute},
		{"ftp", "ftp://example.com/a", ErrScheme},
		{"javascript", "javascript:alert(1)", ErrNotAbsolute},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := URL(tt.in)
			require.ErrorIs(t, err, tt.want)
		})
	}
}

func TestID(t *testing.T) {
	a, err := URL("https://Example.com/a?utm_source=x#top")
	require.NoError(t, err)
	b, err := URL("https://example.com:443/a")
	require.NoError(t, err)
	assert.Equal(t, ID(a), ID(b))
	assert.Len(t, ID(a), 32)
	assert.NotEqual(t, ID(a), ID("https://example.com/b"))
	// The id is part of the public record format: it must never change.
	assert.Equal(t, "0f115db062b7c0dd030b16878c99dea5", ID("https://example.com/"))
}

func FuzzURL(f *testing.F) {
	for _, s := range []string{
		"https://example.com/a?b=1&utm_source=x#f", "HTTP://A.B:80/./c/../d?%7e=%41",
		"http://[::1]:8080/", "https://bücher.example/x y", "http://a.b/%zz?q=%",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		got, err := URL(in)
		if err != nil {
			return
		}
		u, err := url.Parse(got)
		if err != nil {
			t.Fatalf("canonical %q of %q does not parse: %v", got, in, err)
		}
		if u.Fragment != "" {
			t.Fatalf("canonical %q keeps a fragment", got)
		}
		again, err := URL(got)
		if err != nil {
			t.Fatalf("canonical %q of %q is rejected: %v", got, in, err)
		}
		if again != got {
			t.Fatalf("not idempotent: %q -> %q -> %q", in, got, again)
		}
	})
}

func BenchmarkURL(b *testing.B) {
	const in = "https://News.Example.com:443/world/2024/07/23/some-story.html?utm_source=rss&utm_medium=feed&id=42#comments"
	for b.Loop() {
		if _, err := URL(in); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "urls/s")
}

func TestCheck(t *testing.T) {
	id, err := Of("https://Example.com/a?utm_source=x#top")
	require.NoError(t, err)
	assert.Equal(t, ID("https://example.com/a"), id)
	require.NoError(t, Check(id, "https://example.com:443/a"))
	require.ErrorIs(t, Check(id, "https://example.com/b"), ErrMismatch)
	require.ErrorIs(t, Check(id, "ftp://example.com/a"), ErrScheme)
	require.ErrorIs(t, Check(id, ""), ErrNotAbsolute)
}
