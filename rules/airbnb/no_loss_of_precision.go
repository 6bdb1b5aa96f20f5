package airbnb

import (
	"math/big"
	"regexp"
	"strconv"
	"strings"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

var noLossOfPrecision = &rules.Rule{
	Name:            "no-loss-of-precision",
	ESLintNames:     []string{"no-loss-of-precision", "@typescript-eslint/no-loss-of-precision"},
	Category:        rules.CategoryCorrectness,
	Summary:         "Disallow number literals that lose precision at runtime",
	DefaultSeverity: rules.Error,
	Sonar:           sonarBug,
	Options:         noOptions,
	Doc: rules.Doc{
		Description: "`9007199254740993` is stored as `9007199254740992`; a literal whose digits cannot be " +
			"represented as written is a silent bug. Same algorithm as ESLint (numeric separators ignored).",
		Incorrect: []string{"const big = 9007199254740993;", "const x = 5123000000000000000000000000001;"},
		Correct:   []string{"const big = 9007199254740992n;", "const x = 12345;"},
	},
	File: func(c *rules.FileContext) {
		tsparse.Each(c.File, func(num *tsparse.NumberLit) {
			if v, ok := numberValue(num.Raw); ok && v != 0 && losesPrecision(num.Raw, v) {
				c.ReportRange(num.Range, "This number literal will lose precision at runtime.")
			}
		})
	},
}

var legacyOctalRe = regexp.MustCompile(`^0[0-7]+$`)

func losesPrecision(raw string, v float64) bool {
	clean := strings.ReplaceAll(raw, "_", "")
	upper := strings.ToUpper(clean)
	if strings.HasPrefix(upper, "0X") || strings.HasPrefix(upper, "0B") || strings.HasPrefix(upper, "0O") || legacyOctalRe.MatchString(raw) {
		base := 8
		switch {
		case strings.HasPrefix(upper, "0B"):
			base = 2
		case strings.HasPrefix(upper, "0X"):
			base = 16
		}
		i, _ := new(big.Float).SetFloat64(v).Int(nil)
		return !strings.HasSuffix(upper, strings.ToUpper(i.Text(base)))
	}
	normalized := toScientific(clean)
	precision := len(strings.Replace(strings.SplitN(normalized, "e", 2)[0], ".", "", 1))
	if precision > 100 {
		return true
	}
	return normalized != toScientific(jsToPrecision(v, precision))
}

// jsToPrecision is JavaScript's Number.prototype.toPrecision for p in 1..100.
func jsToPrecision(v float64, p int) string {
	sign := ""
	if v < 0 {
		sign, v = "-", -v
	}
	s := strconv.FormatFloat(v, 'e', p-1, 64) // d.ddde±XX
	mant, expStr, _ := strings.Cut(s, "e")
	e, _ := strconv.Atoi(expStr)
	digits := strings.Replace(mant, ".", "", 1)
	if e < -6 || e >= p {
		out := digits[:1]
		if len(digits) > 1 {
			out += "." + digits[1:]
		}
		es := "+"
		if e < 0 {
			es, e = "-", -e
		}
		return sign + out + "e" + es + strconv.Itoa(e)
	}
	if e >= 0 {
		out := digits[:e+1]
		if len(digits) > e+1 {
			out += "." + digits[e+1:]
		}
		return sign + out
	}
	return sign + "0." + strings.Repeat("0", -e-1) + digits
}

func stripLeadingZeros(s string) string {
	i := 0
	for i < len(s) && s[i] == '0' {
		i++
	}
	if i == len(s) {
		return s
	}
	return s[i:]
}

func stripTrailingZeros(s string) string {
	i := len(s)
	for i > 0 && s[i-1] == '0' {
		i--
	}
	if i == 0 {
		return s
	}
	return s[:i]
}

func withDecimalPoint(s string) string {
	if s == "" {
		return "undefined."
	}
	return s[:1] + "." + s[1:]
}

// toScientific is ESLint's convertNumberToScientificNotation.
func toScientific(s string) string {
	parts := strings.SplitN(strings.Replace(s, "E", "e", 1), "e", 2)
	coef := parts[0]
	var magnitude int
	var coefficient string
	if strings.Contains(s, ".") {
		trimmed := stripLeadingZeros(coef)
		if strings.HasPrefix(trimmed, ".") {
			decimals := trimmed[1:]
			significant := stripLeadingZeros(decimals)
			magnitude = len(significant) - len(decimals) - 1
			coefficient = withDecimalPoint(significant)
		} else {
			magnitude = strings.Index(trimmed, ".") - 1
			coefficient = withDecimalPoint(strings.Replace(trimmed, ".", "", 1))
		}
	} else {
		significant := stripTrailingZeros(stripLeadingZeros(coef))
		magnitude = len(coef) - 1
		if strings.HasPrefix(coef, "0") {
			magnitude = len(coef) - 2
		}
		coefficient = withDecimalPoint(significant)
	}
	if len(parts) > 1 {
		exp, _ := strconv.Atoi(strings.TrimPrefix(parts[1], "+"))
		magnitude += exp
	}
	return coefficient + "e" + strconv.Itoa(magnitude)
}
