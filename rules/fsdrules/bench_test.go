package fsdrules

import (
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sync"
	"testing"

	"github.com/fsdlint/fsdlint/fsd"
	"github.com/fsdlint/fsdlint/internal/gen"
	"github.com/fsdlint/fsdlint/internal/testpeer"
	"github.com/fsdlint/fsdlint/rules"
)

// benchTree generates the 2,500-file FSD app (deterministic) and lists its files.
func benchTree(b *testing.B) (root string, files []string) {
	b.Helper()
	dir := b.TempDir()
	if _, err := gen.Generate(dir, gen.Options{Files: 2500, Seed: 7, ViolationRate: 0.05}); err != nil {
		b.Fatal(err)
	}
	root = filepath.ToSlash(filepath.Join(dir, "src"))
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, filepath.ToSlash(p))
		}
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	sort.Strings(files)
	return root, files
}

type benchInput struct {
	root    string
	files   []string
	project []*rules.ProjectFile
}

// loadBench reads and parses the sources, one worker per CPU as the engine does.
func loadBench(b *testing.B, root string, files []string) benchInput {
	in := benchInput{root: root, files: files}
	for _, p := range files {
		if sourceExts[filepath.Ext(p)] {
			in.project = append(in.project, &rules.ProjectFile{Path: p})
		}
	}
	var wg sync.WaitGroup
	next := make(chan *rules.ProjectFile, len(in.project))
	for _, f := range in.project {
		next <- f
	}
	close(next)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range next {
				src, err := os.ReadFile(f.Path)
				if err != nil {
					panic(err)
				}
				f.Facts = factsOf(f.Path, src)
			}
		}()
	}
	wg.Wait()
	return in
}

// runAllFSD builds model and graph and runs every fsd/* rule; it returns the
// number of findings.
func runAllFSD(in benchInput) int {
	model, graph := buildFSD(in)
	return runFSDRules(in, model, graph)
}

func buildFSD(in benchInput) (*fsd.Model, *fsd.Graph) {
	model := fsd.NewModel(fsd.ModelConfig{Roots: []string{in.root}}, in.files)
	gf := make([]fsd.GraphFile, len(in.project))
	for i, f := range in.project {
		gf[i] = fsd.GraphFile{Path: f.Path, Facts: f.Facts}
	}
	return model, fsd.BuildGraph(gf, model, fsd.NewResolver(fsd.ResolverOptions{}))
}

func runFSDRules(in benchInput, model *fsd.Model, graph *fsd.Graph) int {
	n := 0
	for _, r := range Rules {
		rule := r
		ctx := &rules.ProjectContext{Files: in.project, Model: model, Graph: graph,
			OptionsFor: func(string) any {
				if rule.Options == nil {
					return nil
				}
				return rule.Options.Default()
			},
			Report: func(rules.Finding) { n++ }}
		rule.Project(ctx)
	}
	return n
}

// BenchmarkFSDRules: model, resolution, graph and every fsd/* rule on a
// generated 2,500-file app (facts extracted once, outside the timing).
func BenchmarkFSDRules(b *testing.B) {
	root, files := benchTree(b)
	in := loadBench(b, root, files)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if runAllFSD(in) == 0 {
			b.Fatal("no findings: the generated tree has violations")
		}
	}
}

// BenchmarkFSDPipeline is BenchmarkFSDRules with reading and parsing every
// file included: the whole cost of an FSD check.
func BenchmarkFSDPipeline(b *testing.B) {
	root, files := benchTree(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if runAllFSD(loadBench(b, root, files)) == 0 {
			b.Fatal("no findings")
		}
	}
}

// BenchmarkFSDRulesOnly times the 20 rules alone, on a built model and graph.
func BenchmarkFSDRulesOnly(b *testing.B) {
	root, files := benchTree(b)
	in := loadBench(b, root, files)
	model, graph := buildFSD(in)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if runFSDRules(in, model, graph) == 0 {
			b.Fatal("no findings")
		}
	}
}

// BenchmarkSteigerSameTree runs Steiger 0.6.0 (every rule) on the same
// generated tree, so one `go test -bench 'FSD|Steiger'` run gives both numbers.
func BenchmarkSteigerSameTree(b *testing.B) {
	testpeer.Package(b, "steiger")
	dir := b.TempDir()
	if _, err := gen.Generate(dir, gen.Options{Files: 2500, Seed: 7, ViolationRate: 0.05}); err != nil {
		b.Fatal(err)
	}
	// Without a .git above it, Steiger's gitignore check fails on the parent
	// of the root it is given ("Path … is not in cwd …").
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		testpeer.RunNode(b, "steiger-run.js", "--in-place", dir)
	}
}
