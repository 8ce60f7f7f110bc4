package feed

import (
	"bytes"
	"fmt"
	"io"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// prologEncoding finds the encoding pseudo-attribute of an XML declaration.
var prologEncoding = regexp.MustCompile(`^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']`)

// isUTF8Label reports whether a charset label names UTF-8 (or nothing).
func isUTF8Label(label string) bool {
	if label == "" {
		return true
	}
	_, name := charset.Lookup(label)
	return name == "utf-8"
}

// decode makes a feed document UTF-8 and valid, so that one bad byte does
// not lose a whole feed:
//
//   - a UTF-16 or UTF-32 document (by its byte-order mark) is left to the
//     parser, as is an XML document whose declaration names a charset
//     other than UTF-8: the parser converts it;
//   - a document that the HTTP Content-Type declares in another charset,
//     and whose XML declaration names none, is converted to UTF-8 first;
//   - then every byte that is not part of valid UTF-8, and every control
//     character that XML and JSON forbid raw (all C0 controls but tab,
//     line feed and carriage return, and U+FFFE, U+FFFF), becomes U+FFFD.
//
// It returns the document to parse and the number of replacements.
func decode(data []byte, contentType string) ([]byte, int, error) {
	if bytes.HasPrefix(data, []byte{0xFE, 0xFF}) || bytes.HasPrefix(data, []byte{0xFF, 0xFE}) ||
		bytes.HasPrefix(data, []byte{0, 0, 0xFE, 0xFF}) {
		return data, 0, nil
	}
	head := data[:min(len(data), 512)]
	declared := ""
	if m := prologEncoding.FindSubmatch(head); m != nil {
		declared = string(m[1])
	}
	if !isUTF8Label(declared) {
		return data, 0, nil // the parser converts it
	}
	if declared == "" {
		if _, params, err := mime.ParseMediaType(contentType); err == nil && !isUTF8Label(params["charset"]) {
			r, err := charset.NewReaderLabel(params["charset"], bytes.NewReader(data))
			if err == nil { // an unknown label: read the bytes as UTF-8
				if data, err = io.ReadAll(r); err != nil {
					return nil, 0, fmt.Errorf("converting from %s: %w", params["charset"], err)
				}
			}
		}
	}
	return repair(data)
}

// repair replaces invalid UTF-8 and forbidden control characters with
// U+FFFD. It copies only when something needs replacing.
func repair(data []byte) ([]byte, int, error) {
	bad := func(r rune, size int) bool {
		return r == utf8.RuneError && size <= 1 || r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0xFFFE || r == 0xFFFF
	}
	first := -1
	for i := 0; i < len(data); {
		if c := data[i]; c < utf8.RuneSelf { // ASCII, the common case: no decoding
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
				first = i
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if bad(r, size) {
			first = i
			break
		}
		i += size
	}
	if first < 0 {
		return data, 0, nil
	}
	var b strings.Builder
	b.Grow(len(data) + 16)
	b.Write(data[:first])
	n := 0
	for i := first; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if bad(r, size) {
			b.WriteRune(utf8.RuneError)
			n++
		} else {
			b.Write(data[i : i+size])
		}
		i += size
	}
	return []byte(b.String()), n, nil
}
