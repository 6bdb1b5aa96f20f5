package airbnb

import "github.com/fsdlint/fsdlint/rules"

// AirbnbPreset is this package's share of the "fsdlint:airbnb" preset: every
// rule here with the severity eslint-config-airbnb (+ airbnb-typescript) gives
// it. Options are not listed: each rule's default options are Airbnb's.
// Rules that airbnb-typescript turns off for .ts/.tsx because the compiler
// checks them (no-dupe-keys, no-dupe-class-members, valid-typeof) keep
// airbnb-base's severity: they cost nothing and also lint .js files.
// TestAirbnbPresetMatchesESLint checks these against the resolved ESLint config.
var AirbnbPreset = map[string]rules.Severity{
	"eqeqeq":                            rules.Error,
	"no-unused-expressions":             rules.Error,
	"no-nested-ternary":                 rules.Error,
	"no-else-return":                    rules.Error,
	"no-plusplus":                       rules.Error,
	"no-restricted-syntax":              rules.Error,
	"no-await-in-loop":                  rules.Error,
	"react/button-has-type":             rules.Error,
	"react/jsx-no-target-blank":         rules.Error,
	"react/self-closing-comp":           rules.Error,
	"react/jsx-pascal-case":             rules.Error,
	"no-dupe-keys":                      rules.Error,
	"no-duplicate-case":                 rules.Error,
	"no-dupe-class-members":             rules.Error,
	"no-dupe-else-if":                   rules.Error,
	"use-isnan":                         rules.Error,
	"valid-typeof":                      rules.Error,
	"no-self-compare":                   rules.Error,
	"no-unsafe-finally":                 rules.Error,
	"no-cond-assign":                    rules.Error,
	"no-empty":                          rules.Error,
	"no-sparse-arrays":                  rules.Error,
	"no-compare-neg-zero":               rules.Error,
	"no-debugger":                       rules.Error,
	"no-new-wrappers":                   rules.Error,
	"import/first":                      rules.Error,
	"import/newline-after-import":       rules.Error,
	"import/no-duplicates":              rules.Error,
	"prefer-template":                   rules.Error,
	"object-shorthand":                  rules.Error,
	"react/jsx-no-useless-fragment":     rules.Error,
	"jsx-a11y/alt-text":                 rules.Error,
	"jsx-a11y/anchor-is-valid":          rules.Error,
	"import/order":                      rules.Error,
	"import/extensions":                 rules.Error,
	"import/no-useless-path-segments":   rules.Error,
	"import/no-self-import":             rules.Error,
	"import/no-cycle":                   rules.Error,
	"import/no-extraneous-dependencies": rules.Error,
	"no-constant-condition":             rules.Warn,
	"no-self-assign":                    rules.Error,
	"no-prototype-builtins":             rules.Error,
	"no-async-promise-executor":         rules.Error,
	"no-template-curly-in-string":       rules.Error,
	"no-useless-catch":                  rules.Error,
	"no-empty-pattern":                  rules.Error,
	"no-case-declarations":              rules.Error,
	"default-case-last":                 rules.Error,
	"no-lonely-if":                      rules.Error,
	"no-multi-assign":                   rules.Error,
	"no-bitwise":                        rules.Error,
	"no-continue":                       rules.Error,
	"no-useless-concat":                 rules.Error,
}
