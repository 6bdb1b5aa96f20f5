package fsd

// NOTE(skeleton): the FSD-model work owns this file and fills it in; the
// Location fields are the contract the graph and the rules rely on.

// Location is where a file (or folder) sits in an FSD tree. Paths are absolute
// and slash-separated.
type Location struct {
	Root     string // the FSD root folder ("" when the file is under no FSD root)
	Layer    string // canonical layer: app, processes, pages, widgets, features, entities, shared ("" outside layers)
	LayerDir string // the folder's real name ("_app", "1_shared", a configured custom name)
	Slice    string // slice path below the layer, groups included ("user", "admin/users"); "" on unsliced layers
	Segment  string // first folder (or file stem) below the slice or unsliced layer: ui, model, api, lib…
	// PublicAPI: the file is a public API of its slice (or of a segment on unsliced layers):
	// index.*, index.client.*, index.server.*.
	PublicAPI bool
	// CrossImportFor names the slice B when the file is a cross-import API entities/A/@x/B.*.
	CrossImportFor string
}

// Model is the FSD reading of a tree: roots, layers, slices, segments, public APIs.
type Model struct{}
