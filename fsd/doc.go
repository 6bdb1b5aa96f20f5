// Package fsd knows where a file sits in a Feature-Sliced Design tree (roots,
// layers, slices, segments, public APIs), resolves import specifiers to files
// the way TypeScript does, and builds the import graph the project rules read.
// It imports nothing else of fsdlint but tsparse's facts.
package fsd
