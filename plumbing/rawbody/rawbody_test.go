package rawbody

import (
	"bytes"
	"errors"
	"testing"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

func TestRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name string
		size int
		want newsv1.BodyEncoding
	}{
		{"empty", 0, newsv1.BodyEncoding_BODY_ENCODING_IDENTITY},
		{"small", 1000, newsv1.BodyEncoding_BODY_ENCODING_IDENTITY},
		{"large", 3 << 20, newsv1.BodyEncoding_BODY_ENCODING_ZSTD},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := bytes.Repeat([]byte("<p>Kabul attack</p>\n"), tc.size/20+1)[:tc.size]
			var p newsv1.RawPage
			if err := Set(&p, body); err != nil {
				t.Fatal(err)
			}
			if p.GetBodyEncoding() != tc.want {
				t.Fatalf("encoding = %v, want %v", p.GetBodyEncoding(), tc.want)
			}
			if p.GetBodySize() != int64(tc.size) {
				t.Fatalf("body_size = %d, want %d", p.GetBodySize(), tc.size)
			}
			if tc.size > CompressAbove && len(p.GetBody()) >= 1<<20 {
				t.Fatalf("compressed body is %d bytes, still over 1 MB", len(p.GetBody()))
			}
			got, err := Get(&p)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, body) {
				t.Fatal("round trip changed the body")
			}
		})
	}
}

func TestGetRejectsGarbage(t *testing.T) {
	p := &newsv1.RawPage{Body: []byte("not zstd"), BodyEncoding: newsv1.BodyEncoding_BODY_ENCODING_ZSTD}
	if _, err := Get(p); err == nil {
		t.Fatal("want error for a corrupt frame")
	}
	p = &newsv1.RawPage{BodyEncoding: 99}
	if _, err := Get(p); !errors.Is(err, ErrUnknownEncoding) {
		t.Fatalf("err = %v, want ErrUnknownEncoding", err)
	}
}

func TestGetRefusesBombs(t *testing.T) {
	// A body whose declared size is huge is refused before any allocation.
	p := &newsv1.RawPage{Body: []byte{0}, BodySize: 1 << 40, BodyEncoding: newsv1.BodyEncoding_BODY_ENCODING_ZSTD}
	if _, err := Get(p); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("declared 1 TB: err = %v, want ErrTooLarge", err)
	}
	// A small frame that inflates past the limit, with a lying body_size.
	var big newsv1.RawPage
	if err := Set(&big, bytes.Repeat([]byte("a"), MaxDecoded+1<<20)); err != nil {
		t.Fatal(err)
	}
	if len(big.GetBody()) > 1<<20 {
		t.Fatalf("test frame is %d bytes; expected a small bomb", len(big.GetBody()))
	}
	big.BodySize = 10
	if _, err := Get(&big); err == nil {
		t.Fatal("a frame inflating past MaxDecoded must be refused")
	}
}
