package airbnb

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fsdlint/fsdlint/fsd"
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/rules/ruletest"
	"github.com/fsdlint/fsdlint/tsparse"
)

// fixturesOf lists a rule's fixtures: testdata/<name>.ts[x],
// testdata/<name>.<variant>.ts[x] and every .ts[x] below testdata/<name>/
// outside node_modules (a rule name's "/" is a directory).
func fixturesOf(t *testing.T, r *rules.Rule) []string {
	t.Helper()
	var out []string
	for _, pattern := range []string{r.Name + ".ts", r.Name + ".tsx", r.Name + ".*.ts", r.Name + ".*.tsx"} {
		m, err := filepath.Glob(filepath.Join("testdata", filepath.FromSlash(pattern)))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, m...)
	}
	dir := filepath.Join("testdata", filepath.FromSlash(r.Name))
	if fi, err := os.Stat(dir); err == nil && fi.IsDir() {
		_ = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err == nil && d.IsDir() && d.Name() == "node_modules" {
				return filepath.SkipDir
			}
			if err == nil && !d.IsDir() && (strings.HasSuffix(p, ".ts") || strings.HasSuffix(p, ".tsx")) {
				out = append(out, p)
			}
			return err
		})
	}
	return out
}

// TestFixtures runs every rule on its fixtures and checks the `want` comments
// and, where a .fixed golden file exists, the fixed output.
func TestFixtures(t *testing.T) {
	for _, r := range Rules {
		t.Run(r.Name, func(t *testing.T) {
			if r.Project != nil {
				checkProjectFixture(t, r)
				return
			}
			files := fixturesOf(t, r)
			if len(files) == 0 {
				t.Fatalf("no fixture for %s in testdata/", r.Name)
			}
			for _, path := range files {
				ruletest.Run(t, r, path, nil)
				if _, err := os.Stat(path + ".fixed"); err == nil {
					ruletest.CheckFixesAll(t, r, path, nil)
				}
			}
		})
	}
}

// TestRuleMetadata checks what the docs and the config layer rely on.
func TestRuleMetadata(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range Rules {
		if seen[r.Name] {
			t.Errorf("%s registered twice", r.Name)
		}
		seen[r.Name] = true
		if r.Summary == "" || strings.HasSuffix(r.Summary, ".") {
			t.Errorf("%s: summary must be one line without a trailing period: %q", r.Name, r.Summary)
		}
		if len(r.ESLintNames) == 0 || r.ESLintNames[0] != r.Name {
			t.Errorf("%s: ESLintNames must start with the rule's own name", r.Name)
		}
		if r.Doc.Description == "" || len(r.Doc.Incorrect) == 0 || len(r.Doc.Correct) == 0 {
			t.Errorf("%s: Doc needs a description and incorrect/correct examples", r.Name)
		}
		if (r.File == nil) == (r.Project == nil) || r.Options == nil {
			t.Errorf("%s: exactly one of File and Project, and Options, are required", r.Name)
		}
		if _, ok := AirbnbPreset[r.Name]; !ok {
			t.Errorf("%s is missing from AirbnbPreset", r.Name)
		}
	}
}

// projectFixtureFiles lists a project rule's fixture: every .ts/.tsx file
// below testdata/<rule name>/.
func projectFixtureFiles(t *testing.T, r *rules.Rule) []string {
	t.Helper()
	var files []string
	dir := filepath.Join("testdata", filepath.FromSlash(r.Name))
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && (strings.HasSuffix(p, ".ts") || strings.HasSuffix(p, ".tsx")) {
			abs, _ := filepath.Abs(p)
			files = append(files, filepath.ToSlash(abs))
		}
		return err
	})
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixture directory for %s: %v", r.Name, err)
	}
	return files
}

// checkProjectFixture runs a project rule over its fixture directory and
// checks every file's want comments.
func checkProjectFixture(t *testing.T, r *rules.Rule) {
	files := projectFixtureFiles(t, r)
	found, parsed := runProjectRule(t, r, files)
	for _, path := range files {
		ruletest.Compare(t, r.Name, path, found[path], ruletest.ParseWants(t, parsed[path]))
	}
}

// runProjectRule parses files, builds the import graph with fsdlint's
// resolver and runs a project rule; findings come back per file with
// Line/Column filled.
func runProjectRule(t testing.TB, r *rules.Rule, files []string) (map[string][]rules.Finding, map[string]*tsparse.File) {
	t.Helper()
	parsed := map[string]*tsparse.File{}
	var graphFiles []fsd.GraphFile
	var projectFiles []*rules.ProjectFile
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		f, err := tsparse.Parse(path, src)
		if err != nil {
			continue
		}
		parsed[path] = f
		facts := tsparse.ExtractFacts(f)
		graphFiles = append(graphFiles, fsd.GraphFile{Path: path, Facts: facts})
		projectFiles = append(projectFiles, &rules.ProjectFile{Path: path, Facts: facts, Lines: f.Lines()})
	}
	graph := fsd.BuildGraph(graphFiles, nil, fsd.NewResolver(fsd.ResolverOptions{}))
	found := map[string][]rules.Finding{}
	ctx := &rules.ProjectContext{
		Files:      projectFiles,
		Graph:      graph,
		OptionsFor: func(string) any { return r.Options.Default() },
		Enabled:    func(string) bool { return true },
		Report: func(fd rules.Finding) {
			f := parsed[fd.Path]
			if f == nil {
				t.Errorf("%s reported on an unknown file %s", r.Name, fd.Path)
				return
			}
			fd.Rule = r.Name
			fd.Line, fd.Column = f.Lines().Position(fd.Range.Start)
			fd.EndLine, fd.EndCol = f.Lines().Position(fd.Range.End)
			found[fd.Path] = append(found[fd.Path], fd)
		},
	}
	r.Project(ctx)
	return found, parsed
}
