package fsd

import "strings"

// Canonical layer names, as the FSD docs and Steiger spell them.
const (
	LayerShared    = "shared"
	LayerEntities  = "entities"
	LayerFeatures  = "features"
	LayerWidgets   = "widgets"
	LayerPages     = "pages"
	LayerProcesses = "processes" // deprecated by FSD 2.1, still a layer here (Steiger ignores it)
	LayerApp       = "app"
)

// LayerOrder lists the layers from lowest to highest: a layer may import only
// the layers before it.
var LayerOrder = []string{LayerShared, LayerEntities, LayerFeatures, LayerWidgets, LayerPages, LayerProcesses, LayerApp}

// ConventionalSegments are the segment names that make a folder a slice
// (Steiger's `conventionalSegmentNames`).
var ConventionalSegments = []string{"ui", "api", "lib", "model", "config"}

// CrossImportToken is the folder name of cross-import public APIs (`entities/A/@x/B`).
const CrossImportToken = "@x"

// LayerRank is the layer's position in LayerOrder, or -1 for an unknown name.
func LayerRank(layer string) int {
	for i, l := range LayerOrder {
		if l == layer {
			return i
		}
	}
	return -1
}

// IsSlicedLayer says whether a canonical layer is made of slices. Shared and
// App are made of segments directly.
func IsSlicedLayer(layer string) bool {
	return layer != "" && layer != LayerShared && layer != LayerApp
}

// IsConventionalSegment says whether name is one of ui, api, lib, model, config.
func IsConventionalSegment(name string) bool {
	for _, s := range ConventionalSegments {
		if s == name {
			return true
		}
	}
	return false
}

// SplitLayerPrefix splits the `_` or `N_` prefix off a folder name (`_app`,
// `1_shared`), the way Steiger's `/^([0-9]_|_)/` does.
func SplitLayerPrefix(name string) (prefix, rest string) {
	if strings.HasPrefix(name, "_") {
		return "_", name[1:]
	}
	if len(name) >= 2 && name[0] >= '0' && name[0] <= '9' && name[1] == '_' {
		return name[:2], name[2:]
	}
	return "", name
}

// IsIndexName says whether a file name is a public-API index: its first
// dot-separated part is `index` (index.ts, index.client.tsx, index.server.js).
func IsIndexName(fileName string) bool {
	first, _, _ := strings.Cut(Stem(fileName), ".")
	return first == "index"
}

// Stem is a file name without its last extension, as Node's path.parse(name).name:
// "ui.tsx" → "ui", "index.client.ts" → "index.client", ".eslintrc" → ".eslintrc".
func Stem(fileName string) string {
	if i := strings.LastIndexByte(fileName, '.'); i > 0 {
		return fileName[:i]
	}
	return fileName
}
