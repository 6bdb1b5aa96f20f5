// Package airbnb: Airbnb style-guide rules under their ESLint names (eqeqeq, import/no-cycle, react/…).
package airbnb

import "github.com/fsdlint/fsdlint/rules"

// Rules are this package's rules, in the order the docs list them.
var Rules []*rules.Rule
