package loadtest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/rawbody"
	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/fetcher/canon"
	"github.com/newsflow/newsflow/services/sink/store"
)

// BurstOptions configure a memory-under-burst run.
type BurstOptions struct {
	Pages    int
	BinDir   string
	Seed     uint64
	Timeout  time.Duration
	Progress io.Writer
}

// BurstResult reports each service's resident memory while a burst drains:
// the peak, and the samples at each quarter of the burst, which stay flat
// when memory is bounded.
type BurstResult struct {
	Pages     int                  `json:"pages"`
	Stored    int64                `json:"stored"`
	Seconds   float64              `json:"seconds"`
	PeakRSSMB map[string]float64   `json:"peak_rss_mb"`
	Quarters  map[string][]float64 `json:"rss_mb_at_quarters"`
}

// Burst publishes Pages raw pages into NEWS_RAW at once, faster than the
// pipeline drains them, runs extractor, classifier and sink as separate
// processes (SQLite sink) against a nats-server process, and samples their
// RSS until everything is stored.
func Burst(ctx context.Context, o BurstOptions) (res BurstResult, err error) {
	if o.Pages <= 0 {
		return res, errors.New("loadtest: --pages must be positive")
	}
	if o.Timeout <= 0 {
		o.Timeout = time.Hour
	}
	if o.Progress == nil {
		o.Progress = io.Discard
	}
	ctx, cancel := context.WithTimeout(ctx, o.Timeout)
	defer cancel()
	say := func(format string, args ...any) { fmt.Fprintf(o.Progress, format+"\n", args...) }
	set := newProcSet(nil)
	defer set.end(10 * time.Second)
	dir, err := os.MkdirTemp("", "newsflow-burst-")
	if err != nil {
		return res, fmt.Errorf("creating work directory: %w", err)
	}
	defer func() { _ = os.RemoveAll(dir) }()
	bin, err := binaries(ctx, o.BinDir, dir, say)
	if err != nil {
		return res, err
	}
	cluster, err := startNATS(ctx, bin, dir, "newsflow-burst", set)
	if err != nil {
		return res, err
	}
	defer cluster.close()
	natsURL, js := cluster.url, cluster.js

	// The whole burst is in the stream before any service starts.
	say("publishing %d raw pages…", o.Pages)
	if err := publishBurst(ctx, js, o.Seed, o.Pages); err != nil {
		return res, err
	}

	dbPath := filepath.Join(dir, "newsflow.db")
	env := []string{"NATS_URL=" + natsURL, "NEWSFLOW_ADMIN_ADDR=127.0.0.1:0", "NEWSFLOW_LOG_LEVEL=warn", "OTEL_EXPORTER_OTLP_ENDPOINT="}
	procs := map[string]*proc{}
	for name, args := range map[string][]string{
		"extractor":  nil,
		"classifier": nil,
		"sink":       {"-db", "sqlite://" + dbPath, "-api-addr", "127.0.0.1:0"},
	} {
		procs[name] = &proc{name: name, path: filepath.Join(bin, name), args: args, env: append(slices.Clip(env), cluster.serviceEnv(name)...), log: filepath.Join(dir, name+".log"), set: set}
		if err := procs[name].start(); err != nil {
			return res, err
		}
		defer procs[name].stop()
	}
	db, err := store.Open(ctx, "sqlite://"+dbPath, nil)
	if err != nil {
		return res, fmt.Errorf("opening the sink's database: %w", err)
	}
	defer func() { _ = db.Close() }()

	res = BurstResult{Pages: o.Pages, PeakRSSMB: map[string]float64{}, Quarters: map[string][]float64{}}
	start := time.Now()
	quarter := 1
	var mu sync.Mutex
	sample := func() {
		mu.Lock()
		defer mu.Unlock()
		for name, p := range procs {
			if mb := procRSSMB(p); mb > res.PeakRSSMB[name] {
				res.PeakRSSMB[name] = mb
			}
		}
	}
	for {
		sample()
		n, err := db.Count(ctx)
		if err == nil {
			res.Stored = n
			for quarter <= 4 && n >= int64(o.Pages*quarter/4) {
				for name, p := range procs {
					res.Quarters[name] = append(res.Quarters[name], procRSSMB(p))
				}
				say("%6.1fs stored %d of %d; RSS MB extractor %.0f, classifier %.0f, sink %.0f", time.Since(start).Seconds(), n, o.Pages,
					procRSSMB(procs["extractor"]), procRSSMB(procs["classifier"]), procRSSMB(procs["sink"]))
				quarter++
			}
			if n >= int64(o.Pages) {
				break
			}
		}
		for name, p := range procs {
			if !p.running() {
				return res, fmt.Errorf("%s exited on its own (see %s)", name, p.log)
			}
		}
		select {
		case <-time.After(250 * time.Millisecond):
		case <-ctx.Done():
			return res, fmt.Errorf("waiting for %d pages, %d stored: %w", o.Pages, res.Stored, ctx.Err())
		}
	}
	res.Seconds = time.Since(start).Seconds()
	return res, nil
}

// publishBurst publishes pages with bounded asynchronous publishing.
func publishBurst(ctx context.Context, js jetstream.JetStream, seed uint64, n int) error {
	subject, err := bus.RawSubject("burst")
	if err != nil {
		return err
	}
	const window = 256
	futures := make([]jetstream.PubAckFuture, 0, window)
	wait := func() error {
		for _, f := range futures {
			select {
			case <-f.Ok():
			case err := <-f.Err():
				return fmt.Errorf("publishing the burst: %w", err)
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		futures = futures[:0]
		return nil
	}
	for i := range n {
		p := pageAt(seed, "https://burst.newsflow.test/", i)
		raw := &newsv1.RawPage{
			Id: canon.ID(p.URL), Source: "burst", ItemUrl: p.URL, FinalUrl: p.URL,
			HttpStatus: 200, ContentType: "text/html; charset=utf-8", FetchedAt: timestamppb.Now(),
		}
		if err := rawbody.Set(raw, p.HTML); err != nil {
			return err
		}
		data, err := proto.Marshal(raw)
		if err != nil {
			return fmt.Errorf("encoding page %d: %w", i, err)
		}
		msg := nats.NewMsg(subject)
		msg.Data = data
		msg.Header.Set(bus.HeaderContentType, bus.ContentType)
		msg.Header.Set(bus.HeaderMessageType, string(raw.ProtoReflect().Descriptor().FullName()))
		msg.Header.Set(bus.HeaderRecordID, raw.GetId())
		f, err := js.PublishMsgAsync(msg, jetstream.WithMsgID(raw.GetId()))
		if err != nil {
			return fmt.Errorf("publishing page %d: %w", i, err)
		}
		futures = append(futures, f)
		if len(futures) == window {
			if err := wait(); err != nil {
				return err
			}
		}
	}
	return wait()
}
