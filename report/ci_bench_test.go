package report

import (
	"io"
	"testing"
)

// BenchmarkCIFormats writes 13,000 findings (the fixture's, 1,000 times) in each CI format.
func BenchmarkCIFormats(b *testing.B) {
	run := fixtureRun(b)
	base := run.Findings
	run.Findings = nil
	for range 1000 {
		run.Findings = append(run.Findings, base...)
	}
	for _, format := range []string{"sonar", "sarif", "github", "gitlab", "checkstyle", "junit"} {
		b.Run(format, func(b *testing.B) {
			rep, _ := New(format, Options{})
			for b.Loop() {
				if err := rep.Write(io.Discard, run); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
