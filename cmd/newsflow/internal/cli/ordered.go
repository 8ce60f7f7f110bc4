package cli

import (
	"context"
	"runtime"
	"sync"
)

// ordered runs work on n inputs with one worker per CPU and hands the
// results to emit in input order. At most a few results per worker wait for
// their turn, so memory stays bounded however many inputs there are.
func ordered[R any](ctx context.Context, n int, work func(i int) R, emit func(i int, r R) error) error {
	workers := runtime.GOMAXPROCS(0)
	window := make(chan struct{}, 4*workers)
	slots := make([]chan R, n)
	for i := range slots {
		slots[i] = make(chan R, 1)
	}
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range jobs {
				slots[i] <- work(i)
			}
		})
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		defer close(jobs)
		for i := range n {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	var err error
	for i := range n {
		var r R
		select {
		case r = <-slots[i]:
		case <-ctx.Done():
			err = ctx.Err()
		}
		if err != nil {
			break
		}
		<-window
		if err = emit(i, r); err != nil {
			break
		}
	}
	cancel()
	wg.Wait()
	return err
}
