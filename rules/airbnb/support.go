package airbnb

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

// walk visits every node of the file with its ancestors (the direct parent is
// last; top-level statements have none, which stands for ESTree's Program).
func walk(f *tsparse.File, fn func(n tsparse.Node, parents []tsparse.Node)) {
	tsparse.WalkFile(f, func(n tsparse.Node, parents []tsparse.Node) bool {
		fn(n, parents)
		return true
	})
}

// moduleExportName is the name in an import/export specifier: an identifier
// or, since ES2022, a string literal (`export { x as "a-b" }`); "" otherwise.
func moduleExportName(e tsparse.Expr) string {
	switch x := e.(type) {
	case *tsparse.Ident:
		return x.Name
	case *tsparse.StringLit:
		return x.Value
	}
	return ""
}

// parentOf returns the direct parent in a parents stack, or nil at top level.
func parentOf(parents []tsparse.Node) tsparse.Node {
	if len(parents) == 0 {
		return nil
	}
	return parents[len(parents)-1]
}

// unparen strips parentheses, which ESTree does not represent.
func unparen(e tsparse.Expr) tsparse.Expr {
	for {
		p, ok := e.(*tsparse.ParenExpr)
		if !ok {
			return e
		}
		e = p.Expr
	}
}

// text is the source text of a range.
func text(f *tsparse.File, r tsparse.Range) string { return string(f.Src[r.Start:r.End]) }

// isStatementList says whether a node holding a statement is an ESTree
// statement list (Program, BlockStatement, StaticBlock, SwitchCase). A block
// that is a namespace body is a TSModuleBlock in ESTree, not a BlockStatement.
func isStatementList(parents []tsparse.Node) bool {
	switch parentOf(parents).(type) {
	case nil, *tsparse.StaticBlock, *tsparse.SwitchCase:
		return true
	case *tsparse.BlockStmt:
		if len(parents) >= 2 {
			if _, ns := parents[len(parents)-2].(*tsparse.ModuleDecl); ns {
				return false
			}
		}
		return true
	}
	return false
}

// decodeArgs unmarshals the config arguments into targets, position by
// position; missing arguments leave the (default-filled) target alone.
func decodeArgs(args []json.RawMessage, targets ...any) error {
	if len(args) > len(targets) {
		return fmt.Errorf("expected at most %d option(s), got %d", len(targets), len(args))
	}
	for i, a := range args {
		if err := json.Unmarshal(a, targets[i]); err != nil {
			return fmt.Errorf("option %d: %w", i+1, err)
		}
	}
	return nil
}

// Sonar mappings by kind of finding.
var (
	sonarBug = rules.Sonar{Type: "BUG", Severity: "MAJOR", CleanCodeAttribute: "LOGICAL",
		Impacts: []rules.Impact{{SoftwareQuality: "RELIABILITY", Severity: "MEDIUM"}}, EffortMinutes: 5}
	sonarSmell = rules.Sonar{Type: "CODE_SMELL", Severity: "MINOR", CleanCodeAttribute: "CONVENTIONAL",
		Impacts: []rules.Impact{{SoftwareQuality: "MAINTAINABILITY", Severity: "LOW"}}, EffortMinutes: 2}
	sonarClarity = rules.Sonar{Type: "CODE_SMELL", Severity: "MAJOR", CleanCodeAttribute: "CLEAR",
		Impacts: []rules.Impact{{SoftwareQuality: "MAINTAINABILITY", Severity: "MEDIUM"}}, EffortMinutes: 5}
	sonarSecurity = rules.Sonar{Type: "VULNERABILITY", Severity: "MAJOR", CleanCodeAttribute: "TRUSTWORTHY",
		Impacts: []rules.Impact{{SoftwareQuality: "SECURITY", Severity: "MEDIUM"}}, EffortMinutes: 2}
	sonarA11y = rules.Sonar{Type: "CODE_SMELL", Severity: "MAJOR", CleanCodeAttribute: "COMPLETE",
		Impacts: []rules.Impact{{SoftwareQuality: "RELIABILITY", Severity: "MEDIUM"}}, EffortMinutes: 5}
)

// noOptions is the OptionsSpec of a rule that takes none.
var noOptions = &rules.OptionsSpec{
	Default: func() any { return nil },
	Parse: func(args []json.RawMessage) (any, error) {
		if len(args) > 0 {
			return nil, fmt.Errorf("this rule takes no options")
		}
		return nil, nil
	},
}

// literalKind classifies an ESTree Literal (string, number, boolean, null,
// regexp, bigint) by its JavaScript typeof; ok is false for non-literals.
func literalKind(e tsparse.Expr) (kind string, ok bool) {
	switch unparen(e).(type) {
	case *tsparse.StringLit:
		return "string", true
	case *tsparse.NumberLit:
		return "number", true
	case *tsparse.BoolLit:
		return "boolean", true
	case *tsparse.NullLit, *tsparse.RegExpLit:
		return "object", true
	case *tsparse.BigIntLit:
		return "bigint", true
	}
	return "", false
}

// objectOptions is the OptionsSpec of a rule whose single option is an object
// decoded over def (Airbnb's value).
func objectOptions[T any](def T) *rules.OptionsSpec {
	return &rules.OptionsSpec{
		Default: func() any { return def },
		Parse: func(args []json.RawMessage) (any, error) {
			o := def
			if err := decodeArgs(args, &o); err != nil {
				return nil, err
			}
			return o, nil
		},
	}
}

// fmtType names a node's Go type ("*tsparse.Ident").
func fmtType(n tsparse.Node) string { return fmt.Sprintf("%T", n) }

// isFunctionBoundary: a function, including an arrow whose expression body
// hangs off the *ArrowFunc rather than its *Function.
func isFunctionBoundary(n tsparse.Node) bool {
	switch n.(type) {
	case *tsparse.Function, *tsparse.ArrowFunc:
		return true
	}
	return false
}

// airbnbOptionsOnly is the OptionsSpec of a rule that implements only
// Airbnb's configuration: the arguments must equal (as JSON values) the
// Airbnb ones given here, or be absent.
func airbnbOptionsOnly(airbnb ...string) *rules.OptionsSpec {
	return &rules.OptionsSpec{
		Default: func() any { return nil },
		Parse: func(args []json.RawMessage) (any, error) {
			if len(args) == 0 {
				return nil, nil
			}
			if len(args) != len(airbnb) {
				return nil, fmt.Errorf("only Airbnb's options are supported: %s", strings.Join(airbnb, ", "))
			}
			for i, a := range args {
				var got, want any
				if json.Unmarshal(a, &got) != nil || json.Unmarshal([]byte(airbnb[i]), &want) != nil || !reflect.DeepEqual(got, want) {
					return nil, fmt.Errorf("only Airbnb's options are supported: %s", strings.Join(airbnb, ", "))
				}
			}
			return nil, nil
		},
	}
}
