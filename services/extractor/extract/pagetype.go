package extract

import (
	"net/url"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// controls are the interactive parts of a page, counted before extraction
// cuts them: a page that is mostly a wall is recognised by what a reader
// is asked to do on it, not by the little text it shows.
type controls struct {
	// buttons are the <button> elements the scan met: the thread search
	// (threads.go) has nothing to find on a page without one.
	buttons int
	// passwords are password inputs: a sign-in form.
	passwords int
	// landmark says the scan met a <main> or an <article>: the page marks
	// its story's place (hasLandmark, pagetype_slot.go).
	landmark bool
	// loginBeside says every sign-in form of the page sits beside the
	// story's place (signInBeside, pagetype_slot.go).
	loginBeside bool
	// consentButtons are buttons and button-like links whose label accepts
	// or rejects cookies ("Accept all", "Alle akzeptieren").
	consentButtons int
	// appLinks are links to an app store or an app's own URL scheme, and
	// buttons that ask to open or install an app.
	appLinks int
	// paywallMarkup is set by paywall or registration-wall elements, or by
	// schema.org markup that says the story is not free to read.
	paywallMarkup bool
	// consentWords are the words in consent boxes and dialogs that the
	// structural pass cut.
	consentWords int
	// paywallText counts paragraphs of the content that ask the reader to
	// subscribe or sign in to read on.
	paywallText int
	// emailInputs are the inputs that ask for an e-mail address: the
	// field of a sign-up box, whatever the box's class names say.
	emailInputs []*html.Node
	// offers are the subscription offers (plan cards with prices) cut
	// from the page (paywall.go).
	offers int
	// paywallOffers are the offers a subscriber may sign in past
	// (pagetype_walls.go).
	paywallOffers int
	// besideOffers are the offer boxes that sit beside the story, which
	// count as neither (offerbeside.go).
	besideOffers map[*html.Node]bool
	// consentCut are the words of consent lines the line rules cut from
	// the chosen text.
	consentCut int
	// noscript is set by a <noscript> line: the page says it needs
	// scripts to show its content.
	noscript bool
	// walls are the wall controls outside the chrome, in document order,
	// and h1s the page's <h1>s, for the story's place (pagetype_slot.go).
	walls []wallMark
	h1s   []*html.Node
}

// maxEmailInputs bounds the e-mail fields remembered per page.
const maxEmailInputs = 64

// minPaywallBoxWords is the text a visible paywall box shows ("Subscribe
// to read on"); an empty box is a placeholder that free stories carry too.
const minPaywallBoxWords = 3

// maxLoginWallWords bounds the text of a page that a sign-in form makes a
// login wall: old layouts put a sign-in box beside short stories, in
// markup no different from the story's.
const maxLoginWallWords = 60

// maxButtonWords bounds the label of a button.
const maxButtonWords = 6

// visit counts n if it is a control and reports whether the controls'
// scan reads n's children (scanPage walks the page for it).
func (c *controls) visit(n *html.Node) bool {
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
			// A sign-in box in the chrome sits beside a story.
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
}

// label counts a button label (of control n) as a consent or app control.
func (c *controls) label(n *html.Node, s string) {
	if s == "" || words(s) > maxButtonWords {
		return
	}
	f := toLower(s)
	switch {
	case consentButtonRe.MatchString(f):
		c.consentButtons++
		c.mark(n, newsv1.NonArticleReason_NON_ARTICLE_REASON_CONSENT_WALL)
	case appButtonRe.MatchString(f):
		c.appLinks++
		c.mark(n, newsv1.NonArticleReason_NON_ARTICLE_REASON_APP_INTERSTITIAL)
	}
}

// labelText is the text of a control, which textOf skips.
func labelText(n *html.Node) string {
	return normalize(rawText(n, 200))
}

// rawText is the text of every text node under n, skipped elements
// included, each followed by a space; it stops once it holds limit bytes.
func rawText(n *html.Node, limit int) string {
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
			b.WriteByte(' ')
		}
		return b.Len() < limit
	})
	return b.String()
}

func hasButtonClass(n *html.Node) bool {
	var buf [48]string
	for _, part := range appendClassParts(buf[:0], n) {
		if part == "btn" || part == "button" {
			return true
		}
	}
	return false
}

// appURL reports a link into an app store or an app's URL scheme: what an
// install-the-app interstitial offers in place of the page.
func appURL(href string) bool {
	href = strings.TrimSpace(href)
	for _, scheme := range []string{"intent:", "market:", "itms-apps:"} {
		if len(href) >= len(scheme) && strings.EqualFold(href[:len(scheme)], scheme) {
			return true
		}
	}
	// Every store host below holds "app" or "App": most links are never
	// parsed.
	if !strings.Contains(href, "app") && !strings.Contains(href, "App") && !strings.Contains(href, "APP") {
		return false
	}
	u, err := url.Parse(strings.ToLower(href))
	if err != nil {
		return false
	}
	h := u.Hostname()
	return h == "apps.apple.com" || h == "itunes.apple.com" || h == "play.google.com" && strings.HasPrefix(u.Path, "/store/apps") ||
		h == "appgallery.huawei.com" || h == "apps.microsoft.com"
}

var (
	// consentButtonRe matches the labels of consent controls in the
	// languages newsflow reads.
	consentButtonRe = mustCompileLit(`^(i )?(accept|agree|allow|reject|decline|consent)|accept all|agree and|alle akzeptieren|akzeptieren|zustimmen|einverstanden|alle ablehnen|accepter|j'accepte|tout refuser|refuser|aceptar|acepto|rechazar|принять|согла[сш]|отклонить|accetta|rifiuta|aceitar|rejeitar|accepteren|akkoord|zaakceptuj|zgadzam`)
	// appButtonRe matches the labels of open-the-app and get-the-app
	// controls.
	appButtonRe = mustCompileLit(`\b(open|get|download|install|use) (in |the |our )?app\b|continue in app|in der app|app (öffnen|herunterladen|laden)|l'app(lication)?\b|(la|nuestra) app(licación)?\b|abrir en la app|descarga(r)? la app|приложени`)
	// consentTextRe marks a paragraph about cookies, consent or personal
	// data, matched against lower-cased text: a case-blind pattern of
	// many words costs a fifth of the time of a page with a cookie button.
	consentTextRe = regexp.MustCompile(`cookie|consent|vie privée|privatsphäre|конфиденциальн|\bgdpr\b|\bdsgvo\b|\brgpd\b|einwillig|zustimmung|datenschutz|personenbezogen|consentement|traceurs|données personnelles|consentimiento|privacidad|datos personales|privacy|personal data|куки|персональн|согласи`)
)

// aboutConsent reports text about cookies, consent or personal data.
func aboutConsent(t string) bool {
	l := toLower(t)
	for _, w := range consentWords {
		if strings.Contains(l, w) {
			// The three acronyms must stand alone.
			return len(w) > 5 || consentTextRe.MatchString(l)
		}
	}
	return false
}

// consentWords are the literals of consentTextRe: looking for each is
// faster than running the pattern over every paragraph.
var consentWords = []string{"cookie", "consent", "vie privée", "privatsphäre", "конфиденциальн", "gdpr", "dsgvo", "rgpd", "einwillig", "zustimmung", "datenschutz", "personenbezogen", "consentement", "traceurs", "données personnelles", "consentimiento", "privacidad", "datos personales", "privacy", "personal data", "куки", "персональн", "согласи"}

// minPaywallLeadWords is the visible story a paywalled article keeps; with
// less, the page is a paywall stub.
const minPaywallLeadWords = 40

// maxConsentWallWords bounds a consent notice taken for the article text.
const maxConsentWallWords = 400

// A consent notice taken for the article is mostly about cookies and
// consent: at least minConsentShare of its words are in such paragraphs,
// or minConsentShareArticle when the page's metadata declares a story (a
// story about privacy mentions it in many paragraphs, not in nearly all).
const (
	minConsentShare        = 0.6
	minConsentShareArticle = 0.8
)

// pageKind decides whether the page is an article at all. It returns the
// reason a page is no article, or UNSPECIFIED, and whether an article sits
// behind a paywall.
func (p *page) pageKind(paras []string, wordCount int) (newsv1.NonArticleReason, bool) {
	c := p.controls
	paywall := c.paywallMarkup || c.paywallText > 0 || c.paywallOffers > 0 || p.meta.notFree()
	heads := p.meta.title + " " + strings.Join(p.meta.h1s, " ")
	// A consent notice that the content selection took for the story: most
	// of the text is about cookies and the page offers to accept them.
	if wordCount > 0 && wordCount <= maxConsentWallWords && (c.consentButtons > 0 || c.consentWords > 0) {
		need := minConsentShare
		if p.meta.isArticle() {
			need = minConsentShareArticle
		}
		if consentWall(paras, c.consentCut, need) {
			return newsv1.NonArticleReason_NON_ARTICLE_REASON_CONSENT_WALL, false
		}
	}
	// A page whose heading says it is an error or maintenance page is
	// one, with the teasers and the notice it shows (pagetype_status.go).
	// So is a page whose text opens with such a notice where the story
	// would be, whatever its metadata declares (pagetype_walls.go).
	if wordCount < maxStatusPageWords && (p.statusPage() || p.statusNotice(paras, wordCount)) {
		return newsv1.NonArticleReason_NON_ARTICLE_REASON_ERROR_PAGE, false
	}
	// A wall in the story's place with no story run beside it names the
	// page, whatever other text or other wall the template shows
	// (pagetype_slot.go).
	if r := p.slotWall(paras, p.kept, wordCount); r != newsv1.NonArticleReason_NON_ARTICLE_REASON_UNSPECIFIED {
		return r, false
	}
	// (Any heading holding "not found" or a number like 404 no longer
	// makes a page of up to 150 words an error page: "Missing hiker not
	// found after two-day search" is a story. The loose match is left for
	// pages too short for a story, below.)
	switch {
	case paywall && wordCount >= minPaywallLeadWords:
		return newsv1.NonArticleReason_NON_ARTICLE_REASON_UNSPECIFIED, true
	case (paywall || c.offers > 0) && wordCount < minPaywallLeadWords:
		return newsv1.NonArticleReason_NON_ARTICLE_REASON_PAYWALL, false
	// A page that declares no story and whose plan cards were cut is a
	// subscription page: what is left is its hero line and FAQ.
	case c.offers > 0 && !p.meta.isArticle() && wordCount < maxOfferPageWords:
		return newsv1.NonArticleReason_NON_ARTICLE_REASON_PAYWALL, false
	// A sign-in form outside the story's place (the site's top bar, a
	// column outside <main>) sits beside a short story or a question as
	// the sidebar's does beside a long one.
	case c.passwords > 0 && !c.loginBeside && (wordCount < 30 || !p.meta.isArticle() && wordCount < maxLoginWallWords):
		return newsv1.NonArticleReason_NON_ARTICLE_REASON_LOGIN_WALL, false
	case c.appLinks > 0 && wordCount < 100 && (wordCount < 30 || !p.meta.isArticle()):
		return newsv1.NonArticleReason_NON_ARTICLE_REASON_APP_INTERSTITIAL, false
	}
	// The amount of text, not the count of words (storyamount.go).
	if storyWords(paras, wordCount, p.topicHeads(heads)) >= storyBarWords || (wordCount >= 10 && p.meta.isArticle()) || p.shortThread(wordCount) {
		return newsv1.NonArticleReason_NON_ARTICLE_REASON_UNSPECIFIED, false
	}
	// Too little text for a story; say what took its place.
	switch {
	case errorTitleRe.MatchString(heads):
		return newsv1.NonArticleReason_NON_ARTICLE_REASON_ERROR_PAGE, false
	// A page that says it needs scripts is an empty shell, whatever
	// cookie banner its template carries.
	case c.noscript:
		return newsv1.NonArticleReason_NON_ARTICLE_REASON_NO_TEXT, false
	case c.consentWords > 0 || c.consentButtons > 0:
		return newsv1.NonArticleReason_NON_ARTICLE_REASON_CONSENT_WALL, false
	case c.appLinks > 0:
		return newsv1.NonArticleReason_NON_ARTICLE_REASON_APP_INTERSTITIAL, false
	}
	return newsv1.NonArticleReason_NON_ARTICLE_REASON_NO_TEXT, false
}

var errorTitleRe = regexp.MustCompile(`(?i)\b(404|410|403|500|503)\b|page not found|not found|an error occurred|server error|error 404|access denied|forbidden|page unavailable|no longer available|does not exist|doesn't exist|seite nicht gefunden|nicht gefunden|existiert nicht|fehler 404|page introuvable|page non trouvée|n'existe pas|erreur 404|página no encontrada|no se ha encontrado|no existe|страница не найдена|не найдена|ошибка 404`)

// notFree reports schema.org markup that says the story is not free to
// read (isAccessibleForFree false), which publishers add to paywalled
// articles.
func (m *meta) notFree() bool {
	for _, o := range m.ld {
		switch x := o["isAccessibleForFree"].(type) {
		case bool:
			if !x {
				return true
			}
		case string:
			if strings.EqualFold(strings.TrimSpace(x), "false") {
				return true
			}
		}
	}
	return false
}
