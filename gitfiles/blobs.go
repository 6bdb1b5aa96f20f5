package gitfiles

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os/exec"
	"strconv"
	"strings"
)

// ReadBlobs reads the contents of the given blobs with one `git cat-file
// --batch`, keyed by blob id.
func ReadBlobs(top string, ids []string) (map[string][]byte, error) {
	out := make(map[string][]byte, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	cmd := exec.Command("git", "cat-file", "--batch")
	cmd.Dir = top
	cmd.Stdin = strings.NewReader(strings.Join(ids, "\n") + "\n")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	readErr := readBatch(bufio.NewReader(stdout), ids, out)
	if readErr != nil {
		io.Copy(io.Discard, stdout) //nolint:errcheck // drain so that Wait returns
	}
	waitErr := cmd.Wait()
	if readErr != nil {
		return nil, readErr
	}
	if waitErr != nil {
		return nil, fmt.Errorf("git cat-file --batch: %w: %s", waitErr, strings.TrimSpace(stderr.String()))
	}
	return out, nil
}

// readBatch reads one "<id> <type> <size>\n<content>\n" answer per id.
func readBatch(r *bufio.Reader, ids []string, out map[string][]byte) error {
	for _, id := range ids {
		header, err := r.ReadString('\n')
		if err != nil {
			return fmt.Errorf("git cat-file --batch: reading %s: %w", id, err)
		}
		f := strings.Fields(header)
		if len(f) == 2 && f[1] == "missing" {
			return fmt.Errorf("git cat-file --batch: blob %s is missing", id)
		}
		if len(f) != 3 {
			return fmt.Errorf("git cat-file --batch: unexpected header %q", header)
		}
		size, err := strconv.Atoi(f[2])
		if err != nil {
			return fmt.Errorf("git cat-file --batch: unexpected header %q", header)
		}
		buf := make([]byte, size+1) // the content and its closing newline
		if _, err := io.ReadFull(r, buf); err != nil {
			return fmt.Errorf("git cat-file --batch: reading %s: %w", id, err)
		}
		out[id] = buf[:size]
	}
	return nil
}
