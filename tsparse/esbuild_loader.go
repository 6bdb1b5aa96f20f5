package tsparse

import (
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

// esbuildLoader picks esbuild's loader by extension, as tsparse picks its
// dialect: TypeScript for .ts/.mts/.cts and declaration files, TSX for .tsx,
// and JSX for every JavaScript extension because .js files may hold JSX.
func esbuildLoader(path string) api.Loader {
	lower := strings.ToLower(path)
	switch {
	case strings.HasSuffix(lower, ".tsx"):
		return api.LoaderTSX
	case strings.HasSuffix(lower, ".js"), strings.HasSuffix(lower, ".jsx"),
		strings.HasSuffix(lower, ".mjs"), strings.HasSuffix(lower, ".cjs"):
		return api.LoaderJSX
	}
	return api.LoaderTS
}

// esbuildOffset converts an esbuild location (1-based line, 0-based column in
// UTF-8 bytes) to a byte offset into src, clamped to the line.
func esbuildOffset(lines *LineTable, src []byte, loc *api.Location) int32 {
	if loc == nil || loc.Line < 1 {
		return 0
	}
	if loc.Line > lines.Lines() {
		return int32(len(src))
	}
	off := lines.LineStart(loc.Line) + int32(loc.Column)
	if end := lines.LineEnd(loc.Line); off > end {
		off = end
	}
	return off
}
