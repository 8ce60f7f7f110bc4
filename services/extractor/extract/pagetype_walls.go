package extract

import (
	"regexp"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Walls set in an article's own template. A site that serves a wall, an
// error notice or an empty shell in place of a story usually keeps the
// story's template around it: the chrome, the <title> and the metadata
// that declare an article (TestMetamorphicPageType builds such pages from
// every tune page). The page-type rules then cannot lean on the metadata;
// they read what stands where the story would: a status heading as the
// first line of the text, a <noscript> line that says the page needs
// scripts, consent lines the line rules cut, a subscription offer that a
// subscriber may sign in past.

// minNoscriptWords is the line a <noscript> element shows to say that the
// page needs scripts ("Please enable JavaScript to read this page"); a
// tracking pixel's <img> shows none.
const minNoscriptWords = 3

// noscriptLine reports a <noscript> element that shows a line of text.
func noscriptLine(n *html.Node) bool {
	// With scripting on, a parser keeps the element's markup as text.
	return words(tagRe.ReplaceAllString(rawText(n, 400), " ")) >= minNoscriptWords
}

var tagRe = regexp.MustCompile(`<[^>]*>`)

// noscriptLink reports a <noscript> element whose line is a link: the
// fallback of a script that writes a teaser or an ad, not a notice that
// the page needs scripts (pagetype_slot.go reads only notices as walls).
func noscriptLink(n *html.Node) bool {
	// The markup is text when the parser ran with scripting on, and
	// elements when it did not.
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		switch {
		case c.Type == html.TextNode:
			b.WriteString(c.Data)
			b.WriteByte(' ')
		case c.Type == html.ElementNode && c.DataAtom == atom.A:
			return false
		}
		return b.Len() < 400
	})
	return words(tagRe.ReplaceAllString(linkRe.ReplaceAllString(b.String(), " "), " ")) < minNoscriptWords
}

// linkRe matches a link with its text, in a <noscript> element's markup.
var linkRe = regexp.MustCompile(`(?is)<a\b.*?</a\s*>`)

// statusNotice reports a page whose text opens with a stock status line
// ("Page not found", "Страница не найдена", "404 Not Found"), or, when
// little text is left, whose headline as shown or one of whose <h1>s is
// one: the notice an error page shows where the story would be. A status
// word alone ("Sorry") is a line a story may open with; a stock phrase is
// not; and a story whose headline is one (a report on a site that was
// down) has its running text.
func (p *page) statusNotice(paras []string, wordCount int) bool {
	if len(paras) > 0 && stockStatus(paras[0]) {
		return true
	}
	return wordCount < maxNoticeWords && (stockStatus(p.shownTitle) || slices.ContainsFunc(p.meta.h1s, stockStatus))
}

// maxNoticeWords bounds the text left beside an error notice taken for a
// heading of its own: a sentence or two and a search box's label.
const maxNoticeWords = 60

// stockStatus reports a status line made of a stock phrase.
func stockStatus(h string) bool {
	if !statusLine(h) {
		return false
	}
	l := statusFold(h)
	return statusLineRe.MatchString(l) || bareStatusRe.MatchString(l)
}

// signInButtonRe matches the labels of sign-in controls in the languages
// newsflow reads, as consentButtonRe does consent controls.
var signInButtonRe = mustCompileLit(`^(sign in|sign-in|log in|login|log-in|anmelden|einloggen|se connecter|connexion|s'identifier|iniciar sesión|inicia sesión|entrar|acceder|accedi|войти|вход|inloggen|zaloguj)`)

// signInControl reports a link or button in n whose label signs the
// reader in.
func signInControl(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if found || c.Type != html.ElementNode {
			return !found && c.Type == html.DocumentNode
		}
		switch c.DataAtom {
		case atom.A, atom.Button:
			if s := labelText(c); s != "" && words(s) <= maxButtonWords && signInButtonRe.MatchString(toLower(s)) {
				found = true
			}
			return false
		}
		return true
	})
	return found
}

// maxStoryBeforeDepth bounds how far above an offer box the story before
// it is looked for.
const maxStoryBeforeDepth = 3

// storyBefore reports paragraphs of running text before box in its
// nearest ancestors: the box ends a story.
func (p *page) storyBefore(box *html.Node) bool {
	for q, k := box.Parent, 0; q != nil && k < maxStoryBeforeDepth; q, k = q.Parent, k+1 {
		if storyRunBefore(q, box) {
			return true
		}
		if q == p.body {
			break
		}
	}
	return false
}

// paywallOffer reports an offer box that is a paywall: one that offers
// subscribers a way to sign in and read on, on a page that declares an
// article or after a story's running text. A donation appeal or a
// membership offer after a free story has nothing to sign in to.
func (p *page) paywallOffer(box *html.Node) bool {
	return signInControl(box) && (p.meta.isArticle() || p.storyBefore(box))
}

// consentWall reports that at least need of the words of the chosen text
// ps and of the consent lines the line rules cut from it (cut words) are
// in paragraphs about cookies and consent: a consent dialog taken for the
// story loses its cookie sentence to the line rules and keeps its heading
// and the rest. It stops reading once the paragraphs left cannot reach
// need: aboutConsent lower-cases and searches every paragraph it reads,
// and a story is rarely about consent.
func consentWall(ps []string, cut int, need float64) bool {
	total := cut
	for _, t := range ps {
		total += words(t)
	}
	if total == 0 {
		return false
	}
	consent, left := cut, total-cut
	for _, t := range ps {
		// Dividing by the same total keeps the order of the counts, so
		// the share can only end below this bound.
		if float64(consent+left)/float64(total) < need {
			return false
		}
		n := words(t)
		left -= n
		if aboutConsent(t) {
			consent += n
		}
	}
	return float64(consent)/float64(total) >= need
}

// minStoryLineWords is a line of running text before an offer box: a
// hero line or an "already a subscriber?" line is shorter.
const minStoryLineWords = 8

// minOfferParaWords is a paragraph that stops an offer box's growth on
// its own: a story cut after a short paragraph.
const minOfferParaWords = 20

// textBefore sums the lines of running text in n before box (paragraphs,
// quotes and blocks of inline text of minStoryLineWords words or more)
// and returns the longest of those before the first heading.
func textBefore(n, box *html.Node) (total, longest int) {
	done, headed := false, false
	walk(n, func(c *html.Node) bool {
		if done || c == box {
			done = true
			return false
		}
		if c.Type != html.ElementNode {
			return c.Type == html.DocumentNode
		}
		switch {
		case isHeading(c):
			// A heading opens a section, such as the offer's own pitch
			// ("We are a nonprofit newsroom" over a line asking for a
			// gift): longest counts only the lines before any.
			headed = true
			return false
		case c.DataAtom == atom.P || c.DataAtom == atom.Blockquote || c.DataAtom == atom.Div && !hasBlockChild(c):
			if w := words(textOf(c)); w >= minStoryLineWords {
				total += w
				if !headed {
					longest = max(longest, w)
				}
			}
			return false
		case c.DataAtom == atom.Div:
			// Inline text beside the box or other blocks (a paragraph
			// block the offer was set into) is a line too.
			for _, w := range inlineRuns(c, box) {
				if w >= minStoryLineWords {
					total += w
					if !headed {
						longest = max(longest, w)
					}
				}
			}
		}
		return true
	})
	return total, longest
}

// storyRunBefore reports running text in n before box: lines that hold
// minOfferStoryWords words together, a story cut short before its offer
// box in paragraphs each shorter than one storyBeside counts.
func storyRunBefore(n, box *html.Node) bool {
	total, _ := textBefore(n, box)
	return total >= minOfferStoryWords
}

// storyStops reports running text in n before box that an offer box does
// not grow over: storyRunBefore's, or one paragraph of minOfferParaWords
// words (a subscription page's hero line is shorter).
func storyStops(n, box *html.Node) bool {
	total, longest := textBefore(n, box)
	return total >= minOfferStoryWords || longest >= minOfferParaWords
}

// offersWithin counts the offer boxes in n (n itself included), which is
// cut for what it is before the offer rule sees them: a subscription box that a template
// sets in its byline row or its post header is a wall all the same.
func (p *page) offersWithin(n *html.Node, offers map[*html.Node]bool) {
	for b := range offers {
		for q := b; q != nil; q = q.Parent {
			if q == n {
				p.countOffer(b)
				break
			}
		}
	}
}

// maxOverlayWords bounds the text of a consent dialog laid over the page:
// a fixed layer that holds more is the page's own frame.
const maxOverlayWords = 200

// fixedConsent reports a consent dialog laid over the page: an element
// fixed in place by its inline style, with little text about cookies or
// consent and a control that accepts or rejects them. Consent platforms
// inject such a layer over the story, whatever they name it.
func fixedConsent(n *html.Node, st stats) bool {
	if n.DataAtom != atom.Div && n.DataAtom != atom.Section && n.DataAtom != atom.Aside {
		return false
	}
	style := attr(n, "style")
	if style == "" || !fixedRe.MatchString(style) {
		return false
	}
	if w := st.get(n).words; w == 0 || w > maxOverlayWords {
		return false
	}
	return consentButtonIn(n) && aboutConsent(textOf(n))
}

var fixedRe = regexp.MustCompile(`(?i)position\s*:\s*fixed`)

// consentButtonIn reports a button anywhere in n whose label accepts or
// rejects consent.
func consentButtonIn(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if found || c.Type != html.ElementNode {
			return !found && c.Type == html.DocumentNode
		}
		if c.DataAtom == atom.Button || c.DataAtom == atom.A && (hasButtonClass(c) || strings.EqualFold(attr(c, "role"), "button")) {
			if s := labelText(c); s != "" && words(s) <= maxButtonWords && consentButtonRe.MatchString(toLower(s)) {
				found = true
			}
			return false
		}
		return true
	})
	return found
}
