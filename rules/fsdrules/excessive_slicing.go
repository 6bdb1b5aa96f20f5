package fsdrules

import (
	"fmt"

	"github.com/fsdlint/fsdlint/fsd"
	"github.com/fsdlint/fsdlint/rules"
)

const excessiveSlicingThreshold = 20

// ExcessiveSlicing: fsd/excessive-slicing.
var ExcessiveSlicing = &rules.Rule{
	Name:     "fsd/excessive-slicing",
	Category: rules.CategoryArchitecture,
	Summary:  "Suggest grouping or merging when a layer or slice group has more than 20 slices",
	Doc: rules.Doc{
		Description: "FSD 2.1 is \"pages first\": start with pages and move code down only when it is reused. " +
			"A layer with dozens of flat slices is hard to navigate and usually holds code that serves a single " +
			"page. Group related slices into slice groups, or move code to the layer where it is used.",
		Incorrect: []string{"src/features/ with 21 or more ungrouped slices"},
		Correct:   []string{"src/features/auth/{login,logout,register}/, src/features/cart/{add,remove}/"},
		Options:   "`{\"threshold\": 20}`: the most slices one layer (ungrouped) or one slice group may have.",
	},
	DefaultSeverity: rules.Warn,
	Sonar:           sonarSmell("MODULAR", "LOW", 60),
	Options:         thresholdSpec(excessiveSlicingThreshold),
	Project: func(ctx *rules.ProjectContext) {
		for _, l := range structureLayers(ctx.Model) {
			if !l.Sliced {
				continue
			}
			groups, order := slicesByGroup(realSlices(l))
			for _, g := range order {
				n := len(groups[g])
				path := l.Dir.Path
				if g != "" {
					path += "/" + g
				}
				limit := thresholdFor(ctx, path, excessiveSlicingThreshold)
				if n <= limit {
					continue
				}
				if g == "" {
					reportPath(ctx, "fsd/excessive-slicing", path, fmt.Sprintf("Layer %q has %d ungrouped slices, which is above the recommended threshold of %d. Consider grouping them or moving the code inside to the layer where it's used.", l.Name, n, limit))
				} else {
					reportPath(ctx, "fsd/excessive-slicing", path, fmt.Sprintf("Slice group %q has %d slices, which is above the recommended threshold of %d. Consider grouping them or moving the code inside to the layer where it's used.", g, n, limit))
				}
			}
		}
	},
}

// slicesByGroup maps group path ("" for ungrouped) → slice names, and the
// groups in first-seen order.
func slicesByGroup(slices []*fsd.Slice) (map[string][]string, []string) {
	groups := map[string][]string{}
	var order []string
	for _, s := range slices {
		g, name := s.Group()
		if _, ok := groups[g]; !ok {
			order = append(order, g)
		}
		groups[g] = append(groups[g], name)
	}
	return groups, order
}
