package fsdrules

import (
	"fmt"

	"github.com/fsdlint/fsdlint/fsd"
	"github.com/fsdlint/fsdlint/rules"
)

// NoLayerPublicAPI: fsd/no-layer-public-api.
var NoLayerPublicAPI = &rules.Rule{
	Name:     "fsd/no-layer-public-api",
	Category: rules.CategoryArchitecture,
	Summary:  "Forbid index files directly in a layer folder (except app)",
	Doc: rules.Doc{
		Description: "A layer is not a module: slices (or, on Shared, segments) are. An `index.ts` directly " +
			"in `entities/` or `shared/` invites imports like `@/entities`, which couple the importer to every " +
			"slice of the layer, defeat tree-shaking and hide which slice is really used. The FSD docs define " +
			"public APIs per slice and per segment of Shared and App, never per layer. The App layer is the " +
			"exception: its index is the application's entry point.",
		Incorrect: []string{"// src/entities/index.ts\nexport * from './user'\nexport * from './post'"},
		Correct:   []string{"// src/entities/user/index.ts\nexport { UserCard } from './ui/UserCard'", "// src/app/index.tsx (the entry point)\ncreateRoot(el).render(<App />)"},
	},
	DefaultSeverity: rules.Error,
	Sonar:           sonarSmell("MODULAR", "MEDIUM", 10),
	Project: func(ctx *rules.ProjectContext) {
		for _, l := range structureLayers(ctx.Model) {
			if l.Name == fsd.LayerApp {
				continue
			}
			for _, idx := range l.Indexes {
				reportPath(ctx, "fsd/no-layer-public-api", idx, fmt.Sprintf("Layer %q should not have an index file", l.Name))
			}
		}
	},
}
