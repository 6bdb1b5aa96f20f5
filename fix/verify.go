package fix

import (
	"errors"
	"path"
	"strconv"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

// Verify is the default syntax check for a rewritten file: esbuild must
// accept it. (tsparse joins once its Parse exists.)
func Verify(filePath string, src []byte) error {
	return esbuildCheck(filePath, src)
}

// esbuildCheck parses src with esbuild's transform API in the dialect the
// file's extension implies, and returns its first error.
func esbuildCheck(filePath string, src []byte) error {
	res := api.Transform(string(src), api.TransformOptions{
		Loader:   loaderFor(filePath),
		LogLevel: api.LogLevelSilent,
	})
	if len(res.Errors) == 0 {
		return nil
	}
	e := res.Errors[0]
	if e.Location != nil {
		return errors.New("esbuild: " + e.Text + " (line " + strconv.Itoa(e.Location.Line) + ")")
	}
	return errors.New("esbuild: " + e.Text)
}

func loaderFor(filePath string) api.Loader {
	switch strings.ToLower(path.Ext(filePath)) {
	case ".tsx":
		return api.LoaderTSX
	case ".ts", ".mts", ".cts":
		return api.LoaderTS
	}
	return api.LoaderJSX // .js, .jsx, .mjs, .cjs: JSX is allowed in .js by our parser too
}
