package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the expected stdout/stderr/exit of testdata/cli/*.txtar (review the diff!)")

// archive is a txtar file: a comment, then sections "-- name --".
type archive struct {
	comment  string
	sections []section
}

type section struct {
	name, data string
}

func parseArchive(src string) archive {
	var a archive
	var cur *section
	for _, line := range strings.SplitAfter(src, "\n") {
		trimmed := strings.TrimRight(line, "\n")
		if strings.HasPrefix(trimmed, "-- ") && strings.HasSuffix(trimmed, " --") && len(trimmed) > 6 {
			a.sections = append(a.sections, section{name: trimmed[3 : len(trimmed)-3]})
			cur = &a.sections[len(a.sections)-1]
			continue
		}
		if cur == nil {
			a.comment += line
		} else {
			cur.data += line
		}
	}
	return a
}

func (a archive) format() string {
	var b strings.Builder
	b.WriteString(a.comment)
	for _, s := range a.sections {
		b.WriteString("-- " + s.name + " --\n" + s.data)
	}
	return b.String()
}

func (a *archive) get(name string) (string, bool) {
	for _, s := range a.sections {
		if s.name == name {
			return s.data, true
		}
	}
	return "", false
}

func (a *archive) set(name, data string) {
	for i := range a.sections {
		if a.sections[i].name == name {
			a.sections[i].data = data
			return
		}
	}
	a.sections = append(a.sections, section{name: name, data: data})
}

// TestCLI runs every testdata/cli/*.txtar: its "files/…" sections become a
// tree in a temp dir (the working directory), "args" are the command line
// (one argument per line), and stdout, stderr and exit must match; the temp
// dir's path shows as $ROOT.
func TestCLI(t *testing.T) {
	dir, err := filepath.Abs("../../testdata/cli")
	if err != nil {
		t.Fatal(err)
	}
	cases, _ := filepath.Glob(filepath.Join(dir, "*.txtar"))
	if len(cases) == 0 {
		t.Fatal("no testdata/cli/*.txtar")
	}
	t.Setenv("NO_COLOR", "")
	for _, path := range cases {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txtar"), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a := parseArchive(string(src))
			root := t.TempDir()
			for _, s := range a.sections {
				if rel, ok := strings.CutPrefix(s.name, "files/"); ok {
					full := filepath.Join(root, filepath.FromSlash(rel))
					if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(full, []byte(s.data), 0o644); err != nil {
						t.Fatal(err)
					}
				}
			}
			argText, _ := a.get("args")
			var args []string
			for _, l := range strings.Split(strings.TrimRight(argText, "\n"), "\n") {
				if l != "" {
					args = append(args, strings.ReplaceAll(l, "$ROOT", root))
				}
			}
			t.Chdir(root)
			var stdout, stderr bytes.Buffer
			code := Main(args, &stdout, &stderr)
			got := map[string]string{
				"stdout": strings.ReplaceAll(stdout.String(), root, "$ROOT"),
				"stderr": strings.ReplaceAll(stderr.String(), root, "$ROOT"),
				"exit":   strconv.Itoa(code) + "\n",
			}
			if *update {
				for _, k := range []string{"exit", "stdout", "stderr"} {
					a.set(k, got[k])
				}
				if err := os.WriteFile(path, []byte(a.format()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			for _, k := range []string{"exit", "stdout", "stderr"} {
				want, _ := a.get(k)
				if got[k] != want {
					t.Errorf("%s:\n--- got ---\n%s--- want ---\n%s", k, got[k], want)
				}
			}
			checkFiles(t, a, root)
		})
	}
}

// checkFiles compares "want/…" sections with the files the run left behind
// ("want-absent/…" must not exist).
func checkFiles(t *testing.T, a archive, root string) {
	for _, s := range a.sections {
		if rel, ok := strings.CutPrefix(s.name, "want/"); ok {
			b, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(rel)))
			if err != nil {
				t.Errorf("%s: %v", rel, err)
			} else if got := strings.ReplaceAll(string(b), root, "$ROOT"); got != s.data {
				t.Errorf("%s:\n--- got ---\n%s--- want ---\n%s", rel, got, s.data)
			}
		}
		if rel, ok := strings.CutPrefix(s.name, "want-absent/"); ok {
			matches, _ := filepath.Glob(filepath.Join(root, filepath.FromSlash(rel)))
			if len(matches) > 0 {
				t.Errorf("%s should not exist, found %v", rel, matches)
			}
		}
	}
}
