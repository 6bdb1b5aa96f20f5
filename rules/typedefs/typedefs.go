// Package typedefs: ts/consistent-type-definitions: type aliases over interfaces.
package typedefs

import "github.com/fsdlint/fsdlint/rules"

// Rules are this package's rules, in the order the docs list them.
var Rules []*rules.Rule
