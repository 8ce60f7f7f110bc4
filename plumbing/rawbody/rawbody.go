package rawbody

import (
	"errors"
	"fmt"
	"sync"

	"github.com/klauspost/compress/zstd"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// CompressAbove is the size from which page bytes are compressed.
const CompressAbove = 64 << 10

// MaxDecoded bounds what Decode will inflate, so a hostile frame cannot
// exhaust memory.
const MaxDecoded = 64 << 20

// ErrTooLarge is returned for a body that inflates past MaxDecoded.
var ErrTooLarge = errors.New("rawbody: page body too large")

// ErrUnknownEncoding is returned for a body encoding this version cannot read.
var ErrUnknownEncoding = errors.New("rawbody: unknown body encoding")

var (
	encOnce  sync.Once
	enc      *zstd.Encoder
	dec      *zstd.Decoder
	errCodec error //nolint:errname // set once by codecs, not a sentinel
)

func codecs() (*zstd.Encoder, *zstd.Decoder, error) {
	encOnce.Do(func() {
		// Stateless (EncodeAll/DecodeAll) use is safe for concurrent callers.
		enc, errCodec = zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedDefault), zstd.WithEncoderConcurrency(1))
		if errCodec != nil {
			return
		}
		dec, errCodec = zstd.NewReader(nil, zstd.WithDecoderConcurrency(0), zstd.WithDecoderMaxMemory(MaxDecoded))
	})
	return enc, dec, errCodec
}

// Set stores body in page, compressing it when it is large.
func Set(page *newsv1.RawPage, body []byte) error {
	page.BodySize = int64(len(body))
	if len(body) < CompressAbove {
		page.Body = body
		page.BodyEncoding = newsv1.BodyEncoding_BODY_ENCODING_IDENTITY
		return nil
	}
	e, _, err := codecs()
	if err != nil {
		return fmt.Errorf("creating zstd encoder: %w", err)
	}
	page.Body = e.EncodeAll(body, make([]byte, 0, len(body)/4))
	page.BodyEncoding = newsv1.BodyEncoding_BODY_ENCODING_ZSTD
	return nil
}

// Get returns the page bytes as served.
func Get(page *newsv1.RawPage) ([]byte, error) {
	switch page.GetBodyEncoding() {
	case newsv1.BodyEncoding_BODY_ENCODING_UNSPECIFIED, newsv1.BodyEncoding_BODY_ENCODING_IDENTITY:
		return page.GetBody(), nil
	case newsv1.BodyEncoding_BODY_ENCODING_ZSTD:
		if page.GetBodySize() > MaxDecoded || page.GetBodySize() < 0 {
			// Refuse before allocating: body_size comes from the message.
			return nil, fmt.Errorf("%w: page declares %d bytes, limit %d", ErrTooLarge, page.GetBodySize(), MaxDecoded)
		}
		_, d, err := codecs()
		if err != nil {
			return nil, fmt.Errorf("creating zstd decoder: %w", err)
		}
		out, err := d.DecodeAll(page.GetBody(), make([]byte, 0, page.GetBodySize()))
		if err != nil {
			return nil, fmt.Errorf("decompressing page body: %w", err)
		}
		if len(out) > MaxDecoded {
			return nil, fmt.Errorf("%w: inflates to %d bytes, limit %d", ErrTooLarge, len(out), MaxDecoded)
		}
		return out, nil
	default:
		return nil, fmt.Errorf("%w: %v", ErrUnknownEncoding, page.GetBodyEncoding())
	}
}
