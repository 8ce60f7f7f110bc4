package fetch

import (
	"bytes"
	"mime"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// prescanBytes is how far into a page browsers look for a <meta> charset.
const prescanBytes = 1024

// DeclaredCharset returns the charset the response declares, as a
// lower-case WHATWG name: the Content-Type parameter wins over the page's
// <meta charset> or <meta http-equiv="Content-Type">, as in browsers. It is
// empty when neither declares a known charset.
func DeclaredCharset(contentType string, body []byte) string {
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		if name := lookup(params["charset"]); name != "" {
			return name
		}
	}
	return metaCharset(body)
}

// DetectedCharset returns the charset a browser would decode the body with
// (BOM, HTTP header, <meta> prescan, then a UTF-8 check with windows-1252
// as the fallback).
func DetectedCharset(contentType string, body []byte) string {
	_, name, _ := charset.DetermineEncoding(body, contentType)
	return name
}

func lookup(label string) string {
	if label = strings.TrimSpace(label); label == "" {
		return ""
	}
	if _, name := charset.Lookup(label); name != "" {
		return strings.ToLower(name)
	}
	return ""
}

func metaCharset(body []byte) string {
	if len(body) > prescanBytes {
		body = body[:prescanBytes]
	}
	z := html.NewTokenizer(bytes.NewReader(body))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) != "meta" || !hasAttr {
				continue
			}
			var cs, equiv, content string
			for {
				k, v, more := z.TagAttr()
				switch string(k) {
				case "charset":
					cs = string(v)
				case "http-equiv":
					equiv = strings.ToLower(strings.TrimSpace(string(v)))
				case "content":
					content = string(v)
				}
				if !more {
					break
				}
			}
			if name := lookup(cs); name != "" {
				return name
			}
			if equiv == "content-type" {
				if name := lookup(charsetParam(content)); name != "" {
					return name
				}
			}
		}
	}
}

// charsetParam extracts charset=… from a http-equiv content value, which is
// often not a well-formed media type ("text/html; charset='windows-1251'").
func charsetParam(content string) string {
	lc := strings.ToLower(content)
	i := strings.Index(lc, "charset")
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(content[i+len("charset"):], " \t")
	if !strings.HasPrefix(rest, "=") {
		return ""
	}
	rest = strings.Trim(strings.TrimLeft(rest[1:], " \t"), `"'`)
	if j := strings.IndexAny(rest, `;"' `); j >= 0 {
		rest = rest[:j]
	}
	return rest
}
