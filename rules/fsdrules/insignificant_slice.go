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
		// Each (root, layer, slice) gets a number once per file; the edges then
		// count users by number (hashing three strings twice per import made
		// this the slowest FSD rule: 108 ms at 50,000 files).
		ids := map[key]int32{}
		var byID []key
		var present []bool
		idOf := func(loc fsd.Location) int32 {
			k, ok := keyOf(loc)
			if !ok {
				return -1
			}
			id, seen := ids[k]
			if !seen {
				id = int32(len(byID))
				ids[k] = id
				byID = append(byID, k)
				present = append(present, false)
			}
			return id
		}
		var nodeID []int32
		if ctx.Graph != nil {
			nodeID = make([]int32, len(ctx.Graph.Nodes))
			for i := range ctx.Graph.Nodes {
				nodeID[i] = idOf(ctx.Graph.Nodes[i].Location)
				if nodeID[i] >= 0 {
					present[nodeID[i]] = true
				}
			}
		}
		// usage is what the verdict needs of a slice's users: none, one (and
		// its first import), or more.
		type usage struct {
			user  int32
			many  bool
			first rules.Related
		}
		used := map[int32]*usage{}
		eachImport(ctx, func(e *importEdge) {
			from, to := nodeID[e.from], int32(-1)
			if e.to >= 0 {
				to = nodeID[e.to]
			} else {
				to = idOf(e.ToLoc)
			}
			if from < 0 || to < 0 || byID[from].layer == byID[to].layer {
				return
			}
			present[to] = true
			switch u := used[to]; {
			case u == nil:
				used[to] = &usage{user: from, first: rules.Related{Path: e.From, Range: e.Import.SpecifierRange, Message: "the reference"}}
			case u.user != from:
				u.many = true
			}
		})
		var order []int32
		for id := range byID {
			if present[id] {
				order = append(order, int32(id))
			}
		}
		sort.Slice(order, func(i, j int) bool {
			a, b := byID[order[i]], byID[order[j]]
			return a.root+"/"+a.layer+"/"+a.slice < b.root+"/"+b.layer+"/"+b.slice
		})
		for _, id := range order {
			k := byID[id]
			if !fsd.IsSlicedLayer(k.layer) || k.layer == fsd.LayerPages || k.layer == fsd.LayerProcesses {
				continue
			}
			s := ctx.Model.Slice(fsd.Location{Root: k.root, Layer: k.layer, Slice: k.slice})
			if s == nil || s.Segmentless {
				continue // a slice without segments is reported by fsd/no-segmentless-slices
			}
			u := used[id]
			switch {
			case u == nil:
				reportPath(ctx, "fsd/insignificant-slice", s.Dir.Path, "This slice has no references. Consider removing it.")
			case u.many:
			default:
				user := byID[u.user]
				switch {
				case user.layer == fsd.LayerApp:
					// one reference from App is how a slice gets wired in
				case user.slice == "":
					reportWithRelated(ctx, s.Dir.Path, u.first, fmt.Sprintf("This slice has only one reference on layer %q. Consider moving this code to %q.", user.layer, user.layer))
				default:
					reportWithRelated(ctx, s.Dir.Path, u.first, fmt.Sprintf("This slice has only one reference in slice %q. Consider merging them.", user.layer+"/"+user.slice))
				}
			}
		}
	},
}

// reportWithRelated reports a folder finding that points at the import it is about.
func reportWithRelated(ctx *rules.ProjectContext, path string, rel rules.Related, message string) {
	ctx.Report(rules.Finding{Rule: "fsd/insignificant-slice", Path: path, Folder: true, Message: message, Related: []rules.Related{rel}})
}
