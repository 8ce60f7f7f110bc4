package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// parasOf returns the paragraphs of a body fragment.
func parasOf(t *testing.T, frag string) []para {
	t.Helper()
	doc, err := html.Parse(strings.NewReader("<body>" + frag + "</body>"))
	if err != nil {
		t.Fatal(err)
	}
	return paragraphs([]*html.Node{findBody(doc)})
}

// TestSrcEnds checks firstOfSrc and lastOfSrc, also for text runs of one
// block around a child block.
func TestSrcEnds(t *testing.T) {
	tests := []struct {
		name, html string
		// want is "F", "L", "FL" or "" per paragraph.
		want []string
	}{
		{"blocks of their own", "<p>one</p><p>two</p>", []string{"FL", "FL"}},
		{"bare lines", "<div>one<br><br>two<br><br>three</div>", []string{"F", "", "L"}},
		{"runs around a block", "<div>one<p>two</p>three</div>", []string{"F", "FL", "L"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := parasOf(t, tt.html)
			var got []string
			for _, pa := range ps {
				s := ""
				if pa.firstOfSrc {
					s += "F"
				}
				if pa.lastOfSrc {
					s += "L"
				}
				got = append(got, s)
			}
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestCardCallEndsItsBlock checks that a card's closing call is the last
// line of its block: in a block of bare lines, a line shaped like one with
// the story going on after it stays, and the scan of the block's
// surroundings runs once per block, not once per line.
func TestCardCallEndsItsBlock(t *testing.T) {
	const steps = "<ol><li>Mix the flour and the water.</li><li>Bake for an hour.</li></ol>"
	call := "Did you make it? Tag us now!"
	tests := []struct {
		name, html string
		want       Kind
	}{
		{"the box's last line", steps + "<div>We baked it twice.<br><br>" + call + "</div>", KindPromo},
		{"a line of its own", steps + "<div>" + call + "</div>", KindPromo},
		{"the story goes on in the block", steps + "<div>" + call + "<br><br>We baked it twice and it rose well both times, the neighbours said.</div>", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, pa := range parasOf(t, tt.html) {
				if pa.text != call {
					continue
				}
				if got := cardLine(pa, words(pa.text)); got != tt.want {
					t.Errorf("cardLine(%q) = %q, want %q", pa.text, got, tt.want)
				}
				return
			}
			t.Fatalf("no paragraph %q", call)
		})
	}
}
