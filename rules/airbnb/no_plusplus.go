package airbnb

import (
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

type noPlusplusOptions struct {
	AllowForLoopAfterthoughts bool `json:"allowForLoopAfterthoughts"`
}

var noPlusplus = &rules.Rule{
	Name:            "no-plusplus",
	ESLintNames:     []string{"no-plusplus"},
	Category:        rules.CategorySuggestion,
	Summary:         "Disallow ++ and --",
	DefaultSeverity: rules.Off,
	Sonar:           sonarSmell,
	Doc: rules.Doc{
		Description: "Every `++` and `--` is reported, including a for loop's update (Airbnb sets no " +
			"`allowForLoopAfterthoughts`). Automatic semicolon insertion can make `++` bind to the next line.",
		Incorrect: []string{"i++;", "for (let i = 0; i < n; i++) {}"},
		Correct:   []string{"i += 1;", "for (let i = 0; i < n; i += 1) {}"},
		Options:   `{"allowForLoopAfterthoughts": false} (Airbnb gives none).`,
	},
	Options: objectOptions(noPlusplusOptions{}),
	File: func(c *rules.FileContext) {
		o, _ := c.Options.(noPlusplusOptions)
		tsparse.EachWithParents(c.File, func(u *tsparse.UpdateExpr, parents []tsparse.Node) {
			if o.AllowForLoopAfterthoughts && isForUpdate(u, parents) {
				return
			}
			op := "++"
			if u.Op == tsparse.TMinusMinus {
				op = "--"
			}
			c.ReportRange(u.Range, "Unary operator '"+op+"' used.")
		})
	},
}

// isForUpdate says whether n is a for loop's update, or part of a sequence
// expression that is.
func isForUpdate(n tsparse.Node, parents []tsparse.Node) bool {
	for i := len(parents) - 1; i >= 0; i-- {
		switch p := parents[i].(type) {
		case *tsparse.SeqExpr, *tsparse.ParenExpr:
			n = p
			continue
		case *tsparse.ForStmt:
			return p.Update != nil && tsparse.Node(p.Update) == n
		}
		return false
	}
	return false
}
