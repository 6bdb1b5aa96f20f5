package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/fsdlint/fsdlint/engine"
	"github.com/fsdlint/fsdlint/gitfiles"
	"github.com/spf13/cobra"
)

// `check --staged` lints what the next commit records: the index's contents
// replace the disk (engine.Options.Overlay), the whole project's graph is
// built, and only the staged files are linted and reported. `check --changed`
// reports the files that differ from HEAD (and untracked ones) as they are on disk.
func init() {
	var staged, changed bool
	checkHooks = append(checkHooks, checkHook{
		Flags: func(cmd *cobra.Command) {
			f := cmd.Flags()
			f.BoolVar(&staged, "staged", false, "lint what is about to be committed: staged contents from the git index, findings for staged files only (pre-commit hooks)")
			f.BoolVar(&changed, "changed", false, "report only files that differ from HEAD or are untracked (editors, scripts); the project graph is still built")
		},
		Before: func(cmd *cobra.Command, opts *engine.Options) error {
			switch {
			case staged && changed:
				return usageErr("--staged and --changed cannot be combined")
			case staged && fixRequested(cmd):
				return usageErr("--staged cannot be combined with --fix: fixes are written to the working tree, not the index; run `fsdlint check --changed --fix`, then stage the result")
			case staged:
				return stageOverlay(cmd, opts)
			case changed:
				return focusChanged(cmd, opts)
			}
			return nil
		},
	})
}

// fixRequested says whether a fixing flag of the fix hook was given.
func fixRequested(cmd *cobra.Command) bool {
	for _, name := range []string{"fix", "fix-unsafe"} {
		if f := cmd.Flags().Lookup(name); f != nil && f.Changed {
			return true
		}
	}
	return false
}

func stageOverlay(cmd *cobra.Command, opts *engine.Options) error {
	snap, err := gitfiles.Staged(".")
	if err != nil {
		return usageErr("--staged: %v", err)
	}
	roots := targetRoots(opts.Targets)
	opts.Overlay = make(map[string][]byte, len(snap.Overlay))
	for p, src := range snap.Overlay {
		opts.Overlay[roots.engineSide(p)] = src
	}
	opts.Focus = focusUnderTargets(snap.Staged, roots)
	if len(opts.Focus) == 0 {
		return &exitError{code: exitOK, err: fmt.Errorf("--staged: no staged TypeScript/JavaScript files to check")}
	}
	return nil
}

func focusChanged(cmd *cobra.Command, opts *engine.Options) error {
	paths, err := gitfiles.Changed(".")
	if err != nil {
		return usageErr("--changed: %v", err)
	}
	opts.Focus = focusUnderTargets(paths, targetRoots(opts.Targets))
	if len(opts.Focus) == 0 {
		return &exitError{code: exitOK, err: fmt.Errorf("--changed: no changed TypeScript/JavaScript files to check")}
	}
	return nil
}

// roots maps git's paths (real paths of the work tree) to the engine's (the
// targets' absolute paths, which may go through a symlink such as macOS's /tmp).
type roots []struct{ given, real string }

func targetRoots(targets []engine.Target) roots {
	var rs roots
	for _, t := range targets {
		abs, err := filepath.Abs(t.Path)
		if err != nil {
			continue
		}
		resolved, err := filepath.EvalSymlinks(abs)
		if err != nil {
			resolved = abs
		}
		rs = append(rs, struct{ given, real string }{filepath.ToSlash(abs), filepath.ToSlash(resolved)})
	}
	return rs
}

// engineSide is p as the engine names it when p is below a target, else p.
func (rs roots) engineSide(p string) string {
	if q, ok := rs.below(p); ok {
		return q
	}
	return p
}

func (rs roots) below(p string) (string, bool) {
	for _, r := range rs {
		if rel, ok := below(p, r.real); ok {
			return joinSlash(r.given, rel), true
		}
	}
	return "", false
}

// focusUnderTargets keeps the source files below one of the targets, keyed by
// the absolute slash paths the engine uses.
func focusUnderTargets(paths []string, rs roots) map[string]bool {
	focus := map[string]bool{}
	for _, p := range paths {
		if q, ok := rs.below(p); ok && engine.IsSource(q) {
			focus[q] = true
		}
	}
	return focus
}

// below says whether p is root or inside it, and p's path relative to root.
func below(p, root string) (string, bool) {
	if p == root {
		return "", true
	}
	prefix := strings.TrimSuffix(root, "/") + "/"
	if strings.HasPrefix(p, prefix) {
		return p[len(prefix):], true
	}
	return "", false
}

func joinSlash(dir, rel string) string {
	if rel == "" {
		return dir
	}
	return strings.TrimSuffix(dir, "/") + "/" + rel
}
