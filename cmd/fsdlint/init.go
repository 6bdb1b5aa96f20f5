package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"
)

// starterConfig is what `fsdlint init` writes: every key, explained.
const starterConfig = `{
  // fsdlint configuration: JSON with comments and trailing commas.
  // Reference: fsdlint rules (every rule), fsdlint rules NAME (one rule's doc).
  "$schema": "https://raw.githubusercontent.com/fsdlint/fsdlint/main/config/schema.json",

  // Presets: "fsdlint:recommended" (the default), "fsdlint:airbnb" (plus the
  // Airbnb/ESLint twins), "fsdlint:all" (every rule); or a shared config
  // file ("../../fsdlint.base.json"), read as if written here.
  "extends": ["fsdlint:recommended"],

  // FSD roots (folders holding app/, pages/, widgets/, features/, entities/,
  // shared/). Detected automatically when absent.
  // "roots": ["src"],

  // Files never linted, besides .gitignore'd files, node_modules and build
  // output. Globs relative to this file; "**" crosses folders.
  "ignores": ["**/*.gen.ts"],

  // Layer folders with other names: canonical layer -> folder name.
  // "layers": {"pages": "screens"},

  // Bundler aliases that tsconfig "paths" does not know (vite/webpack).
  // "aliases": {"@app/*": ["src/app/*"]},

  // Severity "off" | "warn" | "error", or ["warn", options…].
  "rules": {
    // "ts/consistent-type-definitions": ["error", "type"],
  },

  // Per-file settings; later entries win.
  "overrides": [
    // {"files": ["**/*.test.ts", "**/*.test.tsx"], "rules": {"no-console": "off"}},
  ],

  // Free-form settings rules read, e.g. {"react": {"version": "18"}}.
  "settings": {},
}
`

func newInitCmd(stdout io.Writer) *cobra.Command {
	var force bool
	cmd := &cobra.Command{
		Use:   "init [DIR]",
		Short: "Write a commented .fsdlintrc.json, migrating a Steiger or ESLint config",
		Long: `Write a commented .fsdlintrc.json for the repository in DIR (default "."):
the FSD roots detected, the tsconfig "paths" aliases found, and the settings of an
existing Steiger config (steiger.config.ts/js/mjs/cjs/json: rule severities, ignores,
per-files blocks) or ESLint config (.eslintrc.json/.eslintrc/.eslintrc.js, eslint.config.js:
the rules fsdlint implements, Airbnb presets, ignores, overrides). Configs are read as
text, never run; what could not be migrated is listed in the file and printed.
An existing .fsdlintrc.json is only replaced with --force.`,
		Example: `  fsdlint init
  fsdlint init packages/web --force`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := "."
			if len(args) == 1 {
				dir = args[0]
			}
			path := filepath.Join(dir, ".fsdlintrc.json")
			if _, err := os.Stat(path); err == nil && !force {
				return usageErr("%s already exists; use --force to overwrite it", filepath.ToSlash(path))
			}
			text, report := initConfig(dir)
			flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
			if force {
				flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
			}
			f, err := os.OpenFile(path, flags, 0o644)
			if errors.Is(err, fs.ErrExist) {
				return usageErr("%s already exists; use --force to overwrite it", filepath.ToSlash(path))
			}
			if err != nil {
				return usageErr("%v", err)
			}
			if _, err := f.WriteString(text); err != nil {
				f.Close()
				return usageErr("%v", err)
			}
			if err := f.Close(); err != nil {
				return usageErr("%v", err)
			}
			if _, err := fmt.Fprintf(stdout, "wrote %s\n", filepath.ToSlash(path)); err != nil {
				return err
			}
			return printInitReport(stdout, report)
		},
	}
	cmd.Flags().BoolVar(&force, "force", false, "overwrite an existing .fsdlintrc.json")
	return cmd
}
