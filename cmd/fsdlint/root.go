package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/fsdlint/fsdlint/config"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

// Exit codes, as ESLint and ruff use them.
const (
	exitOK       = 0 // no error findings (warnings allowed)
	exitFindings = 1 // error findings, or more warnings than --max-warnings
	exitUsage    = 2 // usage, config or internal error
)

// version is set at build time with -ldflags "-X main.version=…".
var version = ""

// Version is the fsdlint version: the -ldflags value, else the module version.
func Version() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

// exitError carries an exit code out of a command without printing twice.
type exitError struct {
	code int
	err  error // printed to stderr when non-nil
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit %d", e.code)
	}
	return e.err.Error()
}

// Main runs the CLI and returns the process exit code.
func Main(args []string, stdout, stderr io.Writer) int {
	root := newRootCmd(stdout, stderr)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		var cerrs config.Errors
		switch {
		case errors.As(ee.err, &cerrs):
			fmt.Fprintf(stderr, "%v\n", cerrs) // file:line:col: message, one a line
		case ee.err != nil:
			fmt.Fprintf(stderr, "fsdlint: %v\n", ee.err)
		}
		return ee.code
	}
	// cobra's own errors: unknown command or flag, bad arguments
	fmt.Fprintf(stderr, "fsdlint: %v\nRun 'fsdlint --help' for usage.\n", err)
	return exitUsage
}

func newRootCmd(stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "fsdlint",
		Short: "A fast linter for Feature-Sliced Design TypeScript/React projects",
		Long: `fsdlint checks TypeScript/React front ends organised with Feature-Sliced Design:
FSD architecture rules (as Steiger defines them), type aliases over interfaces,
and Airbnb/ESLint style rules, in one static binary. Output for terminals,
JSON, SonarQube, SARIF and CI systems.`,
		Example: `  fsdlint check                      # lint the current directory
  fsdlint check src --format json=report.json
  fsdlint rules                      # list every rule
  fsdlint init                       # write a starter .fsdlintrc.json`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       Version(),
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.AddCommand(newCheckCmd(stdout, stderr), newRulesCmd(stdout), newFactsCmd(stdout),
		newVersionCmd(stdout), newInitCmd(stdout), newCompareCmd(stdout))
	root.AddCommand(newGraphCmd(stdout))
	return root
}

func usageErr(format string, args ...any) error {
	return &exitError{code: exitUsage, err: fmt.Errorf(format, args...)}
}

// isTerminal says whether w is a terminal (for --color auto).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// configFor loads the config that governs target: --config when given, else
// the nearest .fsdlintrc.json/fsdlint.json above the target, else the defaults.
func configFor(target, explicit string, cache map[string]*config.Config) (*config.Config, error) {
	known := allRules()
	path := explicit
	if path == "" {
		found, err := config.Find(target)
		if err != nil {
			return nil, err
		}
		path = found
	}
	if path == "" {
		if c := cache[""]; c != nil {
			return c, nil
		}
		wd, err := os.Getwd()
		if err != nil {
			return nil, err
		}
		c := config.Default(wd, known)
		cache[""] = c
		return c, nil
	}
	if c := cache[path]; c != nil {
		return c, nil
	}
	c, err := config.Load(displayPath(path), known)
	if err != nil {
		return nil, err
	}
	if explicit != "" {
		// as ESLint does with --config: patterns are relative to the working directory
		wd, err := os.Getwd()
		if err != nil {
			return nil, err
		}
		c.Rebase(wd)
	}
	cache[path] = c
	return c, nil
}

// displayPath is p relative to the working directory when it is below it.
func displayPath(p string) string {
	wd, err := os.Getwd()
	if err != nil {
		return p
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	rel, err := filepath.Rel(wd, abs)
	if err != nil || strings.HasPrefix(rel, "..") {
		return p
	}
	return filepath.ToSlash(rel)
}
