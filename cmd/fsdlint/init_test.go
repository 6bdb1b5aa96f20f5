package main

import (
	"testing"

	"github.com/fsdlint/fsdlint/config"
)

// The starter config must be a valid config for the rules that exist.
func TestStarterConfigIsValid(t *testing.T) {
	c, err := config.Parse(".fsdlintrc.json", "/p/.fsdlintrc.json", []byte(starterConfig), allRules())
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Ignores) != 1 || c.Extends[0] != config.PresetRecommended {
		t.Errorf("unexpected starter config: %+v", c)
	}
}
