package loadtest

import "testing"

// TestBurst drains a small burst through the service processes: every page
// is stored and every service's memory was sampled.
func TestBurst(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the service binaries; skipped with -short")
	}
	res, err := Burst(t.Context(), BurstOptions{Pages: 300, Progress: testWriter{t}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Stored != 300 {
		t.Fatalf("stored %d of 300", res.Stored)
	}
	for _, name := range []string{"extractor", "classifier", "sink"} {
		if res.PeakRSSMB[name] <= 0 || len(res.Quarters[name]) != 4 {
			t.Errorf("%s: peak %v MB, quarters %v", name, res.PeakRSSMB[name], res.Quarters[name])
		}
	}
}
