package tsparse

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// knownDisagreement is a listed, explained difference between tsparse and a
// peer. Each one is pinned: the differential tests fail when a listed
// disagreement stops happening, so the list never goes stale.
type knownDisagreement struct {
	Path   string // as in disagreement.Path
	Kind   string
	Reason string
	// ParserBug marks a tsparse bug that was not fixed in time (not a
	// deliberate difference); see tsparse/testdata/DISAGREEMENTS.md.
	ParserBug bool
}

var knownDisagreements = append([]knownDisagreement{
	{
		Path: "testdata/syntax/invalid/arrow-newline.js", Kind: tsAccepts,
		Reason: "the ECMAScript grammar forbids a line break before `=>` ([no LineTerminator here]); " +
			"TypeScript's parser accepts it and reports it only from the checker's grammar checks; esbuild rejects it",
	},
	{
		Path: "testdata/syntax/esbuild-lenient/optional-index-signature.ts", Kind: esbuildAccepts,
		Reason: "esbuild skips TypeScript types loosely and accepts an optional index signature `[k: string]?: T`; " +
			"TypeScript's parser rejects it (';' expected) and tsparse follows TypeScript; the fallback test uses this file",
	},
	{
		Path: "testdata/syntax/esbuild-lenient/import-type-options-key.ts", Kind: esbuildAccepts,
		Reason: "the options of an import type must start with `with:` (or `assert:`): TypeScript's parser says \"'with' expected\" " +
			"and tsparse follows it; esbuild skips types and accepts any object there",
	},
	{
		Path: "testdata/syntax/limits/deep-parentheses.js", Kind: esbuildAccepts,
		Reason: "tsparse bounds nesting depth (issue 3: 10,000 nested parentheses give \"too deeply nested\", " +
			"not a stack overflow); esbuild accepts the file; TypeScript's parser overflows its stack (counted as a rejection)",
	},
	{
		Path: "testdata/syntax/limits/deep-arrays.js", Kind: esbuildAccepts,
		Reason: "as deep-parentheses.js, with 10,000 nested array literals",
	},
	{
		Path: "testdata/syntax/typescript-pragmas/malformed-reference-directive.ts", Kind: tsRejects,
		Reason: "TypeScript's parser validates `/// <reference …/>` directives (Invalid 'reference' directive syntax); " +
			"tsparse keeps them as comments, as esbuild does: no fsdlint rule reads them, and rejecting the file " +
			"over a comment would hide every other finding in it",
	},
}, earlyErrorExceptions()...)

// typeScriptLenientEarlyErrors are ECMAScript early errors (and one TypeScript
// grammar error) that TypeScript's parser accepts and its checker reports, with
// the checker's message (TypeScript 5.9.3, program diagnostics). tsparse follows TypeScript's parser: these files parse,
// and esbuild, which reports them while parsing, rejects them. One fixture each
// under testdata/syntax/early-errors/.
var typeScriptLenientEarlyErrors = map[string]string{
	"break-outside-loop.js":             "Jump target cannot cross function boundary.",
	"continue-outside-loop.js":          "Jump target cannot cross function boundary.",
	"duplicate-arrow-parameter.js":      "Duplicate identifier 'a'.",
	"duplicate-import-binding.js":       "Duplicate identifier 'format'.",
	"duplicate-let.js":                  "Cannot redeclare block-scoped variable 'sum'.",
	"duplicate-private-name.js":         "Duplicate identifier '#store'.",
	"duplicate-proto.js":                "An object literal cannot have multiple properties with the same name.",
	"duplicate-regex-flag.js":           "Duplicate regular expression flag.",
	"empty-type-arguments.ts":           "Type argument list cannot be empty.",
	"for-async-of.js":                   "The left-hand side of a 'for...of' statement may not be 'async'.",
	"for-await-outside-async.js":        "'for await' loops are only allowed within async functions and at the top levels of modules.",
	"let-named-let.js":                  "'let' is not allowed to be used as a name in 'let' or 'const' declarations.",
	"new-target-outside-function.js":    "Meta-property 'new.target' is only allowed in the body of a function declaration, function expression, or constructor.",
	"nullish-mixed-with-or.js":          "'??' and '||' operations cannot be mixed without parentheses.",
	"shorthand-initializer.js":          "Did you mean to use a ':'? An '=' can only follow a property name when the containing object literal is part of a destructuring pattern.",
	"super-call-outside-constructor.js": "Super calls are not permitted outside constructors or in nested functions inside constructors.",
	"super-outside-method.js":           "'super' can only be referenced in members of derived classes or object literal expressions.",
	"with-in-module.js":                 "'with' statements are not allowed in strict mode.",
	"yield-binding-in-module.js":        "Identifier expected. 'yield' is a reserved word in strict mode. Modules are automatically in strict mode.",
}

func earlyErrorExceptions() []knownDisagreement {
	var out []knownDisagreement
	for name, checkerMessage := range typeScriptLenientEarlyErrors {
		out = append(out, knownDisagreement{
			Path: "testdata/syntax/early-errors/" + name, Kind: esbuildRejects,
			Reason: "TypeScript's parser accepts this and its checker reports it (" + checkerMessage +
				"); tsparse follows TypeScript's parser, esbuild rejects it while parsing",
		})
	}
	return out
}

// checkDisagreements fails the test for every disagreement that is not listed,
// and for every listed one (whose path was compared) that did not occur.
func checkDisagreements(t *testing.T, compared map[string]bool, found []disagreement) {
	t.Helper()
	listed := func(d disagreement) bool {
		for _, k := range knownDisagreements {
			if k.Path == d.Path && k.Kind == d.Kind {
				return true
			}
		}
		return false
	}
	occurred := map[string]bool{}
	for _, d := range found {
		occurred[d.Path+"\x00"+d.Kind] = true
		if !listed(d) {
			t.Errorf("%s", d)
		}
	}
	for _, k := range knownDisagreements {
		if !compared[k.Path] || occurred[k.Path+"\x00"+k.Kind] {
			continue
		}
		if k.ParserBug {
			// A fixed parser bug must not turn the suite red for the parser's owner.
			t.Logf("%s: parser bug %q is fixed; remove it from knownDisagreements", k.Path, k.Kind)
			continue
		}
		t.Errorf("%s: listed disagreement %q no longer occurs; remove it from knownDisagreements", k.Path, k.Kind)
	}
}

func TestKnownDisagreementsAreExplained(t *testing.T) {
	kinds := map[string]bool{tsRejects: true, tsAccepts: true, esbuildRejects: true, esbuildAccepts: true, factsImports: true, factsDecls: true}
	for _, k := range knownDisagreements {
		if !kinds[k.Kind] || strings.TrimSpace(k.Reason) == "" || k.Path == "" {
			t.Errorf("exception %+v needs a path, a known kind and a reason", k)
		}
	}
}

// TestEarlyErrorsFollowTypeScriptsParser pins the decision behind
// typeScriptLenientEarlyErrors file by file: TypeScript's parser reports
// nothing, esbuild rejects, tsparse accepts.
func TestEarlyErrorsFollowTypeScriptsParser(t *testing.T) {
	dir := filepath.Join("..", "testdata", "syntax", "early-errors")
	var files []string
	for name := range typeScriptLenientEarlyErrors {
		abs, err := filepath.Abs(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, abs)
	}
	sort.Strings(files)
	peer := typeScriptFacts(t, files)
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			if n := peer[file].ParseErrors; n != 0 {
				t.Errorf("TypeScript's parser now reports %d errors: %+v", n, peer[file].Errors)
			}
			if EsbuildCheck(file, src) == nil {
				t.Error("esbuild accepts it")
			}
			if _, err := parseNoPanic(file, src); err != nil {
				t.Errorf("tsparse rejects it (%v); TypeScript's parser accepts it", err)
			}
		})
	}
}
