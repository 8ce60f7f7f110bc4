package loadtest

import (
	"bytes"
	"fmt"
	"runtime/metrics"
	"slices"
	"strings"
	"time"

	"github.com/google/pprof/profile"

	"github.com/newsflow/newsflow/cmd/newsflow/internal/pipeline"
)

// Where the CPU of the stages' run goes. Every stage runs under a pprof
// label (pipeline.StageLabel) that the goroutines it starts inherit, and
// the embedded NATS server is started under the label StageNATSServer, so
// its accept loop and client connections carry it too. The server labels
// its JetStream stream and consumer goroutines itself (account, stream,
// consumer), which replaces the inherited label: a sample without a stage
// label whose stack runs in the server's code is the server's as well. A
// CPU profile of the run is then split by label: a sample's CPU time
// belongs to the stage on whose goroutine it was taken. What is left is
// "other": the garbage collector's background
// workers, the NATS client's read and flush loops (shared by the stages),
// telemetry exporters and the runtime. Allocation-heavy code pays for part
// of its garbage through GC assists, which land on its own goroutines.
const (
	StageNATSServer = "nats_server"
	StageOther      = "other"
	// StageLoad labels the load generator's publishers (busy during the
	// run only with --rate).
	StageLoad = "load_generator"
)

// stageCPU is the CPU time of one run by stage and, for the unlabelled
// rest, by what it was doing.
type stageCPU struct {
	byStage map[string]time.Duration
	// other splits StageOther: "gc" (background mark workers and
	// sweeping), "nats_client" (nats.go's connection loops), "rest".
	other map[string]time.Duration
	total time.Duration
}

// splitProfile reads a CPU profile (pprof's gzipped protobuf) and sums its
// samples' CPU time by stage label.
func splitProfile(data []byte) (stageCPU, error) {
	p, err := profile.Parse(bytes.NewReader(data))
	if err != nil {
		return stageCPU{}, fmt.Errorf("reading CPU profile: %w", err)
	}
	idx := -1
	for i, st := range p.SampleType {
		if st.Type == "cpu" && st.Unit == "nanoseconds" {
			idx = i
		}
	}
	if idx < 0 {
		return stageCPU{}, fmt.Errorf("reading CPU profile: no cpu/nanoseconds sample type in %v", p.SampleType)
	}
	out := stageCPU{byStage: map[string]time.Duration{}, other: map[string]time.Duration{}}
	for _, s := range p.Sample {
		d := time.Duration(s.Value[idx])
		out.total += d
		if l := s.Label[pipeline.StageLabel]; len(l) > 0 {
			out.byStage[l[0]] += d
			continue
		}
		kind := otherKind(s)
		if kind == StageNATSServer {
			out.byStage[StageNATSServer] += d
			continue
		}
		out.byStage[StageOther] += d
		out.other[kind] += d
	}
	return out, nil
}

// otherKind names what an unlabelled sample was doing, from its root-most
// frames: the NATS server's own goroutines, or a kind of "other".
func otherKind(s *profile.Sample) string {
	for _, loc := range slices.Backward(s.Location) {
		for _, ln := range loc.Line {
			if ln.Function == nil {
				continue
			}
			switch name := ln.Function.Name; {
			case strings.HasPrefix(name, "runtime.gc"), strings.HasPrefix(name, "runtime.bgsweep"),
				strings.HasPrefix(name, "runtime.bgscavenge"), strings.HasPrefix(name, "runtime.markroot"):
				return "gc"
			case strings.HasPrefix(name, "github.com/nats-io/nats-server/"):
				return StageNATSServer
			case strings.HasPrefix(name, "github.com/nats-io/nats.go"), strings.HasPrefix(name, "github.com/nats-io/nats%2ego"):
				return "nats_client"
			}
		}
	}
	return "rest"
}

// perArticle converts CPU times to core-milliseconds per article.
func perArticle(m map[string]time.Duration, articles int) map[string]float64 {
	out := make(map[string]float64, len(m))
	for k, d := range m {
		out[k] = msPerArticle(d, articles)
	}
	return out
}

func msPerArticle(d time.Duration, articles int) float64 {
	if articles <= 0 {
		return 0
	}
	return float64(d) / float64(time.Millisecond) / float64(articles)
}

// gcCPU is the CPU the garbage collector has spent in this process so far,
// assists on the stages' goroutines included (runtime/metrics' estimate).
func gcCPU() time.Duration {
	s := []metrics.Sample{{Name: "/cpu/classes/gc/total:cpu-seconds"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindFloat64 {
		return 0
	}
	return time.Duration(s[0].Value.Float64() * float64(time.Second))
}
