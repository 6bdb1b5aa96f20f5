package main

import (
	"encoding/json"
	"io"
	"runtime"

	"github.com/fsdlint/fsdlint/config"
	"github.com/fsdlint/fsdlint/engine"
	"github.com/spf13/cobra"
)

func newFactsCmd(stdout io.Writer) *cobra.Command {
	var format, configPath string
	cmd := &cobra.Command{
		Use:   "facts [ROOT]",
		Short: "Print what the parser sees: imports and type declarations of every file (JSON)",
		Long: `Print, for every source file below ROOT (default "."), its imports (specifier,
kind, typeOnly, line, column of the specifier, the file it resolves to) and its
interface/type declarations, as JSON. Paths are relative to ROOT.

  {"files":[{"path","imports":[{"specifier","kind","typeOnly","line","column","resolved"}],
   "declarations":[{"kind","name","line"}],"parseErrors":N}]}

kind is import, export-from, import-equals, dynamic or require; resolved is
null for packages and unresolved specifiers.`,
		Example: `  fsdlint facts src --format json
  fsdlint facts | jq '.files[] | select(.parseErrors > 0) | .path'`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "json" {
				return usageErr("facts: --format must be json")
			}
			root := "."
			if len(args) == 1 {
				root = args[0]
			}
			cfg, err := configFor(root, configPath, map[string]*config.Config{})
			if err != nil {
				return &exitError{code: exitUsage, err: err}
			}
			rep, err := engine.CollectFacts(root, cfg, engine.Parser{}, runtime.NumCPU())
			if err != nil {
				return usageErr("%v", err)
			}
			enc := json.NewEncoder(stdout)
			enc.SetEscapeHTML(false)
			return enc.Encode(rep)
		},
	}
	cmd.Flags().StringVar(&format, "format", "json", "output format (json)")
	cmd.Flags().StringVar(&configPath, "config", "", "config file (for ignores and aliases)")
	return cmd
}
