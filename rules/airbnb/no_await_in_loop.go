package airbnb

import (
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

var noAwaitInLoop = &rules.Rule{
	Name:            "no-await-in-loop",
	ESLintNames:     []string{"no-await-in-loop"},
	Category:        rules.CategorySuggestion,
	Summary:         "Disallow await inside a loop body (run the promises together)",
	DefaultSeverity: rules.Off,
	Sonar:           sonarSmell,
	Options:         noOptions,
	Doc: rules.Doc{
		Description: "An `await` (or a `for await` loop) in a loop's test, update or body serialises work that " +
			"could run in parallel with `Promise.all`. For `for…in`/`for…of` only the body counts. The search stops " +
			"at function boundaries and at a `for await…of` loop, whose body may await.",
		Incorrect: []string{"for (const u of urls) { await fetch(u); }"},
		Correct:   []string{"await Promise.all(urls.map((u) => fetch(u)));"},
	},
	File: func(c *rules.FileContext) {
		check := func(n tsparse.Node, parents []tsparse.Node) {
			child := n
			for i := len(parents) - 1; i >= 0; i-- {
				p := parents[i]
				if isAwaitBoundary(p) {
					return
				}
				if isLoopedChild(child, p) {
					c.ReportRange(n.Span(), "Unexpected `await` inside a loop.")
					return
				}
				child = p
			}
		}
		tsparse.EachWithParents(c.File, func(x *tsparse.AwaitExpr, parents []tsparse.Node) { check(x, parents) })
		tsparse.EachWithParents(c.File, func(x *tsparse.ForOfStmt, parents []tsparse.Node) {
			if x.Await {
				check(x, parents)
			}
		})
	},
}

func isAwaitBoundary(n tsparse.Node) bool {
	if f, ok := n.(*tsparse.ForOfStmt); ok {
		return f.Await
	}
	return isFunctionBoundary(n)
}

// isLoopedChild says whether child is a part of loop that runs repeatedly.
func isLoopedChild(child, loop tsparse.Node) bool {
	switch l := loop.(type) {
	case *tsparse.ForStmt:
		return child == tsparse.Node(l.Body) || l.Test != nil && child == tsparse.Node(l.Test) || l.Update != nil && child == tsparse.Node(l.Update)
	case *tsparse.ForInStmt:
		return child == tsparse.Node(l.Body)
	case *tsparse.ForOfStmt:
		return child == tsparse.Node(l.Body)
	case *tsparse.WhileStmt:
		return child == tsparse.Node(l.Body) || child == tsparse.Node(l.Test)
	case *tsparse.DoWhileStmt:
		return child == tsparse.Node(l.Body) || child == tsparse.Node(l.Test)
	}
	return false
}
