package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"regexp"
	"strings"
	"testing"

	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/bus/bustest"
	"github.com/newsflow/newsflow/plumbing/recordid"
	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	extractstage "github.com/newsflow/newsflow/services/extractor/stage"
)

func TestDLQListAndReplay(t *testing.T) {
	bt := bustest.Start(t, bustest.WithServiceName("t"))
	ctx := t.Context()
	js, tel, pub := bt.JS, bt.Tel, bt.Pub

	// A page whose body is not the zstd frame it claims to be: the real
	// extractor stage dead-letters it.
	// It proves itself (its id is its link's), so the body is what fails.
	const link = "https://example.test/p1"
	p1 := recordid.ID(link)
	poison := &newsv1.RawPage{Id: p1, Source: "src", ItemUrl: link, Body: []byte("not zstd"), BodyEncoding: newsv1.BodyEncoding_BODY_ENCODING_ZSTD}
	if err := pub.Publish(ctx, "news.raw.src", p1, poison); err != nil {
		t.Fatal(err)
	}
	sctx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() {
		done <- extractstage.New(pub, slogDiscard()).Run(sctx, js, tel, bus.StageOptions{})
	}()
	dlq, err := js.Stream(ctx, bus.StreamDLQ)
	if err != nil {
		t.Fatal(err)
	}
	bustest.WaitFor(t, "the poison page to be dead-lettered", func() bool {
		info, err := dlq.Info(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if info.State.Msgs > 1 {
			t.Fatalf("%s holds %d dead letters, want 1", bus.StreamDLQ, info.State.Msgs)
		}
		return info.State.Msgs == 1
	})
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}

	env := map[string]string{"NATS_URL": bt.URL}
	cli := func(args ...string) (int, string, string) {
		var out, errb bytes.Buffer
		code := Main(ctx, args, Stdio{In: strings.NewReader(""), Out: &out, Err: &errb}, func(k string) string { return env[k] })
		return code, out.String(), errb.String()
	}
	code, out, errOut := cli("dlq", "ls")
	if code != 0 {
		t.Fatalf("dlq ls exit %d: %s", code, errOut)
	}
	if !regexp.MustCompile(`(?m)^SEQ +FAILED AT +STAGE +KIND +SUBJECT +RECORD +REASON\n\d+ +\S+ +extractor +permanent +news\.raw\.src +` + regexp.QuoteMeta(p1) + ` +.*decompressing`).MatchString(out) {
		t.Errorf("dlq ls = %q", out)
	}
	code, out, errOut = cli("dlq", "ls", "--json")
	var row deadLetterRow
	if err := json.Unmarshal([]byte(out), &row); code != 0 || err != nil || row.Stage != "extractor" || row.RecordID != p1 || row.Seq == 0 || !strings.Contains(row.Reason, "decompressing") {
		t.Errorf("dlq ls --json = %d %q %v (%s)", code, out, err, errOut)
	}
	if code, out, _ := cli("dlq", "ls", "--stage", "sink"); code != 0 || !strings.Contains(out, "no dead letters") {
		t.Errorf("dlq ls --stage sink = %d %q", code, out)
	}

	code, out, errOut = cli("dlq", "replay", "--stage", "extractor")
	if code != 0 || !strings.Contains(out, "replayed 1 dead letters") {
		t.Fatalf("dlq replay exit %d: %s %s", code, out, errOut)
	}
	raw, err := js.Stream(ctx, bus.StreamRaw)
	if err != nil {
		t.Fatal(err)
	}
	info, err := raw.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if info.State.Msgs != 2 {
		t.Errorf("NEWS_RAW holds %d messages after the replay, want the original and the replay", info.State.Msgs)
	}
	last, err := raw.GetLastMsgForSubject(ctx, "news.raw.src")
	if err != nil {
		t.Fatal(err)
	}
	if last.Header.Get(bus.HeaderRecordID) != p1 || !strings.HasPrefix(last.Header.Get("Nats-Msg-Id"), "replay:") {
		t.Errorf("replayed headers = %v", last.Header)
	}
	if info, _ := dlq.Info(ctx); info.State.Msgs != 0 {
		t.Errorf("NEWS_DLQ still holds %d messages after the replay", info.State.Msgs)
	}
	if code, _, _ := cli("dlq", "purge"); code != 2 {
		t.Errorf("unknown dlq subcommand: exit %d, want 2", code)
	}
}

func slogDiscard() *slog.Logger { return slog.New(slog.DiscardHandler) }
