package fetch

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"

	"github.com/andybalholm/brotli"
)

// readBody reads the whole body under the wire and decoded caps, undoing
// gzip or Brotli Content-Encoding (the ones we ask for).
func (c *Client) readBody(resp *http.Response) ([]byte, error) {
	if resp.ContentLength > c.cfg.MaxBodyBytes {
		return nil, fmt.Errorf("%w: Content-Length %d > %d", ErrBodyTooLarge, resp.ContentLength, c.cfg.MaxBodyBytes)
	}
	var r io.Reader = &capReader{r: resp.Body, left: c.cfg.MaxBodyBytes, err: ErrBodyTooLarge}
	switch enc := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))); enc {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("reading gzip header: %w", readErr(err))
		}
		// Close only reports the decompressor's read error, which
		// ReadFrom below already returns; it does not close resp.Body.
		defer func() { _ = zr.Close() }()
		r = &capReader{r: zr, left: c.cfg.MaxDecodedBytes, err: ErrDecodedTooLarge}
	case "br":
		r = &capReader{r: brotli.NewReader(r), left: c.cfg.MaxDecodedBytes, err: ErrDecodedTooLarge}
	default:
		return nil, fmt.Errorf("%w: %q", ErrContentEncoding, enc)
	}
	var buf bytes.Buffer
	if resp.ContentLength > 0 {
		buf.Grow(int(resp.ContentLength))
	}
	if _, err := buf.ReadFrom(r); err != nil {
		return nil, fmt.Errorf("reading body: %w", readErr(err))
	}
	return buf.Bytes(), nil
}

func readErr(err error) error {
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() && !errors.Is(err, ErrTimeout) {
		return fmt.Errorf("%w: %w", ErrTimeout, err)
	}
	return err
}

// capReader fails with err once more than left bytes are read, rather than
// truncating: a cut page would be stored as if it were whole.
type capReader struct {
	r    io.Reader
	left int64
	err  error
}

func (c *capReader) Read(p []byte) (int, error) {
	if c.left < 0 {
		return 0, c.err
	}
	// Read one byte past the cap to tell "exactly at the cap" from "over".
	if int64(len(p)) > c.left+1 {
		p = p[:c.left+1]
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	if c.left < 0 {
		return n, c.err
	}
	return n, err
}
