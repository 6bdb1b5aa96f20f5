package fsd

// NOTE(skeleton): the FSD-model work owns this file.

// Model is the FSD reading of a tree: roots, layers, slices, segments, public APIs.
type Model struct{}
