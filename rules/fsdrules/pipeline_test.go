package fsdrules

import (
	"testing"

	"github.com/fsdlint/fsdlint/fsd"
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

// factsOf extracts a file's facts; nil until tsparse's parser is wired in.
func factsOf(path string, src []byte) *tsparse.Facts { return nil }

// buildGraph builds the import graph of a fixture; nil until fsd.BuildGraph lands.
func buildGraph(t testing.TB, fx *fixture, files []*rules.ProjectFile, m *fsd.Model) *fsd.Graph {
	return nil
}
