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
			"related locations. Computed once for the whole graph (strongly connected components, linear time). " +
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

// cycleEdge says whether an edge takes part in import/no-cycle's traversal.
func cycleEdge(e *fsd.Edge) bool {
	if e.To < 0 || e.Import.TypeOnly {
		return false
	}
	switch e.Import.Kind {
	case tsparse.ImportStatic, tsparse.ImportExport, tsparse.ImportDynamic:
		return true
	}
	return false
}

func checkNoCycle(p *rules.ProjectContext) {
	g := p.Graph
	if g == nil {
		return
	}
	// A copy of the graph with only the edges the rule follows.
	filtered := fsd.Graph{Nodes: make([]fsd.Node, len(g.Nodes))}
	for i := range g.Nodes {
		filtered.Nodes[i].Path = g.Nodes[i].Path
		edges := make([]fsd.Edge, len(g.Nodes[i].Edges))
		copy(edges, g.Nodes[i].Edges)
		for k := range edges {
			if !cycleEdge(&edges[k]) {
				edges[k].To = -1
			}
		}
		filtered.Nodes[i].Edges = edges
	}
	comp := make([]int, len(g.Nodes))
	for i := range comp {
		comp[i] = -1
	}
	for ci, c := range filtered.SCCs(fsd.SCCOptions{SkipTypeOnly: true}) {
		for _, v := range c {
			comp[v] = ci
		}
	}
	for u := range filtered.Nodes {
		if comp[u] < 0 || p.Enabled != nil && !p.Enabled(filtered.Nodes[u].Path) {
			continue
		}
		for _, e := range filtered.Nodes[u].Edges {
			if e.To < 0 || e.To == u || comp[e.To] != comp[u] {
				continue // a file importing itself is import/no-self-import's job
			}
			if e.Import.Kind == tsparse.ImportStatic && len(e.Import.Names) == 0 {
				continue // the plugin skips imports without specifiers (every() of none is true)
			}
			route := cycleRoute(&filtered, e.To, u, comp)
			msg := "Dependency cycle detected."
			var related []rules.Related
			for _, hop := range route {
				from := filtered.Nodes[hop.from].Path
				related = append(related, rules.Related{Path: from, Range: hop.edge.Import.StatementRange,
					Message: "imports " + relativeSpec(path.Dir(from), filtered.Nodes[hop.edge.To].Path)})
			}
			if len(route) > 1 {
				msg = "Dependency cycle via " + relativeSpec(path.Dir(filtered.Nodes[u].Path), filtered.Nodes[e.To].Path)
				for _, hop := range route[1:] {
					msg += " => " + relativeSpec(path.Dir(filtered.Nodes[u].Path), filtered.Nodes[hop.from].Path)
				}
			}
			p.Report(rules.Finding{Path: filtered.Nodes[u].Path, Range: e.Import.StatementRange, Message: msg, Related: related})
		}
	}
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
			if w < 0 || comp[w] != comp[start] || seen[w] {
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
