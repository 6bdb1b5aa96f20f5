package scoperules

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/fsdlint/fsdlint/rules/ruletest"
)

func TestFunctionComponentDefinition(t *testing.T) {
	ruletest.Run(t, functionComponentDefinition, filepath.Join("testdata", "function-component-definition.tsx"), nil)
}

func TestFunctionComponentDefinitionOptions(t *testing.T) {
	cases := []struct {
		in      string
		named   []string
		unnamed []string
		bad     bool
	}{
		{`{"namedComponents":"arrow-function"}`, []string{"arrow-function"}, []string{"function-expression"}, false},
		{`{"namedComponents":["function-declaration","function-expression"],"unnamedComponents":"arrow-function"}`,
			[]string{"function-declaration", "function-expression"}, []string{"arrow-function"}, false},
		{`{}`, []string{"function-declaration"}, []string{"function-expression"}, false},
		{`{"unnamedComponents":"function-declaration"}`, nil, nil, true},
		{`{"namedComponents":3}`, nil, nil, true},
	}
	for _, tc := range cases {
		got, err := parseComponentDefinitionOptions([]json.RawMessage{json.RawMessage(tc.in)})
		if tc.bad {
			if err == nil {
				t.Errorf("%s: expected an error", tc.in)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tc.in, err)
			continue
		}
		o := got.(componentDefinitionOptions)
		if !equalStrings(o.Named, tc.named) || !equalStrings(o.Unnamed, tc.unnamed) {
			t.Errorf("%s: got %v %v", tc.in, o.Named, o.Unnamed)
		}
	}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestNoUnstableNestedComponents(t *testing.T) {
	ruletest.Run(t, noUnstableNestedComponents, filepath.Join("testdata", "no-unstable-nested-components.tsx"), nil)
}

func TestPropNamePattern(t *testing.T) {
	cases := []struct {
		name, pattern string
		want          bool
	}{
		{"renderFooter", "render*", true},
		{"render", "render*", true},
		{"footer", "render*", false},
		{"onRender", "render*", false},
		{"rowFn", "*Fn", true},
		{"a1", "a?", true},
		{"", "*", false},
	}
	for _, tc := range cases {
		if got := matchesPropPattern(tc.name, tc.pattern); got != tc.want {
			t.Errorf("%q ~ %q = %v", tc.name, tc.pattern, got)
		}
	}
}
