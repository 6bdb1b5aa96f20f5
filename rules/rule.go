// Package rules holds what every rule is made of: the Rule value that describes
// itself, the Finding it reports, the contexts it runs in, and the registry.
// Rules only report; they never print, read config files or know reporters.
package rules

import (
	"encoding/json"
	"io/fs"

	"github.com/fsdlint/fsdlint/fsd"
	"github.com/fsdlint/fsdlint/tsparse"
)

// Severity of a finding, or of a rule in the config.
type Severity int

const (
	Off Severity = iota
	Warn
	Error
)

func (s Severity) String() string {
	switch s {
	case Warn:
		return "warn"
	case Error:
		return "error"
	}
	return "off"
}

// Category groups rules in docs and in `fsdlint rules`.
type Category string

const (
	CategoryArchitecture Category = "architecture" // fsd/*
	CategoryTypes        Category = "types"        // ts/*
	CategoryCorrectness  Category = "correctness"  // likely bugs
	CategorySuggestion   Category = "suggestion"   // better ways to write the same thing
	CategoryReact        Category = "react"        // react/*, react-hooks/*, jsx-a11y/*
	CategoryImports      Category = "imports"      // import/*
	CategoryParser       Category = "parser"       // parse-error and friends
)

// FixSafety says whether `--fix` may apply a fix or only `--fix-unsafe`.
type FixSafety int

const (
	NoFix FixSafety = iota
	SafeFix
	UnsafeFix
)

// Doc is the self-description a rule carries; README tables, `fsdlint rules`,
// SARIF help and SonarQube rule descriptions are generated from it.
type Doc struct {
	Description string   // what it checks and why, a few paragraphs of plain text/markdown
	Incorrect   []string // code that the rule reports
	Correct     []string // code that passes
	Options     string   // how options are written, with defaults; empty when none
}

// Impact is one SonarQube (10.3+) software quality impact.
type Impact struct {
	SoftwareQuality string // MAINTAINABILITY, RELIABILITY, SECURITY
	Severity        string // LOW, MEDIUM, HIGH (BLOCKER/INFO on 10.6+ servers)
}

// Sonar maps a rule to SonarQube's generic issue format (both shapes).
type Sonar struct {
	Type               string // legacy: BUG, VULNERABILITY, CODE_SMELL
	Severity           string // legacy: BLOCKER, CRITICAL, MAJOR, MINOR, INFO
	CleanCodeAttribute string // e.g. MODULAR, CONVENTIONAL, LOGICAL, CLEAR
	Impacts            []Impact
	EffortMinutes      int
}

// OptionsSpec describes a rule's options as they follow the severity in the
// config, ESLint style: "rule": ["warn", ARG1, ARG2…].
type OptionsSpec struct {
	// Default returns the options used when the config gives none.
	Default func() any
	// Parse turns the config's arguments (everything after the severity) into
	// options; errors name what is wrong (the config layer adds the position).
	Parse func(args []json.RawMessage) (any, error)
}

// Rule describes one check. Exactly one of File and Project is set.
type Rule struct {
	Name     string // "fsd/forbidden-imports", "ts/consistent-type-definitions", "eqeqeq"
	Category Category
	Summary  string // one line, no trailing period
	Doc      Doc
	// DefaultSeverity is the severity in the default (recommended) set; Off for opt-in rules.
	DefaultSeverity Severity
	// ESLintNames are ESLint rule names whose eslint-disable comments also silence this rule.
	ESLintNames []string
	Sonar       Sonar
	Fix         FixSafety
	Options     *OptionsSpec
	// DeclarationFiles: run File on .d.ts files too (they are parsed for facts but not style-linted).
	DeclarationFiles bool

	File    func(*FileContext)    // pass 1: one parsed file
	Project func(*ProjectContext) // pass 2: the import graph and FSD model
}

// Edit replaces Src[Start:End] with NewText.
type Edit struct {
	Start, End int32
	NewText    string
}

// Fix is a set of edits that together make one change.
type Fix struct {
	Message string
	Edits   []Edit
	Safety  FixSafety
	// Path is the file the edits apply to when it is not the finding's own file
	// (e.g. a new public API file); empty means the finding's file.
	Path string
}

// Related is a secondary location (a cycle's other imports, a merged declaration).
type Related struct {
	Path    string
	Range   tsparse.Range
	Line    int // filled by the engine
	Column  int
	Message string
}

// Finding is what a rule reports. Rules fill Range/Message (and Path for project
// rules); the engine fills Severity, Line/Column (1-based; columns in UTF-16 units).
type Finding struct {
	Rule     string
	Severity Severity
	Message  string
	// Path is absolute and slash-separated while rules run; the engine makes it
	// relative to the working directory before reporters see it.
	Path string
	// Folder: the finding is about the folder (or file) Path as a whole, not a range in it.
	Folder  bool
	Range   tsparse.Range
	Line    int
	Column  int
	EndLine int
	EndCol  int
	Related []Related
	Fixes   []Fix
}

// FileContext is what a per-file rule sees.
type FileContext struct {
	Path    string // absolute, slash-separated
	File    *tsparse.File
	Options any // the rule's parsed options (OptionsSpec.Default when none given)
	Report  func(Finding)
	// Settings is the config's free-form "settings" object by key (e.g.
	// Settings["react"] = {"version": "18"}); nil when the config has none.
	Settings map[string]json.RawMessage
	// Listings are the disk folder listings the engine's discovery read, by
	// absolute slash folder (complete, read-only; nil outside the engine),
	// so that rules resolving paths need not list those folders again.
	Listings map[string][]fs.DirEntry
	// Run identifies the engine run (0 outside one). Rules that keep caches
	// of the disk across files drop them when the run changes: watch mode and
	// --fix check the same process again after files changed.
	Run uint64
}

// ReportRange reports a finding at r in this file.
func (c *FileContext) ReportRange(r tsparse.Range, message string, fixes ...Fix) {
	c.Report(Finding{Path: c.Path, Range: r, Message: message, Fixes: fixes})
}

// ProjectFile is one linted file as pass 2 sees it.
type ProjectFile struct {
	Path  string // absolute, slash-separated
	Facts *tsparse.Facts
	Lines *tsparse.LineTable
}

// ProjectContext is what a project rule sees.
type ProjectContext struct {
	Files []*ProjectFile // sorted by Path
	Model *fsd.Model
	Graph *fsd.Graph
	// OptionsFor returns the rule's options for a file (overrides may differ per file).
	OptionsFor func(path string) any
	// Enabled says whether the rule is on for a file (the engine also filters).
	// It is for the rule's own goroutine: it remembers the last file asked.
	Enabled func(path string) bool
	Report  func(Finding)
	// Settings is the config's free-form "settings" object by key (as in FileContext).
	Settings map[string]json.RawMessage
}
