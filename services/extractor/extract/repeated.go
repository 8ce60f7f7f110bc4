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

// repeatedBlocks returns, for each of raw's paragraphs (which hold total
// words), whether the site memory saw it on enough other pages of the
// page's host to be boilerplate, and records the page's blocks; rep is nil
// without a memory or host, or when the guard of maxRepeatedShare holds.
// folded are the folded texts of the first blocks, for the caller to
// reuse.
func (p *page) repeatedBlocks(raw []para, total int) (rep []bool, folded []string) {
	m := p.e.mem
	if m == nil || p.base == nil || p.base.Hostname() == "" || len(raw) == 0 {
		return nil, nil
	}
	n := min(len(raw), maxPageBlocks)
	fps := make([]uint64, n)
	folded = make([]string, n)
	longest, story := -1, uint64(0)
	for i := range n {
		t := raw[i].text
		folded[i] = fold(t)
		fps[i] = blockFingerprint(folded[i])
		if fps[i] != 0 && len(t) > longest {
			longest, story = len(t), fps[i]
		}
	}
	if story == 0 {
		return nil, folded
	}
	seen := m.Visit(p.base.Hostname(), uint32(story^story>>32), fps)
	cut := 0
	for i := range n {
		if seen[i] >= repeatPages(len(raw[i].text)) {
			if rep == nil {
				rep = make([]bool, len(raw))
			}
			rep[i] = true
			cut += words(raw[i].text)
		}
	}
	if float64(cut) > maxRepeatedShare*float64(total) {
		return nil, folded
	}
	return rep, folded
}
