package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"time"

	"google.golang.org/protobuf/encoding/protojson"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/sink/store"
)

// Searcher is the part of the store the API reads from.
type Searcher interface {
	Search(ctx context.Context, q store.Query) (store.Page, error)
	Get(ctx context.Context, id string) (*newsv1.TaggedArticle, error)
	Count(ctx context.Context) (int64, error)
	Actors(ctx context.Context, q store.Query) ([]store.TagCount, error)
	Topics(ctx context.Context, q store.Query) ([]store.TagCount, error)
}

// route is one endpoint; routes lists them all so that a test can check
// that openapi.json describes every one.
type route struct {
	method, path string
	serve        func(*handler, http.ResponseWriter, *http.Request)
}

var routes = []route{
	{"GET", "/v1/articles", (*handler).search},
	{"GET", "/v1/articles/{id}", (*handler).get},
	{"GET", "/v1/count", (*handler).count},
	{"GET", "/v1/actors", (*handler).actors},
	{"GET", "/v1/topics", (*handler).topics},
	{"GET", "/v1/export", (*handler).export},
	{"GET", "/v1/openapi.json", (*handler).openapi},
}

// New returns the query API handler. It serves only the /v1/ routes, so it
// can be mounted beside other handlers.
func New(s Searcher, logger *slog.Logger) http.Handler {
	return newWithClock(s, logger, time.Now)
}

func newWithClock(s Searcher, logger *slog.Logger, now func() time.Time) http.Handler {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	h := &handler{s: s, logger: logger.With("component", "api"), now: now}
	mux := http.NewServeMux()
	for _, rt := range routes {
		mux.HandleFunc(rt.method+" "+rt.path, func(w http.ResponseWriter, r *http.Request) { rt.serve(h, w, r) })
	}
	return mux
}

type handler struct {
	s      Searcher
	logger *slog.Logger
	// now anchors relative times ("since=7d").
	now func() time.Time
}

var marshalArticle = protojson.MarshalOptions{UseProtoNames: true, EmitUnpopulated: false}

type searchResponse struct {
	Articles []json.RawMessage `json:"articles"`
	// NextCursor is empty on the last page.
	NextCursor string `json:"next_cursor"`
}

func (h *handler) search(w http.ResponseWriter, r *http.Request) {
	v, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		h.fail(w, r, http.StatusBadRequest, fmt.Errorf("malformed query string: %w", err))
		return
	}
	q, err := parseQuery(v, searchParams, store.MaxLimit, h.now())
	if err != nil {
		h.fail(w, r, http.StatusBadRequest, err)
		return
	}
	page, err := h.s.Search(r.Context(), q)
	if err != nil {
		h.storeError(w, r, err)
		return
	}
	resp := searchResponse{Articles: make([]json.RawMessage, 0, len(page.Articles)), NextCursor: page.NextCursor}
	for _, a := range page.Articles {
		b, err := marshalArticle.Marshal(a)
		if err != nil {
			h.storeError(w, r, fmt.Errorf("encoding article %q: %w", a.GetArticle().GetId(), err))
			return
		}
		resp.Articles = append(resp.Articles, b)
	}
	h.reply(w, r, http.StatusOK, resp)
}

func (h *handler) get(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	a, err := h.s.Get(r.Context(), id)
	if err != nil {
		h.storeError(w, r, err)
		return
	}
	b, err := marshalArticle.Marshal(a)
	if err != nil {
		h.storeError(w, r, fmt.Errorf("encoding article %q: %w", id, err))
		return
	}
	h.reply(w, r, http.StatusOK, json.RawMessage(b))
}

func (h *handler) count(w http.ResponseWriter, r *http.Request) {
	n, err := h.s.Count(r.Context())
	if err != nil {
		h.storeError(w, r, err)
		return
	}
	h.reply(w, r, http.StatusOK, struct {
		Count int64 `json:"count"`
	}{n})
}

// storeError maps a Searcher error to a response.
func (h *handler) storeError(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, store.ErrNotFound):
		h.fail(w, r, http.StatusNotFound, fmt.Errorf("article %q not found", r.PathValue("id")))
	case errors.Is(err, store.ErrInvalidQuery), errors.Is(err, store.ErrInvalidCursor):
		h.fail(w, r, http.StatusBadRequest, err)
	case r.Context().Err() != nil:
		// The client went away; nobody is left to answer.
		h.logger.DebugContext(r.Context(), "request abandoned", "path", r.URL.Path, "err", err)
	default:
		h.logger.ErrorContext(r.Context(), "serving request", "path", r.URL.Path, "err", err)
		h.fail(w, r, http.StatusInternalServerError, errors.New("internal error"))
	}
}

func (h *handler) fail(w http.ResponseWriter, r *http.Request, status int, err error) {
	h.reply(w, r, status, struct {
		Error string `json:"error"`
	}{err.Error()})
}

func (h *handler) reply(w http.ResponseWriter, r *http.Request, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		h.logger.ErrorContext(r.Context(), "encoding response", "path", r.URL.Path, "err", err)
		status = http.StatusInternalServerError
		b = []byte(`{"error":"internal error"}`)
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_, _ = w.Write(append(b, '\n'))
}
