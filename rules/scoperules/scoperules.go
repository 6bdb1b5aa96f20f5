// Package scoperules: Airbnb rules that need scopes and bindings (no-unused-vars,
// no-shadow, prefer-const, react-hooks/…), under their ESLint names.
package scoperules

import "github.com/fsdlint/fsdlint/rules"

// Rules are this package's rules, in the order the docs list them.
var Rules []*rules.Rule
