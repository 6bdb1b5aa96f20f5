package airbnb

import (
	"encoding/json"
	"fmt"
	"path"

	"github.com/fsdlint/fsdlint/fsd"
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

var importNoCycle = &rules.Rule{
	Name:            "import/no-cycle",
	ESLintNames:     []string{"import/no-cycle"},
	Category:        rules.CategoryImports,
	Summary:         "Disallow import cycles",
	DefaultSeverity: rules.Error,
	Sonar: rules.Sonar{Type: "CODE_SMELL", Severity: "MAJOR", CleanCodeAttribute: "MODULAR",
		Impacts: []rules.Impact{{SoftwareQuality: "MAINTAINABILITY", Severity: "HIGH"}}, EffortMinutes: 30},
	Options: &rules.OptionsSpec{
		Default: func() any { return noCycleOptions{MaxDepth: "∞"} },
		Parse: func(args []json.RawMessage) (any, error) {
			o := noCycleOptions{MaxDepth: "∞"}
			if err := decodeArgs(args, &o); err != nil {
				return nil, err
			}
			if fmt.Sprint(o.MaxDepth) != "∞" || o.IgnoreExternal || o.AllowUnsafeDynamicCyclicDependency {
				return nil, fmt.Errorf(`only Airbnb's configuration is supported: {"maxDepth": "∞"}`)
			}
			o.DisableScc = false
			return o, nil
		},
	},
	Doc: rules.Doc{
		Description: "An import whose target reaches back to the importing file, at any depth (Airbnb's " +
			"`maxDepth: \"∞\"`), is reported on the import in the current file, with the rest of the cycle as " +
			"related locations. Strongly connected components of the whole graph (linear time) decide which " +
			"imports can be in a cycle; as in eslint-plugin-import, modules explored for one import of a file are " +
			"not explored again for its later imports, so an import whose only way back runs through them is " +
			"not reported. " +
			"Like eslint-plugin-import, only ES `import`, `export … from` and `import()` edges count, and type-only " +
			"imports (`import type`, or every specifier `type`) are skipped. Resolution is fsdlint's (tsconfig paths " +
			"included), so cycles through path aliases are found that Airbnb's node-resolver set-up misses.",
		Incorrect: []string{"// a.ts\nimport { b } from './b';\n// b.ts\nimport { a } from './a';"},
		Correct:   []string{"// a.ts\nimport { b } from './b';\n// b.ts\nimport type { A } from './a';"},
	},
	Project: checkNoCycle,
}

// noCycleOptions are the plugin's options; only Airbnb's values are supported.
type noCycleOptions struct {
	MaxDepth                           any  `json:"maxDepth"`
	IgnoreExternal                     bool `json:"ignoreExternal"`
	AllowUnsafeDynamicCyclicDependency bool `json:"allowUnsafeDynamicCyclicDependency"`
	DisableScc                         bool `json:"disableScc"`
}

// isDependency says whether eslint-plugin-import's ExportMap records an edge
// as a dependency (import, export … from, import()), and whether it counts
// as a value dependency: a static import unless it only imports types,
// `export * from` unless `export type *`, and — a quirk kept on purpose —
// every named re-export, `export type { X } from` included.
func isDependency(e *fsd.Edge) (dep, value bool) {
	switch e.Import.Kind {
	case tsparse.ImportDynamic:
		return true, true
	case tsparse.ImportStatic:
		return true, !e.Import.TypeOnly
	case tsparse.ImportExport:
		for _, n := range e.Import.Names {
			if n.Imported == "*" {
				return true, !e.Import.TypeOnly
			}
		}
		return true, true
	}
	return false, false
}

// moduleDep is one entry of a module's ordered dependency map.
type moduleDep struct {
	to    int
	value bool // at least one declaration is not type-only
}

// moduleDeps orders a node's dependencies as the plugin's ExportMap does:
// dynamic imports first, then the top-level declarations, one entry per target.
func moduleDeps(n *fsd.Node) []moduleDep {
	var out []moduleDep
	at := map[int]int{}
	add := func(e *fsd.Edge) {
		_, value := isDependency(e)
		if i, ok := at[e.To]; ok {
			out[i].value = out[i].value || value
			return
		}
		at[e.To] = len(out)
		out = append(out, moduleDep{e.To, value})
	}
	for pass := 0; pass < 2; pass++ {
		for k := range n.Edges {
			e := &n.Edges[k]
			dep, _ := isDependency(e)
			if !dep || e.To < 0 || (e.Import.Kind == tsparse.ImportDynamic) != (pass == 0) {
				continue
			}
			add(e)
		}
	}
	return out
}

func checkNoCycle(p *rules.ProjectContext) {
	g := p.Graph
	if g == nil {
		return
	}
	deps := make([][]moduleDep, len(g.Nodes))
	// The value-dependency graph, for the strongly connected components.
	value := fsd.Graph{Nodes: make([]fsd.Node, len(g.Nodes))}
	for i := range g.Nodes {
		deps[i] = moduleDeps(&g.Nodes[i])
		value.Nodes[i].Path = g.Nodes[i].Path
		for _, d := range deps[i] {
			if d.value {
				value.Nodes[i].Edges = append(value.Nodes[i].Edges, fsd.Edge{To: d.to})
			}
		}
	}
	comp := make([]int, len(g.Nodes))
	for i := range comp {
		comp[i] = -1
	}
	for ci, c := range value.SCCs(fsd.SCCOptions{}) {
		for _, v := range c {
			comp[v] = ci
		}
	}
	for u := range g.Nodes {
		if comp[u] < 0 || p.Enabled != nil && !p.Enabled(g.Nodes[u].Path) {
			continue
		}
		// Like the plugin, modules explored for one import of the file are not
		// explored again for its later imports.
		traversed := map[int]bool{}
		for _, e := range g.Nodes[u].Edges {
			dep, _ := isDependency(&e)
			if !dep || e.To < 0 || e.To == u || comp[e.To] != comp[u] {
				continue // unresolved, self-import (import/no-self-import) or no cycle
			}
			if e.Import.Kind == tsparse.ImportStatic && (e.Import.TypeOnly || len(e.Import.Names) == 0) {
				continue // type-only or specifier-less import declarations are not checked
			}
			if !reachesBack(deps, comp, e.To, u, traversed) {
				continue
			}
			reportCycle(p, &value, comp, u, e)
		}
	}
}

// reachesBack is the plugin's breadth-first detectCycle from start to goal.
func reachesBack(deps [][]moduleDep, comp []int, start, goal int, traversed map[int]bool) bool {
	queue := []int{start}
	for len(queue) > 0 {
		m := queue[0]
		queue = queue[1:]
		if traversed[m] {
			continue
		}
		traversed[m] = true
		for _, d := range deps[m] {
			if comp[d.to] != comp[goal] || traversed[d.to] {
				continue
			}
			if d.to == goal && d.value {
				return true
			}
			if d.value {
				queue = append(queue, d.to)
			}
		}
	}
	return false
}

func reportCycle(p *rules.ProjectContext, value *fsd.Graph, comp []int, u int, e fsd.Edge) {
	g := p.Graph
	route := cycleRoute(g, e.To, u, comp)
	dir := path.Dir(g.Nodes[u].Path)
	msg := "Dependency cycle detected."
	var related []rules.Related
	for _, hop := range route {
		from := g.Nodes[hop.from].Path
		related = append(related, rules.Related{Path: from, Range: hop.edge.Import.StatementRange,
			Message: "imports " + relativeSpec(path.Dir(from), g.Nodes[hop.edge.To].Path)})
	}
	if len(route) > 1 {
		msg = "Dependency cycle via " + relativeSpec(dir, g.Nodes[e.To].Path)
		for _, hop := range route[1:] {
			msg += " => " + relativeSpec(dir, g.Nodes[hop.from].Path)
		}
	}
	p.Report(rules.Finding{Path: g.Nodes[u].Path, Range: e.Import.StatementRange, Message: msg, Related: related})
}

type cycleHop struct {
	from int
	edge fsd.Edge
}

// cycleRoute is a shortest chain of followed imports from start back to goal,
// inside their strongly connected component.
func cycleRoute(g *fsd.Graph, start, goal int, comp []int) []cycleHop {
	prev := map[int]cycleHop{}
	seen := map[int]bool{start: true}
	queue := []int{start}
	for len(queue) > 0 {
		v := queue[0]
		queue = queue[1:]
		for _, e := range g.Nodes[v].Edges {
			w := e.To
			if _, value := isDependency(&e); !value || w < 0 || comp[w] != comp[start] || seen[w] {
				continue
			}
			seen[w] = true
			prev[w] = cycleHop{from: v, edge: e}
			if w == goal {
				var route []cycleHop
				for x := goal; x != start; x = prev[x].from {
					route = append([]cycleHop{prev[x]}, route...)
				}
				return route
			}
			queue = append(queue, w)
		}
	}
	return nil
}

// relativeSpec writes target relative to dir the way an import would.
func relativeSpec(dir, target string) string {
	rel, ok := relativePath(dir, target)
	if !ok {
		return target
	}
	return toRelativePath(rel)
}
