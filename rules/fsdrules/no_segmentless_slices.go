package fsdrules

import (
	"github.com/fsdlint/fsdlint/fsd"
	"github.com/fsdlint/fsdlint/rules"
)

// NoSegmentlessSlices: fsd/no-segmentless-slices.
var NoSegmentlessSlices = &rules.Rule{
	Name:     "fsd/no-segmentless-slices",
	Category: rules.CategoryArchitecture,
	Summary:  "Require every slice to be divided into segments",
	Doc: rules.Doc{
		Description: "A slice is made of segments (ui, api, model, lib, config, or custom ones named by purpose). " +
			"A folder on a sliced layer with neither segments nor slices inside is an undivided lump: readers " +
			"cannot tell UI from logic, and Steiger and other FSD tools do not even recognise it as a slice, so " +
			"its imports go unchecked by them. A slice group (a folder that only holds slices) is fine.",
		Incorrect: []string{"src/pages/about/About.tsx\nsrc/pages/about/about.css"},
		Correct:   []string{"src/pages/about/ui/About.tsx\nsrc/pages/about/index.ts", "src/features/admin/users/ui/List.tsx (admin is a slice group)"},
	},
	DefaultSeverity: rules.Error,
	Sonar:           sonarSmell("CONVENTIONAL", "MEDIUM", 20),
	Project: func(ctx *rules.ProjectContext) {
		for _, l := range structureLayers(ctx.Model) {
			if !l.Sliced {
				continue
			}
			// Steiger's walk: groups are descended into, every other folder
			// must be a slice.
			stack := append([]*fsd.Dir(nil), l.Dir.Dirs...)
			for len(stack) > 0 {
				d := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if isSliceGroupDir(d) {
					stack = append(stack, d.Dirs...)
				} else if !isSliceDir(d) {
					reportPath(ctx, "fsd/no-segmentless-slices", d.Path, "This slice has no segments. Consider dividing the code inside into segments.")
				}
			}
		}
	},
}

// isSliceDir: a child (file or folder) is named like a conventional segment.
func isSliceDir(d *fsd.Dir) bool {
	for _, c := range d.Dirs {
		if fsd.IsConventionalSegment(fsd.Stem(c.Name)) {
			return true
		}
	}
	for _, n := range d.FileNames() {
		if fsd.IsConventionalSegment(fsd.Stem(n)) {
			return true
		}
	}
	return false
}

// isSliceGroupDir: not a slice, and every child is a folder that is a slice,
// holds only files, or is a group itself.
func isSliceGroupDir(d *fsd.Dir) bool {
	if d.ChildCount() == 0 || len(d.Files) > 0 || isSliceDir(d) {
		return false
	}
	for _, c := range d.Dirs {
		if !(isSliceDir(c) || len(c.Dirs) == 0 || isSliceGroupDir(c)) {
			return false
		}
	}
	return true
}
