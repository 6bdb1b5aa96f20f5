package sonar

import "testing"

// FuzzRangeOf: whatever the text and byte range, the location is one the
// scanner accepts. `go test -fuzz FuzzRangeOf ./sonar` explores further.
func FuzzRangeOf(f *testing.F) {
	f.Add([]byte("a\r\n\r\nb😀\rc\u2028d\n"), 3, 9)
	f.Add([]byte("\xEF\xBB\xBF\n\xff\xfe\t"), 0, 0)
	f.Add([]byte(""), 5, 1)
	f.Fuzz(func(t *testing.T, src []byte, start, end int) {
		l := NewLines(src)
		rep := &Report{Rules: []Rule{{ID: "r", Name: "r", EngineID: EngineID, Impacts: []Impact{{"MAINTAINABILITY", "LOW"}}}},
			Issues: []Issue{{RuleID: "r", PrimaryLocation: Location{Message: "m", FilePath: "f", TextRange: l.RangeOf(start, end)}}}}
		for _, err := range Check(rep, func(string) ([]byte, bool) { return src, true }) {
			t.Errorf("%q [%d,%d): %v", src, start, end, err)
		}
	})
}
