// Package gitfiles asks git what is about to be committed (the index) and what
// changed in the working tree, for `fsdlint check --staged` and `--changed`.
// It runs the git binary: the index format is git's business, and running git
// honours GIT_DIR, GIT_INDEX_FILE and worktrees the way hooks expect.
package gitfiles

import (
	"bytes"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
)

// ErrNotRepository is returned when the folder is not inside a git work tree.
var ErrNotRepository = errors.New("not inside a git repository")

// git runs git in dir and returns its standard output. Paths are printed
// verbatim (core.quotepath=off) and no external diff driver or pager runs.
func git(dir string, args ...string) ([]byte, error) {
	full := append([]string{"-c", "core.quotepath=off", "--no-pager"}, args...)
	cmd := exec.Command("git", full...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if strings.Contains(msg, "not a git repository") {
			return nil, ErrNotRepository
		}
		if msg == "" {
			msg = err.Error()
		}
		return nil, fmt.Errorf("git %s: %s", strings.Join(args, " "), msg)
	}
	return stdout.Bytes(), nil
}

// TopLevel is the absolute, slash-separated root of the work tree holding dir.
func TopLevel(dir string) (string, error) {
	out, err := git(dir, "rev-parse", "--show-toplevel")
	if err != nil {
		return "", err
	}
	top := strings.TrimRight(string(out), "\r\n")
	if top == "" {
		return "", ErrNotRepository // a bare repository or inside .git
	}
	return filepath.ToSlash(top), nil
}

// hasHead says whether HEAD names a commit (false on an unborn branch).
func hasHead(dir string) bool {
	_, err := git(dir, "rev-parse", "--verify", "--quiet", "HEAD^{commit}")
	return err == nil
}
