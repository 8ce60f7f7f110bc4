package extract

// repeated.go reads the SiteMemory for the blocks of the chosen content:
// which of them were seen on other pages of the site.

// maxRepeatedShare bounds what the memory may take from one page: when
// blocks seen elsewhere hold more than this share of the content's words,
// the page is more likely a story met before (an update, a copy at a
// second address the story key missed) than a page of boilerplate, and
// nothing is taken.
const maxRepeatedShare = 0.5

// blockFingerprint is the 64-bit FNV-1a hash of a block's folded text
// with every run of digits read as one 0, so that "12 comments" and "3
// comments", or a copyright line's year, are one block. It is 0 (not
// remembered) for a block under minMemoryBlock bytes.
func blockFingerprint(folded string) uint64 {
	if len(folded) < minMemoryBlock {
		return 0
	}
	const (
		offset = 14695981039346656037
		prime  = 1099511628211
	)
	h := uint64(offset)
	digit := false
	for i := 0; i < len(folded); i++ {
		c := folded[i]
		if '0' <= c && c <= '9' {
			if digit {
				continue
			}
			digit, c = true, '0'
		} else {
			digit = false
		}
		h ^= uint64(c)
		h *= prime
	}
	if h == 0 {
		h = 1
	}
	return h
}

// repeatedBlocks returns, for each of raw's paragraphs, whether the site
// memory saw it on enough other pages of the page's host to be
// boilerplate, and records the page's blocks. It is nil without a memory
// or host, or when the guard of maxRepeatedShare holds.
func (p *page) repeatedBlocks(raw []para) []bool {
	m := p.e.mem
	if m == nil || p.base == nil || p.base.Hostname() == "" || len(raw) == 0 {
		return nil
	}
	n := min(len(raw), maxPageBlocks)
	fps := make([]uint64, n)
	longest, story := -1, uint64(0)
	for i := range n {
		t := raw[i].text
		fps[i] = blockFingerprint(fold(t))
		if fps[i] != 0 && len(t) > longest {
			longest, story = len(t), fps[i]
		}
	}
	if story == 0 {
		return nil
	}
	seen := m.Visit(p.base.Hostname(), uint32(story^story>>32), fps)

	rep := make([]bool, len(raw))
	total, cut, any := 0, 0, false
	for i, pa := range raw {
		w := words(pa.text)
		total += w
		if i >= n {
			continue
		}
		if seen[i] >= repeatPages(len(pa.text)) {
			rep[i], any = true, true
			cut += w
		}
	}
	if !any || float64(cut) > maxRepeatedShare*float64(total) {
		return nil
	}
	return rep
}
