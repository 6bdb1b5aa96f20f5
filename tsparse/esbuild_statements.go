package tsparse

// Recognizing import/export statements in the forgiving scanner's tokens, and
// rewriting the type-only ones so that esbuild keeps them.

// statements finds import/export statements (at the top level and inside
// `declare module "x" {…}` blocks, whose imports esbuild reports too), and
// `import("x")` and `require("x")` calls (not `typeof import("x")` types).
func (s *moduleScanner) statements() []moduleStatement {
	var out []moduleStatement
	for i, t := range s.toks {
		if t.kind != skIdent || (i > 0 && s.isPunct(i-1, '.')) {
			continue
		}
		var st moduleStatement
		var ok bool
		switch word := s.text(i); {
		case (word == "import" || word == "require") && s.isPunct(i+1, '('):
			st, ok = s.callReference(i)
		case !s.statementStart(i):
		case word == "import":
			st, ok = s.importStatement(i)
		case word == "export":
			st, ok = s.exportStatement(i)
		}
		if ok {
			out = append(out, st)
		}
	}
	return out
}

// statementStart tells whether token i can begin a statement: first in the
// file, after `{`, `}` or `;`, or on a new line.
func (s *moduleScanner) statementStart(i int) bool {
	if i == 0 || s.isPunct(i-1, '{') || s.isPunct(i-1, '}') || s.isPunct(i-1, ';') {
		return true
	}
	for j := s.toks[i-1].end; j < s.toks[i].start; j++ {
		if isScanLineBreak(s.src, int(j)) {
			return true
		}
	}
	return false
}

// callReference reads `import("x"…` or `require("x")` at i.
func (s *moduleScanner) callReference(i int) (moduleStatement, bool) {
	lit := i + 2
	if !s.isLiteral(lit) || s.isWord(i-1, "typeof") {
		return moduleStatement{}, false
	}
	st := moduleStatement{Kind: ImportDynamic, Keyword: s.toks[i].start, Specifier: s.rangeOf(lit), End: s.toks[lit].end}
	if s.text(i) == "require" {
		if !s.isPunct(lit+1, ')') || s.isImportEqualsRequire(i) {
			return st, false // require takes exactly one argument
		}
		st.Kind, st.End = ImportRequire, s.toks[lit+1].end
	}
	return st, true
}

// isImportEqualsRequire tells whether the `require` at i belongs to
// `import x = require(…)` or `import type x = require(…)`, a statement already.
func (s *moduleScanner) isImportEqualsRequire(i int) bool {
	if !s.isPunct(i-1, '=') || !s.isIdent(i-2) {
		return false
	}
	return s.isWord(i-3, "import") || s.isWord(i-3, "type") && s.isWord(i-4, "import")
}

// isLiteral accepts a complete string or a template without substitutions.
func (s *moduleScanner) isLiteral(i int) bool {
	if s.isString(i) {
		return true
	}
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != skTemplate {
		return false
	}
	t := s.toks[i]
	return t.end-t.start >= 2 && s.src[t.start] == '`' && s.src[t.end-1] == '`'
}

// literalValue is the text between a literal's quotes (escapes are not decoded:
// specifiers practically never hold any).
func literalValue(src []byte, r Range) string { return string(src[r.Start+1 : r.End-1]) }

func (s *moduleScanner) text(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return string(s.src[s.toks[i].start:s.toks[i].end])
}

func (s *moduleScanner) isPunct(i int, c byte) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == skPunct && s.src[s.toks[i].start] == c
}

func (s *moduleScanner) isIdent(i int) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == skIdent
}

func (s *moduleScanner) isWord(i int, w string) bool { return s.isIdent(i) && s.text(i) == w }

// isString accepts only a complete quoted literal (a broken one ends at a line break).
func (s *moduleScanner) isString(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != skString {
		return false
	}
	t := s.toks[i]
	return t.end-t.start >= 2 && s.src[t.end-1] == s.src[t.start]
}

func (s *moduleScanner) rangeOf(i int) Range { return Range{s.toks[i].start, s.toks[i].end} }

// fromClause accepts `from "x"` at j and returns the literal's token index.
func (s *moduleScanner) fromClause(j int) (int, bool) {
	if s.isWord(j, "from") && s.isString(j+1) {
		return j + 1, true
	}
	return 0, false
}

func (s *moduleScanner) importStatement(i int) (moduleStatement, bool) {
	st := moduleStatement{Kind: ImportStatic, Keyword: s.toks[i].start}
	j := i + 1
	if s.isString(j) { // import "x"
		st.Specifier, st.End = s.rangeOf(j), s.toks[j].end
		return st, true
	}
	if s.isWord(j, "type") && s.typeModifierAt(j) {
		st.TypeOnly = true
		j++
	}
	if s.isIdent(j) && s.isPunct(j+1, '=') { // import x = require("x")
		if s.isWord(j+2, "require") && s.isPunct(j+3, '(') && s.isString(j+4) {
			st.Kind, st.Specifier, st.End = ImportEquals, s.rangeOf(j+4), s.toks[j+4].end
			if s.isPunct(j+5, ')') {
				st.End = s.toks[j+5].end
			}
			return st, true
		}
		return st, false
	}
	hasDefault, hasNamespace := false, false
	if s.isIdent(j) {
		if _, isFrom := s.fromClause(j); isFrom {
			return st, false // `import from "x"` is not valid; leave it alone
		}
		hasDefault = true
		j++
		if !s.isPunct(j, ',') {
			return s.finishImport(st, j, hasDefault, hasNamespace, 0, false)
		}
		j++
	}
	named, allType := 0, false
	switch {
	case s.isPunct(j, '*') && s.isWord(j+1, "as") && s.isIdent(j+2):
		hasNamespace = true
		j += 3
	case s.isPunct(j, '{'):
		var ok bool
		j, named, allType, ok = s.namedClause(j)
		if !ok {
			return st, false
		}
	default:
		return st, false
	}
	return s.finishImport(st, j, hasDefault, hasNamespace, named, allType)
}

func (s *moduleScanner) finishImport(st moduleStatement, j int, hasDefault, hasNamespace bool, named int, allType bool) (moduleStatement, bool) {
	lit, ok := s.fromClause(j)
	if !ok {
		return st, false
	}
	if !hasDefault && !hasNamespace && named > 0 && allType {
		st.TypeOnly = true
	}
	st.Specifier, st.End = s.rangeOf(lit), s.toks[lit].end
	return st, true
}

// typeModifierAt tells whether `type` at j marks the import as type-only rather
// than being the default binding (`import type from "x"`, `import type, {a} from "x"`).
func (s *moduleScanner) typeModifierAt(j int) bool {
	switch {
	case s.isPunct(j+1, '{') || s.isPunct(j+1, '*'):
		return true
	case s.isWord(j+1, "from"):
		return !s.isString(j + 2) // `import type from from "x"` is type-only
	case s.isIdent(j + 1):
		return true
	}
	return false
}

func (s *moduleScanner) exportStatement(i int) (moduleStatement, bool) {
	st := moduleStatement{Kind: ImportExport, Keyword: s.toks[i].start}
	j := i + 1
	if s.isWord(j, "import") { // export import x = require("x")
		inner, ok := s.importStatement(j)
		if !ok || inner.Kind != ImportEquals {
			return st, false
		}
		inner.Keyword = st.Keyword
		return inner, true
	}
	if s.isWord(j, "type") && (s.isPunct(j+1, '{') || s.isPunct(j+1, '*')) {
		st.TypeOnly = true
		j++
	}
	switch {
	case s.isPunct(j, '*'):
		j++
		if s.isWord(j, "as") && (s.isIdent(j+1) || s.isString(j+1)) {
			j += 2
		}
	case s.isPunct(j, '{'):
		var named int
		var allType, ok bool
		j, named, allType, ok = s.namedClause(j)
		if !ok {
			return st, false
		}
		if named > 0 && allType {
			st.TypeOnly = true
		}
	default:
		return st, false
	}
	lit, ok := s.fromClause(j)
	if !ok {
		return st, false
	}
	st.Specifier, st.End = s.rangeOf(lit), s.toks[lit].end
	return st, true
}

// namedClause reads `{ a, type b, c as d, "x" as e }` starting at the `{` at j.
// It returns the index after `}`, the number of specifiers and whether every one is type-marked.
func (s *moduleScanner) namedClause(j int) (next, named int, allType, ok bool) {
	allType = true
	j++
	elem := j
	for {
		switch {
		case j >= len(s.toks):
			return 0, 0, false, false
		case s.isPunct(j, '}') || s.isPunct(j, ','):
			if j > elem {
				named++
				allType = allType && s.typeMarked(elem, j)
			}
			if s.isPunct(j, '}') {
				return j + 1, named, allType, true
			}
			elem = j + 1
		case s.isIdent(j) || s.isString(j):
		default:
			return 0, 0, false, false
		}
		j++
	}
}

// typeMarked applies TypeScript's reading of a specifier's tokens [from, to):
// `type a`, `type a as b`, `type as` and `type as as b` are type-marked; `type`
// and `type as b` (importing `type` as b) are not.
func (s *moduleScanner) typeMarked(from, to int) bool {
	n := to - from
	if n < 2 || s.text(from) != "type" {
		return false
	}
	if s.text(from+1) == "as" {
		return n == 2 || n == 4
	}
	return true
}

// rewrittenForEsbuild tells which statements esbuild would not report as they
// are: type-only ones (dropped as types) and `import x = require("x")`, which it
// ignores inside `declare module` blocks.
func rewrittenForEsbuild(st moduleStatement) bool {
	return st.TypeOnly || st.Kind == ImportEquals
}

// rewriteForEsbuild returns a copy of src in which every statement that
// rewrittenForEsbuild picks is a side-effect import of the same byte length:
// `import type {A} from "x"` becomes `import          "x"`, and
// `import X = require("x")` becomes `import  …  "x" `. Line breaks are kept, so
// lines and offsets stay exact.
func rewriteForEsbuild(src []byte, stmts []moduleStatement) []byte {
	out := append([]byte(nil), src...)
	for _, st := range stmts {
		if !rewrittenForEsbuild(st) {
			continue
		}
		copy(out[st.Keyword:], "import")
		blank(out, st.Keyword+6, st.Specifier.Start)
		blank(out, st.Specifier.End, st.End)
	}
	return out
}

// blank replaces out[from:to] with spaces, keeping line terminators.
func blank(out []byte, from, to int32) {
	for i := from; i < to; i++ {
		switch c := out[i]; {
		case c == '\n' || c == '\r':
		case c == 0xE2 && i+2 < to && out[i+1] == 0x80 && (out[i+2] == 0xA8 || out[i+2] == 0xA9):
			i += 2
		default:
			out[i] = ' '
		}
	}
}
