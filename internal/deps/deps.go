//go:build tools

// Package deps pins the modules fsdlint is allowed to use (see README,
// "Dependencies") so that parallel work never races on go.mod.
package deps

import (
	_ "github.com/bmatcuk/doublestar/v4"
	_ "github.com/charmbracelet/lipgloss"
	_ "github.com/evanw/esbuild/pkg/api"
	_ "github.com/fsnotify/fsnotify"
	_ "github.com/santhosh-tekuri/jsonschema/v6"
	_ "github.com/spf13/cobra"
	_ "golang.org/x/term"
)
