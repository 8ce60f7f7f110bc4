package extract

// Kind names a kind of boilerplate: the keys of Article.Removed, which count
// what was cut from a page. The strings are public API (stored with every
// article, matched by the rules files' KIND column and by consumers), so a
// kind is renamed never; new kinds are added here.
type Kind string

// Boilerplate kinds cut by structure (tag, role, class, id, visibility).
const (
	KindNavigation  Kind = "navigation"
	KindShare       Kind = "share"
	KindCookie      Kind = "cookie"
	KindNewsletter  Kind = "newsletter"
	KindAd          Kind = "advertisement"
	KindRelated     Kind = "related"
	KindComments    Kind = "comments"
	KindTags        Kind = "tags"
	KindCaption     Kind = "caption"
	KindPullQuote   Kind = "pullquote"
	KindAuthorBio   Kind = "author_bio"
	KindPaywall     Kind = "paywall"
	KindPopup       Kind = "popup"
	KindPromo       Kind = "promo"
	KindSidebar     Kind = "sidebar"
	KindFooter      Kind = "footer"
	KindHeader      Kind = "header"
	KindTools       Kind = "tools"
	KindSocialEmbed Kind = "social_embed"
	KindHidden      Kind = "hidden"
	KindForm        Kind = "form"
	KindMeta        Kind = "meta"
	KindAccount     Kind = "account"
	KindCopyright   Kind = "copyright"
	KindDisclaimer  Kind = "disclaimer"
	KindReference   Kind = "reference"
)

// Kinds of lines cut inside the chosen content.
const (
	KindTitle     Kind = "title"
	KindByline    Kind = "byline"
	KindDate      Kind = "date"
	KindDuplicate Kind = "duplicate"
	KindHeading   Kind = "heading"
	// KindRepeated is a block the site memory saw on other pages of the
	// same site (WithSiteMemory).
	KindRepeated Kind = "repeated"
)

// siteContent is the KIND of a per-site rule that marks the story itself
// rather than something to cut; it is never counted.
const siteContent Kind = "content"

// kindByName maps every kind's string to its constant; the rules files are
// checked against it in the tests.
var kindByName = func() map[string]Kind {
	m := map[string]Kind{}
	for _, k := range []Kind{
		KindNavigation, KindShare, KindCookie, KindNewsletter, KindAd, KindRelated, KindComments,
		KindTags, KindCaption, KindPullQuote, KindAuthorBio, KindPaywall, KindPopup, KindPromo,
		KindSidebar, KindFooter, KindHeader, KindTools, KindSocialEmbed, KindHidden, KindForm,
		KindMeta, KindAccount, KindCopyright, KindDisclaimer, KindReference,
		KindTitle, KindByline, KindDate, KindDuplicate, KindHeading, KindRepeated,
	} {
		m[string(k)] = k
	}
	return m
}()

// count adds n to the removed count of kind k.
func (p *page) count(k Kind, n int32) { p.removed[string(k)] += n }
