package store

import (
	"context"
	"fmt"
	"time"
)

// DefaultDeleteBatch is how many articles DeleteStoredBefore removes per
// transaction.
const DefaultDeleteBatch = 1000

// DeleteStoredBefore deletes the articles first stored before cutoff (with
// their tags and full-text entries), batch at a time (DefaultDeleteBatch
// when <= 0), each batch its own short transaction so writers are never
// blocked for long. It returns how many it deleted; on error, the batches
// already committed stay deleted.
//
// Retention counts from stored_at, when the sink first stored the article,
// not from its published time: an archive backfilled today is kept as long
// as today's news.
func (s *Store) DeleteStoredBefore(ctx context.Context, cutoff time.Time, batch int) (int64, error) {
	if batch <= 0 {
		batch = DefaultDeleteBatch
	}
	var total int64
	for {
		res, err := s.w.ExecContext(ctx, `DELETE FROM articles WHERE id IN (
			SELECT id FROM articles WHERE stored_at < $1 ORDER BY stored_at LIMIT $2)`,
			cutoff.UnixMicro(), batch)
		if err != nil {
			return total, fmt.Errorf("deleting articles stored before %s: %w", cutoff.Format(time.RFC3339), err)
		}
		n, err := res.RowsAffected()
		if err != nil {
			return total, fmt.Errorf("deleting articles stored before %s: %w", cutoff.Format(time.RFC3339), err)
		}
		total += n
		if n < int64(batch) {
			return total, nil
		}
		if err := ctx.Err(); err != nil {
			return total, fmt.Errorf("deleting articles stored before %s: %w", cutoff.Format(time.RFC3339), err)
		}
	}
}
