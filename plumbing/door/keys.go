package door

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

// ErrNoKeys is returned by LoadKeys for a file or directory without a key.
var ErrNoKeys = errors.New("door: no API key found")

// MinKeyLen is the shortest key accepted: 128 bits as 32 hex digits, so
// that a guessable word cannot be configured as a key by mistake.
const MinKeyLen = 32

// Keys is a set of API keys, kept as SHA-256 digests.
type Keys struct {
	digests [][sha256.Size]byte
}

// ParseKeys reads keys from data: one per line; blank lines and lines
// starting with "#" are skipped, surrounding white space is trimmed.
func ParseKeys(data []byte) (*Keys, error) {
	k := &Keys{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if len(line) < MinKeyLen {
			// The line number only: the key itself is never repeated.
			return nil, fmt.Errorf("door: key on line %d is shorter than %d characters", n, MinKeyLen)
		}
		k.digests = append(k.digests, sha256.Sum256([]byte(line)))
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading keys: %w", err)
	}
	if len(k.digests) == 0 {
		return nil, ErrNoKeys
	}
	return k, nil
}

// LoadKeys reads keys from path: a file (as ParseKeys), or a directory
// such as a mounted Kubernetes Secret, where every regular file holds
// keys (Kubernetes' "..data" links and hidden files are skipped).
func LoadKeys(path string) (*Keys, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("reading API keys: %w", err)
	}
	if !st.IsDir() {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("reading API keys: %w", err)
		}
		k, err := ParseKeys(b)
		if err != nil {
			return nil, fmt.Errorf("reading API keys from %s: %w", path, err)
		}
		return k, nil
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		return nil, fmt.Errorf("reading API keys: %w", err)
	}
	all := &Keys{}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		p := filepath.Join(path, e.Name())
		if fi, err := os.Stat(p); err != nil || fi.IsDir() {
			continue
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("reading API keys: %w", err)
		}
		k, err := ParseKeys(b)
		if err != nil {
			return nil, fmt.Errorf("reading API keys from %s: %w", p, err)
		}
		all.digests = append(all.digests, k.digests...)
	}
	if len(all.digests) == 0 {
		return nil, fmt.Errorf("reading API keys from %s: %w", path, ErrNoKeys)
	}
	return all, nil
}

// Len is the number of keys.
func (k *Keys) Len() int { return len(k.digests) }

// Valid reports whether key is one of the keys. It compares digests in
// constant time and always against every key, so that neither a key's
// length nor its position in the file shows in the time taken.
func (k *Keys) Valid(key string) bool {
	if key == "" {
		return false
	}
	d := sha256.Sum256([]byte(key))
	ok := 0
	for i := range k.digests {
		ok |= subtle.ConstantTimeCompare(d[:], k.digests[i][:])
	}
	return ok == 1
}

// fromRequest returns the key a request presents: "Authorization: Bearer
// KEY" or "X-API-Key: KEY".
func fromRequest(r *http.Request) string {
	if h := r.Header.Get("Authorization"); h != "" {
		scheme, token, ok := strings.Cut(h, " ")
		if ok && strings.EqualFold(scheme, "Bearer") {
			return strings.TrimSpace(token)
		}
		return ""
	}
	return strings.TrimSpace(r.Header.Get("X-API-Key"))
}

// Require serves next only to requests that present a valid key, except
// for the exact paths in open (health endpoints) and CORS preflights,
// which carry no credentials by design. Others get 401 with a
// WWW-Authenticate challenge and a body that names no key and no reason.
// A nil Keys lets every request through (authentication off).
func (k *Keys) Require(next http.Handler, open ...string) http.Handler {
	if k == nil {
		return next
	}
	openPaths := make(map[string]bool, len(open))
	for _, p := range open {
		openPaths[p] = true
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		preflight := r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != ""
		if openPaths[r.URL.Path] || preflight || k.Valid(fromRequest(r)) {
			next.ServeHTTP(w, r)
			return
		}
		w.Header().Set("WWW-Authenticate", `Bearer realm="newsflow"`)
		http.Error(w, "unauthorized", http.StatusUnauthorized)
	})
}
