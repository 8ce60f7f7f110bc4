package loadtest

import (
	"bytes"
	"io"
	"runtime/pprof"
	"testing"

	"github.com/google/pprof/profile"
)

// TestRunSmall runs the whole measurement on a few articles: every article
// is stored exactly once and the figures are filled in.
func TestRunSmall(t *testing.T) {
	var heap bytes.Buffer
	res, err := Run(t.Context(), Options{Articles: 40, DataDir: t.TempDir(), Seed: 3, MemProfile: &heap})
	if err != nil {
		t.Fatal(err)
	}
	if p, err := profile.Parse(&heap); err != nil {
		t.Errorf("heap profile: %v", err)
	} else if len(p.Sample) == 0 || len(p.SampleType) == 0 || p.SampleType[len(p.SampleType)-1].Type != "inuse_space" {
		t.Errorf("heap profile has %d samples of %v; want in-use space samples", len(p.Sample), p.SampleType)
	}
	if res.Stored != 40 || res.Duplicates != 0 {
		t.Fatalf("stored %d, duplicates %d; want 40 and 0", res.Stored, res.Duplicates)
	}
	if res.ArticlesPerS <= 0 || res.ExtractOnlyPerS <= 0 || res.RawMB <= 0 || res.PeakRSSMB <= 0 {
		t.Errorf("figures missing: %+v", res)
	}
	if len(res.ExtractOnlyRuns) != 2 || res.ExtractOnlyPerS != (res.ExtractOnlyRuns[0]+res.ExtractOnlyRuns[1])/2 {
		t.Errorf("extractor-alone rate %v is not the mean of the runs before and after the pipeline %v", res.ExtractOnlyPerS, res.ExtractOnlyRuns)
	}
	if res.CPUmsPerArticle <= 0 || res.ExtractOnlyCPUmsPerArticle <= 0 || res.SinkBatch <= 0 {
		t.Errorf("CPU cost or batch size missing: %+v", res)
	}
	for _, s := range []string{"extractor", "classifier", "sink", StageNATSServer, StageOther} {
		if _, ok := res.StageCPUms[s]; !ok {
			t.Errorf("no CPU figure for %s: %v", s, res.StageCPUms)
		}
	}
	if !(res.P50ms <= res.P95ms && res.P95ms <= res.P99ms) || res.P50ms <= 0 {
		t.Errorf("latency quantiles out of order: %+v", res)
	}
}

// TestRunWhileProfiling: when another CPU profile is running (go test
// -cpuprofile), the run is measured without the split by stage rather
// than failing.
func TestRunWhileProfiling(t *testing.T) {
	if err := pprof.StartCPUProfile(io.Discard); err == nil {
		defer pprof.StopCPUProfile()
	} // else one is running already, which is the case under test
	res, err := Run(t.Context(), Options{Articles: 10, DataDir: t.TempDir(), Seed: 4})
	if err != nil {
		t.Fatal(err)
	}
	if res.Stored != 10 || res.CPUmsPerArticle <= 0 {
		t.Errorf("stored %d, cost %v; want 10 and a cost", res.Stored, res.CPUmsPerArticle)
	}
	if res.StageCPUms != nil {
		t.Errorf("split by stage %v without a profile of the run", res.StageCPUms)
	}
}
