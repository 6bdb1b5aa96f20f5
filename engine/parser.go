package engine

import "github.com/fsdlint/fsdlint/tsparse"

// SyntaxError is a parse failure at a byte offset of the file.
type SyntaxError struct {
	Pos     int32
	Message string
}

// Parser is how the engine reads syntax. DefaultParser wires it to tsparse and
// its esbuild bridge; tests replace parts (e.g. to force the esbuild fallback).
type Parser struct {
	// Parse parses one file; a nil File with a SyntaxError means it was rejected.
	Parse func(path string, src []byte) (*tsparse.File, *SyntaxError)
	// Facts extracts what pass 2 needs from a parsed file.
	Facts func(*tsparse.File) *tsparse.Facts
	// EsbuildCheck returns nil when esbuild accepts the file. May be nil (no second opinion).
	EsbuildCheck func(path string, src []byte) *SyntaxError
	// EsbuildImports takes a file's imports through esbuild (used when only esbuild accepts it).
	EsbuildImports func(path string, src []byte) ([]tsparse.Import, error)
	// Scan reads a file's facts and comments without a syntax tree, for files
	// no enabled rule needs the tree of; ok=false sends the file to Parse.
	// May be nil (every file is parsed).
	Scan func(path string, src []byte) (facts *tsparse.Facts, comments []tsparse.Comment, ok bool)
}
