package tsparse

import (
	"errors"
	"fmt"
)

// VerifySyntax is `--verify-syntax`: it runs esbuild on a file that tsparse has
// already parsed (tsparseErr is Parse's error, nil when it accepted) and
// describes their disagreement, or returns "" when both accept or both reject.
func VerifySyntax(path string, src []byte, tsparseErr error) string {
	es := EsbuildCheck(path, src)
	lines := NewLineTable(src)
	at := func(pos int32) string {
		l, c := lines.Position(pos)
		return fmt.Sprintf("%d:%d", l, c)
	}
	switch {
	case tsparseErr == nil && es != nil:
		return fmt.Sprintf("esbuild rejects the file at %s (%s) but tsparse accepts it", at(es.Pos), es.Message)
	case tsparseErr != nil && es == nil:
		var se *SyntaxError
		if errors.As(tsparseErr, &se) {
			return fmt.Sprintf("tsparse rejects the file at %s (%s) but esbuild accepts it", at(se.Pos), se.Message)
		}
		return fmt.Sprintf("tsparse rejects the file (%v) but esbuild accepts it", tsparseErr)
	}
	return ""
}

// FallbackFacts is what the engine uses for a file that tsparse rejected. When
// esbuild rejects it too, it returns esbuild's error (the parse-error finding
// carries its message and position). When esbuild accepts it, it returns the
// imports taken through esbuild (EsbuildImports) so that the file still counts
// for the project rules; the caller reports the parser mismatch. Exports and
// declarations are not known on this path.
func FallbackFacts(path string, src []byte) (*Facts, *SyntaxError) {
	if es := EsbuildCheck(path, src); es != nil {
		return nil, es
	}
	imports, err := EsbuildImports(path, src)
	if err != nil {
		// Transform accepted the file but the build did not: keep the
		// mismatch visible rather than inventing a position.
		return nil, &SyntaxError{Pos: 0, Message: err.Error()}
	}
	return &Facts{Imports: imports}, nil
}
