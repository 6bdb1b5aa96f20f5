package engine

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/fsdlint/fsdlint/config"
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/rules/all"
	"github.com/fsdlint/fsdlint/tsparse"
)

// writeTree creates files (path -> content) under a new temp dir.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for p, content := range files {
		full := filepath.Join(root, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// fakeParse stands in for tsparse in engine tests: it finds comments with a
// small scanner that knows strings, and rejects a file containing "SYNTAX!".
func fakeParse(path string, src []byte) (*tsparse.File, *SyntaxError) {
	if i := bytes.Index(src, []byte("SYNTAX!")); i >= 0 {
		return nil, &SyntaxError{Pos: int32(i), Message: "tsparse: unexpected '!'"}
	}
	f := &tsparse.File{Path: path, Src: src}
	for i := 0; i < len(src); i++ {
		switch {
		case src[i] == '"' || src[i] == '\'' || src[i] == '`':
			q := src[i]
			for i++; i < len(src) && src[i] != q; i++ {
				if src[i] == '\\' {
					i++
				}
			}
		case bytes.HasPrefix(src[i:], []byte("//")):
			end := bytes.IndexByte(src[i:], '\n')
			if end < 0 {
				end = len(src) - i
			}
			f.Comments = append(f.Comments, tsparse.Comment{Range: tsparse.Range{Start: int32(i), End: int32(i + end)}})
			i += end
		case bytes.HasPrefix(src[i:], []byte("/*")):
			end := bytes.Index(src[i+2:], []byte("*/"))
			if end < 0 {
				end = len(src) - i - 4
			}
			f.Comments = append(f.Comments, tsparse.Comment{Range: tsparse.Range{Start: int32(i), End: int32(i + end + 4)}, Block: true})
			i += end + 3
		}
	}
	return f, nil
}

func fakeParser() Parser {
	return Parser{
		Parse: fakeParse,
		Facts: func(f *tsparse.File) *tsparse.Facts { return &tsparse.Facts{} },
	}
}

// eqRule reports every "==" that is not "===" (a stand-in for eqeqeq).
var eqRule = &rules.Rule{
	Name: "eqeqeq", DefaultSeverity: rules.Error, ESLintNames: []string{"eqeqeq"},
	File: func(c *rules.FileContext) {
		src := c.File.Src
		for i := 0; i+1 < len(src); i++ {
			if src[i] == '=' && src[i+1] == '=' && (i+2 >= len(src) || src[i+2] != '=') && (i == 0 || src[i-1] != '=' && src[i-1] != '!') {
				c.ReportRange(tsparse.Range{Start: int32(i), End: int32(i + 2)}, "Expected '===' and instead saw '=='")
				i++
			}
		}
	},
}

// consoleRule reports "console." (warn), with an ESLint twin name.
var consoleRule = &rules.Rule{
	Name: "no-console", DefaultSeverity: rules.Warn, ESLintNames: []string{"no-console"},
	File: func(c *rules.FileContext) {
		src := c.File.Src
		for i := 0; ; {
			j := bytes.Index(src[i:], []byte("console."))
			if j < 0 {
				return
			}
			c.ReportRange(tsparse.Range{Start: int32(i + j), End: int32(i + j + 7)}, "Unexpected console statement")
			i += j + 1
		}
	},
}

// panicRule crashes on files that mention "boom".
var panicRule = &rules.Rule{
	Name: "test/panics", DefaultSeverity: rules.Error,
	File: func(c *rules.FileContext) {
		if bytes.Contains(c.File.Src, []byte("boom")) {
			c.ReportRange(tsparse.Range{Start: 0, End: 1}, "before the crash")
			panic("rule bug: boom")
		}
	},
}

// projectRule reports each file once at offset 0 (a stand-in for pass-2 rules).
var projectRule = &rules.Rule{
	Name: "test/project", DefaultSeverity: rules.Off,
	Project: func(c *rules.ProjectContext) {
		for _, f := range c.Files {
			if c.Enabled(f.Path) {
				c.Report(rules.Finding{Path: f.Path, Range: tsparse.Range{Start: 0, End: 0}, Message: "seen in pass 2"})
			}
		}
	},
}

func testRules() []*rules.Rule {
	rs := append([]*rules.Rule{}, all.Builtin...)
	return append(rs, eqRule, consoleRule, panicRule, projectRule)
}

// check runs the engine on root with the config text (or defaults when "").
func check(t *testing.T, root, configText string, mutate func(*Options)) *Result {
	t.Helper()
	rs := testRules()
	cfg := config.Default(root, rs)
	if configText != "" {
		var err error
		cfg, err = config.Parse("fsdlint.json", filepath.Join(root, "fsdlint.json"), []byte(configText), rs)
		if err != nil {
			t.Fatal(err)
		}
	}
	opts := Options{Targets: []Target{{Path: root, Config: cfg}}, Rules: rs, Cwd: root, Parser: fakeParser(), Jobs: 2}
	if mutate != nil {
		mutate(&opts)
	}
	res, err := Run(opts)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// lines renders findings as "path:line:col severity rule: message".
func lines(res *Result) string {
	var b strings.Builder
	for _, f := range res.Findings {
		b.WriteString(f.Path)
		if !f.Folder {
			b.WriteString(":" + strconv.Itoa(f.Line) + ":" + strconv.Itoa(f.Column))
		}
		b.WriteString(" " + f.Severity.String() + " " + f.Rule + ": " + f.Message + "\n")
	}
	return b.String()
}
