package typedefs

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/fsdlint/fsdlint/fix"
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

// lintSource parses src and runs the rule with opts, as the engine does, and
// fills in Rule, Path and 1-based UTF-16 positions (counted after a BOM, as
// ESLint and TypeScript count them).
func lintSource(path string, src []byte, opts Options) ([]rules.Finding, error) {
	f, err := tsparse.Parse(path, src)
	if err != nil {
		return nil, err
	}
	var out []rules.Finding
	ConsistentTypeDefinitions.File(&rules.FileContext{
		Path: path, File: f, Options: opts,
		Report: func(fd rules.Finding) {
			fd.Rule = ConsistentTypeDefinitions.Name
			fd.Path = path
			fd.Line, fd.Column = position(f, fd.Range.Start)
			fd.EndLine, fd.EndCol = position(f, fd.Range.End)
			out = append(out, fd)
		},
	})
	return out, nil
}

func position(f *tsparse.File, off int32) (int, int) {
	return f.Lines().Position(off)
}

// relinter re-runs the rule on fixed text, for fix.File's passes.
func relinter(path string, opts Options) fix.Relint {
	return func(src []byte) ([]rules.Finding, error) {
		return lintSource(path, src, opts)
	}
}

var wantRe = regexp.MustCompile(`"((?:[^"\\]|\\.)*)"`)

// wants reads `// want "regexp" …` comments: per line, the patterns that
// `rule: message` of a finding on that line must match.
func wants(t testing.TB, f *tsparse.File) map[int][]*regexp.Regexp {
	out := map[int][]*regexp.Regexp{}
	for _, c := range f.Comments {
		text := string(f.Src[c.Range.Start:c.Range.End])
		rest, ok := strings.CutPrefix(text, "// want ")
		if !ok {
			continue
		}
		line, _ := f.Lines().Position(c.Range.Start)
		for _, m := range wantRe.FindAllStringSubmatch(rest, -1) {
			pat, err := strconv.Unquote(`"` + m[1] + `"`)
			if err != nil {
				t.Fatalf("%s:%d: bad want pattern %s: %v", f.Path, line, m[0], err)
			}
			out[line] = append(out[line], regexp.MustCompile(pat))
		}
	}
	return out
}

// fixtures lists testdata/<dir>'s source files (not the .golden files).
func fixtures(t testing.TB, dir string) []string {
	entries, err := os.ReadDir(filepath.Join("testdata", dir))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if !e.IsDir() && !strings.HasSuffix(e.Name(), ".golden") {
			abs, _ := filepath.Abs(filepath.Join("testdata", dir, e.Name()))
			out = append(out, filepath.ToSlash(abs))
		}
	}
	sort.Strings(out)
	return out
}

func optionsFor(dir string) Options {
	return Options{Prefer: dir}
}

func diffText(want, got []byte) string {
	return fix.Diff("want→got", want, got)
}
