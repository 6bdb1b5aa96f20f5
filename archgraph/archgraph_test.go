package archgraph

import (
	"bytes"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/fsdlint/fsdlint/fsd"
	"github.com/fsdlint/fsdlint/tsparse"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// importPattern finds module references in the fixture sources; the test
// needs resolution and rendering, not a full parser.
var importPattern = regexp.MustCompile(`(?m)^\s*(import|export)\s+(type\s+)?(?:[^"';]*?\s+from\s+)?["']([^"']+)["']`)

// loadFixture is a Loader over a fixture tree: every file feeds the FSD model,
// every source file's imports are resolved.
func loadFixture(root string) (*fsd.Graph, error) {
	var all []string
	var files []fsd.GraphFile
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		slash := filepath.ToSlash(p)
		all = append(all, slash)
		if !regexp.MustCompile(`\.(ts|tsx)$`).MatchString(p) {
			return nil
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		facts := &tsparse.Facts{}
		for _, m := range importPattern.FindAllStringSubmatch(string(src), -1) {
			kind := tsparse.ImportStatic
			if m[1] == "export" {
				kind = tsparse.ImportExport
			}
			facts.Imports = append(facts.Imports, tsparse.Import{Specifier: m[3], Kind: kind, TypeOnly: m[2] != ""})
		}
		files = append(files, fsd.GraphFile{Path: slash, Facts: facts})
		return nil
	})
	if err != nil {
		return nil, err
	}
	model := fsd.NewModel(fsd.ModelConfig{}, all)
	return fsd.BuildGraph(files, model, fsd.NewResolver(fsd.ResolverOptions{})), nil
}

func fixtureRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("../testdata/resolve/fsd-app")
	if err != nil {
		t.Fatal(err)
	}
	return root
}

func run(t *testing.T, opts Options) []byte {
	t.Helper()
	opts.Root, opts.Load = fixtureRoot(t), loadFixture
	var out bytes.Buffer
	if err := Run(opts, &out); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./archgraph -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; got:\n%s", name, got)
	}
}

func TestGoldenFormats(t *testing.T) {
	for _, f := range Formats {
		t.Run(f, func(t *testing.T) {
			golden(t, "fsd-app."+f, run(t, Options{Format: f}))
		})
	}
	golden(t, "fsd-app-layers.mermaid", run(t, Options{Format: "mermaid", LayersOnly: true}))
	golden(t, "fsd-app-focus-auth.dot", run(t, Options{Format: "dot", Focus: "auth"}))
}

// The expectations below are read off the fixture by hand.
func TestSummaryOfFixture(t *testing.T) {
	g, err := loadFixture(fixtureRoot(t))
	if err != nil {
		t.Fatal(err)
	}
	a, err := Summarize(g, SummaryOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var layers []string
	for _, l := range a.Layers {
		var units []string
		for _, u := range l.Units {
			units = append(units, u.Label)
		}
		layers = append(layers, l.Name+"["+strings.Join(units, ",")+"]")
	}
	if got, want := strings.Join(layers, " "), "app[app] pages[home,profile] widgets[header] features[auth,theme] entities[post,user] shared[shared]"; got != want {
		t.Errorf("layers:\n got %s\nwant %s", got, want)
	}
	deps := map[string]string{}
	for _, d := range a.Deps {
		deps[d.From+" -> "+d.To] = d.Kind + " " + strconv.Itoa(d.Imports)
	}
	want := map[string]string{
		"app -> pages/home":               "allowed 1",
		"app -> pages/profile":            "allowed 1",
		"app -> shared":                   "allowed 1",
		"pages/home -> widgets/header":    "allowed 1",
		"pages/home -> features/auth":     "allowed 1",
		"pages/home -> entities/user":     "allowed 1",
		"pages/profile -> widgets/header": "allowed 1",
		"pages/profile -> entities/user":  "allowed 1",
		"pages/profile -> entities/post":  "allowed 2",
		"widgets/header -> features/auth": "allowed 1",
		"widgets/header -> shared":        "allowed 1",
		"features/auth -> entities/user":  "allowed 1",
		"features/auth -> shared":         "allowed 2",
		"features/auth -> features/theme": "cross-slice 2",
		"features/theme -> shared":        "allowed 1",
		"entities/user -> shared":         "allowed 2",
		"entities/user -> features/auth":  "upward 1",
		"entities/post -> entities/user":  "cross-import 1",
	}
	for k, v := range want {
		if deps[k] != v {
			t.Errorf("%s: got %q, want %q", k, deps[k], v)
		}
	}
	if len(deps) != len(want) {
		t.Errorf("got %d dependencies, want %d: %v", len(deps), len(want), deps)
	}
}

func TestFocusErrors(t *testing.T) {
	var out bytes.Buffer
	err := Run(Options{Root: fixtureRoot(t), Load: loadFixture, Focus: "nope"}, &out)
	if err == nil || !strings.Contains(err.Error(), "no such slice") {
		t.Errorf("got %v", err)
	}
	if err := Run(Options{Root: fixtureRoot(t), Load: loadFixture, Format: "svg"}, &out); err == nil {
		t.Error("unknown format accepted")
	}
}
