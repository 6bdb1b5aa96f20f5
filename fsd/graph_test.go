package fsd

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/fsdlint/fsdlint/tsparse"
)

func facts(imports ...tsparse.Import) *tsparse.Facts { return &tsparse.Facts{Imports: imports} }
func imp(spec string) tsparse.Import {
	return tsparse.Import{Specifier: spec, Kind: tsparse.ImportStatic}
}
func typeImp(spec string) tsparse.Import {
	return tsparse.Import{Specifier: spec, Kind: tsparse.ImportStatic, TypeOnly: true}
}

func TestBuildGraphResolvesAndLocates(t *testing.T) {
	tree := map[string]string{
		"/p/tsconfig.json":                    `{"compilerOptions": {"paths": {"@/*": ["./src/*"]}}}`,
		"/p/src/app/index.ts":                 "",
		"/p/src/pages/home/index.ts":          "",
		"/p/src/pages/home/ui/Page.tsx":       "",
		"/p/src/entities/user/index.ts":       "",
		"/p/src/entities/user/model/store.ts": "",
		"/p/src/entities/user/@x/post.ts":     "",
		"/p/src/entities/post/index.ts":       "",
		"/p/src/shared/ui/index.ts":           "",
	}
	files := []GraphFile{
		{"/p/src/pages/home/ui/Page.tsx", facts(imp("@/entities/user"), imp("react"), imp("./missing"), typeImp("@/shared/ui"))},
		{"/p/src/app/index.ts", facts(imp("@/pages/home"))},
		{"/p/src/pages/home/index.ts", facts(imp("./ui/Page"))},
		{"/p/src/entities/user/index.ts", facts(imp("./model/store"))},
		{"/p/src/entities/user/model/store.ts", nil},
		{"/p/src/entities/post/index.ts", facts(imp("../user/@x/post"))},
		{"/p/src/shared/ui/index.ts", facts()},
	}
	var paths []string
	for p := range tree {
		paths = append(paths, p)
	}
	model := NewModel(ModelConfig{}, paths)
	g := BuildGraph(files, model, NewResolver(ResolverOptions{FS: newMemFS(tree)}))

	var got []string
	for _, n := range g.Nodes {
		got = append(got, n.Path)
	}
	want := []string{
		"/p/src/app/index.ts", "/p/src/entities/post/index.ts", "/p/src/entities/user/index.ts",
		"/p/src/entities/user/model/store.ts", "/p/src/pages/home/index.ts", "/p/src/pages/home/ui/Page.tsx",
		"/p/src/shared/ui/index.ts",
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("nodes %v", got)
	}
	page := g.Node("/p/src/pages/home/ui/Page.tsx")
	if page.Location.Layer != "pages" || page.Location.Slice != "home" || page.Location.Segment != "ui" {
		t.Errorf("page location %+v", page.Location)
	}
	if len(page.Edges) != 4 {
		t.Fatalf("page edges %+v", page.Edges)
	}
	user := page.Edges[0]
	if user.Target != "/p/src/entities/user/index.ts" || user.To != 2 || user.TargetLocation.Layer != "entities" ||
		user.TargetLocation.Slice != "user" || !user.TargetLocation.PublicAPI {
		t.Errorf("user edge %+v", user)
	}
	if e := page.Edges[1]; !e.External || e.To != -1 || e.Target != "" {
		t.Errorf("react edge %+v", e)
	}
	if e := page.Edges[2]; e.External || e.To != -1 || e.Reason != "not found" {
		t.Errorf("missing edge %+v", e)
	}
	if e := page.Edges[3]; !e.Import.TypeOnly || e.TargetLocation.Layer != "shared" {
		t.Errorf("type edge %+v", e)
	}
	if e := g.Node("/p/src/entities/post/index.ts").Edges[0]; e.TargetLocation.CrossImportFor != "post" || e.To != -1 {
		t.Errorf("@x edge %+v", e)
	}
	if i, _ := g.Index("/p/src/entities/user/index.ts"); !reflect.DeepEqual(g.Dependents(i), []int{5}) {
		t.Errorf("user dependents %v", g.Dependents(i))
	}
	if i, _ := g.Index("/p/src/pages/home/ui/Page.tsx"); !reflect.DeepEqual(g.Dependents(i), []int{4}) {
		t.Errorf("page dependents %v", g.Dependents(i))
	}
}

// graphOf builds a graph of files named by number with edges i→j.
func graphOf(n int, edges [][2]int, typeOnly map[[2]int]bool) *Graph {
	tree := map[string]string{}
	imports := make([][]tsparse.Import, n)
	for i := 0; i < n; i++ {
		tree[fmt.Sprintf("/g/f%06d.ts", i)] = ""
	}
	for _, e := range edges {
		spec := fmt.Sprintf("./f%06d", e[1])
		if typeOnly[e] {
			imports[e[0]] = append(imports[e[0]], typeImp(spec))
		} else {
			imports[e[0]] = append(imports[e[0]], imp(spec))
		}
	}
	var files []GraphFile
	for i := 0; i < n; i++ {
		files = append(files, GraphFile{fmt.Sprintf("/g/f%06d.ts", i), facts(imports[i]...)})
	}
	return BuildGraph(files, nil, NewResolver(ResolverOptions{FS: newMemFS(tree)}))
}

func TestSCCs(t *testing.T) {
	// 0→1→2→0 (a cycle), 2→3, 3→4→3 (a cycle), 5→5 (self import), 6 alone,
	// 7→8 type-only and 8→7.
	edges := [][2]int{{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 4}, {4, 3}, {5, 5}, {7, 8}, {8, 7}}
	g := graphOf(9, edges, map[[2]int]bool{{7, 8}: true})
	if got, want := g.SCCs(SCCOptions{}), [][]int{{0, 1, 2}, {3, 4}, {5}, {7, 8}}; !reflect.DeepEqual(got, want) {
		t.Errorf("SCCs = %v, want %v", got, want)
	}
	if got, want := g.SCCs(SCCOptions{SkipTypeOnly: true}), [][]int{{0, 1, 2}, {3, 4}, {5}}; !reflect.DeepEqual(got, want) {
		t.Errorf("SCCs without type-only = %v, want %v", got, want)
	}
}

func TestSCCsDeepChainHasNoRecursionLimit(t *testing.T) {
	const n = 50000
	edges := make([][2]int, 0, n)
	for i := 0; i+1 < n; i++ {
		edges = append(edges, [2]int{i, i + 1})
	}
	edges = append(edges, [2]int{n - 1, 0})
	g := graphOf(n, edges, nil)
	cs := g.SCCs(SCCOptions{})
	if len(cs) != 1 || len(cs[0]) != n {
		t.Fatalf("got %d components", len(cs))
	}
}
