package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"google.golang.org/protobuf/proto"

	"github.com/newsflow/newsflow/plumbing/bus"
	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

func runDLQ(ctx context.Context, args []string, std Stdio, getenv func(string) string) error {
	if len(args) == 0 || (args[0] != "ls" && args[0] != "replay") {
		fmt.Fprintln(std.Err, "usage: newsflow dlq ls [--stage S]\n       newsflow dlq replay [--stage S] [--seq N] [--keep]\n\nls prints the dead letters in NEWS_DLQ (a table; --json for JSON lines); replay publishes each one's original\npayload to its original subject again (under a new message id, so the\nstream's duplicate window does not swallow it) and then removes it from\nNEWS_DLQ unless --keep is given.")
		return fmt.Errorf("%w: want ls or replay", errUsage)
	}
	sub := args[0]
	fs := newFlagSet("dlq "+sub, std)
	conn := natsFlags(fs, getenv)
	stage := fs.String("stage", "", "only this stage's dead letters")
	seq := fs.Uint64("seq", 0, "only the dead letter with this NEWS_DLQ sequence")
	keep := fs.Bool("keep", false, "replay: keep the dead letters after replaying them")
	asJSON := fs.Bool("json", false, "ls: one JSON object per dead letter instead of a table")
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	if *stage != "" && !bus.ValidToken(*stage) {
		return fmt.Errorf("%w: --stage %q is not a stage name", errUsage, *stage)
	}
	nc, js, err := connectJS(ctx, conn, "newsflow-dlq")
	if err != nil {
		return err
	}
	defer nc.Close()
	w := bufio.NewWriter(std.Out)
	defer func() { _ = w.Flush() }()
	if sub == "ls" {
		return listDeadLetters(ctx, js, *stage, *seq, *asJSON, w)
	}
	n, err := replayDeadLetters(ctx, js, *stage, *seq, !*keep, w)
	fmt.Fprintf(w, "replayed %d dead letters\n", n)
	return err
}

type deadLetter struct {
	seq uint64
	dl  *newsv1.DeadLetter
}

// deadLetters reads NEWS_DLQ (filtered by stage and sequence) without
// consuming it.
func deadLetters(ctx context.Context, js jetstream.JetStream, stage string, seq uint64, each func(deadLetter) error) error {
	s, err := js.Stream(ctx, bus.StreamDLQ)
	if err != nil {
		return fmt.Errorf("looking up %s: %w", bus.StreamDLQ, err)
	}
	info, err := s.Info(ctx)
	if err != nil {
		return fmt.Errorf("reading %s: %w", bus.StreamDLQ, err)
	}
	filter := bus.PrefixDLQ + ".>"
	if stage != "" {
		filter = bus.PrefixDLQ + "." + stage
	}
	for cur := max(info.State.FirstSeq, seq); info.State.Msgs > 0 && cur <= info.State.LastSeq; cur++ {
		if seq != 0 && cur != seq {
			break
		}
		m, err := s.GetMsg(ctx, cur)
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			continue // deleted (replayed) or expired
		}
		if err != nil {
			return fmt.Errorf("reading %s message %d: %w", bus.StreamDLQ, cur, err)
		}
		if stage != "" && m.Subject != filter {
			continue
		}
		var dl newsv1.DeadLetter
		if err := proto.Unmarshal(m.Data, &dl); err != nil {
			return fmt.Errorf("decoding %s message %d: %w", bus.StreamDLQ, cur, err)
		}
		if err := each(deadLetter{seq: cur, dl: &dl}); err != nil {
			return err
		}
	}
	return nil
}

// deadLetterRow is one line of `dlq ls --json`.
type deadLetterRow struct {
	Seq      uint64    `json:"seq"`
	FailedAt time.Time `json:"failed_at"`
	Stage    string    `json:"stage"`
	Kind     string    `json:"kind"`
	Subject  string    `json:"subject"`
	RecordID string    `json:"record_id,omitempty"`
	Reason   string    `json:"reason"`
}

// listDeadLetters prints a table, or JSON lines for scripts.
func listDeadLetters(ctx context.Context, js jetstream.JetStream, stage string, seq uint64, asJSON bool, w io.Writer) error {
	n := 0
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	enc := json.NewEncoder(w)
	err := deadLetters(ctx, js, stage, seq, func(d deadLetter) error {
		dl := d.dl
		if asJSON {
			n++
			return enc.Encode(deadLetterRow{
				Seq: d.seq, FailedAt: dl.GetFailedAt().AsTime().UTC(), Stage: dl.GetStage(), Kind: dl.GetKind(),
				Subject: dl.GetSubject(), RecordID: dl.GetRecordId(), Reason: dl.GetReason(),
			})
		}
		if n == 0 {
			fmt.Fprintln(tw, "SEQ\tFAILED AT\tSTAGE\tKIND\tSUBJECT\tRECORD\tREASON")
		}
		n++
		_, err := fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\n", d.seq, dl.GetFailedAt().AsTime().UTC().Format(time.RFC3339),
			dl.GetStage(), dl.GetKind(), dl.GetSubject(), dashIfEmpty(dl.GetRecordId()), oneLine(dl.GetReason()))
		return err
	})
	if err != nil {
		return err
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("writing: %w", err)
	}
	if n == 0 && !asJSON {
		_, err = fmt.Fprintln(w, "no dead letters")
	}
	return err
}

// replayDeadLetters republishes each dead letter's payload with its
// original headers to its original subject and, when remove is set,
// deletes it from NEWS_DLQ once the stream acked the replay.
func replayDeadLetters(ctx context.Context, js jetstream.JetStream, stage string, seq uint64, remove bool, w io.Writer) (int, error) {
	dlq, err := js.Stream(ctx, bus.StreamDLQ)
	if err != nil {
		return 0, fmt.Errorf("looking up %s: %w", bus.StreamDLQ, err)
	}
	n := 0
	err = deadLetters(ctx, js, stage, seq, func(d deadLetter) error {
		dl := d.dl
		if dl.GetSubject() == "" {
			return fmt.Errorf("dead letter %d names no subject to replay to", d.seq)
		}
		msg := nats.NewMsg(dl.GetSubject())
		msg.Data = dl.GetPayload()
		for k, v := range dl.GetHeaders() {
			msg.Header.Set(k, v)
		}
		// A new id: the original one is still inside the stream's duplicate
		// window more often than not, and would make the replay a no-op.
		id := fmt.Sprintf("replay:%s:%d:%d", dl.GetStream(), dl.GetStreamSequence(), d.seq)
		msg.Header.Del("Nats-Msg-Id")
		if _, err := js.PublishMsg(ctx, msg, jetstream.WithMsgID(id)); err != nil {
			return fmt.Errorf("replaying dead letter %d to %s: %w", d.seq, dl.GetSubject(), err)
		}
		n++
		fmt.Fprintf(w, "replayed %d to %s (%s)\n", d.seq, dl.GetSubject(), dashIfEmpty(dl.GetRecordId()))
		if remove {
			if err := dlq.DeleteMsg(ctx, d.seq); err != nil {
				return fmt.Errorf("removing replayed dead letter %d: %w", d.seq, err)
			}
		}
		return nil
	})
	return n, err
}

func dashIfEmpty(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}
