package airbnb

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// numberValue is the float64 a JavaScript number literal denotes.
func numberValue(raw string) (float64, bool) {
	s := strings.ReplaceAll(raw, "_", "")
	if len(s) > 2 && s[0] == '0' {
		base := 0
		switch s[1] {
		case 'x', 'X':
			base = 16
		case 'o', 'O':
			base = 8
		case 'b', 'B':
			base = 2
		}
		if base != 0 {
			n, ok := new(big.Int).SetString(s[2:], base)
			if !ok {
				return 0, false
			}
			f, _ := new(big.Float).SetInt(n).Float64()
			return f, true
		}
	}
	if isLegacyOctalLiteral(s) {
		n, ok := new(big.Int).SetString(s[1:], 8)
		if !ok {
			return 0, false
		}
		f, _ := new(big.Float).SetInt(n).Float64()
		return f, true
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil && !math.IsInf(f, 0) {
		return 0, false
	}
	return f, true
}

// isLegacyOctalLiteral: 0 followed only by octal digits (017), not 0.5 or 08.
func isLegacyOctalLiteral(s string) bool {
	if len(s) < 2 || s[0] != '0' {
		return false
	}
	for _, c := range s[1:] {
		if c < '0' || c > '7' {
			return false
		}
	}
	return true
}

// jsNumberString is JavaScript's String(number) for property keys.
func jsNumberString(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	case f == 0:
		return "0"
	}
	abs := math.Abs(f)
	if abs >= 1e21 || abs < 1e-6 {
		s := strconv.FormatFloat(f, 'e', -1, 64)
		mant, exp, _ := strings.Cut(s, "e")
		exp = strings.TrimLeft(exp, "+")
		sign := "+"
		if strings.HasPrefix(exp, "-") {
			sign, exp = "-", exp[1:]
		}
		return mant + "e" + sign + strings.TrimLeft(exp, "0")
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}
