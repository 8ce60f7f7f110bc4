package api

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"time"

	"github.com/newsflow/newsflow/services/sink/store"
)

type tagCount struct {
	ID    string `json:"id"`
	Name  string `json:"name,omitempty"`
	Count int64  `json:"count"`
}

func (h *handler) actors(w http.ResponseWriter, r *http.Request) {
	h.counts(w, r, "actors", h.s.Actors)
}

func (h *handler) topics(w http.ResponseWriter, r *http.Request) {
	h.counts(w, r, "topics", h.s.Topics)
}

// counts answers {"<key>": [{"id","name","count"}…], "since", "until"},
// since and until echoing the window in UTC (omitted when open).
func (h *handler) counts(w http.ResponseWriter, r *http.Request, key string,
	count func(context.Context, store.Query) ([]store.TagCount, error),
) {
	v, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		h.fail(w, r, http.StatusBadRequest, fmt.Errorf("malformed query string: %w", err))
		return
	}
	q, err := parseQuery(v, countParams, store.MaxTagLimit, h.now())
	if err != nil {
		h.fail(w, r, http.StatusBadRequest, err)
		return
	}
	cs, err := count(r.Context(), q)
	if err != nil {
		h.storeError(w, r, err)
		return
	}
	out := make([]tagCount, 0, len(cs))
	for _, c := range cs {
		out = append(out, tagCount{ID: c.ID, Name: c.Name, Count: c.Count})
	}
	resp := map[string]any{key: out}
	if !q.Since.IsZero() {
		resp["since"] = q.Since.UTC().Format(time.RFC3339Nano)
	}
	if !q.Until.IsZero() {
		resp["until"] = q.Until.UTC().Format(time.RFC3339Nano)
	}
	h.reply(w, r, http.StatusOK, resp)
}
