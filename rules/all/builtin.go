package all

import "github.com/fsdlint/fsdlint/rules"

// Names of the findings the engine itself reports (no Run function: the engine
// produces them); they are described here so that `fsdlint rules`, the config,
// SARIF and Sonar know them like any other rule.
const (
	ParseError             = "parse-error"
	ParserMismatch         = "internal/parser-mismatch"
	RulePanic              = "internal/rule-panic"
	ReadError              = "internal/read-error"
	UnusedDisableDirective = "unused-disable-directive"
	TSConfigError          = "tsconfig-error"
)

var reliability = func(sev string) []rules.Impact {
	return []rules.Impact{{SoftwareQuality: "RELIABILITY", Severity: sev}}
}

// Builtin are the engine's own rules.
var Builtin = []*rules.Rule{
	{
		Name: ParseError, Category: rules.CategoryParser, DefaultSeverity: rules.Error,
		Summary: "The file is not valid TypeScript/JavaScript",
		Doc: rules.Doc{
			Description: "A file that does not parse is reported once, at the first syntax error. " +
				"When fsdlint's parser rejects a file, esbuild parses it too and the finding carries esbuild's " +
				"message and position. The rest of the tree is still linted.",
			Incorrect: []string{"const x = ;"},
			Correct:   []string{"const x = 1;"},
		},
		Sonar: rules.Sonar{Type: "BUG", Severity: "CRITICAL", CleanCodeAttribute: "LOGICAL",
			Impacts: reliability("HIGH"), EffortMinutes: 5},
	},
	{
		Name: ParserMismatch, Category: rules.CategoryParser, DefaultSeverity: rules.Warn,
		Summary: "fsdlint's parser and esbuild disagree about a file (a parser bug: please report it)",
		Doc: rules.Doc{
			Description: "fsdlint's own parser rejected a file that esbuild accepts (the file's imports are then " +
				"taken from esbuild so that the architecture rules still see it), or, with --verify-syntax, " +
				"accepted a file that esbuild rejects. Either way it is a bug in fsdlint's parser: please report " +
				"it with the file.",
		},
		Sonar: rules.Sonar{Type: "CODE_SMELL", Severity: "INFO", CleanCodeAttribute: "LOGICAL",
			Impacts: reliability("LOW"), EffortMinutes: 0},
	},
	{
		Name: RulePanic, Category: rules.CategoryParser, DefaultSeverity: rules.Error,
		Summary: "A rule crashed on this file (a bug in fsdlint: please report it)",
		Doc: rules.Doc{
			Description: "A rule failed while checking the file. The failure is contained: the other rules and " +
				"files are still checked. The message names the rule; please report it with the file.",
		},
		Sonar: rules.Sonar{Type: "BUG", Severity: "MAJOR", CleanCodeAttribute: "LOGICAL",
			Impacts: reliability("MEDIUM"), EffortMinutes: 0},
	},
	{
		Name: ReadError, Category: rules.CategoryParser, DefaultSeverity: rules.Error,
		Summary: "The file could not be read",
		Doc: rules.Doc{
			Description: "The file was found but reading it failed (permissions, a broken link, an I/O error); " +
				"it is not linted. The rest of the tree is.",
		},
		Sonar: rules.Sonar{Type: "BUG", Severity: "MAJOR", CleanCodeAttribute: "LOGICAL",
			Impacts: reliability("MEDIUM"), EffortMinutes: 5},
	},
	{
		Name: UnusedDisableDirective, Category: rules.CategorySuggestion, DefaultSeverity: rules.Warn,
		Summary: "A disable directive that silences nothing (with --report-unused-disable-directives)",
		Doc: rules.Doc{
			Description: "Reported only with --report-unused-disable-directives: an `fsdlint-disable…` comment " +
				"(or an `eslint-disable…` comment naming a rule fsdlint implements) that suppressed no finding. " +
				"Remove it, so that it does not hide a future problem.",
			Incorrect: []string{"// fsdlint-disable-next-line eqeqeq\nif (a === b) {}"},
			Correct:   []string{"if (a === b) {}"},
		},
		Sonar: rules.Sonar{Type: "CODE_SMELL", Severity: "MINOR", CleanCodeAttribute: "CLEAR",
			Impacts: []rules.Impact{{SoftwareQuality: "MAINTAINABILITY", Severity: "LOW"}}, EffortMinutes: 1},
	},
	{
		Name: TSConfigError, Category: rules.CategoryParser, DefaultSeverity: rules.Warn,
		Summary: "A tsconfig.json/jsconfig.json that cannot be used for resolving imports",
		Doc: rules.Doc{
			Description: "fsdlint resolves imports the way TypeScript does, through each file's nearest " +
				"tsconfig.json (its extends chain, paths and baseUrl). A tsconfig that is not valid JSON (comments " +
				"and trailing commas are fine), whose \"extends\" is missing or cyclic, or whose fields have the " +
				"wrong type cannot be used: imports through its aliases stay unresolved and the architecture " +
				"rules cannot see them. Reported only when a project (architecture) rule is on.",
			Incorrect: []string{`{ "extends": "./missing.json" }`},
			Correct:   []string{`{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["src/*"] } } }`},
		},
		Sonar: rules.Sonar{Type: "BUG", Severity: "MAJOR", CleanCodeAttribute: "LOGICAL",
			Impacts: reliability("MEDIUM"), EffortMinutes: 5},
	},
}
