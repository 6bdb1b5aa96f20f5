package tsparse

// compareFacts checks tsparse's imports (specifier, kind, typeOnly, line,
// column) and declarations (kind, name, line) against TypeScript's.
func compareFacts(rel string, src []byte, f *File, peer peerFileFacts, stats *agreementStats) []disagreement {
	facts := ExtractFacts(f)
	gotImports := peerImportsOf(src, facts.Imports)
	wantImports := append([]peerImport(nil), peer.Imports...)
	sortPeerImports(wantImports)
	gotDecls := peerDeclarationsOf(src, facts.Declarations)
	wantDecls := append([]peerDeclaration(nil), peer.Declarations...)
	sortPeerDeclarations(wantDecls)

	stats.imports += len(wantImports)
	stats.importsAgree += countEqual(gotImports, wantImports)
	stats.declarations += len(wantDecls)
	stats.declarationsAgr += countEqual(gotDecls, wantDecls)

	var out []disagreement
	if d := diffLists("import", gotImports, wantImports); d != "" {
		out = append(out, disagreement{Path: rel, Kind: factsImports, Detail: d})
	}
	if d := diffLists("declaration", gotDecls, wantDecls); d != "" {
		out = append(out, disagreement{Path: rel, Kind: factsDecls, Detail: d})
	}
	return out
}

// countEqual counts the peer's entries that tsparse reproduced exactly.
func countEqual[T comparable](got, want []T) int {
	remaining := map[T]int{}
	for _, g := range got {
		remaining[g]++
	}
	n := 0
	for _, w := range want {
		if remaining[w] > 0 {
			remaining[w]--
			n++
		}
	}
	return n
}
