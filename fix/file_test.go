package fix

import (
	"bytes"
	"strings"
	"testing"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

// fakeLint stands in for the engine's re-lint: every `var ` is a finding with
// a safe fix to `let `, every ` == ` one with an unsafe fix to ` === `, and
// every `aa` one whose fix makes it `b` (neighbours overlap).
func fakeLint(src []byte) []rules.Finding {
	var out []rules.Finding
	report := func(rule, old, repl string, safety rules.FixSafety) {
		for i := 0; ; {
			j := bytes.Index(src[i:], []byte(old))
			if j < 0 {
				return
			}
			at := int32(i + j)
			r := tsparse.Range{Start: at, End: at + int32(len(old))}
			out = append(out, rules.Finding{Rule: rule, Range: r, Message: rule, Fixes: []rules.Fix{{
				Message: "use " + repl, Safety: safety, Edits: []rules.Edit{{Start: r.Start, End: r.End, NewText: repl}},
			}}})
			i += j + 1
		}
	}
	report("no-var", "var ", "let ", rules.SafeFix)
	report("eqeqeq", " == ", " === ", rules.UnsafeFix)
	report("no-aa", "aa", "b", rules.SafeFix)
	return out
}

// parsing makes a Relint of a lint function: like the engine's, it parses
// the text first and reports a parse failure as an error.
func parsing(lint func([]byte) []rules.Finding) Relint {
	return func(src []byte) ([]rules.Finding, error) {
		if _, err := tsparse.Parse("x.ts", src); err != nil {
			return nil, err
		}
		return lint(src), nil
	}
}

func TestFileAppliesSafeFixesOnly(t *testing.T) {
	src := []byte("var a = 1;\nvar b = a == 1;\n")
	res := File("x.ts", src, fakeLint(src), parsing(fakeLint), Options{})
	if want := "let a = 1;\nlet b = a == 1;\n"; string(res.Fixed) != want {
		t.Errorf("fixed %q, want %q", res.Fixed, want)
	}
	if res.Applied != 2 || res.Passes != 1 || len(res.Remaining) != 1 || res.Remaining[0].Rule != "eqeqeq" {
		t.Errorf("applied %d in %d passes, remaining %v", res.Applied, res.Passes, res.Remaining)
	}
	res = File("x.ts", src, fakeLint(src), parsing(fakeLint), Options{Unsafe: true})
	if want := "let a = 1;\nlet b = a === 1;\n"; string(res.Fixed) != want || len(res.Remaining) != 0 {
		t.Errorf("unsafe: fixed %q, remaining %v", res.Fixed, res.Remaining)
	}
}

func TestFileDefersOverlappingFixesToLaterPasses(t *testing.T) {
	src := []byte("let aaaa;\n")
	res := File("x.ts", src, fakeLint(src), parsing(fakeLint), Options{})
	// pass 1: [4,6) is applied, [5,7) overlaps it, [6,8) touches it: "let baa;";
	// pass 2: the re-lint finds the remaining "aa".
	if want := "let bb;\n"; string(res.Fixed) != want {
		t.Errorf("fixed %q, want %q", res.Fixed, want)
	}
	if res.Passes != 2 || res.Applied != 2 || len(res.Remaining) != 0 {
		t.Errorf("passes %d, remaining %v", res.Passes, res.Remaining)
	}
}

func TestFileDropsFixThatBreaksSyntax(t *testing.T) {
	src := []byte("var a = { b: 1 };\nvar c = 2;\n")
	lint := func(src []byte) []rules.Finding {
		out := fakeLint(src)
		if i := bytes.IndexByte(src, '}'); i >= 0 {
			out = append(out, rules.Finding{Rule: "breaker", Message: "breaker", Fixes: []rules.Fix{{
				Message: "drop the brace", Safety: rules.SafeFix,
				Edits: []rules.Edit{{Start: int32(i), End: int32(i + 1), NewText: ""}},
			}}})
		}
		return out
	}
	res := File("x.ts", src, lint(src), parsing(lint), Options{})
	if want := "let a = { b: 1 };\nlet c = 2;\n"; string(res.Fixed) != want {
		t.Errorf("fixed %q, want %q", res.Fixed, want)
	}
	if len(res.Warnings) != 1 || !strings.Contains(res.Warnings[0], "breaker") {
		t.Errorf("warnings %q, want one about the breaker fix", res.Warnings)
	}
	if len(res.Remaining) != 1 || res.Remaining[0].Rule != "breaker" {
		t.Errorf("remaining %v, want the breaker finding", res.Remaining)
	}
}

func TestFileLeavesUnparsableFileAlone(t *testing.T) {
	src := []byte("var a = ;\n")
	res := File("x.ts", src, fakeLint(src), parsing(fakeLint), Options{})
	if res.Changed() || len(res.Warnings) != 1 {
		t.Errorf("fixed %q, warnings %q", res.Fixed, res.Warnings)
	}
}

func TestFileStopsAfterMaxPasses(t *testing.T) {
	grow := func(src []byte) []rules.Finding {
		end := int32(len(src))
		return []rules.Finding{{Rule: "grow", Fixes: []rules.Fix{{Safety: rules.SafeFix, Edits: []rules.Edit{{Start: end, End: end, NewText: ";"}}}}}}
	}
	src := []byte("x")
	res := File("x.ts", src, grow(src), parsing(grow), Options{})
	if res.Passes != MaxPasses || string(res.Fixed) != "x"+strings.Repeat(";", MaxPasses) {
		t.Errorf("passes %d, fixed %q", res.Passes, res.Fixed)
	}
}

func TestFileWithoutRelintIsOnePass(t *testing.T) {
	src := []byte("var x = aaa;\n")
	res := File("x.ts", src, fakeLint(src), nil, Options{})
	if want := "let x = ba;\n"; string(res.Fixed) != want || res.Passes != 1 {
		t.Errorf("fixed %q in %d passes, want %q", res.Fixed, res.Passes, want)
	}
	if len(res.Remaining) != 1 || res.Remaining[0].Rule != "no-aa" {
		t.Errorf("remaining %v, want the deferred no-aa finding", res.Remaining)
	}
}

func TestFileKeepsCRLFInInsertedText(t *testing.T) {
	src := []byte("var a;\r\nvar b;\r\n")
	lint := func(src []byte) []rules.Finding {
		if bytes.Contains(src, []byte("// done")) {
			return nil
		}
		return []rules.Finding{{Rule: "head", Fixes: []rules.Fix{{Safety: rules.SafeFix, Edits: []rules.Edit{{Start: 0, End: 0, NewText: "// done\n"}}}}}}
	}
	res := File("x.ts", src, lint(src), parsing(lint), Options{})
	if want := "// done\r\nvar a;\r\nvar b;\r\n"; string(res.Fixed) != want {
		t.Errorf("fixed %q, want %q", res.Fixed, want)
	}
}

// TestFileChecksWithOwnParserWithoutRelint: even with a second opinion that
// accepts everything and no relint, fsdlint's parser rejects a broken text.
func TestFileChecksWithOwnParserWithoutRelint(t *testing.T) {
	src := []byte("let a = { b: 1 };\n")
	breaker := []rules.Finding{{Rule: "breaker", Fixes: []rules.Fix{{Safety: rules.SafeFix,
		Edits: []rules.Edit{{Start: 15, End: 16, NewText: ""}}}}}}
	res := File("x.ts", src, breaker, nil, Options{Verify: func(string, []byte) error { return nil }})
	if res.Changed() || len(res.Warnings) != 1 || !strings.Contains(res.Warnings[0], "fsdlint's parser") {
		t.Errorf("fixed %q, warnings %q", res.Fixed, res.Warnings)
	}
}
