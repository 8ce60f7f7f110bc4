package api

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"time"

	"github.com/newsflow/newsflow/services/sink/store"
)

// exportPageWrite is how long one page of an export may take to write.
const exportPageWrite = time.Minute

// export streams every article matching the filters, newest first, one JSON
// document per line: protojson TaggedArticles (format=ndjson, the default)
// or IPTC ninjs 2.0 items (format=ninjs); or as CSV, one row per article
// (format=csv, see csvHeader). It walks the store's cursor pages
// and flushes after each, so memory stays bounded whatever the export's
// size. limit caps the number of articles (none by default); cursor resumes
// after a page of GET /v1/articles. A failure after the first byte aborts
// the response (the client sees a truncated chunked body, not a short but
// apparently complete export).
func (h *handler) export(w http.ResponseWriter, r *http.Request) {
	v, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		h.fail(w, r, http.StatusBadRequest, fmt.Errorf("malformed query string: %w", err))
		return
	}
	q, err := parseQuery(v, exportParams, 0, h.now())
	if err != nil {
		h.fail(w, r, http.StatusBadRequest, err)
		return
	}
	format := v.Get("format")
	switch format {
	case "":
		format = "ndjson"
	case "ndjson", "ninjs", "csv":
	default:
		h.fail(w, r, http.StatusBadRequest, fmt.Errorf("invalid format %q: want ndjson, ninjs or csv", format))
		return
	}
	total := q.Limit // 0: everything
	q.Limit = store.MaxLimit
	if total > 0 {
		q.Limit = min(total, store.MaxLimit)
	}
	page, err := h.s.Search(r.Context(), q)
	if err != nil {
		h.storeError(w, r, err)
		return
	}

	w.Header().Set("X-Content-Type-Options", "nosniff")
	var cw *csv.Writer
	if format == "csv" {
		w.Header().Set("Content-Type", "text/csv; charset=utf-8")
		w.Header().Set("Content-Disposition", `attachment; filename="newsflow-export.csv"`)
		cw = csv.NewWriter(w)
		_ = cw.Write(csvHeader) // errors surface at Flush
	} else {
		w.Header().Set("Content-Type", "application/x-ndjson")
		w.Header().Set("Content-Disposition", `attachment; filename="newsflow-export.`+format+`.ndjson"`)
	}
	w.WriteHeader(http.StatusOK)
	rc := http.NewResponseController(w)
	written := 0
	for {
		// The server's write timeout bounds a whole response; an export
		// of any size gets a fresh window per page instead, so that only
		// a client that stops reading is cut off.
		if err := rc.SetWriteDeadline(time.Now().Add(exportPageWrite)); err != nil && !errors.Is(err, http.ErrNotSupported) {
			h.abort(r, err)
		}
		for _, a := range page.Articles {
			var b []byte
			switch format {
			case "csv":
				_ = cw.Write(csvRow(a))
			case "ninjs":
				b, err = json.Marshal(toNinjs(a))
			default:
				b, err = marshalArticle.Marshal(a)
			}
			if err != nil {
				h.abort(r, fmt.Errorf("encoding article %q: %w", a.GetArticle().GetId(), err))
			}
			if b != nil {
				if _, err := w.Write(append(b, '\n')); err != nil {
					h.abort(r, err)
				}
			}
			written++
		}
		if cw != nil {
			if cw.Flush(); cw.Error() != nil {
				h.abort(r, cw.Error())
			}
		}
		if err := rc.Flush(); err != nil && !errors.Is(err, http.ErrNotSupported) {
			h.abort(r, err)
		}
		if page.NextCursor == "" || (total > 0 && written >= total) {
			return
		}
		q.Cursor = page.NextCursor
		if total > 0 {
			q.Limit = min(total-written, store.MaxLimit)
		}
		if page, err = h.s.Search(r.Context(), q); err != nil {
			h.abort(r, err)
		}
	}
}

// abort ends a streamed response that cannot be completed.
func (h *handler) abort(r *http.Request, err error) {
	if r.Context().Err() == nil {
		h.logger.ErrorContext(r.Context(), "export failed mid-stream", "err", err)
	}
	panic(http.ErrAbortHandler)
}
