// Package api serves the sink's stored articles over HTTP as JSON:
//
//	GET /v1/articles?actor=&topic=&country=&source=&q=&since=&until=&limit=&cursor=
//	GET /v1/articles/{id}
//	GET /v1/count
//	GET /v1/actors?since=&until=&limit=&<filters>   (counts per actor)
//	GET /v1/topics?since=&until=&limit=&<filters>   (counts per Media Topic)
//	GET /v1/export?format=ndjson|ninjs&<filters>    (streamed, one document per line)
//	GET /v1/openapi.json                            (OpenAPI 3, from openapi.json)
//
// Articles are rendered with protojson (proto field names, unset fields
// omitted), so the JSON follows the newsflow.v1 TaggedArticle schema. Errors
// are {"error": "..."} with a 4xx status for what the client can fix.
// Parameters are validated strictly: an unknown or repeated parameter is an
// error rather than silently ignored, so a typo ("actors=") cannot turn a
// filtered query into an unfiltered one.
package api
