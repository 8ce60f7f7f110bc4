package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
	"golang.org/x/sync/singleflight"
)

// maxRobotsBytes is how much of a robots.txt is parsed (Google reads 500 KiB).
const maxRobotsBytes = 512 << 10

// robotsRetry is how long an unreachable robots.txt (5xx, network error) is
// remembered before it is asked for again; pages wait meanwhile.
const robotsRetry = 10 * time.Minute

// maxRobotsHosts bounds the cache before expired entries are dropped.
const maxRobotsHosts = 4096

// robotsCache fetches and caches each origin's robots.txt. A 4xx (no
// robots.txt) allows everything; a 5xx or network error holds the origin's
// pages back, transiently, until robots.txt can be read (RFC 9309 §2.3.1.4).
type robotsCache struct {
	c   *Client
	ttl time.Duration
	now func() time.Time

	sf singleflight.Group
	mu sync.Mutex
	m  map[string]robotsEntry // by scheme://host
}

type robotsEntry struct {
	data    *robotstxt.RobotsData // nil: unreachable
	err     error
	expires time.Time
}

func newRobotsCache(c *Client, ttl time.Duration) *robotsCache {
	if ttl <= 0 {
		ttl = 24 * time.Hour
	}
	return &robotsCache{c: c, ttl: ttl, now: time.Now, m: make(map[string]robotsEntry)}
}

// check reports ErrRobotsDisallowed when robots.txt forbids rawURL to our
// agent, and sets the host's Crawl-delay on the politeness gate.
func (r *robotsCache) check(ctx context.Context, rawURL string, o Options) error {
	u, err := url.Parse(rawURL)
	if err != nil {
		return fmt.Errorf("parsing URL: %w", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("%w: %q", ErrScheme, u.Scheme)
	}
	origin := strings.ToLower(u.Scheme + "://" + u.Host)
	e, err := r.get(ctx, origin, o)
	if err != nil {
		return err
	}
	if e.data == nil {
		return e.err
	}
	ua := r.c.cfg.UserAgent
	if o.UserAgent != "" {
		ua = o.UserAgent
	}
	g := e.data.FindGroup(agentToken(ua))
	if g == nil {
		return nil
	}
	if d := min(g.CrawlDelay, r.c.cfg.MaxCrawlDelay); d > 0 {
		r.c.gate.setDelay(u.Host, d)
	}
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	if !g.Test(path) {
		return fmt.Errorf("%w: %s", ErrRobotsDisallowed, path)
	}
	return nil
}

func (r *robotsCache) get(ctx context.Context, origin string, o Options) (robotsEntry, error) {
	now := r.now()
	r.mu.Lock()
	e, ok := r.m[origin]
	r.mu.Unlock()
	if ok && now.Before(e.expires) {
		return e, nil
	}
	v, err, _ := r.sf.Do(origin, func() (any, error) {
		e, err := r.fetch(ctx, origin, o)
		if err != nil {
			return robotsEntry{}, err
		}
		r.mu.Lock()
		defer r.mu.Unlock()
		if len(r.m) >= maxRobotsHosts {
			for k, old := range r.m {
				if !now.Before(old.expires) {
					delete(r.m, k)
				}
			}
		}
		r.m[origin] = e
		return e, nil
	})
	if err != nil {
		return robotsEntry{}, err
	}
	return v.(robotsEntry), nil
}

// fetch returns the entry to cache, or an error (the caller's context
// ended) when nothing should be cached.
func (r *robotsCache) fetch(ctx context.Context, origin string, o Options) (robotsEntry, error) {
	var data *robotstxt.RobotsData
	err := r.c.do(ctx, origin+"/robots.txt", "text/plain, */*;q=0.1", Options{UserAgent: o.UserAgent}, nil, func(resp *http.Response) error {
		switch {
		case resp.StatusCode >= 200 && resp.StatusCode < 300:
			body, err := r.c.readBody(resp)
			if err != nil && !errors.Is(err, ErrBodyTooLarge) && !errors.Is(err, ErrDecodedTooLarge) {
				return err
			}
			if len(body) > maxRobotsBytes {
				body = body[:maxRobotsBytes]
			}
			d, perr := robotstxt.FromStatusAndBytes(http.StatusOK, body)
			if perr != nil {
				d = allowAll()
			}
			data = d
		case resp.StatusCode >= 400 && resp.StatusCode < 500:
			data = allowAll() // 401 and 403 too, as RFC 9309 says
		default:
			return &StatusError{URL: origin + "/robots.txt", Code: resp.StatusCode}
		}
		return nil
	})
	now := r.now()
	switch {
	case data != nil:
		return robotsEntry{data: data, expires: now.Add(r.ttl)}, nil
	case ctx.Err() != nil:
		return robotsEntry{}, fmt.Errorf("reading %s/robots.txt: %w", origin, ctx.Err())
	case errors.Is(err, ErrBlockedAddress):
		// Pages there are refused anyway; say why the guard's way.
		return robotsEntry{}, err
	default:
		return robotsEntry{err: fmt.Errorf("%w: %s/robots.txt: %w", ErrRobotsUnavailable, origin, err), expires: now.Add(robotsRetry)}, nil
	}
}

func allowAll() *robotstxt.RobotsData {
	d, _ := robotstxt.FromStatusAndBytes(http.StatusNotFound, nil) // always succeeds: allow all
	return d
}

// agentToken is the product token robots.txt groups are matched against:
// "newsflow-fetcher" for "newsflow-fetcher/0.1 (+https://…)".
func agentToken(ua string) string {
	ua = strings.TrimSpace(ua)
	if i := strings.IndexAny(ua, "/ ("); i > 0 {
		ua = ua[:i]
	}
	return ua
}
