package extract

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// scanReference is what scanPage replaced: the controls' walk, the thread
// search's walk for buttons and links and the offer search's walk for
// prices, each over the whole page as they were before they shared one.
func scanReference(root *html.Node) (controls, pageScan) {
	var c controls
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return n.Type == html.DocumentNode
		}
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Template, atom.Svg, atom.Head:
			return false
		case atom.Noscript:
			if (!c.noscript || len(c.walls) < maxWallMarks) && noscriptLine(n) {
				c.noscript = true
				if !noscriptLink(n) {
					c.mark(n, newsv1.NonArticleReason_NON_ARTICLE_REASON_NO_TEXT)
				}
			}
		case atom.Main, atom.Article:
			c.landmark = true
		case atom.H1:
			if len(c.h1s) < maxHeadlineMarks {
				c.h1s = append(c.h1s, n)
			}
		case atom.Input:
			switch strings.ToLower(attr(n, "type")) {
			case "password":
				if !insideAny(n, atom.Aside, atom.Nav, atom.Header, atom.Footer) {
					c.passwords++
					c.mark(n, newsv1.NonArticleReason_NON_ARTICLE_REASON_LOGIN_WALL)
				}
			case "submit", "button":
				c.label(n, attr(n, "value"))
			case "email":
				if len(c.emailInputs) < maxEmailInputs {
					c.emailInputs = append(c.emailInputs, n)
				}
			}
			return false
		case atom.Button:
			c.buttons++
			c.label(n, labelText(n))
			return false
		case atom.A:
			if appURL(attr(n, "href")) {
				c.appLinks++
				c.mark(n, newsv1.NonArticleReason_NON_ARTICLE_REASON_APP_INTERSTITIAL)
				return false
			}
			if strings.EqualFold(attr(n, "role"), "button") || hasButtonClass(n) {
				c.label(n, labelText(n))
				return false
			}
		}
		return true
	})
	var s pageScan
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return n.Type == html.DocumentNode
		}
		switch {
		case n.DataAtom == atom.Button:
			if len(s.buttons) < maxPostMarks {
				s.buttons = append(s.buttons, n)
			}
			return false
		case skipSet.has(n.DataAtom):
			return false
		case n.DataAtom == atom.A:
			s.links = append(s.links, n)
			return false
		}
		return true
	})
	walk(root, func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			if len(s.prices) < maxOfferPriceNodes && hasPrice(n.Data) {
				s.prices = append(s.prices, n)
			}
			return false
		case html.ElementNode:
			return !skipSet.has(n.DataAtom)
		}
		return n.Type == html.DocumentNode
	})
	return c, s
}

// checkScan compares scanPage over root with scanReference.
func checkScan(t *testing.T, root *html.Node) {
	t.Helper()
	p := &page{body: root}
	p.scanPage(root)
	wantC, wantS := scanReference(root)
	if !reflect.DeepEqual(p.controls, wantC) {
		t.Fatalf("controls %+v, reference %+v", p.controls, wantC)
	}
	// findWallSlot trusts the scan's landmark in place of hasLandmark's
	// walk: the scan may see fewer landmarks, never one the walk misses.
	if p.controls.landmark && !hasLandmark(root) {
		t.Fatal("the scan saw a landmark that hasLandmark does not")
	}
	for _, l := range []struct {
		name      string
		got, want []*html.Node
	}{
		{"buttons", p.scan.buttons, wantS.buttons},
		{"links", p.scan.links, wantS.links},
		{"prices", p.scan.prices, wantS.prices},
	} {
		if !slices.Equal(l.got, l.want) {
			t.Fatalf("%d %s, reference %d (or another order)", len(l.got), l.name, len(l.want))
		}
	}
}

// FuzzScanPage checks the one walk against the three it replaced, on every
// testdata page and on fuzzed pages, from the body and from the document.
func FuzzScanPage(f *testing.F) {
	addTestdataPages(f)
	f.Add(`<a href="/p" class="btn">Buy for 9,99 € a month</a><object><button>Accept all</button></object><p>From $5 a month</p>`)
	f.Add(`<noscript><input type="email"><input type="password"></noscript><a href="itms-apps://x"><button>Open</button></a>`)
	f.Fuzz(func(t *testing.T, src string) {
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			return
		}
		checkScan(t, findBody(doc))
		checkScan(t, doc)
	})
}

// TestScanPageReaders checks that each reader of the shared walk reads
// its own part of the page: a price inside a button-like link (read by the
// offer search, where neither the controls nor the thread search look),
// a button inside an <object> (a control, but inside an element the
// thread search skips) and a button inside a link.
func TestScanPageReaders(t *testing.T) {
	for _, tc := range []struct {
		name                           string
		body                           string
		ctlButtons, buttons, links, px int
	}{
		{"price in a button-like link", `<a href="/p" class="btn">Buy for 9,99 € a month</a>`, 0, 0, 1, 1},
		{"button in an object", `<object><button>Accept all</button></object>`, 1, 0, 0, 0},
		{"button in a link", `<a href="/x"><button>Reply</button></a>`, 1, 0, 1, 0},
		{"button in a script-free box", `<div><button>Reply</button><span>$5 a week</span><span>$9 a month</span></div>`, 1, 1, 0, 2},
	} {
		doc, err := html.Parse(strings.NewReader("<html><body>" + tc.body + "</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		p := &page{body: findBody(doc)}
		p.scanPage(p.body)
		got := []int{p.controls.buttons, len(p.scan.buttons), len(p.scan.links), len(p.scan.prices)}
		if want := []int{tc.ctlButtons, tc.buttons, tc.links, tc.px}; !slices.Equal(got, want) {
			t.Errorf("%s: control buttons, post buttons, links, prices = %v, want %v", tc.name, got, want)
		}
		checkScan(t, p.body)
	}
}
