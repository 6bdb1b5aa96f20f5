package fix

import (
	"testing"

	"github.com/fsdlint/fsdlint/rules"
)

func TestLineEnding(t *testing.T) {
	cases := map[string]string{
		"":                 "\n",
		"a\nb\n":           "\n",
		"a\r\nb\r\nc\n":    "\r\n",
		"a\r\nb\nc\n":      "\n",
		"a\rb\rc":          "\r",
		"no terminator":    "\n",
		"x\r\n":            "\r\n",
		"a\r\nb\r\nc\rd\r": "\r\n",
	}
	for src, want := range cases {
		if got := lineEnding([]byte(src)); got != want {
			t.Errorf("lineEnding(%q) = %q, want %q", src, got, want)
		}
	}
}

func TestApplyEditsKeepsCRLF(t *testing.T) {
	src := []byte("interface A {\r\n  x: 1;\r\n}\r\n")
	got := applyEdits(src, []rules.Edit{
		{Start: 0, End: 9, NewText: "type"},
		{Start: 25, End: 25, NewText: "\nexport default A"},
	})
	want := "type A {\r\n  x: 1;\r\n}\r\nexport default A\r\n"
	if string(got) != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestApplyEditsKeepsBOM(t *testing.T) {
	src := []byte("\xEF\xBB\xBFvar a = 1;\n")
	got := applyEdits(src, []rules.Edit{
		{Start: 0, End: 0, NewText: "// head\n"},
		{Start: 3, End: 6, NewText: "let"},
	})
	want := "\xEF\xBB\xBF// head\nlet a = 1;\n"
	if string(got) != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestApplyEditsStacksInsertionsInOrder(t *testing.T) {
	src := []byte("{ x }")
	got := applyEdits(src, sortedEdits([]rules.Fix{{Edits: []rules.Edit{
		{Start: 5, End: 5, NewText: " & B"},
		{Start: 5, End: 5, NewText: " & C"},
		{Start: 0, End: 0, NewText: "type A = "},
	}}}))
	if want := "type A = { x } & B & C"; string(got) != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestValidEdits(t *testing.T) {
	cases := []struct {
		edits []rules.Edit
		ok    bool
	}{
		{[]rules.Edit{{Start: 0, End: 2}, {Start: 2, End: 4}}, true},
		{[]rules.Edit{{Start: 2, End: 2}, {Start: 2, End: 4}}, true},
		{[]rules.Edit{{Start: 0, End: 3}, {Start: 2, End: 4}}, false},
		{[]rules.Edit{{Start: 3, End: 2}}, false},
		{[]rules.Edit{{Start: 0, End: 11}}, false},
		{nil, false},
	}
	for i, c := range cases {
		if got := validEdits(rules.Fix{Edits: c.edits}, 10); got != c.ok {
			t.Errorf("case %d: validEdits = %v, want %v", i, got, c.ok)
		}
	}
}

func TestChooseDefersTouchingAndOverlapping(t *testing.T) {
	mk := func(start, end int32) candidate {
		return candidate{fix: rules.Fix{Edits: []rules.Edit{{Start: start, End: end}}}, start: start}
	}
	chosen, deferred := choose([]candidate{mk(10, 20), mk(0, 5), mk(20, 25), mk(15, 18), mk(26, 30), mk(5, 5)})
	var got [][2]int32
	for _, c := range chosen {
		got = append(got, [2]int32{c.fix.Edits[0].Start, c.fix.Edits[0].End})
	}
	want := [][2]int32{{0, 5}, {10, 20}, {26, 30}}
	if len(got) != len(want) || deferred != 3 {
		t.Fatalf("chosen %v (deferred %d), want %v (deferred 3)", got, deferred, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("chosen %v, want %v", got, want)
		}
	}
}

func TestMapOffset(t *testing.T) {
	src := []byte("interface A extends B { x: 1 }\n")
	edits := []rules.Edit{
		{Start: 0, End: 9, NewText: "type"},   // 9 -> 4 bytes
		{Start: 11, End: 22, NewText: " = "},  // " extends B " -> " = "
		{Start: 30, End: 30, NewText: " & B"}, // insertion after the body
	}
	out, shifts := applyEditsMapped(src, edits)
	if string(out) != "type A = { x: 1 } & B\n" {
		t.Fatalf("applied: %q", out)
	}
	cases := map[int32]int32{
		0:  0,  // start of a replaced range
		5:  0,  // inside `interface`
		10: 5,  // the name A
		22: 9,  // `{`
		29: 16, // `}`
		30: 21, // the newline, after the inserted text
		31: 22, // the end of the file
	}
	for old, want := range cases {
		if got := mapOffset(shifts, old); got != want {
			t.Errorf("mapOffset(%d) = %d, want %d", old, got, want)
		}
	}
}
