package compare

import (
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/lipgloss"
)

// eighths draw a bar's fractional end: index n is n/8 of a cell.
var eighths = []string{"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"}

// bar draws n out of total as a bar of at most width cells, padded to width.
// A non-zero count always shows at least a sliver.
func bar(n, total, width int) string {
	if total <= 0 {
		return strings.Repeat(" ", width)
	}
	units := n * width * 8 / total
	if n > 0 && units == 0 {
		units = 1
	}
	s := strings.Repeat("█", units/8) + eighths[units%8]
	cells := units / 8
	if units%8 != 0 {
		cells++
	}
	return s + strings.Repeat(" ", width-cells)
}

const ansiProfile = 2 // termenv.ANSI: the 16 basic colours every terminal has

type palette struct{ title, dim, before, after, better, worse lipgloss.Style }

func newPalette(w io.Writer, color bool) palette {
	if !color {
		plain := lipgloss.NewStyle()
		return palette{plain, plain, plain, plain, plain, plain}
	}
	r := lipgloss.NewRenderer(w)
	// The caller decided on colour (--color always may write to a pipe), so do
	// not let lipgloss detect the terminal. termenv.ANSI is 2; termenv is not a
	// direct dependency, hence the untyped constant.
	r.SetColorProfile(ansiProfile)
	return palette{
		title:  r.NewStyle().Bold(true),
		dim:    r.NewStyle().Faint(true),
		before: r.NewStyle().Foreground(lipgloss.Color("8")),
		after:  r.NewStyle().Foreground(lipgloss.Color("12")),
		better: r.NewStyle().Foreground(lipgloss.Color("10")),
		worse:  r.NewStyle().Foreground(lipgloss.Color("9")).Bold(true),
	}
}

func (p palette) delta(n int) string {
	switch {
	case n < 0:
		return p.better.Render(signed(n))
	case n > 0:
		return p.worse.Render(signed(n))
	}
	return p.dim.Render("0")
}

func renderPretty(w io.Writer, res *Result, opts RenderOptions) error {
	p := newPalette(w, opts.Color)
	var b strings.Builder
	fmt.Fprintf(&b, "%s  %s (%s) → %s (%s)\n\n", p.title.Render("fsdlint compare"),
		res.Before.Source, res.Before.Format, res.After.Source, res.After.Format)
	fmt.Fprintf(&b, "%s  %d → %d  %s   new %d · fixed %d · unchanged %d\n",
		p.title.Render("Findings"), res.Totals.Before, res.Totals.After, p.delta(res.Totals.Delta),
		len(res.New), len(res.Fixed), res.Unchanged)
	if !res.LineHashes {
		b.WriteString(p.dim.Render("(no line hashes in the reports: findings are tracked by rule, file and message)") + "\n")
	}
	for _, t := range res.tables() {
		if len(t.Rows) == 0 {
			continue
		}
		keyWidth, top := len("before"), 0
		for _, r := range t.Rows {
			keyWidth = max(keyWidth, lipgloss.Width(r.Key))
			top = max(top, r.Before, r.After)
		}
		fmt.Fprintf(&b, "\n%s\n", p.title.Render(t.Title))
		for _, r := range t.Rows {
			fmt.Fprintf(&b, "  %s%s %5d %s  %5d %s  %s\n",
				r.Key, strings.Repeat(" ", keyWidth-lipgloss.Width(r.Key)),
				r.Before, p.before.Render(bar(r.Before, top, opts.BarWidth)),
				r.After, p.after.Render(bar(r.After, top, opts.BarWidth)),
				p.delta(r.Delta))
		}
	}
	list := func(title string, issues []Issue, style lipgloss.Style, mark string) {
		if len(issues) == 0 {
			return
		}
		fmt.Fprintf(&b, "\n%s (%d)\n", p.title.Render(title), len(issues))
		for i, is := range issues {
			if i == opts.MaxList {
				fmt.Fprintf(&b, "  … and %d more\n", len(issues)-i)
				break
			}
			fmt.Fprintf(&b, "  %s %s  %s  %s\n", style.Render(mark), where(is), p.dim.Render(is.Rule), oneLine(is.Message))
		}
	}
	list("New findings", res.New, p.worse, "+")
	list("Fixed findings", res.Fixed, p.better, "-")
	_, err := io.WriteString(w, b.String())
	return err
}

// oneLine keeps a message on its line of the terminal or table.
func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s)), " ")
}
