package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// inertPieces are the pieces TestDropInertGenerated builds pages from:
// the constructs whose tokenizing dropInert must follow, in every order.
var inertPieces = []string{
	"<p>", "</p>", "text ", "<div class=\"a>b\">", "</div>", "<a href='x'>", "</a>", "<b>", "</b>",
	"<script>", "<script type=application/ld+json>", "<script src=/x.js>", "</script>", "</SCRIPT >", "<!--", "-->",
	"--!>", "<style>", "</style>", "<svg viewBox='0 0 1 1'>", "</svg>", "<svg/>", "<path d=1/>", "<g>", "</g>",
	"<title>", "</title>", "<textarea>", "</textarea>", "<noscript>", "</noscript>", "<table>", "<tr><td>",
	"<select>", "</select>", "<template>", "</template>", "<math>", "<![CDATA[x]]>", "<!doctype html>", "<?x?>",
	"</>", "</ x>", "<", ">", "'", "\"", "=", "/", " ", "<span>", "<foreignObject>", "<desc>", "<x a=\"", "<y a='",
	"<svg a=b/>", "<p a=1 a=2/>", "</p a=\">\">", "<iframe>", "</iframe>", "<xmp>", "</xmp>", "<br>", "</br>",
}

func TestDropInertGenerated(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	dropped := 0
	for range 20_000 {
		var b strings.Builder
		for range 1 + r.IntN(14) {
			b.WriteString(inertPieces[r.IntN(len(inertPieces))])
		}
		if checkInert(t, []byte(b.String())) {
			dropped++
		}
	}
	// The pages are built to mix what is dropped with what stops the
	// scan; a good part of them must still lose something.
	if dropped < 2000 {
		t.Errorf("only %d of 20,000 generated pages lost anything", dropped)
	}
	t.Logf("%d of 20,000 generated pages lost something", dropped)
}
