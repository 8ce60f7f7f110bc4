package bus_test

import (
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/bus/bustest"
	"github.com/newsflow/newsflow/plumbing/telemetry"
)

// BenchmarkPublishAll is what the classifier pays per article: a tagged
// record and its seven index copies (the mean of bench pipeline's corpus)
// sent with one PublishAll to an embedded JetStream server on file storage,
// with telemetry that records no spans (no exporter), as in production
// without OTLP. cpu-ms/article is the process's CPU (client and server)
// per fan-out.
func BenchmarkPublishAll(b *testing.B) {
	env := bustest.Start(b)
	tel, err := telemetry.Setup(b.Context(), telemetry.Config{ServiceName: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	pub := bus.NewPublisher(env.JS, tel.TracerProvider, tel.Propagator)
	t := benchTagged()
	subject, err := bus.TaggedSubject("src")
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	cpu0 := cpuTime()
	for b.Loop() {
		base := fmt.Sprintf("bench-%d:1:2", n)
		out := []bus.Outgoing{{Subject: subject, MsgID: base, Msg: t}}
		for i := range 7 {
			subj, err := bus.ActorSubject(fmt.Sprintf("actor-%d", i), "src")
			if err != nil {
				b.Fatal(err)
			}
			out = append(out, bus.Outgoing{Subject: subj, MsgID: bus.ActorMsgID(base, fmt.Sprint(i)), Msg: t})
		}
		if err := pub.PublishAll(b.Context(), out); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64(cpuTime()-cpu0)/float64(time.Millisecond)/float64(n), "cpu-ms/article")
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
