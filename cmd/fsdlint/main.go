// Command fsdlint is a fast linter for TypeScript/React front ends organised
// with Feature-Sliced Design. This package only wires flags to the config,
// the engine and the reporters; the logic lives in those packages.
package main

import "os"

func main() {
	os.Exit(Main(os.Args[1:], os.Stdout, os.Stderr))
}
