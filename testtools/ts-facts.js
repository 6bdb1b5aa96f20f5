#!/usr/bin/env node
// Prints, for a tree or a list of files, the facts that `fsdlint facts --format json`
// prints, as TypeScript's own parser (typescript@5.9.3) sees them. fsdlint's
// differential tests compare the two.
//
//   node ts-facts.js ROOT              every source file below ROOT; paths relative to ROOT
//   node ts-facts.js --stdin           file paths from stdin, one a line; paths printed as given
//   node ts-facts.js FILE...           the given files; paths printed as given
//   --details                          adds "errors": [{line, column, message, code}] per file
//
// parseErrors counts the parser's diagnostics and, for JavaScript files, the
// diagnostics for TypeScript-only syntax that TypeScript reports with them.
// import("x") and require("x") take a string literal or a template without
// substitutions, as TypeScript's own collection of a program's imports does.
//
// Output: {"files":[{"path","imports":[{"specifier","kind","typeOnly","line","column","resolved":null}],
//          "declarations":[{"kind","name","line"}],"parseErrors":N}]}
"use strict";

const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const sourceExtensions = [".d.ts", ".d.mts", ".d.cts", ".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];

// TypeScript parses .js/.mjs/.cjs with the JSX language variant (as with allowJs + jsx),
// so JSX in a .js file is accepted, as in many React projects.
function scriptKind(file) {
  const lower = file.toLowerCase();
  if (lower.endsWith(".tsx")) return ts.ScriptKind.TSX;
  if (lower.endsWith(".jsx")) return ts.ScriptKind.JSX;
  if (lower.endsWith(".js") || lower.endsWith(".mjs") || lower.endsWith(".cjs")) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

function isSource(file) {
  const lower = file.toLowerCase();
  return sourceExtensions.some((ext) => lower.endsWith(ext));
}

// walkTree lists source files below root, skipping node_modules and hidden
// directories, in byte order of their relative paths.
function walkTree(root) {
  const out = [];
  (function walk(dir) {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
        walk(full);
      } else if (entry.isFile() && isSource(entry.name)) {
        out.push(full);
      }
    }
  })(root);
  const rel = (f) => path.relative(root, f).split(path.sep).join("/");
  return out
    .map((f) => ({ file: f, shown: rel(f) }))
    .sort((a, b) => Buffer.compare(Buffer.from(a.shown), Buffer.from(b.shown)));
}

function position(sf, pos) {
  const lc = sf.getLineAndCharacterOfPosition(pos);
  return { line: lc.line + 1, column: lc.character + 1 };
}

// Every specifier of a non-empty named clause is marked `type`.
function allTypeMarked(elements) {
  return elements.length > 0 && elements.every((e) => e.isTypeOnly);
}

function importTypeOnly(decl) {
  const clause = decl.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const nb = clause.namedBindings;
  return !!nb && ts.isNamedImports(nb) && allTypeMarked(nb.elements);
}

function exportTypeOnly(decl) {
  if (decl.isTypeOnly) return true;
  const clause = decl.exportClause;
  return !!clause && ts.isNamedExports(clause) && allTypeMarked(clause.elements);
}

function isJavaScript(file) {
  return scriptKind(file) === ts.ScriptKind.JS || scriptKind(file) === ts.ScriptKind.JSX;
}

// jsSyntaxDiagnostics returns, for JavaScript files, TypeScript's syntactic
// diagnostics as a program reports them: the parser's plus those for
// TypeScript-only syntax ("Type annotations can only be used in TypeScript
// files", …), which the parser itself accepts in .js files.
function jsSyntaxDiagnostics(files) {
  const js = files.filter(isJavaScript);
  const out = new Map();
  if (js.length === 0) return out;
  const program = ts.createProgram(js, {
    allowJs: true, noResolve: true, noLib: true, types: [], noEmit: true,
    target: ts.ScriptTarget.Latest, jsx: ts.JsxEmit.Preserve,
  });
  for (const file of js) {
    const sf = program.getSourceFile(file);
    if (sf) out.set(file, program.getSyntacticDiagnostics(sf));
  }
  return out;
}

// readSource reads a file as TypeScript's own host does (ts.sys.readFile): a
// leading byte order mark is dropped, so it does not count in line 1's columns.
function readSource(file) {
  const text = fs.readFileSync(file, "utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function factsOf(file, shown, details) {
  const text = readSource(file);
  const sf = ts.createSourceFile(file, text, { languageVersion: ts.ScriptTarget.Latest }, true, scriptKind(file));
  const imports = [];
  const declarations = [];

  function addImport(lit, kind, typeOnly) {
    const p = position(sf, lit.getStart(sf));
    imports.push({ specifier: lit.text, kind, typeOnly, line: p.line, column: p.column, resolved: null });
  }

  function visit(node) {
    switch (node.kind) {
      case ts.SyntaxKind.ImportDeclaration:
        if (ts.isStringLiteral(node.moduleSpecifier)) addImport(node.moduleSpecifier, "import", importTypeOnly(node));
        break;
      case ts.SyntaxKind.ExportDeclaration:
        if (node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
          addImport(node.moduleSpecifier, "export-from", exportTypeOnly(node));
        }
        break;
      case ts.SyntaxKind.ImportEqualsDeclaration: {
        const ref = node.moduleReference;
        if (ts.isExternalModuleReference(ref) && ts.isStringLiteral(ref.expression)) {
          addImport(ref.expression, "import-equals", node.isTypeOnly);
        }
        break;
      }
      case ts.SyntaxKind.CallExpression: {
        const args = node.arguments;
        if (node.expression.kind === ts.SyntaxKind.ImportKeyword) {
          if (args.length >= 1 && ts.isStringLiteralLike(args[0])) addImport(args[0], "dynamic", false);
        } else if (ts.isIdentifier(node.expression) && node.expression.text === "require") {
          if (args.length === 1 && ts.isStringLiteralLike(args[0])) addImport(args[0], "require", false);
        }
        break;
      }
      case ts.SyntaxKind.InterfaceDeclaration:
      case ts.SyntaxKind.TypeAliasDeclaration:
        declarations.push({
          kind: node.kind === ts.SyntaxKind.InterfaceDeclaration ? "interface" : "type",
          name: node.name.text,
          line: position(sf, node.name.getStart(sf)).line,
        });
        break;
    }
    ts.forEachChild(node, visit);
  }
  visit(sf);

  return { out: { path: shown, imports, declarations, parseErrors: 0 }, sf };
}

// withErrors fills in the parse error count (and with --details the errors).
function withErrors(result, diagnostics, details) {
  const { out, sf } = result;
  out.parseErrors = diagnostics.length;
  if (details) {
    out.errors = diagnostics.map((d) => {
      const p = position(sf, d.start);
      return { line: p.line, column: p.column, offset: d.start, message: ts.flattenDiagnosticMessageText(d.messageText, "\n"), code: d.code };
    });
  }
  return out;
}

// crashed stands for a file that TypeScript's parser could not parse at all
// (a stack overflow on very deep nesting): one error, no facts.
function crashed(target, error, details) {
  const out = { path: target.shown, imports: [], declarations: [], parseErrors: 1 };
  if (details) out.errors = [{ line: 1, column: 1, offset: 0, message: "TypeScript crashed: " + String(error), code: 0 }];
  return out;
}

function main(argv) {
  const details = argv.includes("--details");
  const args = argv.filter((a) => a !== "--details");
  let targets;
  if (args.length === 1 && args[0] === "--stdin") {
    const list = fs.readFileSync(0, "utf8").split("\n").filter((l) => l.length > 0);
    targets = list.map((f) => ({ file: f, shown: f }));
  } else if (args.length === 1 && fs.statSync(args[0]).isDirectory()) {
    targets = walkTree(args[0]);
  } else if (args.length > 0) {
    targets = args.map((f) => ({ file: f, shown: f }));
  } else {
    process.stderr.write("usage: node ts-facts.js ROOT | --stdin | FILE... [--details]\n");
    process.exit(2);
  }
  const results = targets.map((t) => {
    try {
      return factsOf(t.file, t.shown, details);
    } catch (error) {
      return { error };
    }
  });
  const jsDiagnostics = jsSyntaxDiagnostics(targets.filter((t, i) => !results[i].error).map((t) => t.file));
  const files = results.map((r, i) => {
    if (r.error) return crashed(targets[i], r.error, details);
    return withErrors(r, jsDiagnostics.get(targets[i].file) || r.sf.parseDiagnostics, details);
  });
  process.stdout.write(JSON.stringify({ files }) + "\n");
}

main(process.argv.slice(2));
