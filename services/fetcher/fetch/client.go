package fetch

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"time"

	"github.com/hashicorp/go-retryablehttp"

	"github.com/newsflow/newsflow/services/fetcher/redact"
)

// DefaultUserAgent identifies the crawler and says where to reach its operators.
const DefaultUserAgent = "newsflow-fetcher/0.1 (+https://github.com/newsflow/newsflow)"

// Config tunes a Client. Start from DefaultConfig.
type Config struct {
	// UserAgent is sent unless a request overrides it; it must name the
	// crawler and a contact URL.
	UserAgent string
	// ConnectTimeout bounds establishing a TCP connection.
	ConnectTimeout time.Duration
	// HeaderTimeout bounds the wait for response headers once the request is sent.
	HeaderTimeout time.Duration
	// TotalTimeout bounds one attempt from dial to the last body byte.
	TotalTimeout time.Duration
	// MaxRedirects is the longest redirect chain followed.
	MaxRedirects int
	// MaxBodyBytes caps the body as received on the wire.
	MaxBodyBytes int64
	// MaxDecodedBytes caps the body after Content-Encoding is undone.
	MaxDecodedBytes int64
	// RetryMax is how many times a failed attempt is retried (0: never).
	RetryMax int
	// RetryWaitMin and RetryWaitMax bound the exponential backoff.
	RetryWaitMin, RetryWaitMax time.Duration
	// MaxRetryAfter is the longest Retry-After honoured by waiting; a longer
	// one ends the retries with a *StatusError carrying it.
	MaxRetryAfter time.Duration
	// HostInterval is the least time between two requests to one host.
	HostInterval time.Duration
	// AllowCIDRs opens non-public ranges to the SSRF guard (development,
	// tests: 127.0.0.0/8). Empty in production.
	AllowCIDRs []netip.Prefix
	// Resolve dials "host:port" at another "ip:port", as curl --resolve
	// does: the demo serves its site under a fixed name (so that record ids,
	// derived from URLs, are the same in every run) from a random loopback
	// port. The SSRF guard still checks the address actually dialled.
	Resolve map[string]string
	// IgnoreRobots skips robots.txt for pages (tests only; feeds, which an
	// operator subscribed to on purpose, are never checked).
	IgnoreRobots bool
	// RobotsTTL is how long a host's robots.txt is cached.
	RobotsTTL time.Duration
	// MaxCrawlDelay caps the robots.txt Crawl-delay honoured; a longer one
	// is cut to it (a day-long delay would starve the host's feeds).
	MaxCrawlDelay time.Duration
	// SharedHosts, when set, makes the per-host limits hold across every
	// process that shares it (one request at a time, HostInterval apart).
	SharedHosts HostSlots
}

// DefaultConfig returns production settings.
func DefaultConfig() Config {
	return Config{
		UserAgent:       DefaultUserAgent,
		ConnectTimeout:  10 * time.Second,
		HeaderTimeout:   20 * time.Second,
		TotalTimeout:    60 * time.Second,
		MaxRedirects:    10,
		MaxBodyBytes:    10 << 20,
		MaxDecodedBytes: 20 << 20,
		RetryMax:        3,
		RetryWaitMin:    time.Second,
		RetryWaitMax:    30 * time.Second,
		MaxRetryAfter:   2 * time.Minute,
		HostInterval:    3 * time.Second,
		RobotsTTL:       24 * time.Hour,
		MaxCrawlDelay:   time.Minute,
	}
}

// Validate reports the first setting that cannot work.
func (c Config) Validate() error {
	switch {
	case c.UserAgent == "":
		return errors.New("fetch: empty user agent")
	case c.ConnectTimeout <= 0 || c.HeaderTimeout <= 0 || c.TotalTimeout <= 0:
		return errors.New("fetch: timeouts must be positive")
	case c.MaxRedirects < 0:
		return errors.New("fetch: negative redirect limit")
	case c.MaxBodyBytes <= 0 || c.MaxDecodedBytes <= 0:
		return errors.New("fetch: body limits must be positive")
	case c.RetryMax < 0 || c.RetryWaitMin < 0 || c.RetryWaitMax < c.RetryWaitMin || c.MaxRetryAfter < 0:
		return errors.New("fetch: invalid retry settings")
	case c.HostInterval < 0:
		return errors.New("fetch: negative host interval")
	case c.RobotsTTL < 0 || c.MaxCrawlDelay < 0:
		return errors.New("fetch: negative robots settings")
	}
	return nil
}

// Client fetches feeds and pages. It is safe for concurrent use.
type Client struct {
	cfg    Config
	rc     *retryablehttp.Client
	gate   *hostGate
	robots *robotsCache
	logger *slog.Logger
}

// New returns a Client for cfg.
func New(cfg Config, logger *slog.Logger) (*Client, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	logger = logger.With("component", "fetch")
	g := guard{allow: cfg.AllowCIDRs}
	dialer := &net.Dialer{
		Timeout:   cfg.ConnectTimeout,
		KeepAlive: 30 * time.Second,
		Control:   g.control,
	}
	dial := dialer.DialContext
	if len(cfg.Resolve) > 0 {
		dial = func(ctx context.Context, network, addr string) (net.Conn, error) {
			if to, ok := cfg.Resolve[addr]; ok {
				addr = to
			}
			return dialer.DialContext(ctx, network, addr)
		}
	}
	transport := &http.Transport{
		Proxy:                 nil, // a proxy would hide the real target from the guard
		DialContext:           dial,
		ForceAttemptHTTP2:     true,
		TLSHandshakeTimeout:   cfg.ConnectTimeout,
		ResponseHeaderTimeout: cfg.HeaderTimeout,
		ExpectContinueTimeout: time.Second,
		MaxIdleConns:          100,
		MaxIdleConnsPerHost:   2,
		IdleConnTimeout:       90 * time.Second,
		// We ask for gzip ourselves so the decoded size can be capped.
		DisableCompression: true,
	}
	hc := &http.Client{
		Transport: transport,
		Timeout:   cfg.TotalTimeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > cfg.MaxRedirects {
				return fmt.Errorf("%w: more than %d", ErrTooManyRedirects, cfg.MaxRedirects)
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("%w: redirect to %q", ErrScheme, req.URL.Redacted())
			}
			return nil
		},
	}
	c := &Client{cfg: cfg, gate: newHostGate(cfg.HostInterval), logger: logger}
	c.robots = newRobotsCache(c, cfg.RobotsTTL)
	c.rc = &retryablehttp.Client{
		HTTPClient:   hc,
		Logger:       retryLogger{logger},
		RetryWaitMin: cfg.RetryWaitMin,
		RetryWaitMax: cfg.RetryWaitMax,
		RetryMax:     cfg.RetryMax,
		CheckRetry:   c.checkRetry,
		Backoff:      c.backoff,
		ErrorHandler: retryablehttp.PassthroughErrorHandler,
	}
	return c, nil
}

// CloseIdleConnections closes idle keep-alive connections.
func (c *Client) CloseIdleConnections() {
	c.rc.HTTPClient.CloseIdleConnections()
}

// retryLogger keeps go-retryablehttp's per-attempt chatter at debug level;
// the caller logs the outcome. The library hides only a URL's password, so
// every value is redacted here.
type retryLogger struct{ l *slog.Logger }

func (r retryLogger) Error(msg string, kv ...any) { r.l.Debug(msg, redactKV(kv)...) }
func (r retryLogger) Info(msg string, kv ...any)  { r.l.Debug(msg, redactKV(kv)...) }
func (r retryLogger) Debug(msg string, kv ...any) { r.l.Debug(msg, redactKV(kv)...) }
func (r retryLogger) Warn(msg string, kv ...any)  { r.l.Debug(msg, redactKV(kv)...) }

func redactKV(kv []any) []any {
	out := make([]any, len(kv))
	for i, v := range kv {
		switch v := v.(type) {
		case string:
			out[i] = redact.Text(v)
		case error:
			out[i] = redact.Error(v)
		case fmt.Stringer:
			out[i] = redact.Text(v.String())
		default:
			out[i] = v
		}
	}
	return out
}
