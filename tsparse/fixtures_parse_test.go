package tsparse

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestParseFixtures parses the realistic files in testdata/parse and checks
// their facts against expectations written by hand.
func TestParseFixtures(t *testing.T) {
	tests := []struct {
		file         string
		imports      []string // "kind specifier typeOnly line"
		declarations []string // "kind name line"
	}{
		{
			file: "component.tsx",
			imports: []string{
				"import react false 1", "import @/entities/user true 2", "import @/shared/ui false 3",
				"import ./Profile.module.css false 4", "dynamic ./ProfileDetails false 19",
			},
			declarations: []string{"interface ProfileProps 6", "type State 12"},
		},
		{
			file: "slice.ts",
			imports: []string{
				"import @reduxjs/toolkit false 1", "import @/app/store true 2", "export-from ./selectors false 4",
				"export-from ./thunks false 5", "dynamic ./config.json false 39",
			},
			declarations: []string{"interface CounterState 9", "type Pair 35"},
		},
		{
			file: "globals.d.ts",
			imports: []string{
				"import vite true 2", "import-equals fs false 3", "import ./config true 16",
			},
			declarations: []string{"interface Window 6", "type Maybe 7"},
		},
		{
			file: "legacy.js",
			imports: []string{
				"require path false 3", "require fs/promises false 4", "require ./lazy false 9",
			},
		},
	}
	for _, tt := range tests {
		src, err := os.ReadFile(filepath.Join("testdata", "parse", tt.file))
		if err != nil {
			t.Fatal(err)
		}
		f, err := Parse(tt.file, src)
		if err != nil {
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("%s: Parse returned %T, want *SyntaxError", tt.file, err)
			}
			line, col := NewLineTable(src).Position(se.Pos)
			t.Errorf("%s:%d:%d: %v", tt.file, line, col, err)
			continue
		}
		facts := ExtractFacts(f)
		lines := f.Lines()
		var imports, decls []string
		for _, im := range facts.Imports {
			imports = append(imports, fmt.Sprintf("%s %s %v %d", im.Kind, im.Specifier, im.TypeOnly, lines.Line(im.SpecifierRange.Start)))
		}
		for _, d := range facts.Declarations {
			decls = append(decls, fmt.Sprintf("%s %s %d", d.Kind, d.Name, lines.Line(d.NameRange.Start)))
		}
		if got, want := strings.Join(imports, "\n"), strings.Join(tt.imports, "\n"); got != want {
			t.Errorf("%s imports:\n got:\n%s\nwant:\n%s", tt.file, got, want)
		}
		if got, want := strings.Join(decls, "\n"), strings.Join(tt.declarations, "\n"); got != want {
			t.Errorf("%s declarations:\n got:\n%s\nwant:\n%s", tt.file, got, want)
		}
	}
}
