package tsparse

// Range is a half-open byte range [Start, End) into a file's source.
type Range struct {
	Start, End int32
}

// Len is the number of bytes the range covers.
func (r Range) Len() int32 { return r.End - r.Start }

// ImportKind says which syntax an import came from; the values are the ones
// `fsdlint facts` prints.
type ImportKind string

const (
	ImportStatic  ImportKind = "import"        // import … from "x", import "x"
	ImportExport  ImportKind = "export-from"   // export … from "x", export * from "x"
	ImportEquals  ImportKind = "import-equals" // import x = require("x")
	ImportDynamic ImportKind = "dynamic"       // import("x") with a string literal
	ImportRequire ImportKind = "require"       // require("x") with one string literal argument
)

// Import is one module reference of a file.
type Import struct {
	Specifier string
	Kind      ImportKind
	// TypeOnly: `import type`, `export type … from`, or every specifier marked `type`.
	TypeOnly bool
	// SpecifierRange covers the string literal, quotes included.
	SpecifierRange Range
	// StatementRange covers the whole import/export statement or call expression.
	StatementRange Range
	// Names are the imported or re-exported names as the exporting module spells
	// them ("default" for a default import, "*" for a namespace import or
	// `export *`). Empty for side-effect imports, dynamic imports and require.
	Names []ImportName
}

// ImportName is one specifier of an import or re-export clause.
type ImportName struct {
	Imported string // name in the exporting module
	Local    string // local binding (or exported alias for re-exports)
	TypeOnly bool
	Range    Range
}

// DeclarationKind is "interface" or "type".
type DeclarationKind string

const (
	DeclInterface DeclarationKind = "interface"
	DeclType      DeclarationKind = "type"
)

// Declaration is an interface or type alias declared anywhere in a file.
type Declaration struct {
	Kind      DeclarationKind
	Name      string
	NameRange Range
}

// Export is a name a module exports (for public-API fixes and rules).
type Export struct {
	Name     string // "default" for the default export
	TypeOnly bool
	Range    Range
}

// Facts is what survives of a file after pass 1: enough for the project-wide
// rules (imports, exports, declarations) without keeping the AST.
type Facts struct {
	Imports      []Import
	Exports      []Export
	Declarations []Declaration
	// ExportsAll lists the specifiers of `export * from` statements, in order.
	ExportsAll []string
}
