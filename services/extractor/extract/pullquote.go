package extract

import (
	"strings"
)

// quoteChars are the quotation marks a pull quote adds or drops.
var quoteChars = strings.NewReplacer("“", "", "”", "", "\"", "", "‘", "", "’", "", "'", "", "«", "", "»", "", "„", "")

// dropPullQuotes removes short paragraphs that repeat a sentence found in a
// longer paragraph (pull quotes, highlighted excerpts).
func (p *page) dropPullQuotes(ps []para) []para {
	if len(ps) > 2000 {
		return ps
	}
	core := make([]string, len(ps))
	for i, pa := range ps {
		core[i] = strings.Trim(fold(quoteChars.Replace(pa.text)), " .,;:!?-–—")
	}
	var out []para
	for i, pa := range ps {
		c := core[i]
		dup := false
		// A subhead that names what a sentence of the story says is a
		// heading, not a pull quote.
		if len(c) >= 20 && len(c) <= 400 && !pa.heading {
			for j := range ps {
				if j != i && len(core[j]) > len(c)+10 && strings.Contains(core[j], c) {
					dup = true
					break
				}
			}
		}
		if dup {
			p.count(KindPullQuote, 1)
			continue
		}
		out = append(out, pa)
	}
	return out
}
