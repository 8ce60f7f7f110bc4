package loadtest

import (
	"errors"
	"strings"
	"testing"
	"time"

	"google.golang.org/protobuf/proto"

	"github.com/newsflow/newsflow/cmd/newsflow/internal/corpus"
	"github.com/newsflow/newsflow/cmd/newsflow/internal/pipeline"
	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/rawbody"
	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// TestRunStorageFull: a run whose JetStream storage is too small fails
// with an error naming the cause, whether the raw pages do not fit (the
// load generator's publish is refused) or only what the stages make of
// them (a stage's output is blocked and nothing is committed for the
// stall bound), instead of waiting for its timeout. The timeout is a
// generous bound that turns a hang into a different error.
func TestRunStorageFull(t *testing.T) {
	const articles = 40
	// What the raw pages take in the stream, roughly: their encoded size.
	var raw int64
	for i := range articles {
		page := corpus.Generate(5, i, origin)
		rp := &newsv1.RawPage{Id: "x", ItemUrl: page.URL}
		if err := rawbody.Set(rp, page.HTML); err != nil {
			t.Fatal(err)
		}
		raw += int64(proto.Size(rp))
	}
	for _, tc := range []struct {
		name     string
		maxStore int64
		want     string
	}{
		{"raw pages do not fit", raw / 4, "the load generator could not publish"},
		{"articles do not fit", raw + raw/4, "output is blocked"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			_, err := Run(t.Context(), Options{
				Articles: articles, DataDir: t.TempDir(), Seed: 5,
				MaxStore: tc.maxStore, Stall: 2 * time.Second, Timeout: 3 * time.Minute,
			})
			if !errors.Is(err, bus.ErrStorageFull) || !strings.Contains(err.Error(), "JetStream storage full") {
				t.Fatalf("run with %d bytes of storage for %d of raw pages ended after %v with %v; want a JetStream storage full error",
					tc.maxStore, raw, time.Since(start).Round(time.Millisecond), err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not say %q", err, tc.want)
			}
		})
	}
}

func TestStall(t *testing.T) {
	full := errors.New("JetStream storage full: insufficient resources")
	blocked := []pipeline.Blocked{{Stage: "extractor", Since: time.Now(), Err: full}}
	for _, tc := range []struct {
		name    string
		pubErr  error
		js      bool
		blocked []pipeline.Blocked
		idle    time.Duration
		want    string // "" for no stall
	}{
		{"progressing", nil, true, nil, time.Second, ""},
		{"blocked but not for long", nil, true, blocked, time.Second, ""},
		{"blocked", nil, true, blocked, time.Minute, "extractor's output is blocked"},
		{"idle, nothing blocked", nil, true, nil, time.Minute, "the pipeline stalled"},
		{"publish failed", full, true, nil, 0, "could not publish"},
		{"JetStream disabled", nil, false, nil, 0, "disabled JetStream"},
	} {
		err := stall(tc.pubErr, tc.js, tc.blocked, tc.idle, 30*time.Second)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: stall = %v, want none", tc.name, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s: stall = %v, want one saying %q", tc.name, err, tc.want)
		}
	}
	if err := stall(nil, true, blocked, time.Minute, 30*time.Second); !errors.Is(err, full) {
		t.Errorf("the stall error %v does not wrap the stage's", err)
	}
}
