package compare

import (
	"fmt"
	"io"
	"strings"
)

// mdEscape makes text safe in a GitHub/GitLab markdown table cell: no pipes,
// no raw HTML, no stray emphasis or code spans.
var mdEscape = strings.NewReplacer("|", `\|`, "<", "&lt;", ">", "&gt;", "&", "&amp;", "`", "\\`", "*", `\*`, "_", `\_`)

func renderMarkdown(w io.Writer, res *Result, opts RenderOptions) error {
	var b strings.Builder
	arrow := "➖"
	switch {
	case res.Totals.Delta < 0:
		arrow = "✅"
	case res.Totals.Delta > 0:
		arrow = "⚠️"
	}
	fmt.Fprintf(&b, "### %s fsdlint: %d → %d findings (%s)\n\n", arrow, res.Totals.Before, res.Totals.After, signed(res.Totals.Delta))
	fmt.Fprintf(&b, "**%d new**, **%d fixed**, %d unchanged.\n", len(res.New), len(res.Fixed), res.Unchanged)
	for _, t := range res.tables() {
		if len(t.Rows) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n| %s | Before | After | Δ |\n|---|---:|---:|---:|\n", t.Title)
		for _, r := range t.Rows {
			fmt.Fprintf(&b, "| %s | %d | %d | %s |\n", mdEscape.Replace(r.Key), r.Before, r.After, signed(r.Delta))
		}
	}
	list := func(title string, issues []Issue, open bool) {
		if len(issues) == 0 {
			return
		}
		attr := ""
		if open {
			attr = " open"
		}
		fmt.Fprintf(&b, "\n<details%s><summary>%s (%d)</summary>\n\n| Location | Rule | Message |\n|---|---|---|\n", attr, title, len(issues))
		for i, is := range issues {
			if i == opts.MaxList {
				fmt.Fprintf(&b, "| … | | %d more |\n", len(issues)-i)
				break
			}
			fmt.Fprintf(&b, "| %s | %s | %s |\n", mdEscape.Replace(where(is)), mdEscape.Replace(is.Rule), mdEscape.Replace(oneLine(is.Message)))
		}
		b.WriteString("\n</details>\n")
	}
	list("New findings", res.New, true)
	list("Fixed findings", res.Fixed, false)
	_, err := io.WriteString(w, b.String())
	return err
}
