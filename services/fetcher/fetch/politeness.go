package fetch

import (
	"context"
	"strings"
	"sync"
	"time"
)

// hostGate lets one request per host run at a time and spaces consecutive
// requests to a host by at least interval (or the host's Crawl-delay). Its
// state is per process; Config.SharedHosts extends it across replicas.
type hostGate struct {
	interval time.Duration
	now      func() time.Time

	mu    sync.Mutex
	hosts map[string]*hostSlot
}

type hostSlot struct {
	sem chan struct{}
	// delay is the host's robots.txt Crawl-delay when longer than interval
	// (guarded by hostGate.mu).
	delay time.Duration
	// next is the earliest start of the next request. It is written holding
	// both sem and hostGate.mu, so holding either is enough to read it.
	next time.Time
	refs int // guarded by hostGate.mu
}

func newHostGate(interval time.Duration) *hostGate {
	return &hostGate{interval: interval, now: time.Now, hosts: make(map[string]*hostSlot)}
}

// acquire blocks until a request to host may start; release must be called
// when the request, body included, is finished.
func (g *hostGate) acquire(ctx context.Context, host string) (release func(), err error) {
	host = strings.ToLower(host)
	g.mu.Lock()
	if len(g.hosts) >= maxIdleHosts {
		g.pruneLocked()
	}
	s, ok := g.hosts[host]
	if !ok {
		s = &hostSlot{sem: make(chan struct{}, 1)}
		g.hosts[host] = s
	}
	s.refs++
	g.mu.Unlock()

	drop := func() {
		g.mu.Lock()
		s.refs--
		g.mu.Unlock()
	}

	select {
	case s.sem <- struct{}{}:
	case <-ctx.Done():
		drop()
		return nil, ctx.Err()
	}
	if wait := s.next.Sub(g.now()); wait > 0 {
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			<-s.sem
			drop()
			return nil, ctx.Err()
		}
	}
	var once sync.Once
	return func() {
		once.Do(func() {
			g.mu.Lock()
			s.next = g.now().Add(max(g.interval, s.delay))
			g.mu.Unlock()
			<-s.sem
			drop()
		})
	}, nil
}

// setDelay raises host's interval to d (a robots.txt Crawl-delay).
func (g *hostGate) setDelay(host string, d time.Duration) {
	host = strings.ToLower(host)
	g.mu.Lock()
	defer g.mu.Unlock()
	s, ok := g.hosts[host]
	if !ok {
		s = &hostSlot{sem: make(chan struct{}, 1)}
		g.hosts[host] = s
	}
	s.delay = d
}

// intervalFor is the least gap between two requests to host.
func (g *hostGate) intervalFor(host string) time.Duration {
	g.mu.Lock()
	defer g.mu.Unlock()
	if s, ok := g.hosts[strings.ToLower(host)]; ok {
		return max(g.interval, s.delay)
	}
	return g.interval
}

// maxIdleHosts bounds the host map before idle entries are pruned.
const maxIdleHosts = 1024

// pruneLocked forgets hosts with no request waiting whose interval has
// passed: forgetting them changes no schedule (a forgotten Crawl-delay is
// set again from the robots cache on the host's next page).
func (g *hostGate) pruneLocked() {
	now := g.now()
	for h, s := range g.hosts {
		if s.refs == 0 && !now.Before(s.next) {
			delete(g.hosts, h)
		}
	}
}
