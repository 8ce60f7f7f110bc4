package stage

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/newsflow/newsflow/services/classifier/classify"
	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

// Swapper takes a rebuilt classifier (a *Stage).
type Swapper interface {
	Swap(c *classify.Classifier)
}

// loadTaxonomy reads the taxonomy in dir, or the embedded one when dir is empty.
func loadTaxonomy(dir string) (*taxonomy.Taxonomy, error) {
	var (
		tax *taxonomy.Taxonomy
		err error
	)
	if dir != "" {
		tax, err = taxonomy.Load(os.DirFS(dir))
	} else {
		tax, err = taxonomy.Default()
	}
	if err != nil {
		return nil, fmt.Errorf("loading taxonomy: %w", err)
	}
	return tax, nil
}

// LoadClassifier builds a classifier from the taxonomy in dir, or from
// the embedded taxonomy when dir is empty.
func LoadClassifier(dir string) (*classify.Classifier, string, error) {
	tax, err := loadTaxonomy(dir)
	if err != nil {
		return nil, "", err
	}
	cls, err := classify.New(tax)
	if err != nil {
		return nil, "", fmt.Errorf("building classifier: %w", err)
	}
	return cls, tax.Version(), nil
}

// WatchTaxonomy re-reads the taxonomy directory every interval until ctx
// ends, and when its version (import date and content hash) changes,
// builds a classifier from it and swaps it in. A broken edit (unreadable
// file, bad JSON, a rule that does not parse or compile) is logged and the
// running taxonomy kept, so a half-written ConfigMap update never stops
// tagging.
func WatchTaxonomy(ctx context.Context, dir string, every time.Duration, version string, s Swapper, logger *slog.Logger) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		tax, err := loadTaxonomy(dir)
		if err == nil && tax.Version() == version {
			continue
		}
		var cls *classify.Classifier
		if err == nil {
			cls, err = classify.New(tax)
		}
		if err != nil {
			logger.ErrorContext(ctx, "reloading taxonomy, keeping the running one", "dir", dir, "version", version, "err", err)
			continue
		}
		s.Swap(cls)
		logger.InfoContext(ctx, "taxonomy reloaded", "dir", dir, "from", version, "to", tax.Version())
		version = tax.Version()
	}
}
