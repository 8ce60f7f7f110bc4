package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestCodeBlocks checks the seventh blind batch's tech posts: a code block
// keeps its line breaks and indentation in its paragraph (1.11.0 ran its
// lines together), a gutter of line numbers beside the code goes (1.11.0
// kept "1 2 3 4 5 6"), and a code block inside a box named for its
// toolbar stays (1.11.0 cut it with the toolbar); the copy button goes.
func TestCodeBlocks(t *testing.T) {
	const story = `<p>Cronjobs haben mich jahrelang begleitet, aber seit ich systemd-Timer kenne, nutze ich sie kaum noch. Der größte Vorteil: Verpasste Läufe werden nachgeholt.</p>
<p>Zuerst braucht es eine Unit, die beschreibt, was ausgeführt wird, und einen Timer, der festlegt, wann sie läuft:</p>
%s
<p>Danach den Timer mit systemctl aktivieren und mit list-timers prüfen, ob er eingetragen ist. Das war es schon, mehr braucht es nicht.</p>`
	const code = "[Unit]\nDescription=Backup\n\n[Service]\nExecStart=/usr/local/bin/backup.sh\n    --verbose"
	const lines = "[Unit]\nDescription=Backup\n[Service]\nExecStart=/usr/local/bin/backup.sh\n    --verbose"
	page := func(block string) string {
		return `<!DOCTYPE html><html lang="de"><head><title>Backups mit systemd-Timern | kernelpanik</title></head><body>
<nav><a href="/">kernelpanik</a> <a href="/posts/">Artikel</a> <a href="/about/">Über</a></nav>
<main><article><h1>Backups mit systemd-Timern</h1><div class="post-content">` + strings.Replace(story, "%s", block, 1) + `</div></article></main>
<footer><a href="/impressum/">Impressum</a></footer></body></html>`
	}
	for _, tc := range []struct {
		name, block string
		wantNot     []string
	}{
		{"a plain block keeps its lines", "<pre><code>" + code + "</code></pre>", nil},
		{"a gutter in a table cell goes", `<table class="lntable"><tr><td class="lntd"><pre><code>1
2
3
4
5
6</code></pre></td><td class="lntd"><pre><code>` + code + `</code></pre></td></tr></table>`, []string{"1 2 3"}},
		{"a plain <pre> of short lines keeps them", "<pre>" + code + "</pre>", nil},
		{"a block in a toolbar box stays, its button goes", `<div class="code-toolbar"><pre class="language-ini"><code>` + code + `<span aria-hidden="true" class="line-numbers-rows"><span></span><span></span></span></code></pre><div class="toolbar"><button class="copy-to-clipboard-button">Copy</button></div></div>`, []string{"Copy"}},
	} {
		a, err := HTML([]byte(page(tc.block)), Input{URL: "https://kernelpanik.test/posts/timer"})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		ps := a.GetParagraphs()
		text := strings.Join(ps, "\n\n")
		if !strings.Contains(text, "list-timers") || !strings.Contains(text, "Cronjobs") {
			t.Errorf("%s: the story itself was cut:\n%s", tc.name, text)
		}
		if !slices.Contains(ps, lines) {
			t.Errorf("%s: no paragraph is the code block with its lines %q:\n%s", tc.name, lines, text)
		}
		for _, s := range tc.wantNot {
			if strings.Contains(text, s) {
				t.Errorf("%s: %q in the text:\n%s", tc.name, s, text)
			}
		}
	}
}

func TestLineNumbers(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"1\n2\n3", true},
		{" 1 2 ", true},
		{"1", false},
		{"1 2 4", false},
		{"2 3 4", false},
		{"1 2 3 Kopieren", false},
		{"", false},
	} {
		if got := lineNumbers(tc.in); got != tc.want {
			t.Errorf("lineNumbers(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestProseInPre checks that prose set in a <pre> without a <code> (a
// plain-text release wrapped at 72 columns) is one paragraph as before,
// not hard-wrapped lines.
func TestProseInPre(t *testing.T) {
	const prose = `    -- The W00 Series features support for Full HD 1080p resolution
        and incorporates the maker's slim and narrow design. The unit
        has a two millisecond response time, high resolutions and a
        high contrast ratio. It is available in 26- and 30-inch models
        from the end of the month.`
	h := `<!DOCTYPE html><html lang="en"><head><title>New monitors announced</title></head><body><main><article><h1>New monitors announced</h1>
<p>The company announced two new series of monitors for the home office and for professional use on Monday, with prices to follow.</p>
<pre>` + prose + `</pre><p>Both series go on sale in the spring through the company's usual retail partners and its own online shop.</p></article></main></body></html>`
	a, err := HTML([]byte(h), Input{URL: "https://example.test/monitors"})
	if err != nil {
		t.Fatal(err)
	}
	want := normalize(prose)
	if !slices.Contains(a.GetParagraphs(), want) {
		t.Errorf("no paragraph is the prose on one line %q:\n%s", want, strings.Join(a.GetParagraphs(), "\n\n"))
	}
}
