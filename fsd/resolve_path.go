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
	// The common specifiers ("./x", "../../x/y") take a fast way that only
	// slices strings; anything unusual goes through path.Clean.
	for {
		switch {
		case strings.HasPrefix(rel, "./"):
			rel = rel[2:]
			continue
		case strings.HasPrefix(rel, "../") && dir != "/" && strings.Count(dir, "/") > 0:
			dir = parentDir(dir)
			rel = rel[3:]
			continue
		}
		break
	}
	if !plainRelative(rel) || !path.IsAbs(dir) {
		return path.Clean(dir + "/" + rel)
	}
	if dir == "/" {
		return "/" + rel
	}
	return dir + "/" + rel
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
	rest = strings.TrimPrefix(rest, ".")
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

// plainRelative: rel has no empty, "." or ".." segment and no trailing slash,
// so joining needs no cleaning.
func plainRelative(rel string) bool {
	if rel == "" || rel[len(rel)-1] == '/' {
		return false
	}
	start := 0
	for i := 0; i <= len(rel); i++ {
		if i == len(rel) || rel[i] == '/' {
			switch rel[start:i] {
			case "", ".", "..":
				return false
			}
			start = i + 1
		}
	}
	return true
}
