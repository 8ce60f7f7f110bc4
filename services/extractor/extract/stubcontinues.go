package extract

import (
	"regexp"

	"golang.org/x/net/html"
)

// A paywall stub laid out like a dated brief beside an offer column (two
// columns, a complete lede under a dated headline, no metadata that says
// the story is not free) was read as a one-sentence brief by
// briefBesideOffer: the markup of the two is the same. What the page says
// tells them apart: a stub's offer says that the story goes on behind it
// ("Subscribe to keep reading", "Abonnez-vous pour lire la suite",
// "Jetzt abonnieren und weiterlesen"), a rail's offer beside a whole brief
// sells the publication ("Subscribe to the Courier"). These labels are the
// offer's call to read on, in the languages the extractor reads; an offer
// box that holds one is in the story's place, and the brief rule leaves it.

// readOnRe matches an offer's call to read the rest of the story.
var readOnRe = regexp.MustCompile(`continue reading|keep reading|read the (full|whole|rest|entire)|unlock (this|the full) (article|story)|` +
	`weiterlesen|weiter lesen|(ganzen|vollständigen|kompletten) (artikel|text|beitrag)|` +
	`lire la suite|continuer (à|a) lire|poursuivre (la|votre) lecture|(article|texte) (complet|en entier|intégral)|` +
	`seguir leyendo|sigue leyendo|continuar leyendo|(artículo|noticia) completa?|resto del artículo|` +
	`continua a leggere|continuare a leggere|leggere (tutto|l'articolo)|articolo (completo|integrale)|` +
	`verder lezen|lees verder|volledige artikel|` +
	`continuar lendo|continue lendo|(matéria|reportagem) completa|` +
	`читать далее|продолжить чтение|читать полностью|полный текст|дочитать`)

// offerReadsOn reports an offer box b whose text calls to read the rest of
// the story.
func offerReadsOn(b *html.Node) bool {
	return readOnRe.MatchString(toLower(textOf(b)))
}
