package scoperules

import (
	"strings"
	"testing"

	"github.com/fsdlint/fsdlint/internal/corpus"
)

func TestAgainstESLintCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus comparison is long")
	}
	var files []string
	for _, f := range corpus.Files(t) {
		if (strings.HasSuffix(f, ".ts") || strings.HasSuffix(f, ".tsx")) && !strings.HasSuffix(f, ".d.ts") {
			files = append(files, f)
		}
	}
	compare(t, files)
}
