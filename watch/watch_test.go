package watch

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// eventually is a generous bound for a batch to arrive; the test never
// asserts on how fast it comes.
const eventually = 20 * time.Second

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// waitFor reads batches until one holds want; it fails on a batch holding any
// path containing a forbidden substring.
func waitFor(t *testing.T, w *Watcher, want string, forbidden ...string) {
	t.Helper()
	deadline := time.After(eventually)
	for {
		select {
		case batch, ok := <-w.Changes:
			if !ok {
				t.Fatal("the watcher stopped")
			}
			for _, p := range batch {
				for _, f := range forbidden {
					if strings.Contains(p, f) {
						t.Fatalf("batch %v holds %s, which should be ignored", batch, p)
					}
				}
			}
			if slices.Contains(batch, want) {
				return
			}
		case <-deadline:
			t.Fatalf("no batch with %s within %v", want, eventually)
		}
	}
}

func TestWatcherReportsChangesAndNewFolders(t *testing.T) {
	root, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(root, "src", "a.ts"), "1")
	write(t, filepath.Join(root, "node_modules", "dep", "index.ts"), "1")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	w, err := Start(ctx, Options{
		Roots:    []string{root},
		Debounce: 50 * time.Millisecond,
		SkipDir:  func(name string) bool { return name == "node_modules" || name == ".git" },
		Relevant: func(p string) bool { return strings.HasSuffix(p, ".ts") },
	})
	if err != nil {
		t.Fatal(err)
	}

	// ignored: a skipped folder and an irrelevant file; then a real edit
	write(t, filepath.Join(root, "node_modules", "dep", "index.ts"), "2")
	write(t, filepath.Join(root, "src", "notes.md"), "2")
	write(t, filepath.Join(root, "src", "a.ts"), "2")
	waitFor(t, w, filepath.Join(root, "src", "a.ts"), "node_modules", "notes.md")

	// a folder created after the start is watched
	write(t, filepath.Join(root, "src", "features", "cart", "index.ts"), "1")
	waitFor(t, w, filepath.Join(root, "src", "features", "cart", "index.ts"))
	write(t, filepath.Join(root, "src", "features", "cart", "model.ts"), "1")
	waitFor(t, w, filepath.Join(root, "src", "features", "cart", "model.ts"))

	// deleting a folder is a change
	if err := os.RemoveAll(filepath.Join(root, "src", "features")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, w, filepath.Join(root, "src", "features"))

	cancel()
	for range w.Changes { // closes once the context ends
	}
}
