package initcfg

import (
	"strings"
)

// Render writes the plan as a commented .fsdlintrc.json (JSON with comments).
func Render(p *Plan) string {
	var b strings.Builder
	w := func(lines ...string) {
		for _, l := range lines {
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	w("{",
		"  // fsdlint configuration, written by `fsdlint init`: JSON with comments and",
		"  // trailing commas. `fsdlint rules` lists every rule, `fsdlint rules NAME` explains one.")
	if len(p.Sources) > 0 {
		w("  // Migrated from: " + strings.Join(p.Sources, ", ") + " (read as text, never run).")
	}
	w(`  "$schema": "https://raw.githubusercontent.com/fsdlint/fsdlint/main/config/schema.json",`, "",
		`  // Presets: "fsdlint:recommended" (FSD architecture and correctness rules),`,
		`  // "fsdlint:airbnb" (plus the Airbnb/ESLint twins), "fsdlint:all" (every rule).`,
		`  "extends": [`+joinQuoted(p.Extends)+`],`, "")

	w("  // FSD roots: folders holding app/, pages/, widgets/, features/, entities/, shared/.")
	if len(p.Roots) > 0 {
		w("  // Detected now: "+strings.Join(p.Roots, ", ")+". fsdlint detects them on every run;",
			"  // uncomment to pin them.",
			`  // "roots": [`+joinQuoted(p.Roots)+`],`, "")
	} else {
		w("  // None detected yet; fsdlint detects them on every run, or name them:",
			`  // "roots": ["src"],`, "")
	}

	if p.TSConfig != "" && len(p.Paths) > 0 {
		w("  // Import aliases: fsdlint reads "+p.TSConfig+` "paths" itself (`+strings.Join(p.Paths, "; ")+").",
			"  // Add only the bundler aliases tsconfig does not know (vite/webpack):")
	} else {
		w("  // Import aliases: fsdlint reads tsconfig.json \"paths\" itself. Add only the",
			"  // bundler aliases tsconfig does not know (vite/webpack):")
	}
	w(`  // "aliases": {"@app/*": ["src/app/*"]},`, "")

	w("  // Files never linted, besides .gitignore'd files, node_modules and build output.",
		`  // Globs relative to this file; "**" crosses folders.`)
	if len(p.Ignores) == 0 {
		w(`  "ignores": [],`, "")
	} else {
		w(`  "ignores": [`)
		last := ""
		for _, ig := range p.Ignores {
			if ig.From != last {
				w("    // from " + ig.From)
				last = ig.From
			}
			w("    " + quote(ig.Value) + ",")
		}
		w("  ],", "")
	}

	w("  // Layer folders with other names: canonical layer -> folder name.",
		`  // "layers": {"pages": "screens"},`, "")

	w(`  // Rule settings: "off" | "warn" | "error", or ["warn", options…]; they change the preset.`)
	if len(p.Rules) == 0 {
		w(`  "rules": {`, `    // "ts/consistent-type-definitions": ["error", "type"],`, "  },", "")
	} else {
		w(`  "rules": {`)
		last := ""
		for _, r := range p.Rules {
			if r.From != last {
				w("    // from " + r.From)
				last = r.From
			}
			w("    " + quote(r.Value.Rule) + ": " + r.Value.JSON + ",")
		}
		w("  },", "")
	}

	w("  // Per-file settings; later entries win.")
	if len(p.Overrides) == 0 {
		w(`  "overrides": [`, `    // {"files": ["**/*.test.ts", "**/*.test.tsx"], "rules": {"no-console": "off"}},`, "  ],", "")
	} else {
		w(`  "overrides": [`)
		for _, o := range p.Overrides {
			w("    // from "+o.From, "    {", `      "files": [`+joinQuoted(o.Value.Files)+`],`, `      "rules": {`)
			for _, s := range o.Value.Rules {
				w("        " + quote(s.Rule) + ": " + s.JSON + ",")
			}
			w("      },", "    },")
		}
		w("  ],", "")
	}

	if len(p.Notes) > 0 {
		w("  // Not migrated (fsdlint init could not express these):")
		for _, n := range p.Notes {
			w("  //   - " + strings.ReplaceAll(n, "\n", " "))
		}
		w("")
	}
	w(`  // Free-form settings rules read, e.g. {"react": {"version": "18"}}.`, `  "settings": {},`, "}")
	return b.String()
}

func joinQuoted(items []string) string {
	q := make([]string, len(items))
	for i, s := range items {
		q[i] = quote(s)
	}
	return strings.Join(q, ", ")
}
