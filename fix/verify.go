package fix

import (
	"fmt"

	"github.com/fsdlint/fsdlint/tsparse"
)

// Verify is the default second opinion on a rewritten file: esbuild must
// accept it. (fsdlint's own parser checks every rewritten text as well:
// through Relint's parse, or tsparse.Parse when there is no Relint.)
func Verify(path string, src []byte) error {
	if se := tsparse.EsbuildCheck(path, src); se != nil {
		return fmt.Errorf("esbuild: %s (offset %d)", se.Message, se.Pos)
	}
	return nil
}
