package hostile

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
)

// TestDirectoryNamedLikeAFile: a folder x.ts is walked, not read.
func TestDirectoryNamedLikeAFile(t *testing.T) {
	dir := tree(t, map[string]string{"x.ts/inner.ts": "export const y = 1 == 2;\n"})
	o := check(t, dir)
	if o.code != 1 {
		t.Fatalf("exit code %d, want 1; stderr: %s", o.code, o.stderr)
	}
	o.wantSibling(t, "")
	o.wantOne(t, "eqeqeq", "x.ts/inner.ts")
	for _, f := range o.findings {
		if f.Path == "x.ts" {
			t.Errorf("the folder x.ts got a finding: %+v", f)
		}
	}
	// Named as a target, too.
	o = check(t, dir, "x.ts", siblingName)
	o.wantSibling(t, "")
	o.wantOne(t, "eqeqeq", "x.ts/inner.ts")
}

// TestSymlinkLoops: links to an ancestor and a two-link cycle end the walk;
// every file is linted once.
func TestSymlinkLoops(t *testing.T) {
	dir := tree(t, map[string]string{"a/inner.ts": "export const y = 1 == 2;\n"})
	for link, target := range map[string]string{"self": ".", "a/up": "..", "b1.ts": "b2.ts", "b2.ts": "b1.ts"} {
		if err := os.Symlink(target, filepath.Join(dir, link)); err != nil {
			t.Fatal(err)
		}
	}
	o := check(t, dir)
	if o.code != 1 {
		t.Fatalf("exit code %d, want 1; stderr: %s", o.code, o.stderr)
	}
	o.wantSibling(t, "")
	o.wantOne(t, "eqeqeq", "a/inner.ts")
	if len(o.findings) != 2 {
		t.Errorf("want the 2 findings once each, got %+v", o.findings)
	}
}

// TestSpecialFiles: a FIFO (a read would block forever) with a source name is
// not a source file: skipped, no hang. A dangling symlink with a source name
// is reported (a file the user expects to be linted is not there).
func TestSpecialFiles(t *testing.T) {
	dir := tree(t, map[string]string{})
	if err := os.Symlink("missing.ts", filepath.Join(dir, "dangling.ts")); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo.ts"), 0o644); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	o := check(t, dir)
	if o.code != 1 {
		t.Fatalf("exit code %d, want 1; stderr: %s", o.code, o.stderr)
	}
	o.wantSibling(t, "")
	broken := o.wantOne(t, "internal/read-error", "dangling.ts")
	if !strings.Contains(broken.Message, "symlink whose target does not exist") {
		t.Errorf("dangling.ts: message %q does not say the link is broken", broken.Message)
	}
	if len(o.findings) != 2 {
		t.Errorf("want the sibling's finding and the broken link's, got %+v", o.findings)
	}
	// Named on the command line, the FIFO must not block the run either.
	o = check(t, dir, "fifo.ts", siblingName)
	o.wantSibling(t, "")
}

// TestNonUTF8FileName: a name that is not UTF-8 is linted; the json output
// stays valid (the bad byte becomes U+FFFD).
func TestNonUTF8FileName(t *testing.T) {
	dir := tree(t, map[string]string{"n\xffame.ts": "export const q = 1 == 2;\n"})
	o := check(t, dir)
	if o.code != 1 {
		t.Fatalf("exit code %d, want 1; stderr: %s", o.code, o.stderr)
	}
	o.wantSibling(t, "")
	o.wantOne(t, "eqeqeq", "n\uFFFDame.ts")
}

// TestFilesChangingDuringTheRun removes files, replaces files by folders and
// by dangling links while fsdlint runs. Which of them the run still sees
// depends on timing, so the test asserts what must hold either way: no
// panic, no hang, exit 1, the untouched sibling linted, and every finding on
// a changed file is either its normal finding or a read-error naming it.
// (Tests run as root here, where chmod 000 does not stop reads, so removal and
// replacement stand in for "unreadable".)
func TestFilesChangingDuringTheRun(t *testing.T) {
	files := map[string]string{}
	const n = 600
	for i := 0; i < n; i++ {
		files[fmt.Sprintf("v/f%03d.ts", i)] = fmt.Sprintf("export const v%d = %d == 2;\n", i, i)
	}
	dir := tree(t, files)
	for round := 0; round < 3; round++ {
		stop := make(chan struct{})
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i = (i + 7) % n {
				select {
				case <-stop:
					return
				default:
				}
				p := filepath.Join(dir, "v", fmt.Sprintf("f%03d.ts", i))
				os.RemoveAll(p)
				switch i % 3 {
				case 0:
					os.Mkdir(p, 0o755)
				case 1:
					os.Symlink("gone.ts", p)
				}
			}
		}()
		o := check(t, dir)
		close(stop)
		wg.Wait()
		if o.code != 1 {
			t.Fatalf("exit code %d, want 1; stderr: %s", o.code, o.stderr)
		}
		o.wantSibling(t, "")
		readErrors := 0
		for _, f := range o.findings {
			if f.Rule == "internal/read-error" {
				readErrors++
			}
			if f.Path == siblingName {
				continue
			}
			if !strings.HasPrefix(f.Path, "v/f") || (f.Rule != "eqeqeq" && f.Rule != "internal/read-error" && f.Rule != "no-self-compare") {
				t.Errorf("unexpected finding %+v", f)
			}
			if f.Rule == "internal/read-error" && f.Message == "" {
				t.Errorf("read-error without a message: %+v", f)
			}
		}
		t.Logf("round %d: %d findings, %d read errors", round, len(o.findings), readErrors)
	}
}
