package classify

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

// BenchmarkReload is what a reload costs: reading the taxonomy from a
// directory (the committed data) and compiling a Classifier from it. It
// must stay well under a second with the full registry. Run with
//
//	go test ./classify -run '^$' -bench BenchmarkReload -count 5 -cpu 1
func BenchmarkReload(b *testing.B) {
	dir := os.DirFS(filepath.Join("..", "taxonomy", "data"))
	actors := 0
	for b.Loop() {
		t, err := taxonomy.Load(dir)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := New(t); err != nil {
			b.Fatal(err)
		}
		actors = len(t.Actors)
	}
	b.ReportMetric(float64(actors), "actors")
}
