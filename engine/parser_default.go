package engine

import (
	"errors"

	"github.com/fsdlint/fsdlint/tsparse"
)

// DefaultParser is tsparse with esbuild as the second opinion.
func DefaultParser() Parser {
	return Parser{
		Parse: func(path string, src []byte) (*tsparse.File, *SyntaxError) {
			f, err := tsparse.Parse(path, src)
			if err == nil {
				return f, nil
			}
			var se *tsparse.SyntaxError
			if errors.As(err, &se) {
				return nil, &SyntaxError{Pos: se.Pos, Message: se.Message}
			}
			return nil, &SyntaxError{Message: err.Error()}
		},
		Facts: tsparse.ExtractFacts,
		EsbuildCheck: func(path string, src []byte) *SyntaxError {
			if se := tsparse.EsbuildCheck(path, src); se != nil {
				return &SyntaxError{Pos: se.Pos, Message: se.Message}
			}
			return nil
		},
		EsbuildImports: tsparse.EsbuildImports,
		Scan:           tsparse.ScanFacts,
	}
}
