// Package fsdrules: FSD architecture rules (fsd/*), Steiger's names.
package fsdrules

import "github.com/fsdlint/fsdlint/rules"

// Rules are this package's rules, in the order the docs list them.
var Rules = []*rules.Rule{
	// imports
	ForbiddenImports,
	NoHigherLevelImports,
	NoCrossImports,
	NoPublicAPISidestep,
	ImportLocality,
	InsignificantSlice,
	// structure
	PublicAPI,
	NoLayerPublicAPI,
	NoSegmentlessSlices,
	NoSegmentsOnSlicedLayers,
	NoReservedFolderNames,
	NoUIInApp,
	NoProcesses,
	TypoInLayerName,
	SegmentsByPurpose,
	SharedLibGrouping,
	ExcessiveSlicing,
	AmbiguousSliceNames,
	InconsistentNaming,
	RepetitiveNaming,
}

// Every FSD rule reads the model; without one (no FSD root was found, or a
// caller that builds no model) there is nothing to check.
func init() {
	for _, r := range Rules {
		run := r.Project
		r.Project = func(ctx *rules.ProjectContext) {
			if ctx.Model != nil {
				run(ctx)
			}
		}
	}
}
