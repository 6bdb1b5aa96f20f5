package airbnb

import (
	"encoding/json"
	"fmt"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

// eqeqeqOptions is ESLint's ["always"|"smart", {null: "always"|"never"|"ignore"}].
type eqeqeqOptions struct {
	Mode string // "always" or "smart"
	Null string // "always", "never" or "ignore" (only read in "always" mode)
}

var eqeqeq = &rules.Rule{
	Name:            "eqeqeq",
	ESLintNames:     []string{"eqeqeq"},
	Category:        rules.CategoryCorrectness,
	Summary:         "Require === and !== (== null allowed)",
	DefaultSeverity: rules.Error,
	Sonar:           sonarBug,
	Fix:             rules.SafeFix,
	Doc: rules.Doc{
		Description: "`==` and `!=` convert their operands before comparing (`'' == 0` is true). " +
			"Airbnb allows them only against the `null` literal, where `x == null` means null or undefined. " +
			"The fix (`==` → `===`) is applied only where it cannot change behaviour, as in ESLint: " +
			"a `typeof` comparison or two literals of the same type.",
		Incorrect: []string{"if (x == 1) {}", "if (x != undefined) {}"},
		Correct:   []string{"if (x === 1) {}", "if (x == null) {}"},
		Options:   `["always", {"null": "ignore"}] (Airbnb). First: "always" or "smart"; "null": "always", "never" or "ignore".`,
	},
	Options: &rules.OptionsSpec{
		Default: func() any { return eqeqeqOptions{Mode: "always", Null: "ignore"} },
		Parse: func(args []json.RawMessage) (any, error) {
			o := eqeqeqOptions{Mode: "always"}
			var second struct {
				Null string `json:"null"`
			}
			if err := decodeArgs(args, &o.Mode, &second); err != nil {
				return nil, err
			}
			o.Null = second.Null
			if o.Null == "" {
				o.Null = "always"
			}
			if o.Mode != "always" && o.Mode != "smart" {
				return nil, fmt.Errorf(`mode must be "always" or "smart", not %q`, o.Mode)
			}
			if o.Mode == "smart" {
				o.Null = "ignore"
			}
			return o, nil
		},
	},
	File: checkEqeqeq,
}

func checkEqeqeq(c *rules.FileContext) {
	o, _ := c.Options.(eqeqeqOptions)
	if o.Mode == "" {
		o = eqeqeqOptions{Mode: "always", Null: "ignore"}
	}
	tsparse.Each(c.File, func(b *tsparse.BinaryExpr) {
		isNull := isNullLiteral(b.Left) || isNullLiteral(b.Right)
		op := text(c.File, b.OpRange)
		if b.Op != tsparse.TEqEq && b.Op != tsparse.TNotEq {
			if o.Null == "never" && isNull && (b.Op == tsparse.TEqEqEq || b.Op == tsparse.TNotEqEq) {
				reportEqeqeq(c, b, op, op[:len(op)-1])
			}
			return
		}
		safe := isTypeofOperand(b.Left) || isTypeofOperand(b.Right) || sameTypeLiterals(b.Left, b.Right)
		if o.Mode == "smart" && (safe || isNull) || o.Null != "always" && isNull {
			return
		}
		reportEqeqeq(c, b, op, op+"=")
	})
}

func reportEqeqeq(c *rules.FileContext, b *tsparse.BinaryExpr, actual, expected string) {
	var fixes []rules.Fix
	if isTypeofOperand(b.Left) || isTypeofOperand(b.Right) || sameTypeLiterals(b.Left, b.Right) {
		fixes = append(fixes, rules.Fix{Message: "Use " + expected, Safety: rules.SafeFix,
			Edits: []rules.Edit{{Start: b.OpRange.Start, End: b.OpRange.End, NewText: expected}}})
	}
	c.ReportRange(b.OpRange, fmt.Sprintf("Expected '%s' and instead saw '%s'.", expected, actual), fixes...)
}

func isNullLiteral(e tsparse.Expr) bool {
	_, ok := unparen(e).(*tsparse.NullLit)
	return ok
}

func isTypeofOperand(e tsparse.Expr) bool {
	u, ok := unparen(e).(*tsparse.UnaryExpr)
	return ok && u.Op == tsparse.TTypeof
}

func sameTypeLiterals(a, b tsparse.Expr) bool {
	ka, okA := literalKind(a)
	kb, okB := literalKind(b)
	return okA && okB && ka == kb
}
