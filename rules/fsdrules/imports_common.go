package fsdrules

import (
	"encoding/json"
	"fmt"

	"github.com/fsdlint/fsdlint/fsd"
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

// importEdge is one import between two files of the same FSD root.
type importEdge struct {
	From    string
	FromLoc fsd.Location
	Import  *tsparse.Import
	Target  string
	ToLoc   fsd.Location
	from    int // index of node in the graph
	to      int // index of the target's node, -1 when it is no node (a style sheet, an image)
}

// eachImport calls fn for every import of a file in an FSD layer that reaches a
// file of the same FSD root. Every import form counts: import, import type,
// export … from, export * from, import(), require, import x = require().
func eachImport(ctx *rules.ProjectContext, fn func(e *importEdge)) {
	if ctx.Graph == nil {
		return
	}
	var e importEdge // reused: callbacks must not keep it
	for i := range ctx.Graph.Nodes {
		n := &ctx.Graph.Nodes[i]
		if n.Location.Root == "" || len(n.Edges) == 0 {
			continue
		}
		for k := range n.Edges {
			ed := &n.Edges[k]
			if ed.Target == "" || ed.External || ed.TargetLocation.Root != n.Location.Root {
				continue
			}
			e = importEdge{From: n.Path, FromLoc: n.Location, Import: &ed.Import, Target: ed.Target, ToLoc: ed.TargetLocation,
				from: i, to: ed.To}
			fn(&e)
		}
	}
}

// reportImport reports a finding at the import's specifier.
func reportImport(ctx *rules.ProjectContext, rule string, e *importEdge, message string, fixes ...rules.Fix) {
	ctx.Report(rules.Finding{Rule: rule, Path: e.From, Range: e.Import.SpecifierRange, Message: message, Fixes: fixes})
}

// importOptions are the options of the import rules.
type importOptions struct {
	// AllowTypeImports: imports that bring only types (`import type`, every
	// name marked `type`) are not checked.
	AllowTypeImports bool `json:"allowTypeImports"`
	// CrossImportLayers: the layers where `A/@x/B` cross-import APIs may be used
	// by slice B. The FSD docs: "only use this notation on the Entities layer".
	CrossImportLayers []string `json:"crossImportLayers"`
}

func defaultImportOptions() importOptions {
	return importOptions{CrossImportLayers: []string{fsd.LayerEntities}}
}

var importOptionsSpec = &rules.OptionsSpec{
	Default: func() any { return defaultImportOptions() },
	Parse: func(args []json.RawMessage) (any, error) {
		opts := defaultImportOptions()
		if len(args) == 0 {
			return opts, nil
		}
		if err := strictUnmarshal(args[0], &opts); err != nil {
			return nil, err
		}
		for _, l := range opts.CrossImportLayers {
			if !fsd.IsSlicedLayer(l) || fsd.LayerRank(l) < 0 {
				return nil, fmt.Errorf("crossImportLayers: %q is not a sliced layer (entities, features, widgets, pages, processes)", l)
			}
		}
		return opts, nil
	},
}

const importOptionsDoc = "`{\"allowTypeImports\": false, \"crossImportLayers\": [\"entities\"]}`. " +
	"`allowTypeImports: true` skips imports that bring only types (`import type`, or every name marked `type`). " +
	"`crossImportLayers` lists the layers whose `@x` cross-import APIs may be used (the docs allow them on " +
	"Entities only; Steiger accepts them on every sliced layer: `[\"entities\", \"features\", \"widgets\", \"pages\"]`)."

// optionsByFile remembers the options of the last file asked for: imports
// come grouped by file, so this asks the engine once per file.
type optionsByFile struct {
	ctx  *rules.ProjectContext
	path string
	opts importOptions
}

func (o *optionsByFile) get(path string) importOptions {
	if path != o.path || o.path == "" {
		o.path, o.opts = path, importOptionsFor(o.ctx, path)
	}
	return o.opts
}

func importOptionsFor(ctx *rules.ProjectContext, path string) importOptions {
	if ctx.OptionsFor != nil {
		if o, ok := ctx.OptionsFor(path).(importOptions); ok {
			return o
		}
	}
	return defaultImportOptions()
}

// typeOnly says whether an import brings only types.
func typeOnly(imp *tsparse.Import) bool {
	if imp.TypeOnly {
		return true
	}
	if len(imp.Names) == 0 {
		return false
	}
	for _, n := range imp.Names {
		if !n.TypeOnly {
			return false
		}
	}
	return true
}

// enabled says whether a rule runs on path (the engine filters findings too;
// this only saves work).
func enabled(ctx *rules.ProjectContext, path string) bool {
	return ctx.Enabled == nil || ctx.Enabled(path)
}
