package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/fsdlint/fsdlint/config"
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/rules/all"
	"github.com/spf13/cobra"
)

// allRules is every rule fsdlint knows, sorted by name.
func allRules() []*rules.Rule { return all.Rules() }

func newRulesCmd(stdout io.Writer) *cobra.Command {
	var markdown bool
	cmd := &cobra.Command{
		Use:   "rules [NAME]",
		Short: "List the rules, or show one rule's documentation",
		Example: `  fsdlint rules                          # name, category, default severity, fixable, summary
  fsdlint rules fsd/forbidden-imports    # the rule's doc with incorrect/correct examples and options
  fsdlint rules --markdown               # the README's rule table`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			rs := allRules()
			if markdown {
				_, err := io.WriteString(stdout, ruleTableMarkdown(rs))
				return err
			}
			if len(args) == 0 {
				return listRules(stdout, rs)
			}
			r := all.ByName(args[0])
			if r == nil {
				names := make([]string, len(rs))
				for i, r := range rs {
					names[i] = r.Name
				}
				return usageErr("unknown rule %q%s; run 'fsdlint rules' for the list", args[0], config.DidYouMean(args[0], names))
			}
			_, err := io.WriteString(stdout, ruleDoc(r))
			return err
		},
	}
	cmd.Flags().BoolVar(&markdown, "markdown", false, "print the rule table as Markdown (the README's table)")
	return cmd
}

func listRules(w io.Writer, rs []*rules.Rule) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "RULE\tCATEGORY\tDEFAULT\tFIX\tSUMMARY")
	for _, r := range rs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.Name, r.Category, r.DefaultSeverity, fixWord(r.Fix), r.Summary)
	}
	return tw.Flush()
}

func fixWord(f rules.FixSafety) string {
	switch f {
	case rules.SafeFix:
		return "safe"
	case rules.UnsafeFix:
		return "unsafe"
	}
	return "-"
}

// ruleDoc is `fsdlint rules NAME`: everything the rule says about itself.
func ruleDoc(r *rules.Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n%s\n\n", r.Name, r.Summary)
	fmt.Fprintf(&b, "Category: %s\nDefault:  %s\nFix:      %s\n", r.Category, r.DefaultSeverity, fixWord(r.Fix))
	if len(r.ESLintNames) > 0 {
		fmt.Fprintf(&b, "ESLint:   %s (its eslint-disable comments are honoured)\n", strings.Join(r.ESLintNames, ", "))
	}
	if r.Doc.Description != "" {
		fmt.Fprintf(&b, "\n%s\n", strings.TrimSpace(r.Doc.Description))
	}
	examples := func(title string, codes []string) {
		for _, c := range codes {
			fmt.Fprintf(&b, "\n%s:\n%s", title, indent(strings.TrimRight(c, "\n"), "    "))
		}
	}
	examples("Incorrect", r.Doc.Incorrect)
	examples("Correct", r.Doc.Correct)
	if r.Doc.Options != "" {
		fmt.Fprintf(&b, "\nOptions:\n%s", indent(strings.TrimSpace(r.Doc.Options), "    "))
	} else {
		b.WriteString("\nOptions: none\n")
	}
	return b.String()
}

func indent(s, prefix string) string {
	var b strings.Builder
	for _, line := range strings.Split(s, "\n") {
		if line == "" {
			b.WriteString("\n")
			continue
		}
		b.WriteString(prefix + line + "\n")
	}
	return b.String()
}

// ruleTableMarkdown is the README's rule table, generated from the rule docs.
func ruleTableMarkdown(rs []*rules.Rule) string {
	var b strings.Builder
	b.WriteString("| Rule | Category | Default | Fix | Description |\n")
	b.WriteString("|---|---|---|---|---|\n")
	for _, r := range rs {
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %s |\n", r.Name, r.Category, r.DefaultSeverity, fixWord(r.Fix), strings.ReplaceAll(r.Summary, "|", `\|`))
	}
	return b.String()
}
