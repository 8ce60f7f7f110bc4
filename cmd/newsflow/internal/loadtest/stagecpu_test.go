package loadtest

import (
	"bytes"
	"maps"
	"testing"
	"time"

	"github.com/google/pprof/profile"

	"github.com/newsflow/newsflow/cmd/newsflow/internal/pipeline"
)

// TestSplitProfile splits a hand-built CPU profile: labelled samples go to
// their stage, the NATS server's self-labelled goroutines to nats_server,
// and the unlabelled rest to "other" by what its root frames were doing.
func TestSplitProfile(t *testing.T) {
	var fns []*profile.Function
	fn := func(name string) *profile.Location {
		f := &profile.Function{ID: uint64(len(fns) + 1), Name: name}
		fns = append(fns, f)
		return &profile.Location{ID: f.ID, Line: []profile.Line{{Function: f}}}
	}
	extract := fn("github.com/newsflow/newsflow/services/extractor/extract.HTML")
	syscall := fn("syscall.pwrite")
	stream := fn("github.com/nats-io/nats-server/v2/server.(*stream).internalLoop")
	gc := fn("runtime.gcBgMarkWorker")
	readLoop := fn("github.com/nats-io/nats%2ego.(*Conn).readLoop")
	goexit := fn("runtime.goexit")
	ms := func(n int64) []int64 { return []int64{n, n * int64(time.Millisecond)} }
	stage := func(s string) map[string][]string { return map[string][]string{pipeline.StageLabel: {s}} }
	p := &profile.Profile{
		SampleType: []*profile.ValueType{{Type: "samples", Unit: "count"}, {Type: "cpu", Unit: "nanoseconds"}},
		PeriodType: &profile.ValueType{Type: "cpu", Unit: "nanoseconds"},
		Period:     int64(10 * time.Millisecond),
		Function:   fns,
		Location:   []*profile.Location{extract, syscall, stream, gc, readLoop, goexit},
		Sample: []*profile.Sample{
			{Location: []*profile.Location{extract, goexit}, Value: ms(30), Label: stage("extractor")},
			{Location: []*profile.Location{syscall, goexit}, Value: ms(20), Label: stage("sink")},
			{Location: []*profile.Location{syscall, goexit}, Value: ms(5), Label: stage("nats_server")},
			// The server relabels its stream goroutines (account, stream).
			{Location: []*profile.Location{syscall, stream, goexit}, Value: ms(7), Label: map[string][]string{"stream": {"NEWS_RAW"}}},
			{Location: []*profile.Location{gc, goexit}, Value: ms(4)},
			{Location: []*profile.Location{syscall, readLoop, goexit}, Value: ms(3)},
			{Location: []*profile.Location{syscall, goexit}, Value: ms(1)},
		},
	}
	var buf bytes.Buffer
	if err := p.Write(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := splitProfile(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	wantStage := map[string]time.Duration{
		"extractor": 30 * time.Millisecond, "sink": 20 * time.Millisecond,
		StageNATSServer: 12 * time.Millisecond, StageOther: 8 * time.Millisecond,
	}
	wantOther := map[string]time.Duration{"gc": 4 * time.Millisecond, "nats_client": 3 * time.Millisecond, "rest": time.Millisecond}
	if !maps.Equal(got.byStage, wantStage) || !maps.Equal(got.other, wantOther) || got.total != 70*time.Millisecond {
		t.Errorf("split = %v, other %v, total %v; want %v, %v, 70ms", got.byStage, got.other, got.total, wantStage, wantOther)
	}
	if per := perArticle(got.byStage, 10); per["extractor"] != 3 {
		t.Errorf("extractor per article = %v ms, want 3", per["extractor"])
	}
}

// TestSplitProfileRejectsGarbage: a profile that cannot be read is an
// error, not an empty split.
func TestSplitProfileRejectsGarbage(t *testing.T) {
	if _, err := splitProfile([]byte("not a profile")); err == nil {
		t.Fatal("splitProfile accepted garbage")
	}
}
