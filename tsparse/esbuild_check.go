package tsparse

import (
	"fmt"

	"github.com/evanw/esbuild/pkg/api"
)

// experimentalDecoratorSettings are the settings a file is tried with:
// parameter decorators parse only with experimentalDecorators, and a few
// standard decorator forms only without it. TypeScript's parser takes both, so
// a file is accepted when either setting accepts it.
var experimentalDecoratorSettings = []bool{true, false}

// esbuildTsconfig is the tsconfig.json text handed to esbuild. verbatim keeps
// imports whose bindings are only used as types.
func esbuildTsconfig(experimentalDecorators, verbatim bool) string {
	return fmt.Sprintf(`{"compilerOptions":{"experimentalDecorators":%t,"verbatimModuleSyntax":%t}}`,
		experimentalDecorators, verbatim)
}

// EsbuildCheck parses src with esbuild's api.Transform (loader by extension)
// and returns nil when esbuild accepts it, else esbuild's first error with its
// byte offset into src.
func EsbuildCheck(path string, src []byte) *SyntaxError {
	var first *SyntaxError
	for _, experimental := range experimentalDecoratorSettings {
		result := api.Transform(string(src), api.TransformOptions{
			Loader:      esbuildLoader(path),
			Sourcefile:  path,
			TsconfigRaw: esbuildTsconfig(experimental, false),
			LogLevel:    api.LogLevelSilent,
			// The output is thrown away; indented printing of deeply nested
			// blocks is quadratic (100,000 nested blocks took minutes).
			MinifyWhitespace: true,
		})
		if len(result.Errors) == 0 {
			return nil
		}
		if first == nil {
			m := result.Errors[0]
			first = &SyntaxError{Pos: esbuildOffset(NewLineTable(src), src, m.Location), Message: m.Text}
		}
	}
	return first
}
