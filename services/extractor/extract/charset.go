package extract

import (
	"encoding/binary"
	"fmt"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// decode converts body to UTF-8 following the WHATWG order: byte order mark,
// the HTTP charset, a <meta> declaration in the first 1024 bytes, then a
// sniff. It returns the label of the encoding used.
func decode(body []byte, contentType string) ([]byte, string, error) {
	enc, name, certain := charset.DetermineEncoding(body, contentType)
	// A guess (no BOM, no HTTP charset) that disagrees with a body that is
	// valid UTF-8 and not plain ASCII is almost always a stale declaration:
	// real windows-1252 text practically never forms valid UTF-8 sequences.
	if !certain && name != "utf-8" && hasHighBit(body) && utf8.Valid(body) {
		return body, "utf-8", nil
	}
	if enc == nil || enc == encoding.Nop || name == "utf-8" {
		return body, "utf-8", nil
	}
	if enc == unicode.UTF8 {
		return body, "utf-8", nil
	}
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return nil, name, fmt.Errorf("decoding %s body: %w: %w", name, ErrUndecodable, err)
	}
	return out, name, nil
}

// hasHighBit reports a byte of b outside ASCII. It reads eight bytes at a
// time: on a page of plain ASCII (most English pages that declare another
// charset) it reads the whole body.
func hasHighBit(b []byte) bool {
	for len(b) >= 8 {
		if binary.LittleEndian.Uint64(b)&0x8080808080808080 != 0 {
			return true
		}
		b = b[8:]
	}
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}
