package fsdrules

import (
	"fmt"
	"sort"

	"github.com/fsdlint/fsdlint/fsd"
	"github.com/fsdlint/fsdlint/rules"
)

const typoMaxDistance = 3

// TypoInLayerName: fsd/typo-in-layer-name.
var TypoInLayerName = &rules.Rule{
	Name:     "fsd/typo-in-layer-name",
	Category: rules.CategoryArchitecture,
	Summary:  "Flag root folders whose names are close to a layer name but not one",
	Doc: rules.Doc{
		Description: "A folder called `feautres` or `entites` is not a layer, so none of the FSD rules check it " +
			"and its imports are never verified. Folders within edit distance 3 of a layer name that is not " +
			"present yet are reported. Prefixed layers (`_app`, `_pages`, `1_shared`), which the FSD docs " +
			"recommend for Next.js, are layers and not typos (Steiger 0.6 reports them), and configured custom " +
			"layer names count as layers.",
		Incorrect: []string{"src/feautres/auth/ui/Login.tsx"},
		Correct:   []string{"src/features/auth/ui/Login.tsx", "src/_pages/home/ui/Home.tsx"},
	},
	DefaultSeverity: rules.Error,
	Sonar:           sonarSmell("CONVENTIONAL", "HIGH", 5),
	Project: func(ctx *rules.ProjectContext) {
		for _, r := range ctx.Model.Roots() {
			checkLayerTypos(ctx, ctx.Model, r)
		}
	},
}

func checkLayerTypos(ctx *rules.ProjectContext, m *fsd.Model, r *fsd.Root) {
	type suggestion struct {
		dir      *fsd.Dir
		layer    string
		distance int
	}
	used := map[string]bool{}
	for _, l := range r.Layers {
		used[m.LayerFolderName(l.Name)] = true
	}
	var list []suggestion
	for _, d := range r.Dir.Dirs {
		if isLayerDir(r, d) {
			continue
		}
		if _, rest := fsd.SplitLayerPrefix(d.Name); rest == fsd.LayerProcesses {
			continue // deprecated, reported by fsd/no-processes
		}
		for _, layer := range fsd.LayerOrder {
			if layer == fsd.LayerProcesses {
				continue
			}
			// A canonical name renamed away in the config (dist 0) is no typo.
			if dist := levenshtein(d.Name, m.LayerFolderName(layer)); dist > 0 && dist <= typoMaxDistance {
				list = append(list, suggestion{d, m.LayerFolderName(layer), dist})
			}
		}
	}
	sort.SliceStable(list, func(i, j int) bool { return list[i].distance < list[j].distance })
	done := map[*fsd.Dir]bool{}
	for _, s := range list {
		if done[s.dir] || used[s.layer] {
			continue
		}
		done[s.dir] = true
		used[s.layer] = true
		reportPath(ctx, "fsd/typo-in-layer-name", s.dir.Path, fmt.Sprintf("Layer %q potentially contains a typo. Did you mean %q?", s.dir.Name, s.layer))
	}
}

// isLayerDir: d is a layer folder of r (prefixed or custom names included),
// or a second folder for a present layer (`pages` next to `_pages`).
func isLayerDir(r *fsd.Root, d *fsd.Dir) bool {
	for _, l := range r.Layers {
		if l.Dir == d {
			return true
		}
		_, a := fsd.SplitLayerPrefix(l.Dir.Name)
		_, b := fsd.SplitLayerPrefix(d.Name)
		if a == b {
			return true
		}
	}
	return false
}

// levenshtein is the edit distance between a and b (bytes; folder names are ASCII in practice).
func levenshtein(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
