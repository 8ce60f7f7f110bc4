package extract

import (
	"container/list"
	"strings"
	"sync"
)

// Default bounds of a SiteMemory: at most DefaultMemoryHosts hosts of
// DefaultMemoryBlocks blocks each. A block costs about 55 bytes (its
// fingerprint, the pages it was seen on, the map's share), so a full memory
// holds about 56 MB whatever the extractor reads (BenchmarkSiteMemoryFull).
const (
	DefaultMemoryHosts  = 512
	DefaultMemoryBlocks = 2048
)

// Thresholds of a repeated block: on how many other pages of the host,
// whose stories differ from this page's and from each other's, a block
// must have been seen. A short line (under shortBlock bytes: a prompt, a
// box's heading, a feed link) met on one other story is taken for the
// site's — a wire credit ("The Associated Press") is such a line too and
// goes with them, though benchmark assessors count it as text; a
// paragraph of prose met on one other story may be a background
// paragraph that follow-ups of one story share, so it needs two other
// pages, and three past longBlock bytes. memSlots is one more than the highest
// threshold, so that the page looked up may sit in one of the slots (it
// was recorded before) and the others still prove the threshold.
const (
	shortBlock      = 100
	longBlock       = 300
	repeatPagesLong = 3
	memSlots        = repeatPagesLong + 1
)

// repeatPages is the threshold of a block of n bytes.
func repeatPages(n int) int {
	switch {
	case n < shortBlock:
		return 1
	case n <= longBlock:
		return 2
	}
	return repeatPagesLong
}

// Bounds on one page's part in the memory: blocks shorter than
// minMemoryBlock bytes are neither looked up nor recorded (a lone "More",
// "1", a name), and only the first maxPageBlocks blocks of a page are, so
// that a page of a million paragraphs costs what a long story costs.
const (
	minMemoryBlock = 12
	maxPageBlocks  = 400
)

// SiteMemory remembers, for each host, the blocks of text (paragraphs,
// list items, headings of the chosen content) seen on its pages, so that a
// block met on several different pages of one site — a menu, a teaser
// rail, a newsletter prompt, a "most read" box, a footer line — is known
// for boilerplate whatever its words or markup. A story's own paragraphs
// do not repeat on other stories.
//
// Pages are told apart by their story (the longest block of the chosen
// content), not by URL: the same article at two addresses, or fetched
// twice, counts once, so a syndicated story does not erase itself.
//
// Bounds: at most maxHosts hosts (the least recently seen goes first) and
// maxBlocks blocks per host; when a host is full, the blocks seen on one
// page only go (mostly story paragraphs), and if that frees less than a
// quarter, all of the host's blocks. Memory stays flat in a long-running
// extractor (about 55 bytes a block).
//
// What a page is told depends only on the pages of its host visited
// before it (in the order Visit was called), never on the worker that runs
// it: a site's first pages get no help. It is safe for concurrent use.
type SiteMemory struct {
	maxHosts, maxBlocks int

	mu    sync.Mutex
	hosts map[string]*list.Element // of *siteBlocks
	lru   list.List                // front: most recently visited
}

// siteBlocks is one host's blocks by fingerprint.
type siteBlocks struct {
	host   string
	blocks map[uint64]seenOn
}

// seenOn is the distinct pages (story keys, never 0) a block was seen on,
// up to memSlots of them; unused slots are 0.
type seenOn [memSlots]uint32

// count is how many slots are used.
func (s *seenOn) count() int {
	n := 0
	for n < memSlots && s[n] != 0 {
		n++
	}
	return n
}

// NewSiteMemory returns a SiteMemory of at most maxHosts hosts and
// maxBlocks blocks per host; a bound ≤ 0 takes the default.
func NewSiteMemory(maxHosts, maxBlocks int) *SiteMemory {
	if maxHosts <= 0 {
		maxHosts = DefaultMemoryHosts
	}
	if maxBlocks <= 0 {
		maxBlocks = DefaultMemoryBlocks
	}
	return &SiteMemory{maxHosts: maxHosts, maxBlocks: maxBlocks, hosts: map[string]*list.Element{}}
}

// memoryHost is the key of a page's site: its host, lower-cased, without
// "www.".
func memoryHost(host string) string {
	return strings.TrimPrefix(strings.ToLower(host), "www.")
}

// Visit looks up the blocks of one page of host, whose story key is page,
// and then records them. It returns, for each block, on how many other
// pages of the host (with another story key) it was seen before this call,
// counted up to memSlots. A block fingerprint of 0 is skipped (neither
// looked up nor recorded); a story key of 0 is read as 1.
func (m *SiteMemory) Visit(host string, page uint32, blocks []uint64) []int {
	out := make([]int, len(blocks))
	if m == nil || host == "" || len(blocks) == 0 {
		return out
	}
	if page == 0 {
		page = 1
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	sb := m.site(memoryHost(host))
	for i, fp := range blocks {
		if fp == 0 {
			continue
		}
		s, ok := sb.blocks[fp]
		n, self := s.count(), false
		for _, pg := range s[:n] {
			if pg == page {
				self = true
			} else {
				out[i]++
			}
		}
		if self || n == memSlots {
			continue
		}
		if !ok && len(sb.blocks) >= m.maxBlocks {
			sb.prune(m.maxBlocks)
		}
		s[n] = page
		sb.blocks[fp] = s
	}
	return out
}

// site returns host's blocks, made the most recently visited, creating
// them (and evicting the least recently visited host) when new. m.mu is
// held.
func (m *SiteMemory) site(host string) *siteBlocks {
	if e, ok := m.hosts[host]; ok {
		m.lru.MoveToFront(e)
		return e.Value.(*siteBlocks)
	}
	if len(m.hosts) >= m.maxHosts {
		old := m.lru.Back()
		m.lru.Remove(old)
		delete(m.hosts, old.Value.(*siteBlocks).host)
	}
	sb := &siteBlocks{host: host, blocks: map[uint64]seenOn{}}
	m.hosts[host] = m.lru.PushFront(sb)
	return sb
}

// prune makes room in a full host: blocks seen on one page only go; if
// fewer than a quarter of max go that way, every block does. A new map is
// made, sized for what is kept, so that the old one's slots are freed.
func (sb *siteBlocks) prune(max int) {
	n := 0
	for _, s := range sb.blocks {
		if s[1] != 0 {
			n++
		}
	}
	if n > max*3/4 {
		sb.blocks = map[uint64]seenOn{}
		return
	}
	kept := make(map[uint64]seenOn, n)
	for fp, s := range sb.blocks {
		if s[1] != 0 {
			kept[fp] = s
		}
	}
	sb.blocks = kept
}

// Len reports how many hosts and blocks the memory holds.
func (m *SiteMemory) Len() (hosts, blocks int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, e := range m.hosts {
		blocks += len(e.Value.(*siteBlocks).blocks)
	}
	return len(m.hosts), blocks
}
