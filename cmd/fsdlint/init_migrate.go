package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/fsdlint/fsdlint/initcfg"
)

// initConfig is the config `fsdlint init` writes for dir: what initcfg
// detects and migrates (FSD roots, tsconfig paths, Steiger/ESLint settings),
// or the starter config when there is nothing to tailor it to or the folder
// cannot be looked at; and what to tell the user about it.
func initConfig(dir string) (text string, report []string) {
	plan, err := initcfg.Detect(dir, allRules())
	if err != nil {
		return starterConfig, []string{fmt.Sprintf("could not look at %s (%v); wrote the starter config", dir, err)}
	}
	if len(plan.Roots) == 0 && len(plan.Sources) == 0 && len(plan.Paths) == 0 {
		return starterConfig, nil // nothing found to tailor it to (an empty folder)
	}
	if len(plan.Roots) > 0 {
		report = append(report, "FSD roots detected: "+strings.Join(plan.Roots, ", "))
	}
	if len(plan.Sources) > 0 {
		report = append(report, fmt.Sprintf("migrated from %s: %d rule settings, %d overrides, %d ignores",
			strings.Join(plan.Sources, ", "), len(plan.Rules), len(plan.Overrides), len(plan.Ignores)))
	}
	for _, n := range plan.Notes {
		report = append(report, "not migrated: "+n)
	}
	return initcfg.Render(plan), report
}

func printInitReport(w io.Writer, report []string) error {
	for _, line := range report {
		if _, err := fmt.Fprintf(w, "  %s\n", line); err != nil {
			return err
		}
	}
	return nil
}
