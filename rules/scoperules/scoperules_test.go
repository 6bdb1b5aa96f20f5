package scoperules

import (
	"path/filepath"
	"testing"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/rules/ruletest"
)

func TestFixtures(t *testing.T) {
	cases := []struct {
		rule    *rules.Rule
		fixture string
		fixed   bool
	}{
		{noUnusedVars, "no-unused-vars.ts", false},
		{preferConst, "prefer-const.ts", true},
		{noVar, "no-var.ts", false},
		{noParamReassign, "no-param-reassign.ts", false},
		{noShadow, "no-shadow.ts", false},
		{noUseBeforeDefine, "no-use-before-define.ts", false},
		{rulesOfHooks, "rules-of-hooks.tsx", false},
		{noConsole, "no-console.ts", false},
		{noMutableExports, "no-mutable-exports.ts", false},
		{noArrayIndexKey, "no-array-index-key.tsx", false},
		{jsxNoConstructedContextValues, "jsx-no-constructed-context-values.tsx", false},
	}
	for _, tc := range cases {
		t.Run(tc.rule.Name, func(t *testing.T) {
			path := filepath.Join("testdata", tc.fixture)
			findings := ruletest.Run(t, tc.rule, path, nil)
			if tc.fixed {
				ruletest.CheckFixes(t, path, findings)
			}
		})
	}
}

func TestRulesDescribeThemselves(t *testing.T) {
	for _, r := range Rules {
		if r.Summary == "" || r.Doc.Description == "" || len(r.Doc.Incorrect) == 0 || len(r.Doc.Correct) == 0 {
			t.Errorf("%s: missing summary, description or examples", r.Name)
		}
		if r.Sonar.Type == "" || len(r.Sonar.Impacts) == 0 {
			t.Errorf("%s: missing Sonar mapping", r.Name)
		}
	}
}

func TestExhaustiveDeps(t *testing.T) {
	ruletest.Run(t, exhaustiveDeps, filepath.Join("testdata", "exhaustive-deps.tsx"), nil)
}

func TestConsistentReturn(t *testing.T) {
	ruletest.Run(t, consistentReturn, filepath.Join("testdata", "consistent-return.ts"), nil)
}
