package fsdrules

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/fsdlint/fsdlint/fsd"
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

// A fixture is one tree under testdata/fsd/<case>: the FSD root is src/, a
// tsconfig.json sits next to it, and expect.txt holds the expectations:
//
//	# rules: fsd/public-api fsd/no-layer-public-api   (the rules this case checks; "all" for every rule)
//	fsd/public-api src/entities/user                  (a finding about a folder or file)
//
// Findings at an import are expected inline, on the import's line:
//
//	import { x } from '@/features/auth' // want "fsd/forbidden-imports"
type fixture struct {
	dir   string // absolute, slash-separated
	root  string // dir + "/src"
	files []string
	rules map[string]bool // nil: every rule
	want  []string        // "rule relpath" or "rule relpath:line"
}

const fixturesDir = "../../testdata/fsd"

func fixtureCases(t testing.TB) []string {
	entries, err := os.ReadDir(fixturesDir)
	if err != nil {
		t.Fatal(err)
	}
	var cases []string
	for _, e := range entries {
		if e.IsDir() {
			cases = append(cases, e.Name())
		}
	}
	return cases
}

var wantComment = regexp.MustCompile(`want((?:\s+"[^"]+")+)`)
var quoted = regexp.MustCompile(`"([^"]+)"`)

func loadFixture(t testing.TB, name string) *fixture {
	t.Helper()
	abs, err := filepath.Abs(filepath.Join(fixturesDir, name))
	if err != nil {
		t.Fatal(err)
	}
	fx := &fixture{dir: filepath.ToSlash(abs)}
	fx.root = fx.dir + "/src"
	err = filepath.WalkDir(abs, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		p = filepath.ToSlash(p)
		if strings.HasPrefix(p, fx.root+"/") {
			fx.files = append(fx.files, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(fx.files)
	fx.readExpectations(t)
	return fx
}

func (fx *fixture) rel(p string) string { return strings.TrimPrefix(p, fx.dir+"/") }

func (fx *fixture) readExpectations(t testing.TB) {
	f, err := os.Open(fx.dir + "/expect.txt")
	if err != nil {
		t.Fatalf("%s: %v", fx.dir, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if list, ok := strings.CutPrefix(line, "# rules:"); ok {
			if strings.TrimSpace(list) != "all" {
				fx.rules = map[string]bool{}
				for _, r := range strings.Fields(list) {
					fx.rules[r] = true
				}
			}
			continue
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fx.want = append(fx.want, strings.Join(strings.Fields(line), " "))
	}
	for _, p := range fx.files {
		if !isModuleFile(filepath.Base(p)) && !strings.HasSuffix(p, ".d.ts") {
			continue
		}
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(src), "\n") {
			m := wantComment.FindStringSubmatch(line)
			if m == nil {
				continue
			}
			for _, q := range quoted.FindAllStringSubmatch(m[1], -1) {
				fx.want = append(fx.want, q[1]+" "+fx.rel(p)+":"+strconv.Itoa(i+1))
			}
		}
	}
	sort.Strings(fx.want)
}

// checks says whether the case's expectations cover rule.
func (fx *fixture) checks(rule string) bool { return fx.rules == nil || fx.rules[rule] }

// projectFiles reads the case's files as pass 2 sees them. Facts come from
// factsOf (nil until a parser is wired in).
func (fx *fixture) projectFiles(t testing.TB) []*rules.ProjectFile {
	var out []*rules.ProjectFile
	for _, p := range fx.files {
		if !sourceExts[filepath.Ext(p)] {
			continue
		}
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, &rules.ProjectFile{Path: p, Facts: factsOf(p, src), Lines: tsparse.NewLineTable(src)})
	}
	return out
}

// run lints the case with every rule of this package (default options) and
// returns the findings as "rule relpath[:line]" keys, sorted.
func (fx *fixture) run(t testing.TB, only func(*rules.Rule) bool) ([]string, []rules.Finding) {
	t.Helper()
	return fx.runWith(t, only, nil)
}

// runWith is run with options for some rules (by name; the rest use defaults).
func (fx *fixture) runWith(t testing.TB, only func(*rules.Rule) bool, options map[string]any) ([]string, []rules.Finding) {
	t.Helper()
	model := fsd.NewModel(fsd.ModelConfig{Roots: []string{fx.root}}, fx.files)
	files := fx.projectFiles(t)
	lines := map[string]*tsparse.LineTable{}
	for _, f := range files {
		lines[f.Path] = f.Lines
	}
	graph := buildGraph(t, fx, files, model)
	var keys []string
	var all []rules.Finding
	for _, r := range Rules {
		if only != nil && !only(r) {
			continue
		}
		rule := r
		ctx := &rules.ProjectContext{
			Files: files,
			Model: model,
			Graph: graph,
			OptionsFor: func(string) any {
				if o, ok := options[rule.Name]; ok {
					return o
				}
				if rule.Options == nil {
					return nil
				}
				return rule.Options.Default()
			},
			Enabled: func(string) bool { return true },
			Report: func(f rules.Finding) {
				if f.Rule == "" {
					f.Rule = rule.Name
				}
				key := f.Rule + " " + fx.rel(f.Path)
				if !f.Folder {
					f.Line = lines[f.Path].Line(f.Range.Start)
					key += ":" + strconv.Itoa(f.Line)
				}
				keys = append(keys, key)
				all = append(all, f)
			},
		}
		rule.Project(ctx)
	}
	sort.Strings(keys)
	return keys, all
}

func TestFixtures(t *testing.T) {
	for _, name := range fixtureCases(t) {
		t.Run(name, func(t *testing.T) {
			fx := loadFixture(t, name)
			got, _ := fx.run(t, func(r *rules.Rule) bool { return fx.checks(r.Name) })
			compareKeys(t, got, fx.want)
		})
	}
}

// compareKeys fails t with what is missing and what is unexpected.
func compareKeys(t testing.TB, got, want []string) {
	t.Helper()
	count := map[string]int{}
	for _, k := range got {
		count[k]++
	}
	for _, k := range want {
		count[k]--
	}
	var missing, extra []string
	for k, n := range count {
		for ; n > 0; n-- {
			extra = append(extra, k)
		}
		for ; n < 0; n++ {
			missing = append(missing, k)
		}
	}
	sort.Strings(missing)
	sort.Strings(extra)
	for _, k := range missing {
		t.Errorf("missing finding: %s", k)
	}
	for _, k := range extra {
		t.Errorf("unexpected finding: %s", k)
	}
}
