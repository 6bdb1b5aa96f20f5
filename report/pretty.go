package report

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/lipgloss"
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

func init() { Register("pretty", func(o Options) Reporter { return &prettyReporter{color: o.Color} }) }

// prettyReporter is the terminal format: findings grouped by file, each with
// `path:line:col`, severity, rule, message, a code frame with the range
// underlined, a docs hint; then a summary.
type prettyReporter struct {
	color bool
}

// termenv's profiles, passed as untyped constants so that lipgloss's
// dependency need not be imported: 2 = 16 ANSI colours, 3 = no colour.
const (
	profileANSI  = 2
	profileASCII = 3
)

// maxFrameLines is how many lines of a multi-line range the frame shows.
const maxFrameLines = 3

type prettyStyles struct {
	file, loc, err, warn, rule, gutter, dim, ok lipgloss.Style
}

func (p *prettyReporter) styles(w io.Writer) prettyStyles {
	r := lipgloss.NewRenderer(w)
	if p.color {
		r.SetColorProfile(profileANSI)
	} else {
		r.SetColorProfile(profileASCII)
	}
	return prettyStyles{
		file:   r.NewStyle().Bold(true).Foreground(lipgloss.Color("5")),
		loc:    r.NewStyle().Bold(true),
		err:    r.NewStyle().Foreground(lipgloss.Color("1")).Bold(true),
		warn:   r.NewStyle().Foreground(lipgloss.Color("3")).Bold(true),
		rule:   r.NewStyle().Foreground(lipgloss.Color("6")),
		gutter: r.NewStyle().Foreground(lipgloss.Color("4")),
		dim:    r.NewStyle().Faint(true),
		ok:     r.NewStyle().Foreground(lipgloss.Color("2")).Bold(true),
	}
}

func (p *prettyReporter) Write(w io.Writer, run *Run) error {
	st := p.styles(w)
	bw := bufio.NewWriter(w)
	lineTables := map[string]*tsparse.LineTable{}
	for i, f := range run.Findings {
		if i == 0 || f.Path != run.Findings[i-1].Path {
			if i > 0 {
				bw.WriteString("\n")
			}
			bw.WriteString(st.file.Render(f.Path) + "\n")
		}
		p.finding(bw, st, f, run.Sources[f.Path], lineTables)
	}
	if len(run.Findings) > 0 {
		bw.WriteString("\n")
	}
	bw.WriteString(summaryLine(st, run) + "\n")
	return bw.Flush()
}

func (p *prettyReporter) finding(w *bufio.Writer, st prettyStyles, f rules.Finding, src []byte, tables map[string]*tsparse.LineTable) {
	loc := f.Path
	if !f.Folder && f.Line > 0 {
		loc = fmt.Sprintf("%s:%d:%d", f.Path, f.Line, f.Column)
	}
	sev := st.warn.Render("warning")
	caret := st.warn
	if f.Severity == rules.Error {
		sev, caret = st.err.Render("error"), st.err
	}
	fixable := ""
	switch fixSafety(f) {
	case rules.SafeFix:
		fixable = " " + st.dim.Render("[fixable]")
	case rules.UnsafeFix:
		fixable = " " + st.dim.Render("[fixable: unsafe]")
	}
	fmt.Fprintf(w, "  %s %s %s%s\n", st.loc.Render(loc), sev, st.rule.Render(f.Rule), fixable)
	fmt.Fprintf(w, "    %s\n", f.Message)
	if src != nil && !f.Folder && f.Line > 0 {
		t := tables[f.Path]
		if t == nil {
			t = tsparse.NewLineTable(src)
			tables[f.Path] = t
		}
		codeFrame(w, st, caret, t, f)
	}
	for _, r := range f.Related {
		where := r.Path
		if r.Line > 0 {
			where = fmt.Sprintf("%s:%d:%d", r.Path, r.Line, r.Column)
		}
		fmt.Fprintf(w, "    %s %s %s\n", st.dim.Render("related:"), where, r.Message)
	}
	fmt.Fprintf(w, "    %s\n", st.dim.Render("docs: fsdlint rules "+f.Rule))
}

// codeFrame prints the finding's line(s) with the range underlined. Columns
// are counted in display cells: tabs become 4 spaces, wide runes take 2.
func codeFrame(w *bufio.Writer, st prettyStyles, caret lipgloss.Style, t *tsparse.LineTable, f rules.Finding) {
	first, last := f.Line, f.EndLine
	if last < first || last > t.Lines() {
		last = first
	}
	if first > t.Lines() {
		return
	}
	width := len(strconv.Itoa(last))
	shown := []int{}
	for l := first; l <= last; l++ {
		if last-first+1 > maxFrameLines && l > first+maxFrameLines-2 && l < last {
			if len(shown) == 0 || shown[len(shown)-1] != -1 {
				shown = append(shown, -1) // elision
			}
			continue
		}
		shown = append(shown, l)
	}
	for _, l := range shown {
		if l == -1 {
			fmt.Fprintf(w, "  %s %s\n", strings.Repeat(" ", width), st.gutter.Render("┆"))
			continue
		}
		text := t.LineText(l)
		lineStart := t.LineStart(l)
		from, to := int32(0), int32(len(text))
		if l == first {
			from = clamp(f.Range.Start-lineStart, 0, int32(len(text)))
		}
		if l == last {
			to = clamp(f.Range.End-lineStart, from, int32(len(text)))
		}
		text, from, to, left, right := frameWindow(text, from, to)
		prefix, suffix := "", ""
		if left {
			prefix = "…"
		}
		if right {
			suffix = "…"
		}
		fmt.Fprintf(w, "  %s %s %s%s%s\n", st.gutter.Render(fmt.Sprintf("%*d", width, l)), st.gutter.Render("│"), prefix, displayText(text), suffix)
		pad := lipgloss.Width(prefix + displayText(text[:from]))
		n := lipgloss.Width(displayText(text[from:to]))
		if n == 0 {
			n = 1 // an empty range (a position) still gets a marker
		}
		fmt.Fprintf(w, "  %s %s %s%s\n", strings.Repeat(" ", width), st.gutter.Render("│"), strings.Repeat(" ", pad), caret.Render(strings.Repeat("^", n)))
	}
}

// maxFrameBytes is how much of a long line (minified code) the frame shows.
const maxFrameBytes = 160

// frameWindow cuts a long line to about maxFrameBytes around the range's
// start, on rune boundaries, and says on which sides it cut.
func frameWindow(text []byte, from, to int32) (shown []byte, newFrom, newTo int32, left, right bool) {
	if len(text) <= maxFrameBytes {
		return text, from, to, false, false
	}
	start := max(0, from-maxFrameBytes/4)
	for start > 0 && !utf8.RuneStart(text[start]) {
		start--
	}
	end := min(int32(len(text)), start+maxFrameBytes)
	for end < int32(len(text)) && !utf8.RuneStart(text[end]) {
		end--
	}
	return text[start:end], from - start, clamp(to, from, end) - start, start > 0, end < int32(len(text))
}

func clamp(v, lo, hi int32) int32 {
	return max(lo, min(v, hi))
}

// displayText is a source line as the terminal should show it: tabs expanded,
// invalid UTF-8 and control characters replaced so the frame stays aligned.
func displayText(b []byte) string {
	var sb strings.Builder
	for _, r := range string(b) {
		switch {
		case r == '\t':
			sb.WriteString("    ")
		case r < 0x20 || r == 0x7f:
			sb.WriteRune('�')
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

func summaryLine(st prettyStyles, run *Run) string {
	s := summarize(run)
	files := plural(run.FilesChecked, "file")
	if s.Errors+s.Warnings == 0 {
		return st.ok.Render("✓ no problems") + " in " + files
	}
	parts := plural(s.Errors+s.Warnings, "problem") + " (" + plural(s.Errors, "error") + ", " + plural(s.Warnings, "warning") + ")"
	mark := st.warn.Render("✖ " + parts)
	if s.Errors > 0 {
		mark = st.err.Render("✖ " + parts)
	}
	line := mark + " in " + files
	safe, unsafe := 0, 0
	for _, f := range run.Findings {
		switch fixSafety(f) {
		case rules.SafeFix:
			safe++
		case rules.UnsafeFix:
			unsafe++
		}
	}
	switch {
	case safe > 0 && unsafe > 0:
		line += fmt.Sprintf(", %d fixable with --fix (%d more with --fix-unsafe)", safe, unsafe)
	case safe > 0:
		line += fmt.Sprintf(", %d fixable with --fix", safe)
	case unsafe > 0:
		line += fmt.Sprintf(", %d fixable with --fix-unsafe", unsafe)
	}
	return line
}

// fixSafety is SafeFix when --fix can fix the finding, UnsafeFix when only
// --fix-unsafe can, NoFix otherwise (as the fix package applies them).
func fixSafety(f rules.Finding) rules.FixSafety {
	best := rules.NoFix
	for _, fx := range f.Fixes {
		if fx.Safety == rules.SafeFix {
			return rules.SafeFix
		}
		if fx.Safety == rules.UnsafeFix {
			best = rules.UnsafeFix
		}
	}
	return best
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}
