package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer the watch goroutine writes while the test reads.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// watchSession is `fsdlint check --watch` running in a goroutine.
type watchSession struct {
	t              *testing.T
	stdout, stderr *syncBuffer
	cancel         context.CancelFunc
	done           chan struct{} // closed when Main returns
	code           int
}

func startWatch(t *testing.T, dir string, args ...string) *watchSession {
	t.Helper()
	t.Chdir(dir)
	ctx, cancel := context.WithCancel(context.Background())
	old := watchContext
	watchContext = func() (context.Context, context.CancelFunc) { return ctx, cancel }
	t.Cleanup(func() { watchContext = old })
	s := &watchSession{t: t, stdout: &syncBuffer{}, stderr: &syncBuffer{}, cancel: cancel, done: make(chan struct{})}
	go func() {
		defer close(s.done)
		s.code = Main(append([]string{"check", "--watch", "--format", "compact", "--color", "never"}, args...), s.stdout, s.stderr)
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case <-s.done:
		case <-time.After(time.Minute):
		}
	})
	return s
}

// runs is how many checks have finished (each ends with the "watching" line).
func (s *watchSession) runs() int { return strings.Count(s.stderr.String(), "fsdlint: watching ") }

// lastRun is the output of the latest check (after the last separator).
func (s *watchSession) lastRun() string {
	out := s.stdout.String()
	if i := strings.LastIndex(out, "---- fsdlint:"); i >= 0 {
		return out[i:]
	}
	return out
}

// waitRun waits (generously) for a check after the first `after` ones whose
// output satisfies ok.
func (s *watchSession) waitRun(after int, what string, ok func(out string) bool) int {
	s.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if n := s.runs(); n > after && ok(s.lastRun()) {
			return n
		}
		time.Sleep(20 * time.Millisecond)
	}
	s.t.Fatalf("no check with %s within 30s\nstdout:\n%s\nstderr:\n%s", what, s.stdout.String(), s.stderr.String())
	return 0
}

func TestWatchReportsAndClearsAFinding(t *testing.T) {
	dir := t.TempDir()
	for p, text := range fsdProject {
		writeFile(t, filepath.Join(dir, p), text)
	}
	math := filepath.Join(dir, "src", "shared", "lib", "math.ts")
	s := startWatch(t, dir)
	n := s.waitRun(0, "a first run without the findings to come", func(out string) bool {
		return !strings.Contains(out, "eqeqeq") && !strings.Contains(out, "forbidden-imports")
	})

	writeFile(t, math, "export const add = (a: number, b: number): number => a + b;\nexport const isOne = (a: number) => a == 1;\n")
	n = s.waitRun(n, "the eqeqeq finding", func(out string) bool {
		return strings.Contains(out, "src/shared/lib/math.ts:2:") && strings.Contains(out, "eqeqeq")
	})

	// a graph finding in a folder created while watching
	writeFile(t, filepath.Join(dir, "src", "entities", "user", "index.ts"), "import { Home } from '@/pages/home';\n\nexport const user = Home;\n")
	n = s.waitRun(n, "the forbidden import in the new folder", func(out string) bool {
		return strings.Contains(out, "src/entities/user/index.ts:1:") && strings.Contains(out, "fsd/forbidden-imports")
	})

	writeFile(t, math, "export const add = (a: number, b: number): number => a + b;\nexport const isOne = (a: number) => a === 1;\n")
	writeFile(t, filepath.Join(dir, "src", "entities", "user", "index.ts"), "export const user = 'u';\n")
	s.waitRun(n, "the findings gone", func(out string) bool {
		return strings.Contains(out, "changed, checking again") && !strings.Contains(out, "eqeqeq") && !strings.Contains(out, "forbidden-imports")
	})

	s.cancel()
	select {
	case <-s.done:
		if s.code != 0 {
			t.Fatalf("watch mode ended with exit %d, want 0\nstderr:\n%s", s.code, s.stderr.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("watch mode did not stop after its context ended")
	}
}

func TestWatchRefusesStaged(t *testing.T) {
	code, _, stderr := inDir(t, t.TempDir(), "check", "--watch", "--staged")
	if code != 2 || !strings.Contains(stderr, "--watch cannot be combined with --staged") {
		t.Fatalf("--watch --staged: exit %d, stderr %q; want 2", code, stderr)
	}
}
