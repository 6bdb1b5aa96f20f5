package fsd

import (
	"path"
	"strings"
)

var sourceExtensions = []string{".d.ts", ".d.mts", ".d.cts", ".ts", ".tsx", ".mts", ".cts"}
var jsExtensions = []string{".js", ".jsx", ".mjs", ".cjs"}

// includes tells whether a config's files/include/exclude cover a file, the
// way TypeScript expands them: "files" always count; "include" defaults to
// everything below the config unless "files" is given; "exclude" defaults to
// node_modules, bower_components, jspm_packages and outDir.
func (c *TSConfig) includes(file string) bool {
	for _, f := range c.Files {
		if f == file {
			return true
		}
	}
	if !c.supportsExtension(file) {
		return false
	}
	include := c.Include
	if include == nil {
		if c.Files != nil {
			return false
		}
		include = []string{c.Dir + "/**/*"}
	}
	matched := false
	for _, p := range include {
		if matchInclude(p, file) {
			matched = true
			break
		}
	}
	if !matched {
		return false
	}
	exclude := c.Exclude
	if exclude == nil {
		exclude = []string{c.Dir + "/node_modules", c.Dir + "/bower_components", c.Dir + "/jspm_packages"}
		if c.OutDir != "" {
			exclude = append(exclude, c.OutDir)
		}
	}
	for _, p := range exclude {
		if matchExclude(p, file) {
			return false
		}
	}
	return true
}

func (c *TSConfig) supportsExtension(file string) bool {
	for _, e := range sourceExtensions {
		if strings.HasSuffix(file, e) {
			return true
		}
	}
	if c.AllowJS {
		for _, e := range jsExtensions {
			if strings.HasSuffix(file, e) {
				return true
			}
		}
	}
	return false
}

// matchInclude matches an include pattern; a last segment without wildcard or
// extension names a folder (everything below it).
func matchInclude(pattern, file string) bool {
	_, last := splitPath(pattern)
	if !strings.ContainsAny(last, "*?") && path.Ext(last) == "" {
		pattern += "/**/*"
	}
	return globSegments(strings.Split(pattern, "/"), strings.Split(file, "/"))
}

// matchExclude matches the file or any folder above it.
func matchExclude(pattern, file string) bool {
	fs := strings.Split(file, "/")
	ps := strings.Split(pattern, "/")
	for n := len(fs); n >= 1; n-- {
		if globSegments(ps, fs[:n]) {
			return true
		}
	}
	return false
}

// globSegments matches TypeScript's include globs: `**` spans folders (never
// node_modules-like or dot folders), `*`/`?` stay in one segment and a
// segment starting with a wildcard never matches a dot name.
func globSegments(ps, fs []string) bool {
	for len(ps) > 0 {
		p := ps[0]
		if p == "**" {
			for i := 0; i <= len(fs); i++ {
				if globSegments(ps[1:], fs[i:]) {
					return true
				}
				if i < len(fs) && !wildFolderOK(fs[i]) {
					return false
				}
			}
			return false
		}
		if len(fs) == 0 {
			return false
		}
		if !globSegment(p, fs[0]) {
			return false
		}
		ps, fs = ps[1:], fs[1:]
	}
	return len(fs) == 0
}

func wildFolderOK(name string) bool {
	switch name {
	case "node_modules", "bower_components", "jspm_packages":
		return false
	}
	return !strings.HasPrefix(name, ".")
}

func globSegment(p, name string) bool {
	if p == name {
		return true
	}
	if !strings.ContainsAny(p, "*?") {
		return false
	}
	if strings.HasPrefix(name, ".") && (p[0] == '*' || p[0] == '?') {
		return false
	}
	ok, _ := path.Match(p, name)
	return ok
}
