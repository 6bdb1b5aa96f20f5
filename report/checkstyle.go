package report

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"sort"
)

func init() { Register("checkstyle", func(Options) Reporter { return checkstyleReporter{} }) }

// checkstyleReporter writes Checkstyle XML as ESLint's formatter does, for
// reviewdog and Jenkins warnings-ng.
type checkstyleReporter struct{}

func (checkstyleReporter) Write(w io.Writer, run *Run) error {
	byFile := map[string][]placed{}
	for _, p := range place(run) {
		byFile[p.File] = append(byFile[p.File], p)
	}
	files := make([]string, 0, len(byFile))
	for f := range byFile {
		files = append(files, f)
	}
	sort.Strings(files)
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?>` + "\n" + `<checkstyle version="4.3">` + "\n")
	for _, f := range files {
		fmt.Fprintf(&b, "  <file name=\"%s\">\n", xmlAttr(f))
		for _, p := range byFile[f] {
			fmt.Fprintf(&b, "    <error line=\"%d\" column=\"%d\" severity=\"%s\" message=\"%s\" source=\"%s\"/>\n",
				max(p.Line, 1), max(p.Column, 1), levelWord(p.Severity),
				xmlAttr(p.Text+" ("+p.Rule+")"), xmlAttr("fsdlint."+p.Rule))
		}
		b.WriteString("  </file>\n")
	}
	b.WriteString("</checkstyle>\n")
	_, err := w.Write(b.Bytes())
	return err
}

// xmlAttr escapes text for an attribute value; characters XML cannot hold
// become U+FFFD, line breaks and tabs become character references.
func xmlAttr(s string) string {
	var b bytes.Buffer
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}
