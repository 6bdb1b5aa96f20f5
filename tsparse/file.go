package tsparse

import "sync"

// NOTE(skeleton): the parser work owns this file and may add fields; the fields
// below are the contract the rest of fsdlint relies on.

// File is a parsed source file. Its AST (see ast.go) refers to Src by byte offsets.
type File struct {
	Path     string // as given to Parse; the extension picks the dialect
	Src      []byte
	Comments []Comment // every comment, in source order
	Body     []Stmt    // top-level statements (see ast.go)
	Hashbang Range     // `#!…` first line, zero when absent
	lines    *LineTable
	scopes   *Scopes
	flatTree *flatTree
	memoMu   sync.Mutex
	memo     []fileMemo
}

type fileMemo struct{ key, value any }

// Comment is one `//` or `/* */` comment; its text is Src[Range.Start:Range.End].
type Comment struct {
	Range Range
	Block bool // /* … */
}

// Lines returns the file's line table, built on first use.
func (f *File) Lines() *LineTable {
	if f.lines == nil {
		f.lines = NewLineTable(f.Src)
	}
	return f.lines
}

// Scopes returns the file's scope/binding analysis, built on first use and
// shared by every rule that needs it (rules of one file run on one goroutine).
func (f *File) Scopes() *Scopes {
	if f.scopes == nil {
		f.scopes = BuildScopes(f)
	}
	return f.scopes
}

// Memo returns the value stored under key for this file, building it on
// first use: work several rules share (an import list, resolved paths) is
// done once per file and dropped with the file. Keys are compared with ==;
// use an unexported type per use. Safe for concurrent use.
func (f *File) Memo(key any, build func() any) any {
	f.memoMu.Lock()
	defer f.memoMu.Unlock()
	for _, e := range f.memo {
		if e.key == key {
			return e.value
		}
	}
	v := build()
	f.memo = append(f.memo, fileMemo{key, v})
	return v
}
