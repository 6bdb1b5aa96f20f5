//go:build !unix

package engine

import "os"

// readWhole is os.ReadFile where the unix fast path does not apply.
var readWhole = os.ReadFile
