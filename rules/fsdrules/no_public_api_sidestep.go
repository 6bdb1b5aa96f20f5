package fsdrules

import (
	"fmt"
	"path"
	"slices"
	"strings"

	"github.com/fsdlint/fsdlint/fsd"
	"github.com/fsdlint/fsdlint/rules"
)

// NoPublicAPISidestep: fsd/no-public-api-sidestep.
var NoPublicAPISidestep = &rules.Rule{
	Name:     "fsd/no-public-api-sidestep",
	Category: rules.CategoryArchitecture,
	Summary:  "Forbid imports that reach into a slice or segment past its public API",
	Doc: rules.Doc{
		Description: "The FSD docs: \"Modules outside of this slice/segment can only reference the public API, not " +
			"the internal file structure of the slice/segment.\" An import of `@/entities/user/ui/UserCard` ties the " +
			"importer to the slice's folder layout: moving a file inside the slice breaks code elsewhere, and the " +
			"slice cannot tell what it promises to others. Import from the slice's index (`@/entities/user`), or " +
			"from an `@x` cross-import API. `entities/A/@x/B` is meant for slice B only: other layers import A's " +
			"public API.\n\n" +
			"On Shared, each segment has its own public API (`@/shared/api`). In `shared/ui` and `shared/lib`, a " +
			"per-component index (`@/shared/ui/button`) is accepted too, as the docs suggest for tree-shaking, and " +
			"so is a file directly in the segment (`@/shared/lib/dates.ts`). Imports inside one slice, or inside " +
			"Shared or App, are not checked.\n\n" +
			"Every import form is checked (Steiger does not see `export … from`).\n\n" +
			"Fix (safe): when the public API exports every name the import uses, the specifier is rewritten to it.",
		Incorrect: []string{
			"// src/features/auth/ui/Login.tsx\nimport { UserCard } from '@/entities/user/ui/UserCard'",
			"// src/pages/home/ui/Home.tsx\nimport { translate } from '@/shared/lib/i18n/translator'",
		},
		Correct: []string{
			"// src/features/auth/ui/Login.tsx\nimport { UserCard } from '@/entities/user'",
			"// src/pages/home/ui/Home.tsx\nimport { translate } from '@/shared/lib/i18n'\nimport { Button } from '@/shared/ui/button'",
		},
		Options: "`{\"allowTypeImports\": false}`: with `true`, imports that bring only types are not checked.",
	},
	DefaultSeverity: rules.Error,
	Sonar:           sonarSmell("MODULAR", "MEDIUM", 5),
	Fix:             rules.SafeFix,
	ESLintNames:     []string{"@conarti/feature-sliced/public-api", "boundaries/entry-point", "import/no-internal-modules"},
	Options:         importOptionsSpec,
	Project: func(ctx *rules.ProjectContext) {
		var facts *factIndex
		opts := &optionsByFile{ctx: ctx}
		eachImport(ctx, func(e *importEdge) {
			if !enabled(ctx, e.From) {
				return
			}
			if opts.get(e.From).AllowTypeImports && typeOnly(e.Import) {
				return
			}
			apis := sidestepAPIs(ctx.Model, e)
			if apis == nil {
				return
			}
			if facts == nil {
				facts = newFactIndex(ctx)
			}
			msg := fmt.Sprintf("Forbidden sidestep of public API when importing from %q.", e.Import.Specifier)
			if e.ToLoc.Segment == fsd.CrossImportToken {
				msg = fmt.Sprintf("Forbidden sidestep of public API when importing from %q: this @x API is for slice %q of %s only.", e.Import.Specifier, e.ToLoc.CrossImportFor, e.ToLoc.Layer)
			}
			var fixes []rules.Fix
			if fix, ok := sidestepFix(facts, e, apis); ok {
				fixes = append(fixes, fix)
			}
			reportImport(ctx, "fsd/no-public-api-sidestep", e, msg, fixes...)
		})
	},
}

// publicAPI is a folder whose index files make a public API.
type publicAPI struct {
	dir     string
	indexes []string
}

// sidestepAPIs returns nil when the import respects public APIs, otherwise
// the public APIs it should have used, preferred first (possibly empty when
// the target has none).
func sidestepAPIs(m *fsd.Model, e *importEdge) []publicAPI {
	from, to := e.FromLoc, e.ToLoc
	if to.Layer == "" || !sourceExts[path.Ext(e.Target)] {
		return nil // styles and assets have no public API to go through
	}
	sliced := fsd.IsSlicedLayer(to.Layer)
	if from.Layer == to.Layer && (!sliced || from.Slice == to.Slice) {
		return nil
	}
	if sliced {
		if to.Segment == "" {
			return nil
		}
		// `A/@x/B` is slice B's API; other layers use A's public API. (The same
		// layer's other slices are cross-imports, reported by fsd/forbidden-imports.)
		if to.Segment == fsd.CrossImportToken && (from.Layer == to.Layer || to.CrossImportFor == "") {
			return nil
		}
		if s := m.Slice(to); s != nil {
			return []publicAPI{{s.Dir.Path, s.Indexes}}
		}
		return []publicAPI{}
	}
	if to.Segment == "" || to.PublicAPI {
		return nil
	}
	seg := m.SegmentOf(to)
	if seg == nil || seg.IsFile() || slices.Contains(seg.Indexes, e.Target) {
		return nil
	}
	segAPI := publicAPI{seg.Path, seg.Indexes}
	if to.Layer == fsd.LayerShared && (seg.Name == "ui" || seg.Name == "lib") {
		inSeg := strings.TrimPrefix(e.Target, seg.Path+"/")
		top, rest, nested := strings.Cut(inSeg, "/")
		if !nested {
			return nil // a file directly in shared/ui or shared/lib is its own module
		}
		topDir := seg.Dir.Child(top)
		var topIndexes []string
		if topDir != nil {
			for _, f := range topDir.Files {
				if fsd.IsIndexName(f[strings.LastIndexByte(f, '/')+1:]) {
					topIndexes = append(topIndexes, f)
				}
			}
		}
		if !strings.Contains(rest, "/") && fsd.IsIndexName(rest) {
			return nil // the component's own index
		}
		return []publicAPI{{seg.Path + "/" + top, topIndexes}, segAPI}
	}
	return []publicAPI{segAPI}
}
