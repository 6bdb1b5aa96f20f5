package fsdrules

import (
	"fmt"
	"strings"

	"github.com/fsdlint/fsdlint/fsd"
	"github.com/fsdlint/fsdlint/rules"
)

// AmbiguousSliceNames: fsd/ambiguous-slice-names.
var AmbiguousSliceNames = &rules.Rule{
	Name:     "fsd/ambiguous-slice-names",
	Category: rules.CategoryArchitecture,
	Summary:  "Forbid slice and group names equal to a segment name of shared",
	Doc: rules.Doc{
		Description: "With `shared/router` and `features/router` both present, `router` means two things and " +
			"readers (and reviewers of import paths) cannot tell the library from the business feature. Rename " +
			"the slice by its business purpose, or the shared segment by its technical one.",
		Incorrect: []string{"src/shared/i18n/index.ts\nsrc/features/i18n/ui/LanguageSwitcher.tsx"},
		Correct:   []string{"src/shared/i18n/index.ts\nsrc/features/switch-language/ui/LanguageSwitcher.tsx"},
	},
	DefaultSeverity: rules.Warn,
	Sonar:           sonarSmell("CLEAR", "LOW", 15),
	Project: func(ctx *rules.ProjectContext) {
		for _, r := range ctx.Model.Roots() {
			shared := r.Layer(fsd.LayerShared)
			if shared == nil {
				continue
			}
			for _, l := range r.Layers {
				if !l.Sliced || l.Name == fsd.LayerProcesses {
					continue
				}
				for _, s := range realSlices(l) {
					checkAmbiguousSlice(ctx, shared, l, s)
				}
			}
		}
	},
}

func checkAmbiguousSlice(ctx *rules.ProjectContext, shared *fsd.Layer, l *fsd.Layer, s *fsd.Slice) {
	parts := strings.Split(s.Name, "/")
	// The first shared segment (in shared's order) that is a part of the slice path.
	for _, seg := range shared.Segments {
		at := -1
		for i, p := range parts {
			if p == seg.Name {
				at = i
				break
			}
		}
		if at < 0 {
			continue
		}
		switch {
		case seg.Name == s.Name:
			reportPath(ctx, "fsd/ambiguous-slice-names", s.Dir.Path, fmt.Sprintf("Slice %q could be confused with a segment from Shared with the same name", s.Name))
		case at == len(parts)-1:
			reportPath(ctx, "fsd/ambiguous-slice-names", s.Dir.Path, fmt.Sprintf("Slice %q could be confused with a segment %q from Shared", s.Name, seg.Name))
		default:
			group := strings.Join(parts[:at+1], "/")
			reportPath(ctx, "fsd/ambiguous-slice-names", l.Dir.Path+"/"+group, fmt.Sprintf("Slice group %q could be confused with a segment %q from Shared", group, seg.Name))
		}
		return
	}
}
