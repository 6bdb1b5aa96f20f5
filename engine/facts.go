package engine

import (
	"path"
	"path/filepath"
	"strings"

	"github.com/fsdlint/fsdlint/config"
	"github.com/fsdlint/fsdlint/fsd"
	"github.com/fsdlint/fsdlint/internal/par"
	"github.com/fsdlint/fsdlint/tsparse"
)

// FactsReport is what `fsdlint facts --format json` prints: what the parser
// saw in every file below a root. Paths are relative to the root, with "/".
type FactsReport struct {
	Files []FactsFile `json:"files"`
}

// FactsFile is one file's imports and type declarations.
type FactsFile struct {
	Path         string         `json:"path"`
	Imports      []FactsImport  `json:"imports"`
	Declarations []FactsDecl    `json:"declarations"`
	ParseErrors  int            `json:"parseErrors"`
	facts        *tsparse.Facts // kept for resolution
	lines        *tsparse.LineTable
}

// FactsImport is one module reference; line and column (1-based, UTF-16) are
// those of the specifier's opening quote. Resolved is the file it leads to,
// relative to the root, or null (a package, or not found).
type FactsImport struct {
	Specifier string  `json:"specifier"`
	Kind      string  `json:"kind"`
	TypeOnly  bool    `json:"typeOnly"`
	Line      int     `json:"line"`
	Column    int     `json:"column"`
	Resolved  *string `json:"resolved"`
}

// FactsDecl is an interface or type alias declaration; line is the name's.
type FactsDecl struct {
	Kind string `json:"kind"`
	Name string `json:"name"`
	Line int    `json:"line"`
}

// CollectFacts parses every source file below root (discovered as `check`
// does, with cfg's ignores) and reports its facts; jobs as in Options.
func CollectFacts(root string, cfg *config.Config, parser Parser, jobs int) (*FactsReport, error) {
	if parser.Parse == nil {
		parser = DefaultParser()
	}
	r := &run{opts: Options{Jobs: jobs}, parser: parser, resolvers: []*config.Resolver{cfg.Resolver(nil)}}
	if r.opts.Jobs <= 0 {
		r.opts.Jobs = 1
	}
	files, _, _, err := discover([]Target{{Path: root, Config: cfg}}, r.resolvers)
	if err != nil {
		return nil, err
	}
	absRoot, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	base := filepath.ToSlash(absRoot)
	out := make([]FactsFile, len(files))
	par.Each(len(files), r.opts.Jobs, func(i int) { out[i] = r.factsOf(files[i].path, base) })
	resolver := fsd.NewResolver(fsd.ResolverOptions{Aliases: cfg.Aliases, AliasBase: cfg.Dir})
	for i := range out {
		f := &out[i]
		if f.facts == nil {
			continue
		}
		abs := base + "/" + f.Path
		for j, imp := range f.facts.Imports {
			if res := resolver.Resolve(abs, imp.Specifier); res.Resolved() {
				rel := relSlash(base, res.Path)
				f.Imports[j].Resolved = &rel
			}
		}
	}
	return &FactsReport{Files: out}, nil
}

func (r *run) factsOf(abs, base string) FactsFile {
	ff := FactsFile{Path: relSlash(base, abs), Imports: []FactsImport{}, Declarations: []FactsDecl{}}
	src, err := readFile(filepath.FromSlash(abs))
	if err != nil {
		ff.ParseErrors = 1
		return ff
	}
	file, perr := r.parser.Parse(abs, src)
	if perr != nil || file == nil {
		ff.ParseErrors = 1
		return ff
	}
	facts := r.parser.Facts(file)
	lines := file.Lines()
	for _, imp := range facts.Imports {
		line, col := lines.Position(imp.SpecifierRange.Start)
		ff.Imports = append(ff.Imports, FactsImport{Specifier: imp.Specifier, Kind: string(imp.Kind), TypeOnly: imp.TypeOnly, Line: line, Column: col})
	}
	for _, d := range facts.Declarations {
		ff.Declarations = append(ff.Declarations, FactsDecl{Kind: string(d.Kind), Name: d.Name, Line: lines.Line(d.NameRange.Start)})
	}
	ff.facts, ff.lines = facts, lines
	return ff
}

func relSlash(base, p string) string {
	if p == base {
		return "."
	}
	if strings.HasPrefix(p, base+"/") {
		return p[len(base)+1:]
	}
	rel, err := filepath.Rel(filepath.FromSlash(base), filepath.FromSlash(p))
	if err != nil {
		return p
	}
	return path.Clean(filepath.ToSlash(rel))
}
