package redact

import (
	"net/url"
	"regexp"
	"strings"
)

// Mask replaces every secret part of a URL.
const Mask = "REDACTED"

// URL returns raw with its userinfo, query values and fragment replaced by
// Mask. A string that does not parse as a URL keeps only what precedes
// "://" (or nothing), since any part of it may be a secret.
func URL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		if scheme, _, ok := strings.Cut(raw, "://"); ok && validScheme(scheme) {
			return strings.ToLower(scheme) + "://" + Mask
		}
		return Mask
	}
	if u.Opaque != "" {
		// mailto:x@y?k=v and the like: nothing in an opaque part is safe.
		return u.Scheme + ":" + Mask
	}
	if u.User != nil {
		u.User = url.User(Mask)
	}
	if u.RawQuery != "" || u.ForceQuery {
		u.RawQuery = query(u.RawQuery)
		u.ForceQuery = false
	}
	if u.Fragment != "" || u.RawFragment != "" {
		u.Fragment, u.RawFragment = Mask, ""
	}
	return u.String()
}

// query keeps the keys of a raw query and masks every value, in order.
// A parameter without "=" is masked whole: a bare key may itself be the
// token, as in ?SECRET.
func query(raw string) string {
	if raw == "" {
		return ""
	}
	parts := strings.FieldsFunc(raw, func(r rune) bool { return r == '&' || r == ';' })
	out := make([]string, 0, len(parts))
	for _, p := range parts {
		key, _, hasValue := strings.Cut(p, "=")
		if !hasValue {
			out = append(out, Mask)
			continue
		}
		out = append(out, key+"="+Mask)
	}
	return strings.Join(out, "&")
}

func validScheme(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		case i > 0 && (r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.'):
		default:
			return false
		}
	}
	return true
}

// urlInText finds absolute URLs in free text (error messages, log lines):
// a scheme, "://" and everything up to white space, a double quote, a
// backquote or an angle bracket, which is how Go's errors (%q, url.Error)
// and HTTP libraries print them. A single quote is legal inside a URL (and
// a password), so it does not end one.
var urlInText = regexp.MustCompile(`(?i)[a-z][a-z0-9+.-]*://[^\s"<>` + "`" + `]+`)

// Text returns s with every URL in it passed through URL.
func Text(s string) string {
	if !strings.Contains(s, "://") {
		return s
	}
	return urlInText.ReplaceAllStringFunc(s, URL)
}

// Error returns err with a message passed through Text; errors.Is and
// errors.As still see the original chain. It returns err itself when
// nothing needed hiding, and nil for nil.
func Error(err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	clean := Text(msg)
	if clean == msg {
		return err
	}
	return &redactedError{msg: clean, err: err}
}

type redactedError struct {
	msg string
	err error
}

func (e *redactedError) Error() string { return e.msg }
func (e *redactedError) Unwrap() error { return e.err }
