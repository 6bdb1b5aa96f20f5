package main

import (
	"io"
	"path"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/fsdlint/fsdlint/archgraph"
	"github.com/fsdlint/fsdlint/config"
	"github.com/fsdlint/fsdlint/engine"
	"github.com/fsdlint/fsdlint/fsd"
	"github.com/fsdlint/fsdlint/tsparse"
	"github.com/spf13/cobra"
)

func newGraphCmd(stdout io.Writer) *cobra.Command {
	var opts archgraph.Options
	var configPath string
	cmd := &cobra.Command{
		Use:   "graph [ROOT]",
		Short: "Draw the architecture: slices by layer, their dependencies, forbidden ones highlighted",
		Long: `Print the architecture of the FSD project below ROOT (default "."): slices grouped
by layer (app at the top, shared at the bottom), an arrow for every slice that
imports another with the number of imports, and forbidden dependencies (to a
higher layer, or to another slice of the same layer) highlighted. Imports
through a slice's @x cross-import API are drawn dashed.

Formats: mermaid (paste into GitHub/GitLab markdown), dot (Graphviz), json,
html (one self-contained page with an SVG drawing; no network needed).`,
		Example: `  fsdlint graph src > architecture.mmd
  fsdlint graph --format html > architecture.html
  fsdlint graph --layers-only --format dot | dot -Tsvg > layers.svg
  fsdlint graph --focus features/auth`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.Root = args[0]
			}
			root := opts.Root
			if root == "" {
				root = "."
			}
			cfg, err := configFor(root, configPath, map[string]*config.Config{})
			if err != nil {
				return &exitError{code: exitUsage, err: err}
			}
			opts.Load = func(abs string) (*fsd.Graph, error) { return loadGraph(abs, cfg) }
			if err := archgraph.Run(opts, stdout); err != nil {
				return usageErr("graph: %v", err)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&opts.Format, "format", "mermaid", "output format: "+strings.Join(archgraph.Formats, ", "))
	cmd.Flags().BoolVar(&opts.LayersOnly, "layers-only", false, "collapse slices into their layers")
	cmd.Flags().StringVar(&opts.Focus, "focus", "", "only dependencies touching this slice (features/auth, or auth when unique)")
	cmd.Flags().StringVar(&configPath, "config", "", "config file (for ignores, aliases, roots and layer names)")
	return cmd
}

// loadGraph parses every source file below root (as `fsdlint facts` does)
// and builds the import graph with the FSD model of the config.
func loadGraph(root string, cfg *config.Config) (*fsd.Graph, error) {
	rep, err := engine.CollectFacts(root, cfg, engine.Parser{}, runtime.NumCPU())
	if err != nil {
		return nil, err
	}
	files := make([]fsd.GraphFile, 0, len(rep.Files))
	paths := make([]string, 0, len(rep.Files))
	for _, f := range rep.Files {
		abs := path.Join(filepath.ToSlash(root), f.Path)
		facts := &tsparse.Facts{}
		for _, imp := range f.Imports {
			facts.Imports = append(facts.Imports, tsparse.Import{Specifier: imp.Specifier, Kind: tsparse.ImportKind(imp.Kind), TypeOnly: imp.TypeOnly})
		}
		files = append(files, fsd.GraphFile{Path: abs, Facts: facts})
		paths = append(paths, abs)
	}
	model := fsd.NewModel(fsd.ModelConfig{Roots: cfg.Roots, LayerNames: cfg.Layers}, paths)
	resolver := fsd.NewResolver(fsd.ResolverOptions{Aliases: cfg.Aliases, AliasBase: cfg.Dir})
	return fsd.BuildGraph(files, model, resolver), nil
}
