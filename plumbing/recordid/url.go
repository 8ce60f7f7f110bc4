package recordid

import (
	"fmt"
	"net"
	"net/netip"
	"net/url"
	"slices"
	"strings"

	"golang.org/x/net/idna"
)

// trackingParams are query keys (lower-cased) that only attribute a click and
// never select content.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "gbraid": true, "wbraid": true,
	"msclkid": true, "yclid": true, "twclid": true, "ttclid": true, "igshid": true,
	"mc_cid": true, "mc_eid": true, "_ga": true, "_gl": true, "_hsenc": true,
	"_hsmi": true, "mkt_tok": true, "oly_anon_id": true, "oly_enc_id": true,
	"vero_id": true, "li_fat_id": true, "rb_clickid": true, "s_cid": true,
	"wt_mc": true, "ocid": true, "cmpid": true, "at_medium": true, "at_campaign": true,
	"ito": true, "spm": true, "__twitter_impression": true, "ncid": true, "sr_share": true,
}

func isTracking(key string) bool {
	k := strings.ToLower(key)
	return trackingParams[k] || strings.HasPrefix(k, "utm_")
}

// URL returns the canonical form of an absolute http(s) URL.
func URL(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "", fmt.Errorf("parsing URL %q: %w", raw, err)
	}
	if u.Scheme == "" || u.Host == "" || u.Opaque != "" {
		return "", fmt.Errorf("%w: %q", ErrNotAbsolute, raw)
	}
	scheme := strings.ToLower(u.Scheme)
	if scheme != "http" && scheme != "https" {
		return "", fmt.Errorf("%w: %q", ErrScheme, raw)
	}
	host, err := canonicalHost(scheme, u.Host)
	if err != nil {
		return "", fmt.Errorf("canonicalising host of %q: %w", raw, err)
	}

	var b strings.Builder
	b.WriteString(scheme)
	b.WriteString("://")
	b.WriteString(host)
	b.WriteString(canonicalPath(u.EscapedPath()))
	if q := canonicalQuery(u.RawQuery); q != "" {
		b.WriteByte('?')
		b.WriteString(q)
	}
	out := b.String()
	// Hosts the parser tolerated but would not accept back are not URLs.
	if _, err := url.Parse(out); err != nil {
		return "", fmt.Errorf("%w: %q", ErrNotAbsolute, raw)
	}
	return out, nil
}

func canonicalHost(scheme, hostport string) (string, error) {
	host, port := hostport, ""
	if h, p, err := net.SplitHostPort(hostport); err == nil {
		host, port = h, p
	} else if strings.HasPrefix(hostport, "[") && strings.HasSuffix(hostport, "]") {
		host = hostport[1 : len(hostport)-1]
	}
	if trimmed := strings.TrimLeft(port, "0"); trimmed != "" {
		port = trimmed
	} else if port != "" {
		port = "0"
	}
	if (scheme == "http" && port == "80") || (scheme == "https" && port == "443") {
		port = ""
	}
	host = strings.TrimRight(strings.ToLower(host), ".")
	if host == "" {
		return "", ErrNotAbsolute
	}
	if !strings.Contains(host, ":") { // IPv6 literals are not IDNs
		// Punycode so that the Unicode and ASCII spellings of one host agree.
		if a, err := idna.Lookup.ToASCII(host); err == nil {
			host = a
		}
	}
	if strings.Contains(host, ":") {
		a, err := netip.ParseAddr(host)
		if err != nil {
			return "", fmt.Errorf("parsing IPv6 host %q: %w", host, err)
		}
		host = "[" + a.String() + "]"
	}
	if port != "" {
		host += ":" + port
	}
	return host, nil
}

// canonicalPath normalises percent-encoding and removes dot segments while
// keeping encoded slashes (%2F) distinct from path separators.
func canonicalPath(escaped string) string {
	p := normaliseEscapes(escaped, false)
	if p == "" {
		return "/"
	}
	p = removeDotSegments(p)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return p
}

// removeDotSegments implements RFC 3986 section 5.2.4 on a path.
func removeDotSegments(p string) string {
	segs := strings.Split(p, "/")
	out := make([]string, 0, len(segs))
	for i, s := range segs {
		last := i == len(segs)-1
		switch s {
		case ".":
			if last {
				out = append(out, "")
			}
		case "..":
			if len(out) > 1 {
				out = out[:len(out)-1]
			}
			if last {
				out = append(out, "")
			}
		default:
			out = append(out, s)
		}
	}
	return strings.Join(out, "/")
}

type param struct{ key, value string }

func canonicalQuery(raw string) string {
	if raw == "" {
		return ""
	}
	var params []param
	for part := range strings.SplitSeq(raw, "&") {
		if part == "" {
			continue
		}
		k, v, _ := strings.Cut(part, "=")
		k = normaliseEscapes(k, true)
		v = normaliseEscapes(v, true)
		dk, err := url.QueryUnescape(k)
		if err != nil {
			dk = k
		}
		if isTracking(dk) {
			continue
		}
		params = append(params, param{k, v})
	}
	slices.SortStableFunc(params, func(a, b param) int {
		if c := strings.Compare(a.key, b.key); c != 0 {
			return c
		}
		return strings.Compare(a.value, b.value)
	})
	var b strings.Builder
	for i, p := range params {
		if i > 0 {
			b.WriteByte('&')
		}
		b.WriteString(p.key)
		if p.value != "" {
			b.WriteByte('=')
			b.WriteString(p.value)
		}
	}
	return b.String()
}

// normaliseEscapes upper-cases the hex of percent-escapes, decodes escapes of
// unreserved characters, and escapes bytes that may not appear raw. In a query
// component '+' is left as is, since servers read it as a space.
func normaliseEscapes(s string, query bool) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			d := unhex(s[i+1])<<4 | unhex(s[i+2])
			if isUnreserved(d) {
				b.WriteByte(d)
			} else {
				b.WriteByte('%')
				b.WriteByte(upper(s[i+1]))
				b.WriteByte(upper(s[i+2]))
			}
			i += 2
			continue
		}
		if isUnreserved(c) || strings.IndexByte("!$&'()*+,;=:@/", c) >= 0 || (query && c == '?') {
			b.WriteByte(c)
			continue
		}
		const hexdig = "0123456789ABCDEF"
		b.WriteByte('%')
		b.WriteByte(hexdig[c>>4])
		b.WriteByte(hexdig[c&15])
	}
	return b.String()
}

func isUnreserved(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
		c == '-' || c == '.' || c == '_' || c == '~'
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	default:
		return c - 'A' + 10
	}
}

func upper(c byte) byte {
	if 'a' <= c && c <= 'f' {
		return c - 'a' + 'A'
	}
	return c
}
