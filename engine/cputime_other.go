//go:build !unix

package engine

import "time"

// ProcessCPU is not measured off unix (FSDLINT_TIMING shows 0).
func ProcessCPU() time.Duration { return 0 }
