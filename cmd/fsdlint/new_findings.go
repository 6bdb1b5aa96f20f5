package main

import (
	"fmt"

	"github.com/fsdlint/fsdlint/baseline"
	"github.com/fsdlint/fsdlint/engine"
	"github.com/spf13/cobra"
)

// The baseline flags of `fsdlint check`: report only what is new, against a
// baseline file or against a git revision. Registered as a check hook; the
// file name sorts after other hooks' so it filters their final result.
func init() {
	checkHooks = append(checkHooks, checkHook{Flags: baselineFlags, After: applyBaseline})
}

func baselineFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.String("baseline", "", "report only findings not in this baseline file")
	f.String("write-baseline", "", "write every current finding to this baseline file (the run then reports none of them)")
	f.String("new-from-rev", "", "report only findings on lines changed since this git revision (e.g. origin/main)")
}

func applyBaseline(cmd *cobra.Command, _ engine.Options, res *engine.Result) (*engine.Result, error) {
	f := cmd.Flags()
	baseFile, _ := f.GetString("baseline")
	writeFile, _ := f.GetString("write-baseline")
	rev, _ := f.GetString("new-from-rev")
	if writeFile != "" {
		if err := baseline.Write(writeFile, res.Findings, res.Sources); err != nil {
			return nil, usageErr("--write-baseline: %v", err)
		}
		fmt.Fprintf(cmd.ErrOrStderr(), "fsdlint: wrote %d finding(s) to the baseline %s\n", len(res.Findings), writeFile)
		res.Findings = nil
		return res, nil
	}
	if rev != "" {
		ch, err := baseline.ChangedSince(res.Cwd, rev)
		if err != nil {
			return nil, usageErr("--new-from-rev: %v", err)
		}
		res.Findings = baseline.KeepChanged(res.Findings, ch, res.Cwd)
	}
	if baseFile != "" {
		b, err := baseline.Read(baseFile)
		if err != nil {
			return nil, usageErr("--baseline: %v", err)
		}
		res.Findings = baseline.Filter(res.Findings, res.Sources, b)
	}
	return res, nil
}
