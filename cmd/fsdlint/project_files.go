package main

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/fsdlint/fsdlint/config"
	"github.com/fsdlint/fsdlint/engine"
	"github.com/fsdlint/fsdlint/gitfiles"
	"github.com/spf13/cobra"
)

// `fsdlint check FILE…` (what lint-staged and editors run) lints the files in
// their project: the project's whole tree is read for the import graph and the
// FSD model, so that a layer violation or a cycle through the given files is
// found, and only the given files are linted and reported. The project is the
// folder of the nearest config file, else the git work tree, else the working
// directory. Applies when every argument is a file.
func init() {
	checkHooks = append(checkHooks, checkHook{
		Before: func(cmd *cobra.Command, opts *engine.Options) error {
			for _, name := range []string{"staged", "changed"} {
				if f := cmd.Flags().Lookup(name); f != nil && f.Changed {
					return nil // they choose the files themselves
				}
			}
			explicit, _ := cmd.Flags().GetString("config")
			targets, focus, ok, err := filesInProject(opts.Targets, explicit)
			if err != nil || !ok {
				return err
			}
			opts.Targets, opts.Focus = targets, focus
			return nil
		},
	})
}

// filesInProject turns file targets into their projects' folders and the
// files into the focus; ok is false when some target is a folder or cannot be
// stat'ed (the run then goes on with the targets as given).
func filesInProject(targets []engine.Target, explicitConfig string) ([]engine.Target, map[string]bool, bool, error) {
	if len(targets) == 0 {
		return nil, nil, false, nil
	}
	focus := map[string]bool{}
	var roots []string
	seenRoot := map[string]bool{}
	for _, t := range targets {
		if !isPlainFile(t.Path) {
			return nil, nil, false, nil
		}
		abs, err := filepath.Abs(t.Path)
		if err != nil {
			return nil, nil, false, err
		}
		if !engine.IsSource(abs) {
			return nil, nil, false, nil // not ours to widen
		}
		focus[filepath.ToSlash(abs)] = true
		root, err := projectRoot(abs)
		if err != nil {
			return nil, nil, false, err
		}
		if _, inside := below(filepath.ToSlash(abs), filepath.ToSlash(root)); !inside {
			return nil, nil, false, nil // no project around it: lint the files alone
		}
		if !seenRoot[root] {
			seenRoot[root] = true
			roots = append(roots, root)
		}
	}
	cache := map[string]*config.Config{}
	var out []engine.Target
	for _, r := range roots {
		c, err := configFor(r, explicitConfig, cache)
		if err != nil {
			return nil, nil, false, &exitError{code: exitUsage, err: err}
		}
		out = append(out, engine.Target{Path: r, Config: c})
	}
	return out, focus, true, nil
}

// projectRoot is the folder whose tree a file is checked in.
func projectRoot(file string) (string, error) {
	dir := filepath.Dir(file)
	if cfg, err := config.Find(dir); err == nil && cfg != "" {
		abs, err := filepath.Abs(cfg)
		if err != nil {
			return "", err
		}
		return filepath.Dir(abs), nil
	}
	if top, err := gitfiles.TopLevel(dir); err == nil {
		// git names the real path; climb the user's spelling of dir (which may
		// go through a symlink) as many folders as dir is below the top
		resolved, err := filepath.EvalSymlinks(dir)
		if err != nil {
			resolved = dir
		}
		if rel, ok := below(filepath.ToSlash(resolved), top); ok {
			up := dir
			for n := countSegments(rel); n > 0; n-- {
				up = filepath.Dir(up)
			}
			return up, nil
		}
		return filepath.FromSlash(top), nil
	}
	return os.Getwd()
}

// countSegments is the number of folders in a relative slash path.
func countSegments(rel string) int {
	if rel == "" {
		return 0
	}
	return strings.Count(rel, "/") + 1
}

// isPlainFile reports whether p can be stat'ed and is not a folder.
func isPlainFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}
