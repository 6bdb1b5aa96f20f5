//go:build unix

package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// A report written to a FIFO (or /dev/null, /dev/stdout) goes into it; the
// atomic temp-file-and-rename must not replace the device with a file.
func TestWriteFileAtomicKeepsDevices(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "report.fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	got := make(chan string, 1)
	go func() {
		f, err := os.Open(fifo)
		if err != nil {
			got <- "open: " + err.Error()
			return
		}
		data, _ := io.ReadAll(f)
		f.Close()
		got <- string(data)
	}()
	err := writeFileAtomic(fifo, func(w io.Writer) error {
		_, err := io.WriteString(w, "report\n")
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if s := <-got; !strings.Contains(s, "report") {
		t.Fatalf("the FIFO's reader got %q", s)
	}
	fi, err := os.Lstat(fifo)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode()&os.ModeNamedPipe == 0 {
		t.Fatalf("%s is no longer a FIFO: %v", fifo, fi.Mode())
	}
}
