package archgraph

import (
	"errors"
	"io"
	"path/filepath"

	"github.com/fsdlint/fsdlint/fsd"
)

// Loader builds the import graph of everything below root (the engine's
// discovery, parse and resolution), with FSD locations.
type Loader func(root string) (*fsd.Graph, error)

// Options are the flags of `fsdlint graph [ROOT]`.
type Options struct {
	Root       string // default "."
	Format     string // mermaid (default), dot, json, html
	LayersOnly bool
	Focus      string
	Load       Loader
}

// Run is the `fsdlint graph` command: load the graph of Root, summarise it and
// print it to stdout.
func Run(opts Options, stdout io.Writer) error {
	if opts.Load == nil {
		return errors.New("archgraph: no graph loader")
	}
	if opts.Root == "" {
		opts.Root = "."
	}
	if opts.Format == "" {
		opts.Format = "mermaid"
	}
	if err := checkFormat(opts.Format); err != nil {
		return err
	}
	abs, err := filepath.Abs(opts.Root)
	if err != nil {
		return err
	}
	g, err := opts.Load(abs)
	if err != nil {
		return err
	}
	a, err := Summarize(g, SummaryOptions{Base: filepath.ToSlash(abs), LayersOnly: opts.LayersOnly, Focus: opts.Focus})
	if err != nil {
		return err
	}
	return Render(a, opts.Format, stdout)
}

func checkFormat(f string) error {
	for _, ok := range Formats {
		if f == ok {
			return nil
		}
	}
	return Render(nil, f, io.Discard) // the unknown-format error
}
