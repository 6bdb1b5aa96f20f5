package fsdrules

import (
	"fmt"
	"sort"

	"github.com/fsdlint/fsdlint/fsd"
	"github.com/fsdlint/fsdlint/rules"
)

// InsignificantSlice: fsd/insignificant-slice.
var InsignificantSlice = &rules.Rule{
	Name:     "fsd/insignificant-slice",
	Category: rules.CategoryArchitecture,
	Summary:  "Flag slices that nothing uses, or that only one other slice uses",
	Doc: rules.Doc{
		Description: "FSD 2.1 is \"pages first\": code moves to a lower layer only when several places reuse it. " +
			"A widget, feature or entity used by exactly one slice is not reused: merge it into its user. One used " +
			"only by Shared hints that it is really infrastructure. One used by nothing is dead code. Pages are " +
			"not checked (routes use them), nor are App, Shared and the deprecated Processes. References from the " +
			"same layer do not count (they are cross-imports), and a single reference from App is fine.\n\n" +
			"Every import form counts as a reference, re-exports included.",
		Incorrect: []string{"src/features/like/ (imported only by src/widgets/post-card)"},
		Correct:   []string{"src/features/like/ imported by src/widgets/post-card and src/pages/feed"},
	},
	DefaultSeverity: rules.Warn,
	Sonar:           sonarSmell("MODULAR", "LOW", 30),
	Project: func(ctx *rules.ProjectContext) {
		type key struct{ root, layer, slice string }
		refs := map[key]map[key]bool{}
		first := map[[2]key]rules.Related{} // the first import of each (slice, user) pair
		keyOf := func(loc fsd.Location) (key, bool) {
			if loc.Layer == "" {
				return key{}, false
			}
			k := key{loc.Root, loc.Layer, ""}
			if fsd.IsSlicedLayer(loc.Layer) {
				if loc.Slice == "" || ctx.Model.Slice(loc) == nil {
					return key{}, false // a layer- or group-level file is no slice
				}
				k.slice = loc.Slice
			}
			return k, true
		}
		if ctx.Graph != nil {
			for i := range ctx.Graph.Nodes {
				n := &ctx.Graph.Nodes[i]
				if k, ok := keyOf(n.Location); ok && refs[k] == nil {
					refs[k] = map[key]bool{}
				}
			}
		}
		eachImport(ctx, func(e *importEdge) {
			from, okF := keyOf(e.FromLoc)
			to, okT := keyOf(e.ToLoc)
			if !okF || !okT || from.layer == to.layer {
				return
			}
			if refs[to] == nil {
				refs[to] = map[key]bool{}
			}
			if !refs[to][from] {
				refs[to][from] = true
				first[[2]key{to, from}] = rules.Related{Path: e.From, Range: e.Import.SpecifierRange, Message: "the reference"}
			}
		})
		keys := make([]key, 0, len(refs))
		for k := range refs {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool {
			a, b := keys[i], keys[j]
			return a.root+"/"+a.layer+"/"+a.slice < b.root+"/"+b.layer+"/"+b.slice
		})
		for _, k := range keys {
			if !fsd.IsSlicedLayer(k.layer) || k.layer == fsd.LayerPages || k.layer == fsd.LayerProcesses {
				continue
			}
			s := ctx.Model.Slice(fsd.Location{Root: k.root, Layer: k.layer, Slice: k.slice})
			if s == nil || s.Segmentless {
				continue // a slice without segments is reported by fsd/no-segmentless-slices
			}
			users := refs[k]
			switch len(users) {
			case 0:
				reportPath(ctx, "fsd/insignificant-slice", s.Dir.Path, "This slice has no references. Consider removing it.")
			case 1:
				for u := range users {
					switch {
					case u.layer == fsd.LayerApp:
						// one reference from App is how a slice gets wired in
					case u.slice == "":
						reportWithRelated(ctx, s.Dir.Path, first[[2]key{k, u}], fmt.Sprintf("This slice has only one reference on layer %q. Consider moving this code to %q.", u.layer, u.layer))
					default:
						reportWithRelated(ctx, s.Dir.Path, first[[2]key{k, u}], fmt.Sprintf("This slice has only one reference in slice %q. Consider merging them.", u.layer+"/"+u.slice))
					}
				}
			}
		}
	},
}

// reportWithRelated reports a folder finding that points at the import it is about.
func reportWithRelated(ctx *rules.ProjectContext, path string, rel rules.Related, message string) {
	ctx.Report(rules.Finding{Rule: "fsd/insignificant-slice", Path: path, Folder: true, Message: message, Related: []rules.Related{rel}})
}
