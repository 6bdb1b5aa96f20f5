// Package par runs a loop body on several goroutines. It imports nothing of
// fsdlint: the ground packages (fsd) use it as well as the engine.
package par

import (
	"sync"
	"sync/atomic"
)

// Each calls fn(i) for every i in [0, n) on up to workers goroutines and
// returns when all calls have. Workers take the next index from a counter:
// no channel hand-off (and wake-up) per item.
func Each(n, workers int, fn func(i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(max(workers, 1), max(n, 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				fn(i)
			}
		}()
	}
	wg.Wait()
}
