package tsparse

import (
	"strings"
	"testing"
)

// parseDump parses src as path and dumps every top-level statement, one per line.
func parseDump(t *testing.T, path, src string) string {
	t.Helper()
	f, err := Parse(path, []byte(src))
	if err != nil {
		t.Fatalf("%s %q: %v", path, src, err)
	}
	var parts []string
	for _, s := range f.Body {
		parts = append(parts, dump(s))
	}
	return strings.Join(parts, "\n")
}

// TestParseExact pins the tree, with exact byte ranges, for the ambiguous cases.
func TestParseExact(t *testing.T) {
	tests := []struct{ path, src, want string }{
		// generic call vs comparison
		{"a.ts", "a<b>(c)", "(ExprStmt 0:7 (CallExpr 0:7 (Ident 0:1 a) (TypeArgList 1:4 (TypeRef 2:3 (Ident 2:3 b))) (Ident 5:6 c)))"},
		{"a.ts", "a < b > c", "(ExprStmt 0:9 (BinaryExpr 0:9 > (BinaryExpr 0:5 < (Ident 0:1 a) (Ident 4:5 b)) (Ident 8:9 c)))"},
		{"a.ts", "a < b && c > d", "(ExprStmt 0:14 (BinaryExpr 0:14 && (BinaryExpr 0:5 < (Ident 0:1 a) (Ident 4:5 b)) (BinaryExpr 9:14 > (Ident 9:10 c) (Ident 13:14 d))))"},
		{"a.ts", "const g = f<string>;", "(VarDecl 0:20 2 (VarDeclarator 6:19 (Ident 6:7 g) (InstantiationExpr 10:19 (Ident 10:11 f) (TypeArgList 11:19 (KeywordType 12:18 string)))))"},
		{"a.ts", "a < b >= c", "(ExprStmt 0:10 (BinaryExpr 0:10 >= (BinaryExpr 0:5 < (Ident 0:1 a) (Ident 4:5 b)) (Ident 9:10 c)))"},
		{"a.ts", "a < b >> c", "(ExprStmt 0:10 (BinaryExpr 0:10 < (Ident 0:1 a) (BinaryExpr 4:10 >> (Ident 4:5 b) (Ident 9:10 c))))"},
		{"a.ts", "new Foo<T>()", "(ExprStmt 0:12 (NewExpr 0:12 (Ident 4:7 Foo) (TypeArgList 7:10 (TypeRef 8:9 (Ident 8:9 T)))))"},
		// arrow vs parenthesised
		{"a.ts", "(a, b) => c", "(ExprStmt 0:11 (ArrowFunc 0:11 (Function 0:11 (Param 1:2 (Ident 1:2 a)) (Param 4:5 (Ident 4:5 b))) (Ident 10:11 c)))"},
		{"a.ts", "(a, b)", "(ExprStmt 0:6 (ParenExpr 0:6 (SeqExpr 1:5 (Ident 1:2 a) (Ident 4:5 b))))"},
		{"a.ts", "let a = b ? (c) : d", "(VarDecl 0:19 1 (VarDeclarator 4:19 (Ident 4:5 a) (CondExpr 8:19 (Ident 8:9 b) (ParenExpr 12:15 (Ident 13:14 c)) (Ident 18:19 d))))"},
		{"a.ts", "async () => {}", "(ExprStmt 0:14 (ArrowFunc 0:14 (Function 0:14 (BlockStmt 12:14))))"},
		{"a.ts", "async(x)", "(ExprStmt 0:8 (CallExpr 0:8 (Ident 0:5 async) (Ident 6:7 x)))"},
		{"a.ts", "const a = async <T>(x: T) => x", "(VarDecl 0:30 2 (VarDeclarator 6:30 (Ident 6:7 a) (ArrowFunc 10:30 (Function 10:30 (TypeParamList 16:19 (TypeParam 17:18 (Ident 17:18 T))) (Param 20:24 (Ident 20:21 x) (TypeRef 23:24 (Ident 23:24 T)))) (Ident 29:30 x))))"},
		{"a.tsx", "const f = <T,>() => {}", "(VarDecl 0:22 2 (VarDeclarator 6:22 (Ident 6:7 f) (ArrowFunc 10:22 (Function 10:22 (TypeParamList 10:14 (TypeParam 11:12 (Ident 11:12 T))) (BlockStmt 20:22)))))"},
		{"a.ts", "let x = <T>(y)", "(VarDecl 0:14 1 (VarDeclarator 4:14 (Ident 4:5 x) (TypeAssertion 8:14 (TypeRef 9:10 (Ident 9:10 T)) (ParenExpr 11:14 (Ident 12:13 y)))))"},
		// regex vs division
		{"a.ts", "a / b / c", "(ExprStmt 0:9 (BinaryExpr 0:9 / (BinaryExpr 0:5 / (Ident 0:1 a) (Ident 4:5 b)) (Ident 8:9 c)))"},
		{"a.ts", "x = /re/g", "(ExprStmt 0:9 (AssignExpr 0:9 = (Ident 0:1 x) (RegExpLit 4:9 /re/g)))"},
		{"a.ts", "if (x) /re/.test(y)", "(IfStmt 0:19 (Ident 4:5 x) (ExprStmt 7:19 (CallExpr 7:19 (MemberExpr 7:16 (RegExpLit 7:11 /re/) (Ident 12:16 test)) (Ident 17:18 y))))"},
		{"a.ts", "/[/]/.test(x)", "(ExprStmt 0:13 (CallExpr 0:13 (MemberExpr 0:10 (RegExpLit 0:5 /[/]/) (Ident 6:10 test)) (Ident 11:12 x)))"},
		// > splitting and joining
		{"a.ts", "a >> b >>> c >= d", "(ExprStmt 0:17 (BinaryExpr 0:17 >= (BinaryExpr 0:12 >>> (BinaryExpr 0:6 >> (Ident 0:1 a) (Ident 5:6 b)) (Ident 11:12 c)) (Ident 16:17 d)))"},
		{"a.ts", "let x: Array<Array<T>> = y", "(VarDecl 0:26 1 (VarDeclarator 4:26 (Ident 4:5 x) (TypeRef 7:22 (Ident 7:12 Array) (TypeArgList 12:22 (TypeRef 13:21 (Ident 13:18 Array) (TypeArgList 18:21 (TypeRef 19:20 (Ident 19:20 T)))))) (Ident 25:26 y)))"},
		{"a.ts", "x >>= 1", "(ExprStmt 0:7 (AssignExpr 0:7 >>= (Ident 0:1 x) (NumberLit 6:7 1)))"},
		// ASI and restricted productions
		{"a.ts", "return\nx", "(ReturnStmt 0:6)\n(ExprStmt 7:8 (Ident 7:8 x))"},
		{"a.ts", "a\n++b", "(ExprStmt 0:1 (Ident 0:1 a))\n(ExprStmt 2:5 (UpdateExpr 2:5 ++ (Ident 4:5 b)))"},
		{"a.ts", "a = b\n(c)", "(ExprStmt 0:9 (AssignExpr 0:9 = (Ident 0:1 a) (CallExpr 4:9 (Ident 4:5 b) (Ident 7:8 c))))"},
		{"a.ts", "x = a\n/re/g.exec(b)", "(ExprStmt 0:19 (AssignExpr 0:19 = (Ident 0:1 x) (BinaryExpr 4:19 / (BinaryExpr 4:9 / (Ident 4:5 a) (Ident 7:9 re)) (CallExpr 10:19 (MemberExpr 10:16 (Ident 10:11 g) (Ident 12:16 exec)) (Ident 17:18 b)))))"},
		// contextual keywords
		{"a.ts", "type = 1", "(ExprStmt 0:8 (AssignExpr 0:8 = (Ident 0:4 type) (NumberLit 7:8 1)))"},
		{"a.ts", "declare\nconst x = 1", "(ExprStmt 0:7 (Ident 0:7 declare))\n(VarDecl 8:19 2 (VarDeclarator 14:19 (Ident 14:15 x) (NumberLit 18:19 1)))"},
		{"a.ts", "let async = 3; async = 4; let of = 5; type; interface;", "(VarDecl 0:14 1 (VarDeclarator 4:13 (Ident 4:9 async) (NumberLit 12:13 3)))\n(ExprStmt 15:25 (AssignExpr 15:24 = (Ident 15:20 async) (NumberLit 23:24 4)))\n(VarDecl 26:37 1 (VarDeclarator 30:36 (Ident 30:32 of) (NumberLit 35:36 5)))\n(ExprStmt 38:43 (Ident 38:42 type))\n(ExprStmt 44:54 (Ident 44:53 interface))"},
		{"a.ts", "using r = g(); await using s = g();", "(VarDecl 0:14 3 (VarDeclarator 6:13 (Ident 6:7 r) (CallExpr 10:13 (Ident 10:11 g))))\n(VarDecl 15:35 4 (VarDeclarator 27:34 (Ident 27:28 s) (CallExpr 31:34 (Ident 31:32 g))))"},
		// templates
		{"a.ts", "`a${`b${c}`}d${ {e} }`", "(ExprStmt 0:22 (TemplateLit 0:22 (TemplateElem 1:2 \"a\") (TemplateLit 4:11 (TemplateElem 5:6 \"b\") (Ident 8:9 c) (TemplateElem 10:10 \"\")) (TemplateElem 12:13 \"d\") (ObjectLit 16:19 (Property 17:18 (Ident 17:18 e))) (TemplateElem 21:21 \"\")))"},
		// JSX
		{"a.jsx", "<div>a &gt; b &amp; {x}</div>", "(ExprStmt 0:29 (JSXElement 0:29 (JSXOpening 0:5 (JSXIdent 1:4 div)) (JSXText 5:20 \"a &gt; b &amp; \") (JSXExprContainer 20:23 (Ident 21:22 x)) (JSXClosing 23:29 (JSXIdent 25:28 div))))"},
		{"a.tsx", `const el = <A.B c="d" {...e} f={<g/>} h:i="j" k>text{...children}<>frag</></A.B>`, "(VarDecl 0:80 2 (VarDeclarator 6:80 (Ident 6:8 el) (JSXElement 11:80 (JSXOpening 11:48 (JSXMemberExpr 12:15 (JSXIdent 12:13 A) (JSXIdent 14:15 B)) (JSXAttr 16:21 (JSXIdent 16:17 c) (StringLit 18:21 \"d\")) (JSXSpreadAttr 22:28 (Ident 26:27 e)) (JSXAttr 29:37 (JSXIdent 29:30 f) (JSXExprContainer 31:37 (JSXElement 32:36 (JSXOpening 32:36 (JSXIdent 33:34 g))))) (JSXAttr 38:45 (JSXNamespacedName 38:41 (JSXIdent 38:39 h) (JSXIdent 40:41 i)) (StringLit 42:45 \"j\")) (JSXAttr 46:47 (JSXIdent 46:47 k))) (JSXText 48:52 \"text\") (JSXSpreadChild 52:65 (Ident 56:64 children)) (JSXFragment 65:74 (JSXText 67:71 \"frag\")) (JSXClosing 74:80 (JSXMemberExpr 76:79 (JSXIdent 76:77 A) (JSXIdent 78:79 B))))))"},
		{"a.jsx", "const el = <div data-x=\"1\" class=\"a\nb\">{/* c */}</div>", "(VarDecl 0:54 2 (VarDeclarator 6:54 (Ident 6:8 el) (JSXElement 11:54 (JSXOpening 11:39 (JSXIdent 12:15 div) (JSXAttr 16:26 (JSXIdent 16:22 data-x) (StringLit 23:26 \"1\")) (JSXAttr 27:38 (JSXIdent 27:32 class) (StringLit 33:38 \"a\\nb\"))) (JSXExprContainer 39:48) (JSXClosing 48:54 (JSXIdent 50:53 div)))))"},
		// TypeScript declarations and types
		{"a.ts", "type M<T> = { readonly [K in keyof T as `get${Capitalize<K & string>}`]-?: T[K] };", "(TypeAliasDecl 0:82 (Ident 5:6 M) (TypeParamList 6:9 (TypeParam 7:8 (Ident 7:8 T))) (MappedType 12:81 (TypeParam 24:36 (Ident 24:25 K) (TypeOperator 29:36 keyof (TypeRef 35:36 (Ident 35:36 T)))) (TemplateLitType 40:70 (TemplateElem 41:44 \"get\") (TypeRef 46:68 (Ident 46:56 Capitalize) (TypeArgList 56:68 (IntersectionType 57:67 (TypeRef 57:58 (Ident 57:58 K)) (KeywordType 61:67 string)))) (TemplateElem 69:69 \"\")) (IndexedAccessType 75:79 (TypeRef 75:76 (Ident 75:76 T)) (TypeRef 77:78 (Ident 77:78 K)))))"},
		{"a.ts", "type C<T> = T extends [infer H extends string, ...infer R] ? H : never;", "(TypeAliasDecl 0:71 (Ident 5:6 C) (TypeParamList 6:9 (TypeParam 7:8 (Ident 7:8 T))) (ConditionalType 12:70 (TypeRef 12:13 (Ident 12:13 T)) (TupleType 22:58 (InferType 23:45 (TypeParam 29:45 (Ident 29:30 H) (KeywordType 39:45 string))) (RestType 47:57 (InferType 50:57 (TypeParam 56:57 (Ident 56:57 R))))) (TypeRef 61:62 (Ident 61:62 H)) (KeywordType 65:70 never)))"},
		{"a.ts", "type Tup = [a: string, b?: number, ...rest: boolean[]];", "(TypeAliasDecl 0:55 (Ident 5:8 Tup) (TupleType 11:54 (NamedTupleMember 12:21 (Ident 12:13 a) (KeywordType 15:21 string)) (NamedTupleMember 23:33 (Ident 23:24 b) (KeywordType 27:33 number)) (NamedTupleMember 35:53 (Ident 38:42 rest) (ArrayType 44:53 (KeywordType 44:51 boolean)))))"},
		{"a.ts", "function assert(x: unknown): asserts x is string {}", "(FuncDecl 0:51 (Function 0:51 (Ident 9:15 assert) (Param 16:26 (Ident 16:17 x) (KeywordType 19:26 unknown)) (TypePredicate 29:48 (Ident 37:38 x) (KeywordType 42:48 string)) (BlockStmt 49:51)))"},
		{"a.ts", "let v = x satisfies Y as const; let n = a!.b!;", "(VarDecl 0:31 1 (VarDeclarator 4:30 (Ident 4:5 v) (AsExpr 8:30 (SatisfiesExpr 8:21 (Ident 8:9 x) (TypeRef 20:21 (Ident 20:21 Y))) (TypeRef 25:30 (Ident 25:30 const)))))\n(VarDecl 32:46 1 (VarDeclarator 36:45 (Ident 36:37 n) (NonNullExpr 40:45 (MemberExpr 40:44 (NonNullExpr 40:42 (Ident 40:41 a)) (Ident 43:44 b)))))"},
		{"a.ts", "import x = require(\"x\"); export import Y = A.B; export = x;", "(ImportEqualsDecl 0:24 (Ident 7:8 x) (StringLit 19:22 \"x\"))\n(ExportDecl 25:47 (ImportEqualsDecl 39:47 (Ident 39:40 Y) (QualifiedName 43:46 (Ident 43:44 A) (Ident 45:46 B))))\n(ExportAssign 48:59 (Ident 57:58 x))"},
		{"a.ts", "@Component({a: 1}) export class X {}", "(ExportDecl 0:36 (ClassDecl 0:36 (Class 0:36 (Decorator 0:18 (CallExpr 1:18 (Ident 1:10 Component) (ObjectLit 11:17 (Property 12:16 (Ident 12:13 a) (NumberLit 15:16 1))))) (Ident 32:33 X))))"},
		{"a.ts", "x = 1_000n + 0x1Fn + 0o17 + 017 + .5e-3", "(ExprStmt 0:39 (AssignExpr 0:39 = (Ident 0:1 x) (BinaryExpr 4:39 + (BinaryExpr 4:31 + (BinaryExpr 4:25 + (BinaryExpr 4:18 + (BigIntLit 4:10) (BigIntLit 13:18)) (NumberLit 21:25 0o17)) (NumberLit 28:31 017)) (NumberLit 34:39 .5e-3))))"},
		{"a.ts", "let \\u0041 = 1", "(VarDecl 0:14 1 (VarDeclarator 4:14 (Ident 4:10 A) (NumberLit 13:14 1)))"},
		{"a.ts", "\uFEFF#!/usr/bin/env node\nx", "(ExprStmt 23:24 (Ident 23:24 x))"},
		{"a.ts", "a // x\u2028b /* \u2029 */ c /*\r*/ d // e\rf",
			"(ExprStmt 0:1 (Ident 0:1 a))\n(ExprStmt 9:10 (Ident 9:10 b))\n(ExprStmt 21:22 (Ident 21:22 c))\n(ExprStmt 29:30 (Ident 29:30 d))\n(ExprStmt 36:37 (Ident 36:37 f))"},
		{"a.ts", "a\u2028b\r\nc\rd", "(ExprStmt 0:1 (Ident 0:1 a))\n(ExprStmt 4:5 (Ident 4:5 b))\n(ExprStmt 7:8 (Ident 7:8 c))\n(ExprStmt 9:10 (Ident 9:10 d))"},
	}
	for _, tt := range tests {
		got := parseDump(t, tt.path, tt.src)
		if got != tt.want {
			t.Errorf("%s %q:\n got: %s\nwant: %s", tt.path, tt.src, got, tt.want)
		}
	}
}
