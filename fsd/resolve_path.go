package fsd

import (
	"path"
	"strings"
)

// Paths inside the resolver are absolute and slash-separated ("/a/b", or
// "C:/a/b" on Windows, which path.Clean keeps as is).

func joinPath(dir, rel string) string {
	if path.IsAbs(rel) || isWindowsAbs(rel) {
		return path.Clean(rel)
	}
	return path.Clean(dir + "/" + rel)
}

func isWindowsAbs(p string) bool {
	return len(p) >= 3 && p[1] == ':' && (p[2] == '/' || p[2] == '\\')
}

// splitPath splits "/a/b/c.ts" into "/a/b" and "c.ts".
func splitPath(p string) (dir, name string) {
	i := strings.LastIndexByte(p, '/')
	if i < 0 {
		return ".", p
	}
	if i == 0 {
		return "/", p[1:]
	}
	return p[:i], p[i+1:]
}

func parentDir(p string) string {
	d, _ := splitPath(p)
	return d
}

// isRelativeSpecifier is TypeScript's pathIsRelative: "." or ".." alone or
// followed by a slash.
func isRelativeSpecifier(s string) bool {
	if !strings.HasPrefix(s, ".") {
		return false
	}
	rest := s[1:]
	if strings.HasPrefix(rest, ".") {
		rest = rest[1:]
	}
	return rest == "" || rest[0] == '/' || rest[0] == '\\'
}

// isAbsoluteSpecifier: "/x" or "C:/x".
func isAbsoluteSpecifier(s string) bool {
	return strings.HasPrefix(s, "/") || isWindowsAbs(s)
}

// underNodeModules says whether a path lies inside a node_modules folder.
func underNodeModules(p string) bool {
	return strings.Contains(p, "/node_modules/")
}
