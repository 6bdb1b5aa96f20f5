package tsparse

import (
	"path/filepath"
	"testing"

	"github.com/fsdlint/fsdlint/internal/corpus"
	"github.com/fsdlint/fsdlint/internal/testpeer"
)

// TestCorpusAgreesWithPeers compares tsparse with TypeScript and esbuild on the
// npm real-code corpus (internal/corpus): zero crashes, the same accept/reject
// verdicts, the same imports and declarations, or a listed exception.
func TestCorpusAgreesWithPeers(t *testing.T) {
	if testing.Short() {
		t.Skip("the corpus differential runs TypeScript over 25 MB; skipped with -short")
	}
	files := corpus.Files(t)
	nm := testpeer.NodeModules(t)
	peer := typeScriptFacts(t, files)
	var stats agreementStats
	var found []disagreement
	compared := map[string]bool{}
	for _, file := range files {
		rel, err := filepath.Rel(nm, file)
		if err != nil {
			t.Fatal(err)
		}
		rel = filepath.ToSlash(rel)
		compared[rel] = true
		found = append(found, compareFile(t, rel, file, peer[file], &stats)...)
	}
	t.Logf("corpus: %d files; tsparse accepted %d, rejected %d; imports agree %d/%d, declarations agree %d/%d; %d disagreements",
		stats.files, stats.accepted, stats.rejected, stats.importsAgree, stats.imports, stats.declarationsAgr, stats.declarations, len(found))
	checkDisagreements(t, compared, found)
}
