package extract

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// checkCommas compares commasOf with the count in textOf it replaced on
// every node of page's tree, and returns how many commas the root holds.
func checkCommas(t *testing.T, page []byte) int {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return 0
	}
	walk(doc, func(n *html.Node) bool {
		if got, want := commasOf(n), strings.Count(textOf(n), ","); got != want {
			t.Fatalf("commasOf(<%s>) = %d, textOf holds %d", n.Data, got, want)
		}
		return true
	})
	return commasOf(doc)
}

func TestCommasOf(t *testing.T) {
	for _, tc := range []struct {
		page string
		want int
	}{
		{`<p>One, two,three</p>`, 2},
		{`<p>a,<script>x,y</script><style>,</style>b,<b>c,</b></p>`, 3},
		{`<p>,` + "\u200b" + `,&#x2C;` + "\u00a0" + `,</p>`, 4},
		{`<p>no commas</p>`, 0},
	} {
		if got := checkCommas(t, []byte(tc.page)); got != tc.want {
			t.Errorf("commasOf(%q) = %d, want %d", tc.page, got, tc.want)
		}
	}
	n := 0
	_ = filepath.WalkDir("testdata", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") || strings.Contains(path, "patholog") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		checkCommas(t, b)
		n++
		return nil
	})
	if n < 100 {
		t.Errorf("read %d fixture pages, want the testdata's hundreds", n)
	}
}

func FuzzCommasOf(f *testing.F) {
	for _, s := range []string{
		`<p>One, two,three</p>`, `<p>a,<script>x,y</script>b,<button>c,</button></p>`,
		"<h2><button>Open, close</button></h2>", "<p>\xe2,\xcc\x81,\u037e,</p>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, page []byte) {
		checkCommas(t, page)
	})
}
