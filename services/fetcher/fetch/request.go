package fetch

import (
	"context"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/hashicorp/go-retryablehttp"

	"github.com/newsflow/newsflow/services/fetcher/redact"
)

const (
	acceptFeed = "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5"
	acceptPage = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"
)

// Options are per-feed request settings.
type Options struct {
	// UserAgent overrides Config.UserAgent when set.
	UserAgent string
	// Header adds request headers (e.g. a cookie a publisher requires).
	Header map[string]string
}

// Validators are a feed response's cache validators, sent back on the next
// poll so that an unchanged feed costs a 304.
type Validators struct {
	ETag         string
	LastModified string
}

// FeedResponse is the outcome of fetching a feed.
type FeedResponse struct {
	URL      string
	FinalURL string
	Status   int
	// NotModified is true on a 304: Body is empty and Validators are the
	// ones sent.
	NotModified bool
	ContentType string
	Body        []byte
	Validators  Validators
	// Fresh is how long the server says the document stays fresh:
	// Cache-Control max-age (or s-maxage), else Expires minus Date. Zero
	// when it says nothing (or no-cache/no-store).
	Fresh     time.Duration
	FetchedAt time.Time
}

// Page is a fetched HTML page.
type Page struct {
	URL         string
	FinalURL    string
	Status      int
	ContentType string
	// DeclaredCharset is what the header or a <meta> says, empty if nothing does.
	DeclaredCharset string
	// DetectedCharset is what a browser would decode Body with.
	DetectedCharset string
	// Body is the page as served: gzip transfer coding undone, not transcoded.
	Body      []byte
	FetchedAt time.Time
}

// Feed fetches a feed document with a conditional GET.
func (c *Client) Feed(ctx context.Context, rawURL string, v Validators, o Options) (*FeedResponse, error) {
	var out *FeedResponse
	err := c.do(ctx, rawURL, acceptFeed, o, func(req *retryablehttp.Request) {
		if v.ETag != "" {
			req.Header.Set("If-None-Match", v.ETag)
		}
		if v.LastModified != "" {
			req.Header.Set("If-Modified-Since", v.LastModified)
		}
	}, func(resp *http.Response) error {
		now := time.Now().UTC()
		out = &FeedResponse{
			URL:         rawURL,
			FinalURL:    resp.Request.URL.String(),
			Status:      resp.StatusCode,
			ContentType: resp.Header.Get("Content-Type"),
			Fresh:       freshness(resp.Header, now),
			FetchedAt:   now,
		}
		if resp.StatusCode == http.StatusNotModified {
			out.NotModified = true
			out.Validators = v
			return nil
		}
		if err := statusError(rawURL, resp); err != nil {
			return err
		}
		body, err := c.readBody(resp)
		if err != nil {
			return err
		}
		out.Body = body
		out.Validators = Validators{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}
		return nil
	})
	if err != nil {
		return nil, redact.Error(fmt.Errorf("fetching feed %q: %w", rawURL, err))
	}
	return out, nil
}

// Page fetches an HTML page. A response that is not HTML is not read and
// fails with a *NotHTMLError.
func (c *Client) Page(ctx context.Context, rawURL string, o Options) (*Page, error) {
	var out *Page
	if !c.cfg.IgnoreRobots {
		if err := c.robots.check(ctx, rawURL, o); err != nil {
			return nil, redact.Error(fmt.Errorf("fetching page %q: %w", rawURL, err))
		}
	}
	err := c.do(ctx, rawURL, acceptPage, o, nil, func(resp *http.Response) error {
		if err := statusError(rawURL, resp); err != nil {
			return err
		}
		ct := resp.Header.Get("Content-Type")
		if ct != "" && !isHTML(ct) {
			return &NotHTMLError{URL: rawURL, ContentType: ct}
		}
		body, err := c.readBody(resp)
		if err != nil {
			return err
		}
		if ct == "" {
			if sniffed := http.DetectContentType(body); !isHTML(sniffed) {
				return &NotHTMLError{URL: rawURL, ContentType: sniffed}
			}
		}
		out = &Page{
			URL:             rawURL,
			FinalURL:        resp.Request.URL.String(),
			Status:          resp.StatusCode,
			ContentType:     ct,
			DeclaredCharset: DeclaredCharset(ct, body),
			DetectedCharset: DetectedCharset(ct, body),
			Body:            body,
			FetchedAt:       time.Now().UTC(),
		}
		return nil
	})
	if err != nil {
		return nil, redact.Error(fmt.Errorf("fetching page %q: %w", rawURL, err))
	}
	return out, nil
}

// do runs one request (with retries) inside the host's politeness slot and
// hands the final response to handle; the body is closed afterwards.
func (c *Client) do(ctx context.Context, rawURL, accept string, o Options, prepare func(*retryablehttp.Request), handle func(*http.Response) error) error {
	u, err := url.Parse(rawURL)
	if err != nil {
		return fmt.Errorf("parsing URL: %w", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("%w: %q", ErrScheme, u.Scheme)
	}
	release, err := c.gate.acquire(ctx, u.Host)
	if err != nil {
		return fmt.Errorf("waiting for host %q: %w", u.Host, err)
	}
	defer release()
	if c.cfg.SharedHosts != nil {
		releaseShared, err := c.cfg.SharedHosts.Acquire(ctx, strings.ToLower(u.Host), c.gate.intervalFor(u.Host))
		if err != nil {
			return fmt.Errorf("waiting for host %q across replicas: %w", u.Host, err)
		}
		defer releaseShared()
	}

	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return fmt.Errorf("building request: %w", err)
	}
	ua := c.cfg.UserAgent
	if o.UserAgent != "" {
		ua = o.UserAgent
	}
	req.Header.Set("User-Agent", ua)
	req.Header.Set("Accept", accept)
	req.Header.Set("Accept-Encoding", "gzip, br")
	for k, v := range o.Header {
		req.Header.Set(k, v)
	}
	if prepare != nil {
		prepare(req)
	}
	resp, err := c.rc.Do(req)
	if err != nil {
		if resp != nil {
			_ = resp.Body.Close() // read-only body; the Do error is what matters
		}
		return readErr(err)
	}
	defer func() {
		// Drain a little so the connection can be reused, not more.
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 4<<10))
		_ = resp.Body.Close() // read-only body: nothing to report after handle
	}()
	return handle(resp)
}

func statusError(rawURL string, resp *http.Response) error {
	if resp.StatusCode >= 200 && resp.StatusCode < 300 {
		return nil
	}
	se := &StatusError{URL: rawURL, Code: resp.StatusCode}
	if d, ok := retryAfter(resp.Header.Get("Retry-After"), time.Now()); ok {
		se.RetryAfter = d
	}
	return se
}

// freshness reads Cache-Control max-age / s-maxage, else Expires - Date.
func freshness(h http.Header, now time.Time) time.Duration {
	for d := range strings.SplitSeq(strings.ToLower(h.Get("Cache-Control")), ",") {
		d = strings.TrimSpace(d)
		switch {
		case d == "no-cache" || d == "no-store":
			return 0
		case strings.HasPrefix(d, "s-maxage=") || strings.HasPrefix(d, "max-age="):
			_, v, _ := strings.Cut(d, "=")
			if n, err := strconv.ParseInt(strings.Trim(v, `"`), 10, 64); err == nil && n > 0 {
				return time.Duration(min(n, int64(7*24*time.Hour/time.Second))) * time.Second
			}
		}
	}
	exp, err := http.ParseTime(h.Get("Expires"))
	if err != nil {
		return 0
	}
	if date, err := http.ParseTime(h.Get("Date")); err == nil {
		now = date
	}
	return max(exp.Sub(now), 0)
}

func isHTML(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.Split(contentType, ";")[0]))
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}
