package loadtest

import (
	"testing"
)

// TestRunSmall runs the whole measurement on a few articles: every article
// is stored exactly once and the figures are filled in.
func TestRunSmall(t *testing.T) {
	res, err := Run(t.Context(), Options{Articles: 40, DataDir: t.TempDir(), Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	if res.Stored != 40 || res.Duplicates != 0 {
		t.Fatalf("stored %d, duplicates %d; want 40 and 0", res.Stored, res.Duplicates)
	}
	if res.ArticlesPerS <= 0 || res.ExtractOnlyPerS <= 0 || res.RawMB <= 0 || res.PeakRSSMB <= 0 {
		t.Errorf("figures missing: %+v", res)
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
