package extract

import "strings"

// phraseIndex finds which of a list of phrases a text contains, in one pass
// over the text instead of one strings.Contains per phrase: a phrase can
// only start where the text holds its first two bytes, and a bit set of
// those pairs rejects most positions with one load. The short rules are
// tried on every paragraph, and with some 60 of them the per-phrase search
// was a tenth of the time of a page.
type phraseIndex struct {
	// pairs has the bit of every two-byte phrase head set.
	pairs [1 << 16 / 64]uint64
	// byPair lists, for each two-byte head, the phrases that start with
	// it by their position in the list given to newPhraseIndex.
	byPair map[uint16][]int
	// phrases are the phrases, as given.
	phrases []string
	// tiny lists the phrases shorter than two bytes, searched for one by
	// one.
	tiny []int
}

func newPhraseIndex(phrases []string) *phraseIndex {
	x := &phraseIndex{byPair: map[uint16][]int{}, phrases: phrases}
	for i, p := range phrases {
		if len(p) < 2 {
			x.tiny = append(x.tiny, i)
			continue
		}
		k := uint16(p[0])<<8 | uint16(p[1])
		x.pairs[k/64] |= 1 << (k % 64)
		x.byPair[k] = append(x.byPair[k], i)
	}
	return x
}

// first returns the smallest position in the list below limit of a phrase
// that s contains, or limit when there is none: what trying the phrases in
// order with strings.Contains and stopping at limit returns.
func (x *phraseIndex) first(s string, limit int) int {
	best := limit
	for _, i := range x.tiny {
		if i >= best {
			break
		}
		if strings.Contains(s, x.phrases[i]) {
			best = i
			break
		}
	}
	for j := 0; j+1 < len(s); j++ {
		k := uint16(s[j])<<8 | uint16(s[j+1])
		if x.pairs[k/64]&(1<<(k%64)) == 0 {
			continue
		}
		for _, i := range x.byPair[k] {
			if i >= best {
				break
			}
			if strings.HasPrefix(s[j:], x.phrases[i]) {
				best = i
				break
			}
		}
	}
	return best
}
