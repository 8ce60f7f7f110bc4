package ui

import (
	"bytes"
	"context"
	"embed"
	"errors"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"time"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/sink/store"
)

// Store is what the UI reads: the store's queries.
type Store interface {
	Search(ctx context.Context, q store.Query) (store.Page, error)
	Get(ctx context.Context, id string) (*newsv1.TaggedArticle, error)
	Actors(ctx context.Context, q store.Query) ([]store.TagCount, error)
	Topics(ctx context.Context, q store.Query) ([]store.TagCount, error)
	Countries(ctx context.Context, q store.Query) ([]store.TagCount, error)
	Sources(ctx context.Context, q store.Query) ([]store.TagCount, error)
	Timeline(ctx context.Context, q store.Query, b store.Bucket) ([]store.TimeCount, error)
}

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// csp allows the UI's own stylesheet and forms and nothing else: no script
// at all, no inline style, no frames, no outside requests.
const csp = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// queryTimeout bounds the store queries of one page.
const queryTimeout = 15 * time.Second

// Mount serves the UI at / and api (the query API, which serves /v1/)
// under /v1/, on one handler: the sink's API server, demo and up serve
// both with it.
func Mount(api http.Handler, s Store, logger *slog.Logger) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/v1/", api)
	mux.Handle("/", New(s, logger))
	return mux
}

// New returns the UI's handler. Its export links point at /v1/export, so
// mount it beside the query API (see [Mount]).
func New(s Store, logger *slog.Logger) http.Handler {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	h := &handler{s: s, logger: logger.With("component", "ui"), now: time.Now, pages: mustParsePages()}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", h.search)
	mux.HandleFunc("GET /article/{id}", h.article)
	mux.HandleFunc("GET /actor/{id}", h.actor)
	mux.HandleFunc("GET /topic/{code}", h.topic)
	static, _ := fs.Sub(staticFS, "static") // a constant, embedded directory
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		h.render(w, r, http.StatusNotFound, "error", errorPage{Title: "Not found", Message: "There is no page at this address."})
	})
	return secure(mux)
}

// secure sets the headers every UI response carries.
func secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", csp)
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("X-Frame-Options", "DENY")
		next.ServeHTTP(w, r)
	})
}

type handler struct {
	s      Store
	logger *slog.Logger
	// now anchors relative times ("since=7d").
	now   func() time.Time
	pages map[string]*template.Template
}

// pageNames are the templates in templates/ other than layout.html and
// results.html (parts the pages share), each rendered inside the layout.
var pageNames = []string{"search", "article", "tag", "error"}

func mustParsePages() map[string]*template.Template {
	pages := make(map[string]*template.Template, len(pageNames))
	for _, name := range pageNames {
		// The templates are compiled into the binary; a parse error is a
		// programming error that every test run catches.
		pages[name] = template.Must(template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/results.html", "templates/"+name+".html"))
	}
	return pages
}

// render executes a page into a buffer first, so a template failure is a
// clean 500 and not half a page.
func (h *handler) render(w http.ResponseWriter, r *http.Request, status int, page string, data any) {
	var buf bytes.Buffer
	if err := h.pages[page].Execute(&buf, data); err != nil {
		h.logger.ErrorContext(r.Context(), "rendering page", "page", page, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

// fail renders an error page for err: a bad request as the user's to fix,
// anything else logged and shown as an internal error.
func (h *handler) fail(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, store.ErrNotFound):
		h.render(w, r, http.StatusNotFound, "error", errorPage{Title: "Not found", Message: "No stored article has this id."})
	case errors.Is(err, store.ErrInvalidQuery), errors.Is(err, store.ErrInvalidCursor), errors.Is(err, errBadRequest):
		h.render(w, r, http.StatusBadRequest, "error", errorPage{Title: "Bad request", Message: err.Error()})
	case r.Context().Err() != nil:
		h.logger.DebugContext(r.Context(), "request abandoned", "path", r.URL.Path, "err", err)
	default:
		h.logger.ErrorContext(r.Context(), "serving page", "path", r.URL.Path, "err", err)
		h.render(w, r, http.StatusInternalServerError, "error", errorPage{Title: "Internal error", Message: "The page could not be built; the sink's log says why."})
	}
}

var errBadRequest = errors.New("bad request")

type errorPage struct {
	Title, Message string
}
