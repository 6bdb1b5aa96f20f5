package fsd

import (
	"hash/maphash"
	"sync"
)

// cache is a map safe for concurrent use, split into shards with their own
// lock: cheaper than sync.Map for the resolver's many small string-keyed
// lookups (no interface boxing, no allocation on a hit).
type cache[K comparable, V any] struct {
	seed   maphash.Seed
	shards [32]cacheShard[K, V]
}

type cacheShard[K comparable, V any] struct {
	mu sync.RWMutex
	m  map[K]V
}

// newCache makes a cache; sizeHint is the expected number of entries (the
// maps then rarely grow: rehashing showed in profiles).
func newCache[K comparable, V any](sizeHint int) *cache[K, V] {
	c := &cache[K, V]{seed: maphash.MakeSeed()}
	for i := range c.shards {
		c.shards[i].m = make(map[K]V, sizeHint/len(c.shards))
	}
	return c
}

func (c *cache[K, V]) shard(k K) *cacheShard[K, V] {
	return &c.shards[maphash.Comparable(c.seed, k)%uint64(len(c.shards))]
}

func (c *cache[K, V]) load(k K) (V, bool) {
	s := c.shard(k)
	s.mu.RLock()
	v, ok := s.m[k]
	s.mu.RUnlock()
	return v, ok
}

// loadOrStore keeps the first value stored for k and returns it.
func (c *cache[K, V]) loadOrStore(k K, v V) V {
	s := c.shard(k)
	s.mu.Lock()
	defer s.mu.Unlock()
	if old, ok := s.m[k]; ok {
		return old
	}
	s.m[k] = v
	return v
}

func (c *cache[K, V]) store(k K, v V) {
	s := c.shard(k)
	s.mu.Lock()
	s.m[k] = v
	s.mu.Unlock()
}
