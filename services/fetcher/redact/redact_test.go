package redact_test

import (
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsflow/newsflow/services/fetcher/redact"
)

func TestURL(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"https://example.com/feed.xml", "https://example.com/feed.xml"},
		{"https://user:hunter2@example.com/rss", "https://REDACTED@example.com/rss"},
		{"https://tok3n@example.com/rss", "https://REDACTED@example.com/rss"},
		{"https://example.com/rss?api_key=s3cr3t&lang=en", "https://example.com/rss?api_key=REDACTED&lang=REDACTED"},
		{"https://example.com/rss?s3cr3t", "https://example.com/rss?REDACTED"},
		{"https://example.com/rss?a=1;b=2", "https://example.com/rss?a=REDACTED&b=REDACTED"},
		{"https://example.com/rss#access_token=s3cr3t", "https://example.com/rss#REDACTED"},
		{"http://u:p@example.com:8080/a/b?x=1#f", "http://REDACTED@example.com:8080/a/b?x=REDACTED#REDACTED"},
		{"mailto:someone@example.com?subject=s3cr3t", "mailto:REDACTED"},
		{"https://exa mple.com/?k=s3cr3t", "https://REDACTED"},
		{"::not a url s3cr3t", "REDACTED"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := redact.URL(tt.in)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, got, redact.URL(got), "idempotent")
		})
	}
}

func TestText(t *testing.T) {
	secret := "https://alice:pw-s3cr3t@feeds.example.com/news.rss?api_key=k-s3cr3t"
	tests := []struct {
		name, in, want string
	}{
		{"quoted", fmt.Sprintf("fetching feed %q: boom", secret), `fetching feed "https://REDACTED@feeds.example.com/news.rss?api_key=REDACTED": boom`},
		{"bare", "GET " + secret + " giving up after 3 attempt(s)", "GET https://REDACTED@feeds.example.com/news.rss?api_key=REDACTED giving up after 3 attempt(s)"},
		{"two", "a http://x.test/?t=1 b <https://y.test/#t>", "a http://x.test/?t=REDACTED b <https://y.test/#REDACTED>"},
		{"none", "no url here: only text", "no url here: only text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, redact.Text(tt.in))
		})
	}
}

func TestErrorKeepsChain(t *testing.T) {
	inner := &url.Error{Op: "Get", URL: "https://u:***@h.test/x?token=t0k3n", Err: fs.ErrNotExist}
	err := redact.Error(fmt.Errorf("fetching feed: %w", inner))
	assert.NotContains(t, err.Error(), "t0k3n")
	assert.ErrorIs(t, err, fs.ErrNotExist)
	var ue *url.Error
	assert.ErrorAs(t, err, &ue)

	plain := errors.New("nothing to hide")
	assert.Same(t, plain, redact.Error(plain))
	assert.NoError(t, redact.Error(nil))
}

func FuzzText(f *testing.F) {
	for _, s := range []string{
		"https://u:p@h/?k=v#f", `Get "http://a:b@c/d?e=f": x`, "x://y", "mailto:a@b?c=d", "http://[::1]:80/?q=1",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := redact.Text(s)
		if redact.Text(out) != out {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, out, redact.Text(out))
		}
		// Whatever parses as a URL in the output has nothing left to hide.
		for field := range strings.FieldsSeq(out) {
			u, err := url.Parse(strings.Trim(field, `"'<>`))
			if err != nil || u.Host == "" || u.Scheme == "" {
				continue
			}
			if u.User != nil && u.User.String() != redact.Mask {
				t.Fatalf("userinfo left in %q (from %q)", out, s)
			}
		}
	})
}
