package api

import (
	_ "embed"
	"net/http"
)

// openapiJSON describes every route of the API (OpenAPI 3.0); a test
// checks that it and the routes agree.
//
//go:embed openapi.json
var openapiJSON []byte

func (h *handler) openapi(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	_, _ = w.Write(openapiJSON)
}
