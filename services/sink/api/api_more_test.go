package api

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// TestOpenAPIDescribesEveryRoute keeps openapi.json and the mux in step,
// both ways, and checks that the served document is what is embedded.
func TestOpenAPIDescribesEveryRoute(t *testing.T) {
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	require.NoError(t, json.Unmarshal(openapiJSON, &doc))
	require.True(t, strings.HasPrefix(doc.OpenAPI, "3."), "OpenAPI 3")
	described := map[string]bool{}
	for path, ops := range doc.Paths {
		for method := range ops {
			described[strings.ToUpper(method)+" "+path] = true
		}
	}
	routed := map[string]bool{}
	for _, rt := range routes {
		routed[rt.method+" "+rt.path] = true
		require.True(t, described[rt.method+" "+rt.path], "route %s %s is not in openapi.json", rt.method, rt.path)
	}
	for d := range described {
		require.True(t, routed[d], "openapi.json describes %s, which is not routed", d)
	}

	srv := server(t)
	resp, err := http.Get(srv.URL + "/v1/openapi.json")
	require.NoError(t, err)
	defer func() { _ = resp.Body.Close() }()
	require.Equal(t, 200, resp.StatusCode)
	var served map[string]any
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&served))
	require.Contains(t, served, "paths")
}

func TestTagCountsAPI(t *testing.T) {
	srv := server(t,
		article("kabul", 0, "isis-k", "AF", "Bombing in Kabul"),
		article("kabul2", 1, "isis-k", "AF", "Second attack"),
		article("raid", 2, "al-shabaab", "SO", "Raid in Mogadishu"),
	)
	tests := []struct {
		path   string
		status int
		want   string
	}{
		{"/v1/actors", 200, `{"actors":[{"id":"isis-k","name":"ISIS-K","count":2},{"id":"al-shabaab","name":"AL-SHABAAB","count":1}]}`},
		{"/v1/actors?since=2026-03-02&until=2026-03-04", 200, `{"actors":[{"id":"al-shabaab","name":"AL-SHABAAB","count":1},{"id":"isis-k","name":"ISIS-K","count":1}],"since":"2026-03-02T00:00:00Z","until":"2026-03-04T00:00:00Z"}`},
		{"/v1/actors?limit=1&country=af", 200, `{"actors":[{"id":"isis-k","name":"ISIS-K","count":2}]}`},
		{"/v1/actors?since=2030-01-01", 200, `{"actors":[],"since":"2030-01-01T00:00:00Z"}`},
		{"/v1/topics", 200, `{"topics":[{"id":"medtop:16000000","name":"conflict, war and peace","count":3}]}`},
		{"/v1/topics?cursor=x", 400, `{"error":"unknown parameter \"cursor\" (known: actor, topic, country, source, q, since, until, limit)"}`},
		{"/v1/actors?limit=0", 400, `{"error":"invalid limit \"0\": want a whole number from 1 to 1000"}`},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			resp, err := http.Get(srv.URL + tt.path)
			require.NoError(t, err)
			defer func() { _ = resp.Body.Close() }()
			require.Equal(t, tt.status, resp.StatusCode)
			var got json.RawMessage
			require.NoError(t, json.NewDecoder(resp.Body).Decode(&got))
			require.JSONEq(t, tt.want, string(got))
		})
	}
}

func exportLines(t *testing.T, url string) (*http.Response, []string) {
	t.Helper()
	resp, err := http.Get(url)
	require.NoError(t, err)
	defer func() { _ = resp.Body.Close() }()
	var lines []string
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	require.NoError(t, sc.Err())
	return resp, lines
}

func TestExportNDJSONWalksPages(t *testing.T) {
	var recs []*newsv1.TaggedArticle
	for i := range 1203 { // more than two pages of 500
		recs = append(recs, article(fmt.Sprintf("e%04d", i), i%7, "isis-k", "AF", "Story"))
	}
	recs = append(recs, article("other", 0, "apt28", "UA", "Other"))
	srv := server(t, recs...)

	resp, lines := exportLines(t, srv.URL+"/v1/export?actor=isis-k")
	require.Equal(t, 200, resp.StatusCode)
	require.Equal(t, "application/x-ndjson", resp.Header.Get("Content-Type"))
	require.Empty(t, resp.Header.Get("Content-Length"), "streamed, not buffered")
	require.Len(t, lines, 1203)
	seen := map[string]bool{}
	for _, l := range lines {
		var a struct {
			Article struct {
				ID string `json:"id"`
			} `json:"article"`
		}
		require.NoError(t, json.Unmarshal([]byte(l), &a))
		require.False(t, seen[a.Article.ID], "duplicate %s", a.Article.ID)
		seen[a.Article.ID] = true
	}

	_, lines = exportLines(t, srv.URL+"/v1/export?limit=501&format=ndjson")
	require.Len(t, lines, 501)
}

func TestExportNinjs(t *testing.T) {
	srv := server(t, article("kabul", 0, "isis-k", "AF", "Bombing in Kabul"))
	resp, lines := exportLines(t, srv.URL+"/v1/export?format=ninjs")
	require.Equal(t, 200, resp.StatusCode)
	require.Len(t, lines, 1)
	var item struct {
		URI      string `json:"uri"`
		Type     string `json:"type"`
		Standard struct {
			Name, Version string
		} `json:"standard"`
		Headlines []struct{ Value string } `json:"headlines"`
		Bodies    []struct {
			ContentType string `json:"contenttype"`
			Value       string `json:"value"`
		} `json:"bodies"`
		Subjects []struct {
			Name, Rel, URI, Literal string
		} `json:"subjects"`
		Places         []struct{ Literal string }     `json:"places"`
		FirstCreated   string                         `json:"firstcreated"`
		VersionCreated string                         `json:"versioncreated"`
		AltIDs         []struct{ Role, Value string } `json:"altids"`
	}
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &item))
	require.Equal(t, "https://example.test/kabul", item.URI)
	require.Equal(t, "text", item.Type)
	require.Equal(t, "2.0", item.Standard.Version)
	require.Equal(t, "Bombing in Kabul", item.Headlines[0].Value)
	require.Equal(t, "Bombing in Kabul in detail.\n\nMore text.", item.Bodies[0].Value)
	require.Equal(t, "2026-03-01T12:00:00Z", item.FirstCreated)
	uris := []string{}
	for _, s := range item.Subjects {
		uris = append(uris, s.URI)
	}
	require.Equal(t, []string{"http://cv.iptc.org/newscodes/mediatopic/16000000", "urn:newsflow:actor:isis-k"}, uris)
	require.Equal(t, "ISIS-K", item.Subjects[1].Name)
	require.Equal(t, "AF", item.Places[0].Literal)
	require.True(t, slices.ContainsFunc(item.AltIDs, func(a struct{ Role, Value string }) bool { return a.Value == "kabul" }))
	require.Regexp(t, regexp.MustCompile(`^[^\n]+$`), lines[0], "one document per line")
}

func TestExportErrors(t *testing.T) {
	srv := server(t)
	for path, want := range map[string]string{
		"/v1/export?format=xml":      `invalid format "xml"`,
		"/v1/export?cursor=nonsense": "invalid cursor",
		"/v1/export?limit=-1":        "invalid limit",
		"/v1/export?page=2":          `unknown parameter "page"`,
	} {
		var body struct{ Error string }
		require.Equal(t, 400, getJSON(t, srv.URL+path, &body), path)
		require.Contains(t, body.Error, want, path)
	}
	resp, lines := exportLines(t, srv.URL+"/v1/export")
	require.Equal(t, 200, resp.StatusCode)
	require.Empty(t, lines, "an empty store exports nothing")
}
