package extract

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Subscription offers: the plan cards, prices, benefit lists, FAQs and
// "already a subscriber?" lines that paywalls, subscription pages and
// membership appeals put beside or instead of a story. An offer is
// recognised by its structure, in any language: two or more sibling boxes
// (plan cards, amounts to give) each holding a price with its currency
// and period ("7,99 € / Monat", "$2 per week", "299 ₽ в месяц") and a
// link or button to take it. A table or list of prices in a story (what a
// streaming service costs now) has no such controls, so stays text.

// priceRe matches a price with its currency and the period it is paid
// for, in the languages newsflow reads; the period may follow after a few
// words ("1 € le premier mois"). Letters are bounded by \P{L}, not \b,
// which RE2 reads as ASCII only.
var priceRe = regexp.MustCompile(`(?i)(?:[€$£₽]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[€$£₽]|eur\b|zł|руб))[^.!?\n]{0,14}?(?:^|\P{L})(?:month|months|monthly|mo|week|weeks|weekly|year|years|yearly|yr|monat|monate|monatlich|woche|wochen|jahr|jährlich|mois|semaine|semaines|an|ans|année|mes|meses|semana|semanas|año|mese|mesi|settimana|settimane|anno|mês|ano|maand|jaar|miesiąc|miesięcznie|tydzień|rok|месяц|мес|неделю|год)(?:$|\P{L})`)

// currencyMarks are looked for before priceRe runs: most text holds none.
var currencyMarks = []string{"€", "$", "£", "₽", "eur", "EUR", "zł", "руб"}

// hasPrice reports a price with its currency and period in s.
func hasPrice(s string) bool {
	// Both of priceRe's forms hold an ASCII digit (RE2's \d); most text
	// nodes hold none, and a currency mark alone is common ("leur",
	// "heure", "neuro", a "$" in code).
	if !digitByCurrency(s) {
		return false
	}
	for _, c := range currencyMarks {
		if strings.Contains(s, c) {
			return priceRe.MatchString(s)
		}
	}
	return false
}

// digitByCurrency reports an ASCII digit (RE2's \d) where priceRe could
// start or end an amount: after a currency sign and at most one space
// (\s), or followed by digits, points and commas, at most one space and
// a byte that can open a currency sign or word ("$", "€", "₽", "£", "eur"
// or "zł" in any case, "руб" in any case). priceRe cannot match where
// none is; most paragraphs with a number and an "eur" of "leur" or
// "heure" are spared the pattern.
func digitByCurrency(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i]-'0' > 9 {
			continue
		}
		j := i - 1
		if j >= 0 && reSpace(s[j]) {
			j--
		}
		// The last byte of "$", "€" (E2 82 AC), "£" (C2 A3), "₽" (E2 82 BD).
		if j >= 0 && (s[j] == '$' || s[j] == 0xAC || s[j] == 0xA3 || s[j] == 0xBD) {
			return true
		}
		j = i + 1
		for j < len(s) && (s[j]-'0' <= 9 || s[j] == '.' || s[j] == ',') {
			j++
		}
		if j < len(s) && reSpace(s[j]) {
			j++
		}
		if j < len(s) {
			switch s[j] {
			// "$"; the lead bytes of "€", "₽" (E2) and "£" (C2); "eur",
			// "zł"; the lead bytes of "р" (D1 80) and "Р" (D0 A0).
			case '$', 0xE2, 0xC2, 'e', 'E', 'z', 'Z', 0xD0, 0xD1:
				return true
			}
		}
		i = j - 1
	}
	return false
}

// reSpace reports RE2's \s: ASCII white space without \v.
func reSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// Bounds of an offer: the text of one plan card, how far a price's card
// may sit above its text, the words of the whole offer box, and the
// paragraph of running text that marks the story around a box (the box
// never grows past it).
const (
	maxPlanCardWords   = 40
	maxPlanCardDepth   = 4
	maxOfferBoxWords   = 300
	minOfferStoryWords = 30
	maxOfferPriceNodes = 64
	// maxOfferBoxDepth bounds how far a box grows above its plan cards:
	// each step reads the parent's subtree.
	maxOfferBoxDepth = 6
)

// maxOfferPageWords bounds the text left on a page that declares no story
// and shows an offer: a subscription page's hero line and FAQ, not a
// story.
const maxOfferPageWords = 150

// offerBoxes finds the page's subscription offers: a group of two or more
// sibling plan cards, grown to the box around it (its heading, benefit
// list, FAQ and sign-in line) up to the element that holds the headline
// or a paragraph of the story.
func (p *page) offerBoxes() map[*html.Node]bool {
	prices := p.scan.prices
	if len(prices) < 2 {
		return nil
	}
	// holders[parent] are parent's children that hold a price, for each
	// of the few elements above each price.
	holders := map[*html.Node]map[*html.Node]bool{}
	for _, t := range prices {
		c := t.Parent
		for k := 0; c != nil && c != p.body && c.Parent != nil && k < maxPlanCardDepth; c, k = c.Parent, k+1 {
			if holders[c.Parent] == nil {
				holders[c.Parent] = map[*html.Node]bool{}
			}
			holders[c.Parent][c] = true
		}
	}
	var out map[*html.Node]bool
	for group, cards := range holders {
		if len(cards) < 2 || !p.planCards(cards) {
			continue
		}
		box := p.offerBox(group)
		if out == nil {
			out = map[*html.Node]bool{}
		}
		out[box] = true
	}
	// Keep the outermost boxes: an inner group of one found offer is part
	// of it.
	for b := range out {
		for q := b.Parent; q != nil; q = q.Parent {
			if out[q] {
				delete(out, b)
				break
			}
		}
	}
	p.markOffersBeside(out)
	return out
}

// planCards reports a set of sibling boxes that are all plan cards: short,
// of one tag, each with a link or button to take the offer.
func (p *page) planCards(cards map[*html.Node]bool) bool {
	var tag atom.Atom
	for c := range cards {
		if c.Type != html.ElementNode || p.st.get(c).words > maxPlanCardWords || !hasControl(c) {
			return false
		}
		if tag != 0 && c.DataAtom != tag {
			return false
		}
		tag = c.DataAtom
	}
	return true
}

// hasControl reports a link or button in n, or n itself one.
func hasControl(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode {
			switch c.DataAtom {
			case atom.A, atom.Button:
				found = true
			case atom.Input:
				t := strings.ToLower(attr(c, "type"))
				found = found || t == "submit" || t == "button"
			}
		}
		return !found
	})
	return found
}

// offerBox grows a group of plan cards to the box around it, while the
// parent holds no headline, no paragraph of running text beside the box,
// and not too many words.
func (p *page) offerBox(group *html.Node) *html.Node {
	box := group
	for q, k := box.Parent, 0; q != nil && q != p.body && q.Type == html.ElementNode && k < maxOfferBoxDepth; q, k = q.Parent, k+1 {
		switch q.DataAtom {
		case atom.Article, atom.Main, atom.Body, atom.Html:
			return box
		}
		if p.st.get(q).words > maxOfferBoxWords || storyBeside(q, box) || storyStops(q, box) || articleBeside(q, box) {
			return box
		}
		box = q
	}
	return box
}

// storyBeside reports a headline or a paragraph of running text in n
// outside the box.
func storyBeside(n, box *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if found || c == box {
			return false
		}
		if c.Type != html.ElementNode {
			return c.Type == html.DocumentNode
		}
		switch c.DataAtom {
		case atom.H1:
			found = true
		case atom.P, atom.Blockquote:
			found = words(textOf(c)) >= minOfferStoryWords
		}
		return !found
	})
	return found
}

// kindOr is k, or def when k is empty.
func kindOr(k, def Kind) Kind {
	if k == "" {
		return def
	}
	return k
}
