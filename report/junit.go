package report

import (
	"bytes"
	"fmt"
	"io"
	"sort"
)

func init() { Register("junit", func(Options) Reporter { return junitReporter{} }) }

// junitReporter writes JUnit XML: a test suite per file, a failing test case
// per finding, for GitLab's and Jenkins' test report views.
type junitReporter struct{}

func (junitReporter) Write(w io.Writer, run *Run) error {
	byFile := map[string][]placed{}
	all := place(run)
	for _, p := range all {
		byFile[p.File] = append(byFile[p.File], p)
	}
	files := make([]string, 0, len(byFile))
	for f := range byFile {
		files = append(files, f)
	}
	sort.Strings(files)

	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	fmt.Fprintf(&b, "<testsuites name=\"fsdlint\" tests=\"%d\" failures=\"%d\">\n", max(len(all), 1), len(all))
	if len(all) == 0 {
		// A report without a single test case reads as broken in CI views.
		b.WriteString("  <testsuite name=\"fsdlint\" tests=\"1\" failures=\"0\" errors=\"0\" time=\"0\">\n" +
			"    <testcase name=\"no findings\" classname=\"fsdlint\" time=\"0\"/>\n  </testsuite>\n")
	}
	for _, f := range files {
		ps := byFile[f]
		fmt.Fprintf(&b, "  <testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"0\" time=\"0\">\n", xmlAttr(f), len(ps), len(ps))
		names := map[string]int{}
		for _, p := range ps {
			// GitLab cannot hold two tests with the same name and class.
			name := p.Rule
			if !p.Folder && p.Line >= 1 {
				name = fmt.Sprintf("%s at %d:%d", p.Rule, p.Line, max(p.Column, 1))
			}
			names[name]++
			if n := names[name]; n > 1 {
				name = fmt.Sprintf("%s (%d)", name, n)
			}
			fmt.Fprintf(&b, "    <testcase name=\"%s\" classname=\"%s\" file=\"%s\" time=\"0\">\n", xmlAttr(name), xmlAttr(f), xmlAttr(f))
			fmt.Fprintf(&b, "      <failure message=\"%s\" type=\"%s\">%s</failure>\n", xmlAttr(p.Text), levelWord(p.Severity),
				xmlAttr(fmt.Sprintf("%s:%d:%d: %s - %s (%s)", f, max(p.Line, 1), max(p.Column, 1), levelWord(p.Severity), p.Text, p.Rule)))
			b.WriteString("    </testcase>\n")
		}
		b.WriteString("  </testsuite>\n")
	}
	b.WriteString("</testsuites>\n")
	_, err := w.Write(b.Bytes())
	return err
}
