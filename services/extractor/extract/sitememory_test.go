package extract

import (
	"fmt"
	"runtime"
	"slices"
	"sync"
	"testing"
)

func TestSiteMemoryVisit(t *testing.T) {
	// Each step visits one page; want is what Visit says of its blocks.
	type visit struct {
		host   string
		page   uint32
		blocks []uint64
		want   []int
	}
	for _, tc := range []struct {
		name   string
		visits []visit
	}{
		{"a first page learns nothing", []visit{
			{"a.test", 1, []uint64{10, 11}, []int{0, 0}},
		}},
		{"a block on another story counts", []visit{
			{"a.test", 1, []uint64{10, 11}, []int{0, 0}},
			{"a.test", 2, []uint64{10, 12}, []int{1, 0}},
			{"a.test", 3, []uint64{10, 11, 12}, []int{2, 1, 1}},
		}},
		{"the same story at a second address counts once", []visit{
			{"a.test", 1, []uint64{10, 11}, []int{0, 0}},
			{"a.test", 1, []uint64{10, 11}, []int{0, 0}},
			{"a.test", 2, []uint64{10}, []int{1}},
		}},
		{"a page visited again is not told of itself", []visit{
			{"a.test", 1, []uint64{10}, []int{0}},
			{"a.test", 2, []uint64{10}, []int{1}},
			{"a.test", 1, []uint64{10}, []int{1}},
			{"a.test", 2, []uint64{10}, []int{1}},
		}},
		{"hosts are apart; www. and case are one host", []visit{
			{"a.test", 1, []uint64{10}, []int{0}},
			{"b.test", 2, []uint64{10}, []int{0}},
			{"WWW.A.test", 3, []uint64{10}, []int{1}},
		}},
		{"a zero fingerprint is neither looked up nor recorded", []visit{
			{"a.test", 1, []uint64{0, 10}, []int{0, 0}},
			{"a.test", 2, []uint64{0, 10}, []int{0, 1}},
		}},
		{"counts stop at the slots", []visit{
			{"a.test", 1, []uint64{10}, []int{0}},
			{"a.test", 2, []uint64{10}, []int{1}},
			{"a.test", 3, []uint64{10}, []int{2}},
			{"a.test", 4, []uint64{10}, []int{3}},
			{"a.test", 5, []uint64{10}, []int{memSlots}},
			{"a.test", 6, []uint64{10}, []int{memSlots}},
			// Page 1 holds a slot: the others still prove the highest
			// threshold.
			{"a.test", 1, []uint64{10}, []int{memSlots - 1}},
		}},
		{"no host, no memory", []visit{
			{"", 1, []uint64{10}, []int{0}},
			{"", 2, []uint64{10}, []int{0}},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := NewSiteMemory(0, 0)
			for i, v := range tc.visits {
				if got := m.Visit(v.host, v.page, v.blocks); !slices.Equal(got, v.want) {
					t.Errorf("visit %d (%s, page %d): got %v, want %v", i, v.host, v.page, got, v.want)
				}
			}
		})
	}
	var nilMem *SiteMemory
	if got := nilMem.Visit("a.test", 1, []uint64{10}); !slices.Equal(got, []int{0}) {
		t.Errorf("nil memory: got %v", got)
	}
}

func TestRepeatPagesThresholds(t *testing.T) {
	for _, tc := range []struct{ n, want int }{
		{12, 1}, {shortBlock - 1, 1}, {shortBlock, 2}, {longBlock, 2}, {longBlock + 1, 3}, {5000, 3},
	} {
		if got := repeatPages(tc.n); got != tc.want {
			t.Errorf("repeatPages(%d) = %d, want %d", tc.n, got, tc.want)
		}
		if repeatPages(tc.n) >= memSlots {
			t.Errorf("repeatPages(%d) = %d cannot be proven with %d slots when the page holds one", tc.n, repeatPages(tc.n), memSlots)
		}
	}
}

// TestSiteMemoryBounds checks that a long run over many hosts and pages
// keeps at most maxHosts hosts and maxBlocks blocks per host, that the
// least recently visited host goes first, and that a block on every page
// of a host is still known after the host was pruned many times.
func TestSiteMemoryBounds(t *testing.T) {
	const maxHosts, maxBlocks = 8, 64
	m := NewSiteMemory(maxHosts, maxBlocks)
	const shared = uint64(1)
	page := uint32(0)
	// Six hosts come back every round; a host seen once comes each round
	// too, so that hosts are evicted all along.
	for round := range 50 {
		hosts := []string{"k0.test", "k1.test", "k2.test", "k3.test", "k4.test", "k5.test", fmt.Sprintf("once%d.test", round)}
		for _, h := range hosts {
			page++
			blocks := []uint64{shared}
			for b := range 30 {
				blocks = append(blocks, uint64(page)<<16|uint64(b)+2)
			}
			got := m.Visit(h, page, blocks)
			if round >= 1 && h[0] == 'k' && got[0] < 1 {
				t.Fatalf("round %d host %s: the block on every page was forgotten", round, h)
			}
			nh, total := m.Len()
			if nh > maxHosts || total > maxHosts*maxBlocks {
				t.Fatalf("round %d host %s: %d hosts, %d blocks; bounds %d hosts of %d", round, h, nh, total, maxHosts, maxBlocks)
			}
			m.mu.Lock()
			for _, e := range m.hosts {
				if n := len(e.Value.(*siteBlocks).blocks); n > maxBlocks {
					m.mu.Unlock()
					t.Fatalf("host %s holds %d blocks, bound %d", e.Value.(*siteBlocks).host, n, maxBlocks)
				}
			}
			m.mu.Unlock()
		}
	}
	if nh, _ := m.Len(); nh != maxHosts {
		t.Errorf("%d hosts at the end, want %d", nh, maxHosts)
	}

	// Least recently visited goes first: a, b, c, then a again, then d
	// evicts b.
	m = NewSiteMemory(3, 0)
	for _, h := range []string{"a.test", "b.test", "c.test", "a.test", "d.test"} {
		m.Visit(h, 1, []uint64{7})
	}
	if got := m.Visit("a.test", 2, []uint64{7}); got[0] != 1 {
		t.Errorf("a.test was evicted although b.test was visited less recently")
	}
	if got := m.Visit("b.test", 2, []uint64{7}); got[0] != 0 {
		t.Errorf("b.test was kept although it was the least recently visited")
	}
}

// TestSiteMemoryConcurrent visits one memory from several goroutines (run
// with -race) and checks that what it learnt does not depend on the
// interleaving: every page's blocks are there at the end.
func TestSiteMemoryConcurrent(t *testing.T) {
	m := NewSiteMemory(0, 0)
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Go(func() {
			for i := range 200 {
				page := uint32(w*1000 + i)
				m.Visit(fmt.Sprintf("h%d.test", i%5), page, []uint64{99, uint64(page) + 100})
			}
		})
	}
	wg.Wait()
	hosts, blocks := m.Len()
	if hosts != 5 || blocks != 5+800 {
		t.Errorf("got %d hosts and %d blocks, want 5 and %d", hosts, blocks, 5+800)
	}
	if got := m.Visit("h0.test", 1<<30, []uint64{99}); got[0] != memSlots {
		t.Errorf("shared block seen on %d pages, want %d", got[0], memSlots)
	}
}

func TestBlockFingerprint(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"12 comments on this story", "3 comments on this story", true},
		{"copyright 2007 the daily courier", "copyright 2008 the daily courier", true},
		{"send us your photos and videos", "send us your photos and video", false},
		{"price 1.50 euros a month now", "price 150 euros a month now", false},
	} {
		fa, fb := blockFingerprint(tc.a), blockFingerprint(tc.b)
		if fa == 0 || fb == 0 {
			t.Fatalf("%q or %q has no fingerprint", tc.a, tc.b)
		}
		if (fa == fb) != tc.same {
			t.Errorf("%q and %q: same fingerprint %v, want %v", tc.a, tc.b, fa == fb, tc.same)
		}
	}
	if blockFingerprint("short") != 0 {
		t.Error("a block under minMemoryBlock bytes has a fingerprint")
	}
}

// BenchmarkSiteMemoryFull fills a memory at the default bounds (every
// host full) and reports the heap it holds: go test -bench SiteMemoryFull
// -benchtime 1x.
func BenchmarkSiteMemoryFull(b *testing.B) {
	for range b.N {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		m := NewSiteMemory(0, 0)
		bl := make([]uint64, DefaultMemoryBlocks)
		for h := range DefaultMemoryHosts {
			for i := range bl {
				bl[i] = uint64(h)<<20 | uint64(i) + 1
			}
			m.Visit(fmt.Sprintf("h%d.test", h), 5, bl)
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		_, blocks := m.Len()
		heap := float64(after.HeapAlloc) - float64(before.HeapAlloc)
		b.ReportMetric(heap/1e6, "MB")
		b.ReportMetric(heap/float64(blocks), "B/block")
		runtime.KeepAlive(m)
	}
}
