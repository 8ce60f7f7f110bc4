// Package ui is the analyst's web UI over the sink's store: search with
// filters and facet counts, an article view with its evidence highlighted
// and its tags explained, actor and topic pages with a timeline, and links
// to export the current result through the query API.
//
// Pages are rendered on the server with html/template from templates
// embedded in the binary, with one small stylesheet and no script: the UI
// works offline and from any browser. Every value is escaped by
// html/template (contextually: text, attributes, URLs), and every response
// carries a Content-Security-Policy that allows nothing but the UI's own
// stylesheet and forms, so a hostile title or body from the web cannot run
// in an analyst's browser.
//
// Filters are the query API's (api.ParseFilters), so a page's address and
// the export link beside it select the same articles. [Mount] serves the UI
// at / beside the API at /v1/ on one handler.
package ui
