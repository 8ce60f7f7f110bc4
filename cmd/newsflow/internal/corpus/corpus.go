package corpus

import (
	_ "embed"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"sync"
	"time"
)

//go:embed sentences.txt
var sentencesFile string

var sentences = sync.OnceValue(func() []string {
	var out []string
	for s := range strings.SplitSeq(sentencesFile, "\n") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
})

// Layouts names the page layouts, in the order Page cycles through them.
var Layouts = []string{"semantic", "divsoup", "brtext", "wire"}

const (
	minSize = 2 << 10
	maxSize = 200 << 10
)

// Page is one generated article page.
type Page struct {
	URL    string
	Title  string
	Layout string
	// Paragraphs is the article text the page carries, in order.
	Paragraphs []string
	HTML       []byte
}

// Generate returns page i of the corpus seeded with seed, published under
// origin (e.g. "https://bench.example/").
func Generate(seed uint64, i int, origin string) Page {
	r := rand.New(rand.NewPCG(seed, uint64(i)))
	s := sentences()
	layout := Layouts[i%len(Layouts)]
	target := int(math.Exp(math.Log(minSize) + r.Float64()*(math.Log(maxSize)-math.Log(minSize))))

	// Headlines are unique, as real ones are: the fetcher rightly treats two
	// items of one feed with the same headline as one story.
	title := fmt.Sprintf("%s, report %d", headline(r, s), i)
	paras := make([]string, 3+r.IntN(min(3+target/2500, 30)))
	for j := range paras {
		n := 1 + r.IntN(4)
		parts := make([]string, n)
		for k := range parts {
			parts[k] = s[r.IntN(len(s))]
		}
		paras[j] = strings.Join(parts, " ")
	}
	p := Page{
		URL:        fmt.Sprintf("%snews/%d/%06d-%s.html", origin, 2024, i, slug(title)),
		Title:      title,
		Layout:     layout,
		Paragraphs: paras,
	}
	published := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(r.IntN(365*24*60)) * time.Minute)
	var b strings.Builder
	b.Grow(target + 8<<10)
	writeHead(&b, r, p, published)
	writeChrome(&b, r, s, "header")
	switch layout {
	case "semantic":
		b.WriteString(`<main><article class="story"><header><p class="kicker">World</p><h1 class="headline">` + esc(title) + `</h1><p class="byline">By Staff Reporter</p><time datetime="` + published.Format(time.RFC3339) + `">` + published.Format("January 2, 2006") + `</time></header><div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div><figure><img src="/img/lead.jpg" alt=""><figcaption>FILE PHOTO: ` + esc(s[r.IntN(len(s))]) + ` REUTERS/Photographer</figcaption></figure><div class="article-body">`)
		for j, para := range paras {
			b.WriteString("<p>" + esc(para) + "</p>\n")
			if j == 1 {
				b.WriteString(`<div class="ad-slot"><span>Advertisement</span></div>`)
			}
			if j == 2 {
				b.WriteString(`<p class="promo"><strong>Read more:</strong> <a href="/x">` + esc(headline(r, s)) + `</a></p>`)
			}
		}
		b.WriteString(`</div><footer class="tags">Tags: <a href="/t/1">Security</a> <a href="/t/2">World</a></footer></article>`)
		writeRelated(&b, r, s, "Latest stories")
		b.WriteString(`</main>`)
	case "divsoup":
		b.WriteString(`<div id="page"><div class="headline-wrap"><div class="h1">` + esc(title) + `</div></div><div class="timestamp">Tuesday, ` + published.Format("02 Jan 2006 3:04 PM") + `</div><div id="story-body"><div class="story-body__inner">`)
		for _, para := range paras {
			b.WriteString("<p>" + esc(para) + "</p>\n")
		}
		b.WriteString(`<div class="whatsapp-cta">Follow us on our official WhatsApp channel for breaking news alerts and key updates!</div></div></div>`)
		writeRelated(&b, r, s, "Next In World")
		b.WriteString(`<div class="others-also-read"><h3>Others Also Read</h3></div></div>`)
	case "brtext":
		b.WriteString(`<div class="article"><h1 class="article__heading">` + esc(title) + `</h1><div class="article__date">Published time: ` + published.Format("2 Jan, 2006 15:04") + `</div><div class="article__text">`)
		for j, para := range paras {
			if j > 0 {
				b.WriteString("<br /><br />")
			}
			b.WriteString(esc(para))
		}
		b.WriteString(`</div><div class="article__tags">Categories: <a href="/c/1">Europe</a>, <a href="/c/2">Security</a></div></div>`)
		writeRelated(&b, r, s, "You may also like")
	default: // wire
		b.WriteString(`<div class="container"><div class="row"><div class="col-md-8"><h1 class="detail-title">` + esc(title) + `</h1><div class="detail-date">` + published.Format("Mon, 02 Jan 2006 15:04") + ` WIB</div><div class="detail-content">`)
		for j, para := range paras {
			b.WriteString("<p>" + esc(para) + "</p>\n")
			if j == 0 {
				b.WriteString(`<div class="see-also"><b>SEE ALSO:</b> <a href="/y">` + esc(headline(r, s)) + `</a></div>`)
			}
		}
		b.WriteString(`</div></div><div class="col-md-4">`)
		writeRelated(&b, r, s, "Popular")
		b.WriteString(`</div></div></div>`)
	}
	writeChrome(&b, r, s, "footer")
	// Scripts and styles make up most of a real page's bytes.
	for b.Len() < target {
		writeScript(&b, r, min(target-b.Len(), 16<<10))
	}
	b.WriteString("</body></html>\n")
	p.HTML = []byte(b.String())
	return p
}

func headline(r *rand.Rand, s []string) string {
	words := strings.Fields(s[r.IntN(len(s))])
	n := min(len(words), 6+r.IntN(6))
	return strings.TrimRight(strings.Join(words[:n], " "), ",;:")
}

func slug(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == ' ' || r == '-':
			b.WriteByte('-')
		}
		if b.Len() > 60 {
			break
		}
	}
	return strings.Trim(b.String(), "-")
}

var esc = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace

func writeHead(b *strings.Builder, r *rand.Rand, p Page, published time.Time) {
	site := []string{"The Daily Ledger", "Wire Asia", "Globe Courier", "Frontline Times"}[r.IntN(4)]
	fmt.Fprintf(b, `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s | %s</title>`, esc(p.Title), site)
	fmt.Fprintf(b, `<link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:site_name" content="%s">`, p.URL, esc(p.Title), site)
	fmt.Fprintf(b, `<meta property="article:published_time" content="%s">`, published.Format(time.RFC3339))
	fmt.Fprintf(b, `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":%q,"datePublished":%q,"publisher":{"@type":"Organization","name":%q}}</script>`, p.Title, published.Format(time.RFC3339), site)
	b.WriteString(`<style>body{font-family:serif}.nav a{margin:0 4px}.ad-slot{min-height:250px}</style></head><body>`)
}

func writeChrome(b *strings.Builder, r *rand.Rand, s []string, where string) {
	if where == "header" {
		b.WriteString(`<div id="cookie-banner" class="consent">We use cookies to give you the best experience. <button>Accept Cookies</button></div><header class="site-header"><nav class="nav">`)
		for range 20 + r.IntN(40) {
			w := strings.Fields(s[r.IntN(len(s))])
			fmt.Fprintf(b, `<a href="/section/%d">%s</a>`, r.IntN(1000), esc(w[0]))
		}
		b.WriteString(`</nav><a href="/login">Log In</a> <a href="/subscribe">Subscribe</a></header>`)
		return
	}
	b.WriteString(`<div class="newsletter"><h4>Stay informed, sign up for our Morning Brief</h4><form><input type="email"><button>Sign Up</button></form></div><footer class="site-footer">`)
	for _, l := range []string{"About Us", "Terms of Use", "Privacy Statement", "Sitemap", "Advertise with us", "Contact Us"} {
		fmt.Fprintf(b, `<a href="/%s">%s</a> `, slug(l), l)
	}
	b.WriteString(`<p>Copyright © 2024 Media Group. All rights reserved.</p></footer>`)
}

func writeRelated(b *strings.Builder, r *rand.Rand, s []string, heading string) {
	fmt.Fprintf(b, `<section class="related"><h3>%s</h3><ul>`, heading)
	for range 5 + r.IntN(10) {
		fmt.Fprintf(b, `<li><a href="/news/%d">%s</a></li>`, r.IntN(1e6), esc(headline(r, s)))
	}
	b.WriteString(`</ul></section>`)
}

func writeScript(b *strings.Builder, r *rand.Rand, n int) {
	b.WriteString(`<script>window.__STATE__={"ads":[`)
	for start := b.Len(); b.Len()-start < n; {
		fmt.Fprintf(b, `{"slot":"div-gpt-ad-%d","sizes":[[300,250],[728,90]],"targeting":{"pos":"%d","kw":"%x"}},`, r.IntN(1e6), r.IntN(9), r.Uint64())
	}
	b.WriteString(`{}]};</script>`)
}
