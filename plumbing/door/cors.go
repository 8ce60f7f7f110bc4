package door

import (
	"net/http"

	"github.com/rs/cors"
)

// CORS lets browsers on the given origins call next ("*" for any). With no
// origins it returns next unchanged: cross-origin reads stay off. Only
// GET, HEAD and OPTIONS are allowed (the API is read-only), with the
// Authorization and X-API-Key headers.
func CORS(origins []string, next http.Handler) http.Handler {
	if len(origins) == 0 {
		return next
	}
	return cors.New(cors.Options{
		AllowedOrigins: origins,
		AllowedMethods: []string{http.MethodGet, http.MethodHead},
		AllowedHeaders: []string{"Authorization", "X-API-Key"},
		MaxAge:         600,
	}).Handler(next)
}
