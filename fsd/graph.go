package fsd

// NOTE(skeleton): the resolver/graph work owns this file.

// Graph is every import of every file, resolved, with both ends' FSD location.
type Graph struct{}
