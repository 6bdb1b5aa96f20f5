package fsdrules

import (
	"fmt"
	"slices"

	"github.com/fsdlint/fsdlint/fsd"
	"github.com/fsdlint/fsdlint/rules"
)

// layerViolation is what is wrong with an import between layers and slices.
type layerViolation int

const (
	noViolation layerViolation = iota
	crossImport
	higherLayer
)

// classifyImport applies the FSD import rule: a module may import only
// layers strictly below, plus its own slice; Shared and App segments import
// each other freely; `A/@x/B` may be imported by slice B on the allowed layers.
func classifyImport(e *importEdge, opts importOptions) (layerViolation, string) {
	from, to := e.FromLoc, e.ToLoc
	if from.Layer == "" || to.Layer == "" {
		return noViolation, ""
	}
	if opts.AllowTypeImports && typeOnly(e.Import) {
		return noViolation, ""
	}
	if from.Layer == to.Layer {
		if from.Slice == to.Slice || from.Slice == "" || to.Slice == "" {
			return noViolation, ""
		}
		if to.Segment == fsd.CrossImportToken && to.CrossImportFor == from.Slice {
			if slices.Contains(opts.CrossImportLayers, to.Layer) {
				return noViolation, ""
			}
			return crossImport, fmt.Sprintf("Forbidden cross-import from slice %q (cross-import APIs `@x` are allowed on %v only; see the option crossImportLayers).", to.Slice, opts.CrossImportLayers)
		}
		return crossImport, fmt.Sprintf("Forbidden cross-import from slice %q.", to.Slice)
	}
	if fsd.LayerRank(from.Layer) < fsd.LayerRank(to.Layer) {
		return higherLayer, fmt.Sprintf("Forbidden import from higher layer %q.", to.Layer)
	}
	return noViolation, ""
}

// layerRule makes one of the three import-direction rules.
func layerRule(name string, want ...layerViolation) func(*rules.ProjectContext) {
	return func(ctx *rules.ProjectContext) {
		opts := &optionsByFile{ctx: ctx}
		eachImport(ctx, func(e *importEdge) {
			if !enabled(ctx, e.From) {
				return
			}
			v, msg := classifyImport(e, opts.get(e.From))
			if slices.Contains(want, v) {
				reportImport(ctx, name, e, msg)
			}
		})
	}
}

const layerRuleWhy = "The FSD docs: \"A module (file) in a slice can only import other slices when they are " +
	"located on layers strictly below.\" Layers from top to bottom: app, processes (deprecated), pages, widgets, " +
	"features, entities, shared. Shared and App are made of segments that import each other freely. Keeping " +
	"dependencies pointing down makes every slice replaceable and testable on its own, and keeps changes in " +
	"one slice from rippling sideways into its siblings. Entities may expose a cross-import API `entities/A/@x/B` " +
	"for entity B only, the docs' \"necessary compromise\".\n\n" +
	"Every import form is checked: `import`, `import type`, `export … from`, `export * from`, `import()`, " +
	"`require()`, `import x = require()`. Steiger sees neither re-exports nor (as forbidden) anything in `processes/`."

// ForbiddenImports: fsd/forbidden-imports.
var ForbiddenImports = &rules.Rule{
	Name:     "fsd/forbidden-imports",
	Category: rules.CategoryArchitecture,
	Summary:  "Forbid imports from higher layers and from other slices of the same layer",
	Doc: rules.Doc{
		Description: layerRuleWhy + "\n\nThis rule is both halves at once: `fsd/no-higher-level-imports` and " +
			"`fsd/no-cross-imports`. Turn it off and enable one half to allow the other (for example cross-imports " +
			"between widgets).",
		Incorrect: []string{
			"// src/entities/user/model/store.ts\nimport { LoginForm } from '@/features/auth'",
			"// src/features/cart/ui/Cart.tsx\nimport { LikeButton } from '@/features/like'",
			"// src/entities/post/model/post.ts\nexport type { User } from '@/entities/user'",
		},
		Correct: []string{
			"// src/features/auth/ui/LoginForm.tsx\nimport { User } from '@/entities/user'\nimport { Button } from '@/shared/ui'",
			"// src/entities/post/model/post.ts\nimport type { User } from '@/entities/user/@x/post'",
		},
		Options: importOptionsDoc,
	},
	DefaultSeverity: rules.Error,
	Sonar:           sonarSmell("MODULAR", "HIGH", 30),
	Options:         importOptionsSpec,
	Project:         layerRule("fsd/forbidden-imports", crossImport, higherLayer),
	ESLintNames:     []string{"boundaries/element-types", "boundaries/dependencies", "@conarti/feature-sliced/layers-slices"},
}

// NoCrossImports: fsd/no-cross-imports.
var NoCrossImports = &rules.Rule{
	Name:     "fsd/no-cross-imports",
	Category: rules.CategoryArchitecture,
	Summary:  "Forbid imports from other slices of the same layer",
	Doc: rules.Doc{
		Description: layerRuleWhy + "\n\nThis is the sideways half of `fsd/forbidden-imports` (off by default: " +
			"that rule covers it).",
		Incorrect: []string{"// src/features/cart/ui/Cart.tsx\nimport { LikeButton } from '@/features/like'"},
		Correct:   []string{"// src/widgets/cart/ui/Cart.tsx\nimport { LikeButton } from '@/features/like'"},
		Options:   importOptionsDoc,
	},
	DefaultSeverity: rules.Off,
	Sonar:           sonarSmell("MODULAR", "HIGH", 30),
	Options:         importOptionsSpec,
	Project:         layerRule("fsd/no-cross-imports", crossImport),
}

// NoHigherLevelImports: fsd/no-higher-level-imports.
var NoHigherLevelImports = &rules.Rule{
	Name:     "fsd/no-higher-level-imports",
	Category: rules.CategoryArchitecture,
	Summary:  "Forbid imports from higher layers",
	Doc: rules.Doc{
		Description: layerRuleWhy + "\n\nThis is the upward half of `fsd/forbidden-imports` (off by default: " +
			"that rule covers it).",
		Incorrect: []string{"// src/shared/ui/Header.tsx\nimport { useUser } from '@/entities/user'"},
		Correct:   []string{"// src/widgets/header/ui/Header.tsx\nimport { useUser } from '@/entities/user'"},
		Options:   importOptionsDoc,
	},
	DefaultSeverity: rules.Off,
	Sonar:           sonarSmell("MODULAR", "HIGH", 30),
	Options:         importOptionsSpec,
	Project:         layerRule("fsd/no-higher-level-imports", higherLayer),
}
