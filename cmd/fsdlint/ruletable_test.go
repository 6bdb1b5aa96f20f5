package main

import (
	"os"
	"strings"
	"testing"
)

const (
	rulesStart = "<!-- rules:start -->"
	rulesEnd   = "<!-- rules:end -->"
)

// The README's rule table is generated: `go run ./cmd/fsdlint rules --markdown`
// prints it, and this test fails when the README between the markers differs.
// It skips only while the README has no markers yet.
func TestReadmeRuleTableIsCurrent(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(readme)
	start := strings.Index(text, rulesStart)
	end := strings.Index(text, rulesEnd)
	if start < 0 && end < 0 {
		t.Skip("README.md has no " + rulesStart + " … " + rulesEnd + " markers yet")
	}
	if start < 0 || end < start {
		t.Fatalf("README.md: %s and %s must both be present, in that order", rulesStart, rulesEnd)
	}
	got := strings.TrimSpace(text[start+len(rulesStart) : end])
	want := strings.TrimSpace(ruleTableMarkdown(allRules()))
	if got != want {
		t.Errorf("README.md's rule table is out of date; replace the lines between the markers with the output of\n  go run ./cmd/fsdlint rules --markdown")
	}
}
