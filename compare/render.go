package compare

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// RenderOptions tune the human formats.
type RenderOptions struct {
	Color    bool // pretty: ANSI colours
	MaxList  int  // at most this many new/fixed findings listed (0: 50)
	BarWidth int  // pretty: bar length in cells for the largest count (0: 24)
}

// Formats are the output formats of `fsdlint compare`.
var Formats = []string{"pretty", "markdown", "json", "html"}

// Render writes a comparison in one of Formats.
func Render(w io.Writer, res *Result, format string, opts RenderOptions) error {
	if opts.MaxList <= 0 {
		opts.MaxList = 50
	}
	if opts.BarWidth <= 0 {
		opts.BarWidth = 24
	}
	switch format {
	case "pretty", "":
		return renderPretty(w, res, opts)
	case "markdown", "md":
		return renderMarkdown(w, res, opts)
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(res)
	case "html":
		return renderHTML(w, res, opts)
	}
	return fmt.Errorf("unknown format %q (known: %s)", format, strings.Join(Formats, ", "))
}

// tables are the sections every human format shows, in order.
func (res *Result) tables() []struct {
	Title string
	Rows  []Count
} {
	return []struct {
		Title string
		Rows  []Count
	}{
		{"Severity", res.BySeverity},
		{"FSD layer", res.ByLayer},
		{"Software quality", res.ByQuality},
		{"Rule", res.ByRule},
	}
}

// signed writes a delta with its sign: +3, -2, 0.
func signed(n int) string {
	if n > 0 {
		return fmt.Sprintf("+%d", n)
	}
	return fmt.Sprint(n)
}

// where is an issue's location as path:line (path alone for folder/file findings).
func where(is Issue) string {
	if is.Line > 0 {
		return fmt.Sprintf("%s:%d", is.Path, is.Line)
	}
	return is.Path
}
