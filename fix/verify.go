package fix

import (
	"fmt"

	"github.com/fsdlint/fsdlint/tsparse"
)

// Verify is the default syntax check for a rewritten file: fsdlint's own
// parser and esbuild must both accept it.
func Verify(path string, src []byte) error {
	if _, err := tsparse.Parse(path, src); err != nil {
		return fmt.Errorf("fsdlint's parser: %v", err)
	}
	if se := tsparse.EsbuildCheck(path, src); se != nil {
		return fmt.Errorf("esbuild: %s (offset %d)", se.Message, se.Pos)
	}
	return nil
}
