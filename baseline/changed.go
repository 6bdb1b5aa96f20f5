package baseline

import (
	"bufio"
	"bytes"
	"fmt"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/fsdlint/fsdlint/rules"
)

// LineSpan is an inclusive range of 1-based lines.
type LineSpan struct{ From, To int }

// Changes are the lines changed since a revision, per file relative to the
// repository root. A file mapped to nil changed as a whole (untracked).
type Changes struct {
	Root  string // absolute repository root
	Files map[string][]LineSpan
}

// ChangedSince asks git, run in dir, which lines differ from rev in the
// working tree: `git diff --unified=0 REV` for tracked files, plus untracked,
// not ignored files as wholly new.
func ChangedSince(dir, rev string) (*Changes, error) {
	root, err := git(dir, "rev-parse", "--show-toplevel")
	if err != nil {
		return nil, err
	}
	diff, err := git(dir, "-c", "core.quotePath=false", "diff", "--unified=0", "--no-color", "--no-ext-diff",
		"--src-prefix=a/", "--dst-prefix=b/", "-M", rev, "--") // explicit prefixes: user config may change them
	if err != nil {
		return nil, err
	}
	ch := &Changes{Root: strings.TrimSpace(string(root)), Files: ParseDiff(diff)}
	untracked, err := git(dir, "-c", "core.quotePath=false", "ls-files", "--others", "--exclude-standard", "--full-name", "-z")
	if err != nil {
		return nil, err
	}
	for _, p := range strings.Split(string(untracked), "\x00") {
		if p != "" {
			ch.Files[p] = nil
		}
	}
	return ch, nil
}

func git(dir string, args ...string) ([]byte, error) {
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("git %s: %w: %s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return out, nil
}

// ParseDiff reads a `git diff --unified=0` and returns the added or changed
// lines of each new-side file (deleted files are left out; a pure deletion
// inside a file adds no line). Hunk bodies are skipped by their line counts,
// so a changed line that itself starts with "++ " is not taken for a header.
func ParseDiff(diff []byte) map[string][]LineSpan {
	files := map[string][]LineSpan{}
	current := ""
	oldLeft, newLeft := 0, 0 // lines of the current hunk body still to skip
	sc := bufio.NewScanner(bytes.NewReader(diff))
	sc.Buffer(make([]byte, 1<<20), 1<<30)
	for sc.Scan() {
		line := sc.Text()
		if oldLeft > 0 || newLeft > 0 {
			switch {
			case strings.HasPrefix(line, "-"):
				oldLeft--
			case strings.HasPrefix(line, "+"):
				newLeft--
			case strings.HasPrefix(line, " "):
				oldLeft--
				newLeft--
			}
			continue // "\ No newline at end of file" counts for neither side
		}
		switch {
		case strings.HasPrefix(line, "+++ "):
			current = diffPath(strings.TrimPrefix(line, "+++ "))
			if current != "" {
				if _, ok := files[current]; !ok {
					files[current] = []LineSpan{}
				}
			}
		case strings.HasPrefix(line, "@@ ") && current != "":
			oldN, span, ok := hunk(line)
			if !ok {
				continue
			}
			oldLeft, newLeft = oldN, span.To-span.From+1
			if span.To >= span.From {
				files[current] = append(files[current], span)
			}
		}
	}
	return files
}

// diffPath turns "b/src/x.ts" (maybe C-quoted) into "src/x.ts"; "" for /dev/null.
func diffPath(p string) string {
	p = strings.TrimRight(p, "\t")
	if strings.HasPrefix(p, `"`) {
		if u, err := strconv.Unquote(p); err == nil {
			p = u
		}
	}
	if p == "/dev/null" {
		return ""
	}
	return strings.TrimPrefix(p, "b/")
}

// hunk reads "@@ -a,b +c,d @@": the old side's line count b and the new
// side's lines c..c+d-1 (counts default to 1; d=0 gives an empty span).
func hunk(h string) (oldCount int, span LineSpan, ok bool) {
	fields := strings.Fields(h)
	if len(fields) < 3 || !strings.HasPrefix(fields[1], "-") || !strings.HasPrefix(fields[2], "+") {
		return 0, LineSpan{}, false
	}
	_, oldCount, ok = rangeOf(fields[1][1:])
	if !ok {
		return 0, LineSpan{}, false
	}
	from, n, ok := rangeOf(fields[2][1:])
	if !ok {
		return 0, LineSpan{}, false
	}
	return oldCount, LineSpan{From: from, To: from + n - 1}, true
}

// rangeOf reads "start,count" or "start" (count 1).
func rangeOf(s string) (start, count int, ok bool) {
	a, b, found := strings.Cut(s, ",")
	start, err := strconv.Atoi(a)
	if err != nil {
		return 0, 0, false
	}
	count = 1
	if found {
		if count, err = strconv.Atoi(b); err != nil {
			return 0, 0, false
		}
	}
	return start, count, true
}

// KeepChanged keeps the findings on changed lines: a finding whose lines
// [Line, EndLine] touch a changed line, any finding in an untracked file, and a
// folder finding when any file below the folder changed. cwd is the directory
// finding paths are relative to.
func KeepChanged(findings []rules.Finding, ch *Changes, cwd string) []rules.Finding {
	// git prints the root with symlinks resolved; so must cwd be.
	if resolved, err := filepath.EvalSymlinks(cwd); err == nil {
		cwd = resolved
	}
	var kept []rules.Finding
	for _, f := range findings {
		rel, err := filepath.Rel(ch.Root, filepath.Join(cwd, filepath.FromSlash(f.Path)))
		if err != nil {
			continue
		}
		rel = filepath.ToSlash(rel)
		if f.Folder {
			if ch.folderChanged(rel) {
				kept = append(kept, f)
			}
			continue
		}
		spans, ok := ch.Files[rel]
		if !ok {
			continue
		}
		if spans == nil || touches(spans, f.Line, max(f.Line, f.EndLine)) {
			kept = append(kept, f)
		}
	}
	return kept
}

func (ch *Changes) folderChanged(folder string) bool {
	if _, ok := ch.Files[folder]; ok {
		return true // the "folder" is a file
	}
	prefix := strings.TrimSuffix(folder, "/") + "/"
	if folder == "." {
		prefix = ""
	}
	for p := range ch.Files {
		if strings.HasPrefix(p, prefix) {
			return true
		}
	}
	return false
}

func touches(spans []LineSpan, from, to int) bool {
	for _, s := range spans {
		if s.From <= to && from <= s.To {
			return true
		}
	}
	return false
}
