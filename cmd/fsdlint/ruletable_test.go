package main

import (
	"flag"
	"os"
	"strings"
	"testing"
)

var updateReadme = flag.Bool("update-readme", false, "rewrite README.md's rule table between the markers")

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
	if got != want && *updateReadme {
		text = text[:start+len(rulesStart)] + "\n" + want + "\n" + text[end:]
		if err := os.WriteFile("../../README.md", []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if got != want {
		t.Errorf("README.md's rule table is out of date; regenerate it with\n  go test ./cmd/fsdlint -run TestReadmeRuleTableIsCurrent -update-readme\n(or paste the output of go run ./cmd/fsdlint rules --markdown between the markers)")
	}
}
