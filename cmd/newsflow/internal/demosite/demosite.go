package demosite

import (
	"bytes"
	"embed"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
)

//go:embed site feeds
var files embed.FS

// Placeholder is the origin the bundled files are written for.
const Placeholder = "http://news.test/"

// Feeds are the feed paths, in the order the demo polls them.
var Feeds = []struct{ Path, Source string }{
	{"/feeds/rss.xml", "demo-rss"},
	{"/feeds/atom.xml", "demo-atom"},
	{"/feeds/feed.json", "demo-json"},
}

// Articles is the number of distinct pages the feeds point at.
const Articles = 5

// Handler serves the site at / and the feeds at /feeds/ with every
// occurrence of Placeholder replaced by origin ("http://127.0.0.1:PORT/").
//
// HTML is served as text/html without a charset parameter, as many real
// sites do, so that the page's own <meta charset> decides (one page is
// windows-1252).
func Handler(origin string) http.Handler {
	if !strings.HasSuffix(origin, "/") {
		origin += "/"
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		p := path.Clean("/" + r.URL.Path)
		name := "site" + p
		if strings.HasPrefix(p, "/feeds/") {
			name = strings.TrimPrefix(p, "/")
		}
		if p == "/robots.txt" {
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			_, _ = w.Write([]byte("User-agent: *\nAllow: /\n"))
			return
		}
		b, err := fs.ReadFile(files, name)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		b = bytes.ReplaceAll(b, []byte(Placeholder), []byte(origin))
		switch ext := path.Ext(name); ext {
		case ".html":
			w.Header().Set("Content-Type", "text/html")
		case ".xml":
			w.Header().Set("Content-Type", "application/xml")
		case ".json":
			w.Header().Set("Content-Type", "application/feed+json")
		default:
			w.Header().Set("Content-Type", mime.TypeByExtension(ext))
		}
		_, _ = w.Write(b)
	})
}
