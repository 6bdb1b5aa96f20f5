package fsdrules

import (
	"fmt"

	"github.com/fsdlint/fsdlint/fsd"
	"github.com/fsdlint/fsdlint/rules"
)

// NoSegmentsOnSlicedLayers: fsd/no-segments-on-sliced-layers.
var NoSegmentsOnSlicedLayers = &rules.Rule{
	Name:     "fsd/no-segments-on-sliced-layers",
	Category: rules.CategoryArchitecture,
	Summary:  "Forbid segment folders (ui, api, lib, model, config) directly in a sliced layer",
	Doc: rules.Doc{
		Description: "Pages, Widgets, Features and Entities are made of slices, and segments live inside slices. " +
			"A `features/ui/` folder is either code that belongs to no slice (so no business domain owns it) or a " +
			"slice whose name reads like a segment and confuses every reader and tool.",
		Incorrect: []string{"src/features/ui/LoginForm.tsx"},
		Correct:   []string{"src/features/auth/ui/LoginForm.tsx"},
	},
	DefaultSeverity: rules.Error,
	Sonar:           sonarSmell("CONVENTIONAL", "MEDIUM", 15),
	Project: func(ctx *rules.ProjectContext) {
		for _, l := range structureLayers(ctx.Model) {
			if !l.Sliced {
				continue
			}
			for _, d := range l.Dir.Dirs {
				if fsd.IsConventionalSegment(d.Name) {
					reportPath(ctx, "fsd/no-segments-on-sliced-layers", d.Path, fmt.Sprintf(
						"Conventional segment %q should not be a direct child of a sliced layer. Consider moving it inside a slice or, if that is a slice, consider a different name for it to avoid confusion with segments.", d.Name))
				}
			}
		}
	},
}
