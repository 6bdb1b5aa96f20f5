package tsparse

import (
	"strings"
	"testing"
)

// knownDisagreement is a listed, explained difference between tsparse and a
// peer. Each one is pinned: the differential tests fail when a listed
// disagreement stops happening, so the list never goes stale.
type knownDisagreement struct {
	Path   string // as in disagreement.Path
	Kind   string
	Reason string
	// ParserBug marks a tsparse bug that was not fixed in time (not a
	// deliberate difference); see tsparse/testdata/DISAGREEMENTS.md.
	ParserBug bool
}

var knownDisagreements = []knownDisagreement{
	{
		Path: "testdata/syntax/invalid/arrow-newline.js", Kind: tsAccepts,
		Reason: "the ECMAScript grammar forbids a line break before `=>` ([no LineTerminator here]); " +
			"TypeScript's parser accepts it and reports it only from the checker's grammar checks; esbuild rejects it",
	},
}

// checkDisagreements fails the test for every disagreement that is not listed,
// and for every listed one (whose path was compared) that did not occur.
func checkDisagreements(t *testing.T, compared map[string]bool, found []disagreement) {
	t.Helper()
	listed := func(d disagreement) bool {
		for _, k := range knownDisagreements {
			if k.Path == d.Path && k.Kind == d.Kind {
				return true
			}
		}
		return false
	}
	occurred := map[string]bool{}
	for _, d := range found {
		occurred[d.Path+"\x00"+d.Kind] = true
		if !listed(d) {
			t.Errorf("%s", d)
		}
	}
	for _, k := range knownDisagreements {
		if compared[k.Path] && !occurred[k.Path+"\x00"+k.Kind] {
			t.Errorf("%s: listed disagreement %q no longer occurs; remove it from knownDisagreements", k.Path, k.Kind)
		}
	}
}

func TestKnownDisagreementsAreExplained(t *testing.T) {
	kinds := map[string]bool{tsRejects: true, tsAccepts: true, esbuildRejects: true, esbuildAccepts: true, factsImports: true, factsDecls: true}
	for _, k := range knownDisagreements {
		if !kinds[k.Kind] || strings.TrimSpace(k.Reason) == "" || k.Path == "" {
			t.Errorf("exception %+v needs a path, a known kind and a reason", k)
		}
	}
}
