// Package watch reports batches of changed files below some folders: fsnotify
// events, debounced (an editor's save is several events; a `git checkout` is
// hundreds), with new folders watched as they appear.
package watch

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Options say what to watch.
type Options struct {
	// Roots are the folders (or files) to watch, recursively.
	Roots []string
	// Debounce is how long the tree must stay quiet before a batch is sent
	// (default 100 ms).
	Debounce time.Duration
	// SkipDir says whether a folder (by name) is not watched, e.g. node_modules.
	SkipDir func(name string) bool
	// Relevant says whether a change of this file matters; nil: every file.
	Relevant func(path string) bool
}

// Watcher sends the changed paths (absolute, sorted) on Changes, at most one
// batch per quiet period. Both channels close when the context ends.
type Watcher struct {
	Changes <-chan []string
	Errors  <-chan error

	opts    Options
	fsw     *fsnotify.Watcher
	changes chan []string
	errs    chan error
	mu      sync.Mutex
	dirs    map[string]bool // folders being watched
}

// Start watches the roots until ctx ends.
func Start(ctx context.Context, opts Options) (*Watcher, error) {
	if opts.Debounce <= 0 {
		opts.Debounce = 100 * time.Millisecond
	}
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	w := &Watcher{opts: opts, fsw: fsw, changes: make(chan []string, 1), errs: make(chan error, 8), dirs: map[string]bool{}}
	w.Changes, w.Errors = w.changes, w.errs
	for _, root := range opts.Roots {
		abs, err := filepath.Abs(root)
		if err != nil {
			fsw.Close()
			return nil, err
		}
		st, err := os.Stat(abs)
		if err != nil {
			fsw.Close()
			return nil, err
		}
		if !st.IsDir() {
			abs = filepath.Dir(abs) // a file is watched through its folder
		}
		if err := w.addTree(abs, true); err != nil {
			fsw.Close()
			return nil, err
		}
	}
	go w.loop(ctx)
	return w, nil
}

// addTree watches dir and every folder below it that is not skipped.
func (w *Watcher) addTree(dir string, root bool) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == dir && root {
				return err
			}
			return nil // vanished or unreadable below the root: nothing to watch
		}
		if !d.IsDir() {
			return nil
		}
		if p != dir && w.opts.SkipDir != nil && w.opts.SkipDir(d.Name()) {
			return filepath.SkipDir
		}
		w.mu.Lock()
		seen := w.dirs[p]
		w.dirs[p] = true
		w.mu.Unlock()
		if seen {
			return nil
		}
		if err := w.fsw.Add(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		return nil
	})
}

func (w *Watcher) loop(ctx context.Context) {
	defer close(w.changes)
	defer close(w.errs)
	defer w.fsw.Close()
	pending := map[string]bool{}
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	for {
		select {
		case <-ctx.Done():
			timer.Stop()
			return
		case ev, ok := <-w.fsw.Events:
			if !ok {
				return
			}
			if changed := w.handle(ev); len(changed) > 0 {
				for _, p := range changed {
					pending[p] = true
				}
				timer.Reset(w.opts.Debounce)
			}
		case err, ok := <-w.fsw.Errors:
			if !ok {
				return
			}
			select {
			case w.errs <- err:
			default: // nobody listening: drop rather than block the watcher
			}
		case <-timer.C:
			if len(pending) == 0 {
				continue
			}
			batch := make([]string, 0, len(pending))
			for p := range pending {
				batch = append(batch, p)
			}
			sort.Strings(batch)
			clear(pending)
			select {
			case w.changes <- batch:
			case <-ctx.Done():
				return
			}
		}
	}
}

// handle keeps the watch list current and returns the changes ev means: a
// relevant file written, created, removed or renamed; a watched folder removed
// (its files went with it); the relevant files of a folder created.
func (w *Watcher) handle(ev fsnotify.Event) []string {
	if ev.Op == fsnotify.Chmod {
		return nil
	}
	name := filepath.Base(ev.Name)
	if ev.Has(fsnotify.Create) {
		if st, err := os.Stat(ev.Name); err == nil && st.IsDir() {
			if w.opts.SkipDir != nil && w.opts.SkipDir(name) {
				return nil
			}
			if err := w.addTree(ev.Name, false); err != nil {
				select {
				case w.errs <- err:
				default:
				}
			}
			return w.relevantBelow(ev.Name)
		}
	}
	if ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
		w.mu.Lock()
		wasDir := w.dirs[ev.Name]
		delete(w.dirs, ev.Name)
		w.mu.Unlock()
		if wasDir {
			return []string{ev.Name}
		}
	}
	if w.opts.Relevant == nil || w.opts.Relevant(ev.Name) {
		return []string{ev.Name}
	}
	return nil
}

// relevantBelow lists the relevant files already in a new folder (a folder
// moved in, or files written before its watch was added).
func (w *Watcher) relevantBelow(dir string) []string {
	var found []string
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil //nolint:nilerr // an unreadable entry (e.g. removed meanwhile) holds no relevant files: skip it, the walk goes on
		}
		if d.IsDir() && p != dir && w.opts.SkipDir != nil && w.opts.SkipDir(d.Name()) {
			return filepath.SkipDir
		}
		if !d.IsDir() && (w.opts.Relevant == nil || w.opts.Relevant(p)) {
			found = append(found, p)
		}
		return nil
	})
	return found
}
