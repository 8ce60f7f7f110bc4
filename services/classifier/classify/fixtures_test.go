package classify

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

type label struct {
	ID    string `json:"id"`
	Label string `json:"label"`
}

type labelled struct {
	Title          string  `json:"title"`
	Text           string  `json:"text"`
	Actors         []label `json:"actors"`
	ActorsOptional []label `json:"actors_optional"`
	Topics         []label `json:"topics"`
	TopicsOptional []label `json:"topics_optional"`
}

type fixture struct {
	ID       string `json:"id"`
	PageType string `json:"page_type"`
	labelled
	Entries []labelled `json:"entries"`
}

// fixtureTopicCodes maps the labels of the fixtures README to Media Topic codes.
var fixtureTopicCodes = map[string]string{
	"terrorism":               "medtop:20000103",
	"armed conflict":          "medtop:20000056",
	"migration of people":     "medtop:20000634",
	"crime, law and justice":  "medtop:02000000",
	"international relations": "medtop:20000638",
	"sport event":             "medtop:20001108",
	"politics":                "medtop:11000000",
}

// fixtureCase is one classified document of the development set: an
// article, or one entry of a listing.
type fixtureCase struct {
	name string
	labelled
}

func loadFixtures(t testing.TB) []fixtureCase {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "fixtures", "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	var cases []fixtureCase
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		var fx fixture
		require.NoError(t, json.Unmarshal(b, &fx))
		if fx.PageType == "listing" {
			for i, e := range fx.Entries {
				cases = append(cases, fixtureCase{name: fx.ID + "/entry" + string(rune('1'+i)), labelled: e})
			}
			continue
		}
		cases = append(cases, fixtureCase{name: fx.ID, labelled: fx.labelled})
	}
	return cases
}

func ids(ls []label, topic bool) []string {
	var out []string
	for _, l := range ls {
		if topic {
			out = append(out, fixtureTopicCodes[l.Label])
		} else {
			out = append(out, l.ID)
		}
	}
	sort.Strings(out)
	return out
}

// predicted returns the actor ids and the topic codes within the fixture
// vocabulary. Inherited ancestors are left out: they are implied by the
// specific code (terrorism → crime → crime, law and justice) and the
// labels name what a story is about, not its ancestors. Codes outside the
// fixture vocabulary (e.g. EXTRA's "immigration") are not labelled either way.
func predicted(tags *newsv1.EntryTags) (actors, topics []string) {
	vocab := map[string]bool{}
	for _, c := range fixtureTopicCodes {
		vocab[c] = true
	}
	for _, a := range tags.Actors {
		actors = append(actors, a.Id)
	}
	for _, tp := range tags.Topics {
		if !tp.Inherited && vocab[tp.Code] {
			topics = append(topics, tp.Code)
		}
	}
	sort.Strings(actors)
	sort.Strings(topics)
	return actors, topics
}

// shared builds the default Classifier once (compiling it takes some tens
// of milliseconds), and a Classifier is safe for concurrent use.
var shared = sync.OnceValues(func() (*Classifier, error) {
	tax, err := taxonomy.Default()
	if err != nil {
		return nil, err
	}
	return New(tax)
})

func newTestClassifier(t testing.TB) *Classifier {
	t.Helper()
	c, err := shared()
	require.NoError(t, err)
	return c
}

func TestFixtures(t *testing.T) {
	c := newTestClassifier(t)
	for _, fc := range loadFixtures(t) {
		t.Run(fc.name, func(t *testing.T) {
			tags := c.Document(fc.Title, fc.Text)
			actors, topics := predicted(tags)
			checkLabels(t, "actors", actors, ids(fc.Actors, false), ids(fc.ActorsOptional, false))
			checkLabels(t, "topics", topics, ids(fc.Topics, true), ids(fc.TopicsOptional, true))
		})
	}
}

func checkLabels(t *testing.T, what string, got, required, optional []string) {
	t.Helper()
	for _, r := range required {
		if !slices.Contains(got, r) {
			t.Errorf("%s: missing required %s (got %v)", what, r, got)
		}
	}
	for _, g := range got {
		if !slices.Contains(required, g) && !slices.Contains(optional, g) {
			t.Errorf("%s: false positive %s (required %v, optional %v)", what, g, required, optional)
		}
	}
}
