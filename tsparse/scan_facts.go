package tsparse

import (
	"slices"
	"sync"
)

// ScanFacts reads a file's module facts — imports (every form ExtractFacts
// knows), exports and `export *` sources — from its tokens, without building a
// syntax tree. It is what pass 1 uses when no enabled rule needs the tree (the
// FSD rule set): a third of a full parse's time and none of its allocation.
//
// The scanner only reports what it can classify with certainty from tokens.
// When it meets a construct whose meaning needs the parser (a `/` after `}`,
// `import(` that may be a type, `<` that may be a type parameter list, a
// multi-name `export const`, a lexical error, …) it gives up and returns
// ok=false; the caller then parses the file, so the result is always the
// parser's. Declarations are not collected (Facts.Declarations stays nil).
// Comments are returned for suppression directives. Grammar errors that are
// not lexical pass unnoticed here: the caller documents that. A bug of the
// scanner itself (a runtime panic) also hands the file to the parser, so that
// it never stops a run; the tests scan with scanFacts(…, true), which lets it
// through.
func ScanFacts(path string, src []byte) (facts *Facts, comments []Comment, ok bool) {
	return scanFacts(path, src, false)
}

func scanFacts(path string, src []byte, strict bool) (facts *Facts, comments []Comment, ok bool) {
	s := scanners.Get().(*factScanner)
	s.reset()
	s.ts, s.jsx, _ = dialectOf(path)
	s.l.init(src)
	defer func() {
		if r := recover(); r != nil {
			switch r.(type) {
			case scanBailout, *SyntaxError:
			default:
				if strict {
					panic(r)
				}
			}
			facts, comments, ok = nil, nil, false
		}
		s.l.src, s.l.str = nil, "" // the pool must not keep the file alive
		scanners.Put(s)
	}()
	s.l.skipBOMAndHashbang()
	s.prev, s.prevTok = prevStart, TSemicolon
	s.run(TEOF)
	facts = &Facts{Imports: exactCopy(s.facts.Imports), Exports: exactCopy(s.facts.Exports), ExportsAll: exactCopy(s.facts.ExportsAll)}
	return facts, exactCopy(s.l.comments), true
}

// scanners are reused: a file's lists grow in the scanner's own buffers and
// are copied out at their final length, so that the only allocations a scan
// leaves are what it returns (with the collector off in FSD runs, every
// discarded growth step was fresh memory, a page fault per 4 KB).
var scanners = sync.Pool{New: func() any { return new(factScanner) }}

// reset clears s for a new file, keeping its buffers.
func (s *factScanner) reset() {
	*s = factScanner{
		facts: Facts{Imports: s.facts.Imports[:0], Exports: s.facts.Exports[:0], ExportsAll: s.facts.ExportsAll[:0]},
		specs: s.specs[:0],
		l:     lexer{comments: s.l.comments[:0]},
	}
}

// exactCopy copies a scanner buffer out at its length; nil when empty, as the
// parser leaves an empty list.
func exactCopy[T any](buf []T) []T {
	if len(buf) == 0 {
		return nil
	}
	return append(make([]T, 0, len(buf)), buf...)
}

// scanBailout is the panic value that abandons a scan.
type scanBailout struct{}

func bail() { panic(scanBailout{}) }

// maxScanDepth bounds the scanner's recursion; deeper files go to the parser,
// which has its own limit and message.
const maxScanDepth = 400

// prevKind says what the previous token means for a following `/` (regex or
// division) and `<` (JSX or less-than).
type prevKind uint8

const (
	prevStart  prevKind = iota // an expression may start here
	prevValue                  // an expression just ended
	prevUnsure                 // the parser's context would be needed
)

type factScanner struct {
	l       lexer
	jsx, ts bool
	facts   Facts
	depth   int
	prev    prevKind
	prevTok Token
	// again: the current token was read ahead by a helper; the loop takes it
	// as it is instead of reading the next one.
	again bool
	// exportVar is on between a top-level `export const x` and the end of
	// that statement: a comma at the top level would declare more names.
	exportVar       bool
	exportVarAngles []bool // open `<` in it; true: of type parameters
	// callParen is true while the innermost open paren holds call arguments.
	callParen bool
	specs     []scannedSpec // specList's buffer
}

// next reads the next token, taking `/` as a regular expression where an
// expression may start.
func (s *factScanner) next() {
	s.l.next()
	if t := s.l.tok; t == TSlash || t == TSlashEq {
		switch s.prev {
		case prevStart:
			s.l.rescanRegex()
		case prevUnsure:
			bail()
		}
	}
}

// run handles tokens until close (the closer of the group being scanned, or
// TEOF at the top), which it consumes.
func (s *factScanner) run(close Token) {
	for {
		if s.again {
			s.again = false
		} else {
			s.next()
		}
		t := s.l.tok
		if s.exportVar && s.depth == 0 {
			s.watchExportVar(t)
		}
		if s.prevTok == TDot || s.prevTok == TQuestionDot {
			if t == TIdent || t.IsKeyword() || t == TPrivateName {
				s.set(prevValue, t) // a property name, whatever its spelling
				continue
			}
		}
		switch t {
		case TEOF:
			if close != TEOF {
				bail() // unbalanced: the parser will say where
			}
			return
		case TCloseParen, TCloseBracket, TCloseBrace:
			if t != close {
				bail()
			}
			return
		case TOpenParen:
			ctrl := s.prevTok == TIf || s.prevTok == TWhile || s.prevTok == TFor || s.prevTok == TWith
			call := s.prev == prevValue
			s.group(TCloseParen, call)
			if ctrl {
				s.set(prevStart, TCloseParen)
			} else {
				s.set(prevValue, TCloseParen)
			}
		case TOpenBracket:
			s.group(TCloseBracket, false)
			s.set(prevValue, TCloseBracket)
		case TOpenBrace:
			s.group(TCloseBrace, false)
			s.set(prevUnsure, TCloseBrace) // a block or an object literal
		case TTemplateHead:
			s.template()
			s.set(prevValue, TTemplateTail)
		case TLess:
			switch {
			case !s.jsx || s.prev == prevValue:
				s.set(prevStart, t)
			case s.prev == prevStart:
				s.jsxElement()
				s.set(prevValue, TGreater)
			default:
				bail()
			}
		case TImport:
			s.importKeyword()
		case TExport:
			s.exportKeyword()
		case TIdent:
			s.ident()
		case TNumber, TBigInt, TString, TRegExp, TNoSubstTemplate, TPrivateName,
			TThis, TSuper, TNull, TTrue, TFalse:
			s.set(prevValue, t)
		case TPlusPlus, TMinusMinus:
			if s.prev == prevValue && !s.l.nl {
				s.set(prevValue, t) // postfix
			} else {
				s.set(prevStart, t)
			}
		case TBang:
			if s.prev == prevValue && !s.l.nl && s.ts {
				s.set(prevValue, t) // non-null assertion
			} else {
				s.set(prevStart, t)
			}
		default: // operators, punctuation and the other reserved words
			s.set(prevStart, t)
		}
	}
}

func (s *factScanner) set(k prevKind, t Token) { s.prev, s.prevTok = k, t }

// group scans a bracketed group whose opener is the current token.
func (s *factScanner) group(close Token, call bool) {
	s.depth++
	if s.depth > maxScanDepth {
		bail()
	}
	outer := s.callParen
	s.callParen = call
	s.set(prevStart, s.l.tok)
	s.run(close)
	s.callParen = outer
	s.depth--
}

// template scans the substitutions of a template whose head is the current token.
func (s *factScanner) template() {
	for {
		s.group(TCloseBrace, false)
		s.l.rescanTemplateContinuation()
		if s.l.tok == TTemplateTail {
			return
		}
	}
}

// watchExportVar ends `export const …` at its `;` or at a line that starts a
// new statement, and gives up on a comma that may start a second declarator
// (a comma between type arguments, Record<K, V>, is followed by a type).
func (s *factScanner) watchExportVar(t Token) {
	switch {
	case t == TLess && (s.prev == prevValue || !s.jsx): // in .tsx the JSX scan takes the rest
		// after a value: type arguments or less-than; elsewhere (in a .ts
		// file) type parameters or an assertion, where every comma is theirs
		s.exportVarAngles = append(s.exportVarAngles, s.prev != prevValue)
	case t == TGreater && len(s.exportVarAngles) > 0:
		s.exportVarAngles = s.exportVarAngles[:len(s.exportVarAngles)-1]
	case t == TComma:
		n := len(s.exportVarAngles)
		if n > 0 && s.exportVarAngles[n-1] {
			return
		}
		if s.mayStartDeclarator(n > 0) {
			bail()
		}
	case t == TSemicolon || t == TEOF:
		s.exportVar = false
	case s.l.nl && startsStatement(t, s.l.value):
		s.exportVar = false
	}
}

// mayStartDeclarator: after a comma, `name` followed by `:`, `=`, `!`, `,`,
// `;`, `}`, the end or a line break, or a destructuring pattern. Inside
// angle brackets (createAsyncThunk<A, B, { … }>(…)) a name or a bracketed
// type followed by `,` or `>` is a type argument: a real declarator list has
// to end in one of the other followers, and that one gives up.
func (s *factScanner) mayStartDeclarator(inAngles bool) bool {
	st := s.l.save()
	defer s.l.restore(st)
	s.l.next()
	switch s.l.tok {
	case TOpenBrace, TOpenBracket:
		if !inAngles || !s.skipBracketed() {
			return true
		}
	case TIdent:
	default:
		return false
	}
	s.l.next()
	switch s.l.tok {
	case TComma, TGreater:
		return !inAngles
	case TColon, TEq, TBang, TSemicolon, TCloseBrace, TEOF:
		return true
	}
	return s.l.nl
}

// skipBracketed moves the lexer past the balanced group that opens at the
// current token, reading tokens only (false if it cannot: a `/` or a template
// inside, whose meaning needs context).
func (s *factScanner) skipBracketed() bool {
	depth := 0
	for {
		switch s.l.tok {
		case TOpenBrace, TOpenBracket, TOpenParen:
			depth++
		case TCloseBrace, TCloseBracket, TCloseParen:
			depth--
			if depth == 0 {
				return true
			}
		case TSlash, TSlashEq, TTemplateHead, TEOF:
			return false
		}
		s.l.next()
	}
}

// startsStatement: tokens that, first on a line, begin a new statement.
func startsStatement(t Token, value string) bool {
	switch t {
	case TExport, TImport, TConst, TVar, TFunction, TClass, TIf, TFor, TWhile, TDo, TReturn,
		TSwitch, TTry, TThrow, TEnum, TBreak, TContinue, TDebugger:
		return true
	case TIdent:
		switch value {
		case "let", "type", "interface", "declare", "namespace", "module", "abstract":
			return true
		}
	}
	return false
}

// ident handles an identifier: `require(…)` calls and contextual keywords.
func (s *factScanner) ident() {
	switch s.l.value {
	case "require":
		if s.prevTok != TNew && s.prevTok != TFunction {
			s.requireCall()
			return
		}
	case "await", "yield", "of":
		s.set(prevUnsure, TIdent)
		return
	}
	s.set(prevValue, TIdent)
}

// requireCall: the current token is `require`. require("x") with exactly one
// literal argument is an import; anything else is an ordinary call.
func (s *factScanner) requireCall() {
	start := s.l.start
	s.set(prevValue, TIdent)
	s.next()
	if s.l.tok != TOpenParen {
		s.again = true
		return
	}
	outer := s.openCallArgs()
	spec, specRange, isLit := s.literal()
	if isLit {
		s.set(prevValue, s.l.tok)
		s.next()
		if s.l.tok == TComma {
			s.set(prevStart, TComma)
			s.next()
		}
		if s.l.tok == TCloseParen {
			s.add(Import{Specifier: spec, Kind: ImportRequire, SpecifierRange: specRange,
				StatementRange: Range{start, s.l.pos}})
			s.callParen = outer
			s.depth--
			s.set(prevValue, TCloseParen)
			return
		}
	}
	s.again = true
	s.run(TCloseParen)
	s.closeCallArgs(outer)
}

// openCallArgs enters the argument list whose `(` is the current token and
// reads the first argument's token; it returns the state closeCallArgs restores.
func (s *factScanner) openCallArgs() (outer bool) {
	s.depth++
	outer = s.callParen
	s.callParen = true
	s.set(prevStart, TOpenParen)
	s.next()
	return outer
}

// closeCallArgs leaves an argument list whose `)` was just read.
func (s *factScanner) closeCallArgs(outer bool) {
	s.callParen = outer
	s.depth--
	s.set(prevValue, TCloseParen)
}

// literal reads the current token as a module specifier: a string or a
// template without substitutions.
func (s *factScanner) literal() (string, Range, bool) {
	switch s.l.tok {
	case TString:
		return s.l.value, s.l.rng(), true
	case TNoSubstTemplate:
		return templateCooked(s.l.value), s.l.rng(), true
	}
	return "", Range{}, false
}

func (s *factScanner) add(imp Import) { s.facts.Imports = append(s.facts.Imports, imp) }

func (s *factScanner) export(name string, typeOnly bool, r Range) {
	if s.depth == 0 {
		s.facts.Exports = append(s.facts.Exports, Export{Name: name, TypeOnly: typeOnly, Range: r})
	}
}

// expect reads the next token and gives up unless it is t.
func (s *factScanner) expect(t Token) {
	s.next()
	if s.l.tok != t {
		bail()
	}
}

// isWord: the current token is the identifier w (not escaped).
func (s *factScanner) isWord(w string) bool {
	return s.l.tok == TIdent && s.l.value == w && !s.l.escaped
}

// name reads the current token as an identifier name (keywords allowed).
func (s *factScanner) name() (string, Range) {
	t := s.l.tok
	if s.l.escaped && t != TIdent {
		bail()
	}
	switch {
	case t == TIdent:
		return s.l.value, s.l.rng()
	case t.IsKeyword():
		return s.l.text(), s.l.rng()
	}
	bail()
	return "", Range{}
}

// moduleExportName reads an identifier name or a string.
func (s *factScanner) moduleExportName() (string, Range) {
	if s.l.tok == TString {
		return s.l.value, s.l.rng()
	}
	return s.name()
}

// bindingIdent reads the current token as a binding identifier.
func (s *factScanner) bindingIdent() (string, Range) {
	if s.l.tok != TIdent {
		bail()
	}
	return s.l.value, s.l.rng()
}

// endStatement takes an optional `;` after a module statement; a token that
// starts the next statement is left for the loop.
func (s *factScanner) endStatement() {
	s.set(prevStart, TSemicolon)
	s.next()
	s.endAtCurrent()
}

// attributesThenEnd skips `with { … }` / `assert { … }` and ends the statement.
func (s *factScanner) attributesThenEnd() {
	s.set(prevStart, TSemicolon)
	s.next()
	if s.l.tok == TWith || s.isWord("assert") && !s.l.nl {
		s.expect(TOpenBrace)
		s.group(TCloseBrace, false)
		s.endStatement()
		return
	}
	s.again = true
	s.endAtCurrent()
}

// endAtCurrent ends a module statement at the current token: a `;` is taken;
// `}`, the end or a token on a new line is left for the loop.
func (s *factScanner) endAtCurrent() {
	s.again = false
	switch {
	case s.l.tok == TSemicolon:
	case s.l.tok == TCloseBrace || s.l.tok == TEOF || s.l.nl:
		s.again = true
	default:
		bail()
	}
	s.set(prevStart, TSemicolon)
}

// importKeyword: the current token is `import`.
func (s *factScanner) importKeyword() {
	start := s.l.start
	prevTok, prev := s.prevTok, s.prev
	s.set(prevStart, TImport)
	s.next()
	switch t := s.l.tok; {
	case t == TDot: // import.meta
		s.set(prevStart, TDot)
	case t == TOpenParen:
		s.importCall(start, prevTok, prev)
	case t == TColon || t == TComma || t == TCloseBrace || t == TEq || t == TQuestion || t == TSemicolon || t == TLess:
		// a property or class member named import
		s.set(prevValue, TImport)
		s.again = true
	default:
		s.importDecl(start)
	}
}

// importCall: `import(` where the current token is `(`. Only positions that
// cannot be a type (`typeof import("x")` is an import type, not an import) are
// taken; elsewhere the parser decides.
func (s *factScanner) importCall(start int32, prevTok Token, prev prevKind) {
	switch {
	case prevTok == TReturn || prevTok == TVoid || prevTok == TThrow:
	case prevTok == TIdent && prev == prevUnsure: // await, yield
	case prevTok == TSemicolon || prevTok == TOpenBrace || prevTok == TCloseBrace:
		// a statement's start: in a class or type body import(x) would be a
		// method, and with a string literal argument the file does not parse
	case prevTok == TOpenParen && s.callParen: // a call's first argument (a later one may sit in type arguments)
	default:
		bail()
	}
	outer := s.openCallArgs()
	spec, specRange, isLit := s.literal()
	if !isLit {
		s.again = true
		s.run(TCloseParen)
	} else {
		s.set(prevValue, s.l.tok)
		s.next()
		if s.l.tok != TCloseParen {
			s.again = true
			s.run(TCloseParen)
		}
		s.add(Import{Specifier: spec, Kind: ImportDynamic, SpecifierRange: specRange,
			StatementRange: Range{start, s.l.pos}})
	}
	s.closeCallArgs(outer)
}

// importDecl parses an import declaration; the current token follows `import`.
func (s *factScanner) importDecl(start int32) {
	imp := Import{Kind: ImportStatic, StatementRange: Range{Start: start}}
	if s.l.tok == TString {
		imp.Specifier, imp.SpecifierRange = s.l.value, s.l.rng()
		s.attributesThenEnd()
		imp.StatementRange.End = s.stmtEnd()
		s.add(imp)
		return
	}
	if s.ts && s.isWord("type") {
		if s.typeModifierOnImport() {
			imp.TypeOnly = true
			s.next()
		}
	}
	hasDefault, hasNamespace := false, false
	if s.l.tok == TIdent {
		name, r := s.bindingIdent()
		s.next()
		if s.l.tok == TEq {
			if !s.ts {
				bail()
			}
			s.importEquals(start, imp.TypeOnly, name, r, false)
			return
		}
		hasDefault = true
		imp.Names = append(imp.Names, ImportName{Imported: "default", Local: name, TypeOnly: imp.TypeOnly, Range: r})
		if s.l.tok == TComma {
			s.next()
		} else {
			s.again = true
		}
	}
	switch {
	case s.again:
		s.again = false
	case s.l.tok == TStar:
		s.next()
		if !s.isWord("as") {
			bail()
		}
		s.next()
		name, r := s.bindingIdent()
		hasNamespace = true
		imp.Names = append(imp.Names, ImportName{Imported: "*", Local: name, TypeOnly: imp.TypeOnly, Range: r})
		s.next()
	case s.l.tok == TOpenBrace:
		allTyped := s.importSpecs(&imp)
		if allTyped && !hasDefault && !hasNamespace {
			imp.TypeOnly = true
		}
		s.next()
	default:
		bail()
	}
	if !s.isWord("from") {
		bail()
	}
	s.next()
	if s.l.tok != TString {
		bail()
	}
	imp.Specifier, imp.SpecifierRange = s.l.value, s.l.rng()
	s.attributesThenEnd()
	imp.StatementRange.End = s.stmtEnd()
	s.add(imp)
}

// stmtEnd is the end of a module statement just scanned: its `;` when it has
// one, else the specifier or attribute list before the lookahead token.
func (s *factScanner) stmtEnd() int32 {
	if s.again {
		return s.l.prevEnd
	}
	return s.l.pos
}

// typeModifierOnImport: at `type` after `import`, as the parser decides it.
func (s *factScanner) typeModifierOnImport() bool {
	st := s.l.save()
	defer s.l.restore(st)
	s.l.next()
	switch s.l.tok {
	case TOpenBrace, TStar:
		return true
	case TIdent:
		if s.l.value != "from" {
			return true
		}
		s.l.next() // import type from ?
		return s.l.tok == TIdent && s.l.value == "from" || s.l.tok == TEq
	}
	return false
}

// scannedSpec is one specifier of an import or export brace list:
// `[type] first [as second]`.
type scannedSpec struct {
	marked        bool // `type` before it
	first, second string
	firstRange    Range
	secondRange   Range
	firstIsString bool
	hasAs         bool
	rng           Range // the whole specifier
}

// specList reads a brace list of specifiers (the current token is `{`), up to
// and including `}`; second reads the name after `as`.
func (s *factScanner) specList(second func() (string, Range)) []scannedSpec {
	out := s.specs[:0]
	defer func() { s.specs = out }()
	s.next()
	for s.l.tok != TCloseBrace {
		sp := scannedSpec{rng: Range{Start: s.l.start}}
		sp.marked = s.ts && s.isWord("type") && s.typeModifierInSpec()
		if sp.marked {
			s.next()
		}
		sp.firstIsString = s.l.tok == TString
		sp.first, sp.firstRange = s.moduleExportName()
		s.next()
		if s.isWord("as") {
			s.next()
			sp.second, sp.secondRange = second()
			sp.hasAs = true
			s.next()
		}
		sp.rng.End = s.l.prevEnd
		out = append(out, sp)
		if s.l.tok != TComma {
			break
		}
		s.next()
	}
	if s.l.tok != TCloseBrace {
		bail()
	}
	return out
}

// importSpecs reads `{ a, type b, c as d, "e" as f }` into imp.Names; the
// current token is `{`. It reports whether every specifier is marked `type`.
func (s *factScanner) importSpecs(imp *Import) bool {
	specs := s.specList(s.name)
	allMarked := len(specs) > 0
	imp.Names = slices.Grow(imp.Names, len(specs)) // after a default import's name, if any
	for _, sp := range specs {
		local := sp.first
		if sp.hasAs {
			local = sp.second
		} else if sp.firstIsString {
			bail() // import { "a-b" } needs `as`: the parser says so
		}
		imp.Names = append(imp.Names, ImportName{Imported: sp.first, Local: local,
			TypeOnly: imp.TypeOnly || sp.marked, Range: sp.rng})
		allMarked = allMarked && sp.marked
	}
	return allMarked
}

// typeModifierInSpec: at `type` inside braces: `type X`, `type as as X`,
// `type as`, are type-only; `type`, `type as X` name something called type.
func (s *factScanner) typeModifierInSpec() bool {
	st := s.l.save()
	defer s.l.restore(st)
	s.l.next()
	t := s.l.tok
	if !(t == TIdent || t.IsKeyword() || t == TString) {
		return false
	}
	if t != TIdent || s.l.value != "as" {
		return true
	}
	s.l.next() // after `type as`
	if s.l.tok == TIdent && s.l.value == "as" {
		return true
	}
	return s.l.tok == TComma || s.l.tok == TCloseBrace
}

// importEquals: `import [type] X = require("y")` or `import X = A.B`; the
// current token is `=`. exported: the statement is `export import …`.
func (s *factScanner) importEquals(start int32, typeOnly bool, name string, r Range, exported bool) {
	if exported {
		s.export(name, typeOnly, r)
	}
	s.next()
	if s.isWord("require") {
		st := s.l.save()
		s.l.next()
		if s.l.tok == TOpenParen {
			s.next()
			if s.l.tok != TString {
				bail()
			}
			spec, specRange := s.l.value, s.l.rng()
			s.expect(TCloseParen)
			s.endStatement()
			s.add(Import{Specifier: spec, Kind: ImportEquals, TypeOnly: typeOnly,
				SpecifierRange: specRange, StatementRange: Range{start, s.stmtEnd()},
				Names: []ImportName{{Imported: "*", Local: name, TypeOnly: typeOnly, Range: r}}})
			return
		}
		s.l.restore(st)
	}
	// an entity name: A.B.C
	for {
		if s.l.tok != TIdent && !s.l.tok.IsKeyword() {
			bail()
		}
		s.next()
		if s.l.tok != TDot {
			break
		}
		s.next()
	}
	s.again = true
	s.endAtCurrent()
}

// exportKeyword: the current token is `export`.
func (s *factScanner) exportKeyword() {
	start := s.l.start
	s.set(prevStart, TExport)
	s.next()
	switch t := s.l.tok; t {
	case TColon, TComma, TCloseBrace, TQuestion, TSemicolon, TOpenParen, TLess, TBang:
		if s.depth == 0 {
			bail()
		}
		s.set(prevValue, TExport) // a property or class member named export
		s.again = true
		return
	case TEq:
		if s.depth > 0 {
			s.set(prevValue, TExport)
			s.again = true
			return
		}
		s.set(prevStart, TEq) // export = expression
		return
	case TDefault:
		s.export("default", s.defaultIsInterface(), s.l.rng())
		s.set(prevStart, TDefault)
		return
	case TStar:
		s.exportAll(start, false)
		return
	case TOpenBrace:
		s.exportNamed(start, false)
		return
	case TImport:
		s.next()
		inner := s.l.start // the parser's import-equals range starts after `import`
		typeOnly := false
		if s.isWord("type") {
			st := s.l.save()
			s.l.next()
			isMod := s.l.tok == TIdent
			s.l.restore(st)
			if isMod {
				typeOnly = true
				s.next()
			}
		}
		name, r := s.bindingIdent()
		s.expect(TEq)
		s.importEquals(inner, typeOnly, name, r, true)
		return
	case TAt:
		bail()
	case TIdent:
		if s.ts && s.isWord("type") {
			st := s.l.save()
			s.l.next()
			next := s.l.tok
			s.l.restore(st)
			if next == TOpenBrace || next == TStar {
				s.next()
				if next == TStar {
					s.exportAll(start, true)
				} else {
					s.exportNamed(start, true)
				}
				return
			}
		}
		if s.ts && s.isWord("as") { // export as namespace X
			s.set(prevValue, TIdent)
			return
		}
	}
	s.declaration(start)
}

// defaultIsInterface: at `default`: `export default interface X {}`.
func (s *factScanner) defaultIsInterface() bool {
	if !s.ts {
		return false
	}
	st := s.l.save()
	defer s.l.restore(st)
	s.l.next()
	if !(s.l.tok == TIdent && s.l.value == "interface") {
		return false
	}
	s.l.next()
	return s.l.tok == TIdent && !s.l.nl
}

// declaration handles `export <declaration>`; the current token follows `export`.
func (s *factScanner) declaration(start int32) {
	typeOnly := false
	if s.isWord("declare") {
		s.next()
	}
	switch t := s.l.tok; {
	case t == TConst || t == TVar || s.isWord("let") || s.isWord("using"):
		if t == TConst {
			st := s.l.save()
			s.l.next()
			isEnum := s.l.tok == TEnum
			s.l.restore(st)
			if isEnum {
				s.next()
				s.next()
				s.namedDecl(false)
				return
			}
		}
		s.next()
		name, r := s.bindingIdent() // destructuring: the parser's job
		s.export(name, false, r)
		s.set(prevValue, TIdent)
		if s.depth == 0 {
			s.exportVar, s.exportVarAngles = true, s.exportVarAngles[:0]
		}
	case t == TFunction || s.isWord("async"):
		if t != TFunction {
			s.expect(TFunction)
		}
		s.next()
		if s.l.tok == TStar {
			s.next()
		}
		name, r := s.bindingIdent()
		n := len(s.facts.Exports)
		if !(s.depth == 0 && n > 0 && s.facts.Exports[n-1].Name == name) { // overloads export once
			s.export(name, false, r)
		}
		s.set(prevValue, TIdent)
	case t == TClass || s.isWord("abstract"):
		if t != TClass {
			s.expect(TClass)
		}
		s.next()
		if s.l.tok != TIdent || s.l.value == "implements" || s.l.value == "extends" {
			bail()
		}
		s.namedDecl(false)
	case t == TEnum:
		s.next()
		s.namedDecl(false)
	case s.isWord("interface"):
		s.next()
		typeOnly = true
		s.namedDecl(typeOnly)
	case s.isWord("type"):
		s.next()
		s.namedDecl(true)
	case s.isWord("namespace") || s.isWord("module"):
		s.next()
		if s.l.tok == TString {
			s.set(prevValue, TString)
			return
		}
		if s.isWord("global") {
			bail()
		}
		s.namedDecl(false)
	default:
		bail()
	}
}

// namedDecl exports the declaration name that is the current token.
func (s *factScanner) namedDecl(typeOnly bool) {
	name, r := s.bindingIdent()
	s.export(name, typeOnly, r)
	s.set(prevValue, TIdent)
}

// exportAll: `export [type] * [as name] from "x"`; the current token is `*`.
func (s *factScanner) exportAll(start int32, typeOnly bool) {
	name := ImportName{Imported: "*", TypeOnly: typeOnly}
	s.next()
	alias := false
	if s.isWord("as") {
		s.next()
		name.Local, name.Range = s.moduleExportName()
		alias = true
		s.next()
	}
	if !s.isWord("from") {
		bail()
	}
	s.next()
	if s.l.tok != TString {
		bail()
	}
	spec, specRange := s.l.value, s.l.rng()
	s.attributesThenEnd()
	end := s.stmtEnd()
	if !alias {
		name.Range = Range{start, end}
		if s.depth == 0 {
			s.facts.ExportsAll = append(s.facts.ExportsAll, spec)
		}
	} else {
		s.export(name.Local, typeOnly, name.Range)
	}
	s.add(Import{Specifier: spec, Kind: ImportExport, TypeOnly: typeOnly, SpecifierRange: specRange,
		StatementRange: Range{start, end}, Names: []ImportName{name}})
}

// exportNamed: `export [type] { a, b as c } [from "x"]`; the current token is `{`.
func (s *factScanner) exportNamed(start int32, typeOnly bool) {
	imp := Import{Kind: ImportExport, TypeOnly: typeOnly}
	specs := s.specList(s.moduleExportName)
	exports := make([]Export, 0, len(specs))
	imp.Names = make([]ImportName, 0, len(specs))
	allMarked := len(specs) > 0
	for _, sp := range specs {
		exported, er := sp.first, sp.firstRange
		if sp.hasAs {
			exported, er = sp.second, sp.secondRange
		}
		imp.Names = append(imp.Names, ImportName{Imported: sp.first, Local: exported,
			TypeOnly: typeOnly || sp.marked, Range: sp.rng})
		exports = append(exports, Export{Name: exported, TypeOnly: typeOnly || sp.marked, Range: er})
		allMarked = allMarked && sp.marked
	}
	if s.depth == 0 {
		s.facts.Exports = append(s.facts.Exports, exports...)
	}
	s.set(prevStart, TSemicolon)
	s.next()
	if !s.isWord("from") {
		s.again = true
		s.endAtCurrent()
		return
	}
	s.next()
	if s.l.tok != TString {
		bail()
	}
	imp.Specifier, imp.SpecifierRange = s.l.value, s.l.rng()
	s.attributesThenEnd()
	imp.StatementRange = Range{start, s.stmtEnd()}
	if allMarked {
		imp.TypeOnly = true
	}
	s.add(imp)
}

// jsxElement scans a JSX element or fragment; the current token is `<`.
func (s *factScanner) jsxElement() {
	if s.prevTok == TQuestionDot {
		bail() // a?.<T>() : type arguments
	}
	s.l.next()
	s.jsxElementRest()
}

// jsxElementRest scans an element from the token after its `<`.
func (s *factScanner) jsxElementRest() {
	s.depth++
	if s.depth > maxScanDepth {
		bail()
	}
	name := s.jsxName(true)
	for { // attributes
		switch t := s.l.tok; {
		case t == TGreater:
			s.jsxChildren(name)
			s.depth--
			return
		case t == TSlash:
			s.l.next()
			if s.l.tok != TGreater {
				bail()
			}
			s.depth--
			return
		case t == TOpenBrace: // {...spread}
			s.group(TCloseBrace, false)
			s.l.next()
		case t == TIdent || t.IsKeyword():
			s.l.rescanJSXIdent()
			s.l.next()
			if s.l.tok == TColon {
				s.l.next()
				if s.l.tok != TIdent && !s.l.tok.IsKeyword() {
					bail()
				}
				s.l.rescanJSXIdent()
				s.l.next()
			}
			if s.l.tok != TEq {
				continue
			}
			s.l.nextJSXAttrValue()
			switch s.l.tok {
			case TString:
			case TOpenBrace:
				s.group(TCloseBrace, false)
			case TLess:
				s.l.next()
				s.jsxElementRest()
			default:
				bail()
			}
			s.l.next()
		default:
			bail()
		}
	}
}

// jsxName reads an element name (a.b.c or ns:name; "" for a fragment) from
// the current token and leaves the token after it current. opening: the name
// of an opening tag, where `<T,` and `<T extends` would be type parameters.
func (s *factScanner) jsxName(opening bool) string {
	if s.l.tok == TGreater {
		return ""
	}
	if s.l.tok != TIdent && !s.l.tok.IsKeyword() {
		bail()
	}
	s.l.rescanJSXIdent()
	name := s.l.text()
	s.l.next()
	if opening && (s.l.tok == TComma || s.l.tok == TIdent && s.l.value == "extends") {
		bail() // a generic arrow function: the parser knows
	}
	for s.l.tok == TDot || s.l.tok == TColon {
		sep := s.l.text()
		s.l.next()
		if s.l.tok != TIdent && !s.l.tok.IsKeyword() {
			bail()
		}
		s.l.rescanJSXIdent()
		name += sep + s.l.text()
		s.l.next()
	}
	if s.l.tok == TLess {
		bail() // type arguments on a JSX element
	}
	return name
}

// jsxChildren scans children up to and including the closing tag of name.
func (s *factScanner) jsxChildren(name string) {
	for {
		s.l.scanJSXChild()
		switch s.l.tok {
		case TJSXText:
		case TOpenBrace:
			s.group(TCloseBrace, false)
		case TLess:
			s.l.next()
			if s.l.tok != TSlash {
				s.jsxElementRest()
				continue
			}
			s.l.next()
			if s.jsxName(false) != name || s.l.tok != TGreater {
				bail()
			}
			return
		default:
			bail()
		}
	}
}
