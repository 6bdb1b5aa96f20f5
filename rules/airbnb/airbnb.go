// Package airbnb: Airbnb style-guide rules under their ESLint names (eqeqeq, import/no-cycle, react/…)
// that need no scope analysis, with Airbnb's options as their defaults.
package airbnb

import "github.com/fsdlint/fsdlint/rules"

// Rules are this package's rules, in the order the docs list them.
var Rules = []*rules.Rule{
	eqeqeq,
	noUnusedExpressions,
	noNestedTernary,
	noElseReturn,
	noPlusplus,
	noRestrictedSyntax,
	noAwaitInLoop,
	reactButtonHasType,
	reactJSXNoTargetBlank,
	reactSelfClosingComp,
	reactJSXPascalCase,
	noDupeKeys,
	noDuplicateCase,
	noDupeClassMembers,
	noDupeElseIf,
	useIsNaN,
	validTypeof,
	noSelfCompare,
	noUnsafeFinally,
	noCondAssign,
	noEmpty,
	noSparseArrays,
	noCompareNegZero,
	noDebugger,
	noNewWrappers,
	importFirst,
	importNewlineAfterImport,
	importNoDuplicates,
	preferTemplate,
	objectShorthand,
	reactJSXNoUselessFragment,
	jsxA11yAltText,
	jsxA11yAnchorIsValid,
	importOrder,
	importExtensions,
	importNoUselessPathSegments,
	importNoSelfImport,
	importNoCycle,
	importNoExtraneousDependencies,
	noConstantCondition,
}
