package fsdrules

import (
	"testing"

	"github.com/fsdlint/fsdlint/fsd"
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

// factsOf extracts a file's facts as the engine does: tsparse, with esbuild's
// imports when tsparse rejects the file.
func factsOf(path string, src []byte) *tsparse.Facts {
	if f, err := tsparse.Parse(path, src); err == nil {
		return tsparse.ExtractFacts(f)
	}
	imports, err := tsparse.EsbuildImports(path, src)
	if err != nil {
		return &tsparse.Facts{}
	}
	return &tsparse.Facts{Imports: imports}
}

// buildGraph builds the import graph of a fixture with the real resolver
// (the case's tsconfig.json).
func buildGraph(t testing.TB, fx *fixture, files []*rules.ProjectFile, m *fsd.Model) *fsd.Graph {
	gf := make([]fsd.GraphFile, len(files))
	for i, f := range files {
		gf[i] = fsd.GraphFile{Path: f.Path, Facts: f.Facts}
	}
	return fsd.BuildGraph(gf, m, fsd.NewResolver(fsd.ResolverOptions{}))
}
