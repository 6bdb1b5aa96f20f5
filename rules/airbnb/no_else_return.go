package airbnb

import (
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

type noElseReturnOptions struct {
	AllowElseIf bool `json:"allowElseIf"`
}

var noElseReturn = &rules.Rule{
	Name:            "no-else-return",
	ESLintNames:     []string{"no-else-return"},
	Category:        rules.CategorySuggestion,
	Summary:         "Disallow else (and else if) after an if block that returns",
	DefaultSeverity: rules.Off,
	Sonar:           sonarSmell,
	Doc: rules.Doc{
		Description: "When an `if`'s consequent always returns, its `else` is unnecessary. \"Always returns\" is " +
			"ESLint's syntactic test: the consequent is a `return`, or a block with some direct statement that is a " +
			"`return` or an if/else whose two branches end in `return`; `throw` does not count. Only an `if` in a " +
			"statement list is checked. With Airbnb's `allowElseIf: false` an `else if` is reported too. " +
			"ESLint can fix this; fsdlint reports only.",
		Incorrect: []string{"function f(x) {\n  if (x) {\n    return 1;\n  } else {\n    return 2;\n  }\n}"},
		Correct:   []string{"function f(x) {\n  if (x) {\n    return 1;\n  }\n  return 2;\n}"},
		Options:   `{"allowElseIf": false} (Airbnb; ESLint's default is true).`,
	},
	Options: objectOptions(noElseReturnOptions{AllowElseIf: false}),
	File: func(c *rules.FileContext) {
		o, _ := c.Options.(noElseReturnOptions)
		tsparse.EachWithParents(c.File, func(s *tsparse.IfStmt, parents []tsparse.Node) {
			if s.Alt == nil || !isStatementList(parents) {
				return
			}
			if !o.AllowElseIf {
				if alwaysReturns(s.Cons) {
					c.ReportRange(s.Alt.Span(), "Unnecessary 'else' after 'return'.")
				}
				return
			}
			var alt tsparse.Stmt
			for cur := tsparse.Stmt(s); ; {
				ifs, ok := cur.(*tsparse.IfStmt)
				if !ok {
					break
				}
				if ifs.Alt == nil || !alwaysReturns(ifs.Cons) {
					return
				}
				alt, cur = ifs.Alt, ifs.Alt
			}
			c.ReportRange(alt.Span(), "Unnecessary 'else' after 'return'.")
		})
	},
}

func isReturn(s tsparse.Stmt) bool {
	_, ok := s.(*tsparse.ReturnStmt)
	return ok
}

// naiveHasReturn: a return, or a block whose last statement is a return.
func naiveHasReturn(s tsparse.Stmt) bool {
	if b, ok := s.(*tsparse.BlockStmt); ok {
		return len(b.Body) > 0 && isReturn(b.Body[len(b.Body)-1])
	}
	return isReturn(s)
}

func returnsOrIfReturns(s tsparse.Stmt) bool {
	if isReturn(s) {
		return true
	}
	ifs, ok := s.(*tsparse.IfStmt)
	return ok && ifs.Alt != nil && naiveHasReturn(ifs.Alt) && naiveHasReturn(ifs.Cons)
}

func alwaysReturns(s tsparse.Stmt) bool {
	if b, ok := s.(*tsparse.BlockStmt); ok {
		for _, x := range b.Body {
			if returnsOrIfReturns(x) {
				return true
			}
		}
		return false
	}
	return returnsOrIfReturns(s)
}
