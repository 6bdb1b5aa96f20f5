package main

import (
	"github.com/fsdlint/fsdlint/engine"
	"github.com/spf13/cobra"
)

// checkHook extends `fsdlint check` from its own file in this package (e.g.
// the fixer's --fix, --fix-unsafe, --fix-dry-run): it adds flags, and runs
// after the engine and before the reporters. It may return a new result (after
// applying fixes it can run engine.Run(opts) again) or an error; an error
// should be an *exitError to pick the exit code (any other error exits 2).
//
// A hook registers itself from init: checkHooks = append(checkHooks, checkHook{…}).
type checkHook struct {
	Flags func(cmd *cobra.Command)
	// Before may change the engine options (e.g. --staged's overlay) before
	// the run; an *exitError with code 0 ends the command quietly (nothing to check).
	Before func(cmd *cobra.Command, opts *engine.Options) error
	After  func(cmd *cobra.Command, opts engine.Options, res *engine.Result) (*engine.Result, error)
}

var checkHooks []checkHook
