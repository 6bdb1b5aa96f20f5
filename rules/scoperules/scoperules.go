// Package scoperules: Airbnb rules that need scopes and bindings (no-unused-vars,
// prefer-const, no-shadow, react-hooks/…), under their ESLint names, with
// Airbnb's options (and the @typescript-eslint semantics where Airbnb's
// TypeScript config swaps the rule) as defaults.
package scoperules

import (
	"encoding/json"
	"fmt"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

// Rules are this package's rules, in the order the docs list them.
var Rules = []*rules.Rule{
	noUnusedVars,
	preferConst,
	noVar,
	noParamReassign,
	noShadow,
	noUseBeforeDefine,
	rulesOfHooks,
	exhaustiveDeps,
	noConsole,
	noMutableExports,
	noArrayIndexKey,
	jsxNoConstructedContextValues,
	consistentReturn,
	functionComponentDefinition,
	noUnstableNestedComponents,
}

// AirbnbPreset is this package's share of the "fsdlint:airbnb" preset: the
// severity eslint-config-airbnb (+ airbnb-typescript, + airbnb/hooks) gives
// each rule. Options are not listed: each rule's defaults are Airbnb's.
var AirbnbPreset = map[string]rules.Severity{
	"no-unused-vars":                          rules.Error,
	"prefer-const":                            rules.Error,
	"no-var":                                  rules.Error,
	"no-param-reassign":                       rules.Error,
	"no-shadow":                               rules.Error,
	"no-use-before-define":                    rules.Error,
	"react-hooks/rules-of-hooks":              rules.Error,
	"react-hooks/exhaustive-deps":             rules.Error,
	"no-console":                              rules.Warn,
	"import/no-mutable-exports":               rules.Error,
	"react/no-array-index-key":                rules.Error,
	"react/jsx-no-constructed-context-values": rules.Error,
	"consistent-return":                       rules.Error,
	"react/function-component-definition":     rules.Error,
	"react/no-unstable-nested-components":     rules.Error,
}

// Sonar mappings by kind of finding.
var (
	sonarSmell = rules.Sonar{Type: "CODE_SMELL", Severity: "MINOR", CleanCodeAttribute: "CLEAR",
		Impacts: []rules.Impact{{SoftwareQuality: "MAINTAINABILITY", Severity: "LOW"}}, EffortMinutes: 2}
	sonarConventional = rules.Sonar{Type: "CODE_SMELL", Severity: "MINOR", CleanCodeAttribute: "CONVENTIONAL",
		Impacts: []rules.Impact{{SoftwareQuality: "MAINTAINABILITY", Severity: "LOW"}}, EffortMinutes: 1}
	sonarBug = rules.Sonar{Type: "BUG", Severity: "MAJOR", CleanCodeAttribute: "LOGICAL",
		Impacts: []rules.Impact{{SoftwareQuality: "RELIABILITY", Severity: "MEDIUM"}}, EffortMinutes: 10}
)

// objectOption parses ESLint's single-object option into a copy of def.
func objectOption[T any](def func() T) *rules.OptionsSpec {
	return &rules.OptionsSpec{
		Default: func() any { return def() },
		Parse: func(args []json.RawMessage) (any, error) {
			o := def()
			if len(args) > 1 {
				return nil, fmt.Errorf("expected at most 1 option, got %d", len(args))
			}
			if len(args) == 1 {
				if err := json.Unmarshal(args[0], &o); err != nil {
					return nil, fmt.Errorf("option 1: %w", err)
				}
			}
			return o, nil
		},
	}
}

// options returns the rule's options or def when the engine passed none.
func options[T any](c *rules.FileContext, def func() T) T {
	if o, ok := c.Options.(T); ok {
		return o
	}
	return def()
}

// isDeclarationFile: .d.ts files declare, they do not use.
func isDeclarationFile(f *tsparse.File) bool {
	p := f.Path
	for _, suf := range []string{".d.ts", ".d.mts", ".d.cts"} {
		if len(p) >= len(suf) && p[len(p)-len(suf):] == suf {
			return true
		}
	}
	return false
}

// inside reports whether r lies within outer.
func inside(r, outer tsparse.Range) bool { return r.Start >= outer.Start && r.End <= outer.End }
