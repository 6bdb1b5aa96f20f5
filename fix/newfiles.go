package fix

import (
	"os"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

// NewFiles collects the files that wanted fixes create (Fix.Path set to a
// path other than the finding's own): one per path, the first finding's fix,
// and only where no file exists yet and the content parses.
func NewFiles(findings []rules.Finding, opts Options) []NewFile {
	seen := map[string]bool{}
	var out []NewFile
	for _, f := range findings {
		for _, fx := range f.Fixes {
			if !opts.wanted(fx) || fx.Path == "" || fx.Path == f.Path {
				continue
			}
			if seen[fx.Path] || !validEdits(fx, 0) {
				break
			}
			seen[fx.Path] = true
			if _, err := os.Lstat(fx.Path); err == nil {
				break
			}
			content := applyEdits(nil, sortedEdits([]rules.Fix{fx}))
			if opts.verifier()(fx.Path, content) != nil {
				break
			}
			if _, err := tsparse.Parse(fx.Path, content); err != nil {
				break
			}
			out = append(out, NewFile{Path: fx.Path, Content: content, Finding: f})
			break
		}
	}
	return out
}
