package schema

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protodesc"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/types/descriptorpb"
	"google.golang.org/protobuf/types/known/timestamppb"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

var update = flag.Bool("update", false, "rewrite proto/releases/v1 from the code")

const releaseDir = "../releases/v1"

// released is every file the code releases, by path under releaseDir.
func released(t *testing.T) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	set, err := DescriptorSet()
	if err != nil {
		t.Fatal(err)
	}
	out["newsflow.v1.binpb"] = set
	for _, name := range Messages() {
		b, err := JSONSchema(name)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Join("jsonschema", string(name)+".schema.json")] = b
	}
	return out
}

// TestReleasedFilesFresh keeps proto/releases/v1 what the code releases.
func TestReleasedFilesFresh(t *testing.T) {
	want := released(t)
	if *update {
		if err := os.RemoveAll(filepath.Join(releaseDir, "jsonschema")); err != nil {
			t.Fatal(err)
		}
		for p, b := range want {
			if err := os.MkdirAll(filepath.Dir(filepath.Join(releaseDir, p)), 0o750); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(releaseDir, p), b, 0o600); err != nil {
				t.Fatal(err)
			}
		}
	}
	for p, b := range want {
		got, err := os.ReadFile(filepath.Join(releaseDir, p))
		if err != nil || !bytes.Equal(got, b) {
			t.Errorf("%s is stale or missing (%v): run 'cd proto && go generate ./...'", p, err)
		}
	}
	// Nothing released that the code no longer has.
	entries, err := os.ReadDir(filepath.Join(releaseDir, "jsonschema"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if _, ok := want[filepath.Join("jsonschema", e.Name())]; !ok {
			t.Errorf("jsonschema/%s names no message: run 'cd proto && go generate ./...'", e.Name())
		}
	}
}

// TestDescriptorSetDecodes: the set is complete (imports included) and
// yields the messages a dynamic consumer needs.
func TestDescriptorSetDecodes(t *testing.T) {
	b, err := DescriptorSet()
	if err != nil {
		t.Fatal(err)
	}
	var set descriptorpb.FileDescriptorSet
	if err := proto.Unmarshal(b, &set); err != nil {
		t.Fatal(err)
	}
	files, err := protodesc.NewFiles(&set)
	if err != nil {
		t.Fatalf("the set does not stand alone: %v", err)
	}
	for _, name := range []string{"newsflow.v1.RawPage", "newsflow.v1.Article", "newsflow.v1.TaggedArticle", "newsflow.v1.DeadLetter"} {
		if _, err := files.FindDescriptorByName(protoreflect.FullName(name)); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestSchemaDescribesProtojson checks a full record's protojson against
// its schema's shape: every field it emits is declared, with the JSON
// type the schema gives it.
func TestSchemaDescribesProtojson(t *testing.T) {
	rec := &newsv1.TaggedArticle{
		Article: &newsv1.Article{
			Id: "a1", Source: "wire", Title: "t", PageType: newsv1.PageType_PAGE_TYPE_ARTICLE,
			Published: timestamppb.New(time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)), Paragraphs: []string{"p"},
			WordCount: 1, Removed: map[string]int32{"footer": 2},
		},
		Actors: []*newsv1.ActorTag{{Id: "isis-k", Name: "ISIS-K", AliasesMatched: []string{"ISIS-K"}, Mentions: 2, Score: 0.9}},
		Topics: []*newsv1.TopicTag{{Code: "medtop:20000103", Label: "terrorism", Score: 0.8}},
		Places: []*newsv1.PlaceTag{{CountryCode: "AF"}},
	}
	b, err := protojson.MarshalOptions{UseProtoNames: true}.Marshal(rec)
	if err != nil {
		t.Fatal(err)
	}
	sb, err := JSONSchema("newsflow.v1.TaggedArticle")
	if err != nil {
		t.Fatal(err)
	}
	var schema map[string]any
	if err := json.Unmarshal(sb, &schema); err != nil {
		t.Fatal(err)
	}
	var doc any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	defs := schema["$defs"].(map[string]any)
	check(t, "$", doc, map[string]any{"$ref": schema["$ref"]}, defs)
}

// check is the part of JSON Schema validation the generator uses: $ref,
// type, properties with additionalProperties false, items, enum.
func check(t *testing.T, path string, v any, s map[string]any, defs map[string]any) {
	t.Helper()
	if ref, ok := s["$ref"].(string); ok {
		def, ok := defs[strings.TrimPrefix(ref, "#/$defs/")].(map[string]any)
		if !ok {
			t.Fatalf("%s: dangling $ref %s", path, ref)
		}
		check(t, path, v, def, defs)
		return
	}
	if _, ok := s["anyOf"]; ok { // float and double: a number (or NaN/Infinity strings)
		if _, isNum := v.(float64); !isNum {
			t.Errorf("%s: %v is not a number", path, v)
		}
		return
	}
	switch s["type"] {
	case "object":
		obj, ok := v.(map[string]any)
		if !ok {
			t.Errorf("%s: %v is not an object", path, v)
			return
		}
		props, _ := s["properties"].(map[string]any)
		for k, fv := range obj {
			if props == nil {
				check(t, path+"."+k, fv, s["additionalProperties"].(map[string]any), defs)
				continue
			}
			fs, ok := props[k].(map[string]any)
			if !ok {
				t.Errorf("%s.%s: not in the schema", path, k)
				continue
			}
			check(t, path+"."+k, fv, fs, defs)
		}
	case "array":
		arr, ok := v.([]any)
		if !ok {
			t.Errorf("%s: %v is not an array", path, v)
			return
		}
		for i, x := range arr {
			check(t, path+"["+strconv.Itoa(i)+"]", x, s["items"].(map[string]any), defs)
		}
	case "string":
		if _, ok := v.(string); !ok {
			t.Errorf("%s: %v is not a string", path, v)
		}
		if enum, ok := s["enum"].([]any); ok {
			found := false
			for _, e := range enum {
				found = found || e == v
			}
			if !found {
				t.Errorf("%s: %v not in %v", path, v, enum)
			}
		}
	case "integer":
		if f, ok := v.(float64); !ok || f != float64(int64(f)) {
			t.Errorf("%s: %v is not an integer", path, v)
		}
	case "boolean":
		if _, ok := v.(bool); !ok {
			t.Errorf("%s: %v is not a boolean", path, v)
		}
	}
}
