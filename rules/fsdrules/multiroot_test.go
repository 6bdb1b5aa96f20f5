package fsdrules

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/fsdlint/fsdlint/fsd"
	"github.com/fsdlint/fsdlint/rules"
)

// writeTree writes files (relative path → content) under dir.
func writeTree(t *testing.T, dir string, files map[string]string) []string {
	t.Helper()
	var out []string
	for rel, src := range files {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		out = append(out, filepath.ToSlash(p))
	}
	sort.Strings(out)
	return out
}

// Two FSD roots in one run (a monorepo): imports between packages are not
// FSD imports, each root has its own layers and slices, and a file outside
// every layer still may not reach into a slice.
func TestTwoRoots(t *testing.T) {
	dir := filepath.ToSlash(t.TempDir())
	paths := writeTree(t, dir, map[string]string{
		"packages/web/src/entities/user/index.ts":      "export const user = 1",
		"packages/web/src/entities/user/model/m.ts":    "import { admin } from '../../../../../admin/src/features/ban/model/ban'\nexport const m = admin",
		"packages/web/src/shared/ui/Button.tsx":        "export const Button = 1",
		"packages/web/src/main.tsx":                    "import { m } from './entities/user/model/m'\nexport const main = m",
		"packages/admin/src/features/ban/index.ts":     "export { admin } from './model/ban'",
		"packages/admin/src/features/ban/model/ban.ts": "import { Button } from '../../../../../web/src/shared/ui/Button'\nexport const admin = Button",
		"packages/admin/src/shared/lib/x.ts":           "export const x = 1",
	})
	model := fsd.NewModel(fsd.ModelConfig{}, paths)
	if n := len(model.Roots()); n != 2 {
		t.Fatalf("roots: %d", n)
	}
	var files []*rules.ProjectFile
	var gf []fsd.GraphFile
	for _, p := range paths {
		src, _ := os.ReadFile(p)
		f := &rules.ProjectFile{Path: p, Facts: factsOf(p, src)}
		files = append(files, f)
		gf = append(gf, fsd.GraphFile{Path: p, Facts: f.Facts})
	}
	graph := fsd.BuildGraph(gf, model, fsd.NewResolver(fsd.ResolverOptions{}))
	var got []string
	for _, r := range []*rules.Rule{ForbiddenImports, NoPublicAPISidestep} {
		ctx := &rules.ProjectContext{Files: files, Model: model, Graph: graph,
			OptionsFor: func(string) any { return defaultImportOptions() },
			Report: func(f rules.Finding) {
				rel, _ := filepath.Rel(dir, f.Path)
				got = append(got, f.Rule+" "+filepath.ToSlash(rel))
			}}
		r.Project(ctx)
	}
	sort.Strings(got)
	// web's entity importing admin's feature is no higher-layer import (another
	// root); main.tsx, outside the layers, still sidesteps user's public API.
	compareKeys(t, got, []string{"fsd/no-public-api-sidestep packages/web/src/main.tsx"})
}

// With `pages` renamed to `screens`, a `pages` folder is no layer and no typo,
// and `screns` is a typo of the configured name.
func TestTypoWithCustomLayerNames(t *testing.T) {
	paths := []string{"/r/screens/home/ui/x.tsx", "/r/pages/api/y.ts", "/r/shared/ui/z.tsx", "/r/app/index.ts"}
	model := fsd.NewModel(fsd.ModelConfig{Roots: []string{"/r"}, LayerNames: map[string]string{"pages": "screens"}}, paths)
	var got []string
	TypoInLayerName.Project(&rules.ProjectContext{Model: model, Report: func(f rules.Finding) { got = append(got, f.Path+" "+f.Message) }})
	compareKeys(t, got, nil)

	model = fsd.NewModel(fsd.ModelConfig{Roots: []string{"/r"}, LayerNames: map[string]string{"pages": "screens"}},
		[]string{"/r/screns/home/ui/x.tsx", "/r/shared/ui/z.tsx", "/r/app/index.ts"})
	got = nil
	TypoInLayerName.Project(&rules.ProjectContext{Model: model, Report: func(f rules.Finding) { got = append(got, f.Path+" "+f.Message) }})
	compareKeys(t, got, []string{`/r/screns Layer "screns" potentially contains a typo. Did you mean "screens"?`})
}

func fsdModelOf(files []string) *fsd.Model { return fsd.NewModel(fsd.ModelConfig{}, files) }
