package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/fsdlint/fsdlint/compare"
	"github.com/fsdlint/fsdlint/rules"
	"github.com/spf13/cobra"
)

type compareFlags struct {
	format     string
	output     string
	beforeRoot string
	afterRoot  string
	failOnNew  bool
	color      string
	maxList    int
}

func newCompareCmd(stdout io.Writer) *cobra.Command {
	var fl compareFlags
	cmd := &cobra.Command{
		Use:   "compare BEFORE AFTER",
		Short: "Show what changed between two reports (new, fixed, totals per severity, rule, layer, quality)",
		Long: `Compare two reports of the same code base: fsdlint json reports
(--format json), SonarQube generic issue reports (--format sonar, either shape)
or SARIF logs (--format sarif).

Findings are tracked as SonarQube tracks issues: same rule, file, message and
line content, so code that moved is not counted as new. fsdlint json reports
carry line hashes; for reports without them, --before-root/--after-root point
at the checked-out trees so the lines can be read.

Exit codes: 0, or 1 with --fail-on-new when findings were added; 2 on bad
input.`,
		Example: `  fsdlint compare before.json after.json
  fsdlint compare main.json pr.json --format markdown -o comment.md --fail-on-new
  fsdlint compare old.sonar.json new.sonar.json --format html -o compare.html \
    --before-root ../main-checkout --after-root .`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCompare(fl, args[0], args[1], stdout)
		},
	}
	f := cmd.Flags()
	f.StringVar(&fl.format, "format", "pretty", "output format: "+strings.Join(compare.Formats, ", "))
	f.StringVarP(&fl.output, "output", "o", "", "write to this file instead of stdout")
	f.StringVar(&fl.beforeRoot, "before-root", "", "folder BEFORE's paths are relative to (to read line content)")
	f.StringVar(&fl.afterRoot, "after-root", "", "folder AFTER's paths are relative to (to read line content)")
	f.BoolVar(&fl.failOnNew, "fail-on-new", false, "exit 1 when AFTER has findings BEFORE did not")
	f.StringVar(&fl.color, "color", "auto", "colour (pretty): auto, always, never")
	f.IntVar(&fl.maxList, "max-list", 50, "list at most this many new and fixed findings")
	return cmd
}

func runCompare(fl compareFlags, beforeFile, afterFile string, stdout io.Writer) error {
	known := map[string]*rules.Rule{}
	for _, r := range allRules() {
		known[r.Name] = r
	}
	lookup := func(name string) *rules.Rule { return known[name] }
	before, err := compare.Load(beforeFile, compare.LoadOptions{Root: fl.beforeRoot, Rules: lookup})
	if err != nil {
		return usageErr("%v", err)
	}
	after, err := compare.Load(afterFile, compare.LoadOptions{Root: fl.afterRoot, Rules: lookup})
	if err != nil {
		return usageErr("%v", err)
	}
	res := compare.Compare(before, after)
	colourOut := stdout
	if fl.output != "" {
		colourOut = io.Discard // never colour a file
	}
	colour, err := colourChoice(fl.color, colourOut)
	if err != nil {
		return err
	}
	opts := compare.RenderOptions{Color: colour, MaxList: fl.maxList}
	if fl.output == "" {
		err = compare.Render(stdout, res, fl.format, opts)
	} else {
		err = writeFileAtomic(fl.output, func(w io.Writer) error { return compare.Render(w, res, fl.format, opts) })
	}
	if err != nil {
		return usageErr("%v", err)
	}
	if fl.failOnNew && len(res.New) > 0 {
		return &exitError{code: exitFindings, err: fmt.Errorf("%d new finding(s) since %s", len(res.New), beforeFile)}
	}
	return nil
}
