package feed

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseRepairsInvalidBytes(t *testing.T) {
	const rssHead = `<rss version="2.0"><channel><title>T</title><link>https://x.example/</link>`
	tests := []struct {
		name, contentType, doc string
		wantTitle              string
		wantRepairs            int
	}{
		{
			name:      "rss, bad byte, no declaration",
			doc:       rssHead + "<item><title>Caf\xe9 bomb</title><link>https://x.example/a</link></item></channel></rss>",
			wantTitle: "Caf\uFFFD bomb", wantRepairs: 1,
		},
		{
			name:      "atom, declared utf-8, truncated sequence and a control character",
			doc:       `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>Kabul` + "\xe2\x80 \x01" + `attack</title><link href="https://x.example/a"/><id>1</id></entry></feed>`,
			wantTitle: "Kabul\uFFFD\uFFFD \uFFFDattack", wantRepairs: 3,
		},
		{
			name:      "json feed, bad byte",
			doc:       `{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[{"id":"1","url":"https://x.example/a","title":"Mosul ` + "\xff" + `raid"}]}`,
			wantTitle: "Mosul \uFFFDraid", wantRepairs: 1,
		},
		{
			name:      "declared windows-1252 is converted, not repaired",
			doc:       `<?xml version="1.0" encoding="windows-1252"?>` + rssHead + "<item><title>\x93Quoted\x94</title><link>https://x.example/a</link></item></channel></rss>",
			wantTitle: "\u201cQuoted\u201d", wantRepairs: 0,
		},
		{
			name:        "charset from the Content-Type when the document names none",
			contentType: "application/rss+xml; charset=iso-8859-1",
			doc:         rssHead + "<item><title>Caf\xe9</title><link>https://x.example/a</link></item></channel></rss>",
			wantTitle:   "Caf\u00e9", wantRepairs: 0,
		},
		{
			name:      "valid utf-8 is untouched",
			doc:       rssHead + "<item><title>Caf\u00e9 \u062f\u0627\u0639\u0634</title><link>https://x.example/a</link></item></channel></rss>",
			wantTitle: "Caf\u00e9 \u062f\u0627\u0639\u0634", wantRepairs: 0,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := ParseDocument([]byte(tt.doc), "https://x.example/feed", tt.contentType)
			require.NoError(t, err)
			require.Len(t, f.Items, 1)
			assert.Equal(t, tt.wantTitle, f.Items[0].Title)
			assert.Equal(t, "https://x.example/a", f.Items[0].Link)
			assert.Equal(t, tt.wantRepairs, f.Repairs)
		})
	}
}

func TestParseWithoutRepairFails(t *testing.T) {
	// The reason for repairing: the XML parser refuses the whole document.
	doc := `<rss version="2.0"><channel><title>T</title><item><title>Caf` + "\xe9" + `</title><link>https://x.example/a</link></item></channel></rss>`
	_, err := parseFeed([]byte(doc), nil, "https://x.example/feed")
	require.Error(t, err)
	f, err := Parse([]byte(doc), "https://x.example/feed")
	require.NoError(t, err)
	assert.Equal(t, 1, f.Repairs)
}

func FuzzRepair(f *testing.F) {
	for _, s := range []string{"", "abc", "Caf\xe9", "\xe2\x80", "\x01\x02", "\uFFFE", "\xed\xa0\x80"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		out, n, err := repair(data)
		require.NoError(t, err)
		if !strings.ContainsRune(string(out), 0xFFFE) && n == 0 {
			assert.Equal(t, data, out)
		}
		again, n2, _ := repair(out)
		assert.Equal(t, out, again, "repair is idempotent")
		assert.Zero(t, n2)
		assert.True(t, isValid(out))
	})
}

func isValid(b []byte) bool {
	for _, r := range string(b) {
		if r == 0xFFFE || r == 0xFFFF || r < 0x20 && r != '\t' && r != '\n' && r != '\r' {
			return false
		}
	}
	return strings.ToValidUTF8(string(b), "") == string(b)
}

// benchFeed is a valid RSS document of about 200 items.
func benchFeed() []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench</title><link>https://x.example/</link>`)
	for i := range 200 {
		b.WriteString(`<item><title>Story ` + strings.Repeat("é", i%7) + ` number</title><link>https://x.example/a/`)
		b.WriteString(strings.Repeat("x", i%13))
		b.WriteString(`</link><description>` + strings.Repeat("Words of a summary, with some text in it. ", 8) + `</description></item>`)
	}
	b.WriteString(`</channel></rss>`)
	return []byte(b.String())
}

// BenchmarkDecode is what leniency costs on a valid feed (a UTF-8 scan);
// compare with BenchmarkParseDocument, the whole parse it precedes.
func BenchmarkDecode(b *testing.B) {
	data := benchFeed()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, n, err := decode(data, "application/rss+xml"); err != nil || n != 0 {
			b.Fatal(n, err)
		}
	}
}

func BenchmarkParseDocument(b *testing.B) {
	data := benchFeed()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ParseDocument(data, "https://x.example/feed", "application/rss+xml"); err != nil {
			b.Fatal(err)
		}
	}
}
