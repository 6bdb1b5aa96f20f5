package tsparse

// slab hands out nodes from chunks, so the most frequent node types cost one
// allocation per chunk instead of one per node. A file's nodes live as long as
// its AST, so sharing a chunk keeps nothing alive longer than it would anyway.
type slab[T any] struct{ buf []T }

// chunks start small (most files are small) and double up to maxSlabChunk.
const minSlabChunk, maxSlabChunk = 8, 256

func (s *slab[T]) alloc() *T {
	if len(s.buf) == cap(s.buf) {
		n := min(max(2*cap(s.buf), minSlabChunk), maxSlabChunk)
		s.buf = make([]T, 0, n)
	}
	s.buf = s.buf[:len(s.buf)+1]
	return &s.buf[len(s.buf)-1]
}

// nodeSlabs holds one slab per frequent node type.
type nodeSlabs struct {
	idents   slab[Ident]
	typeRefs slab[TypeRef]
	members  slab[MemberExpr]
	calls    slab[CallExpr]
	params   slab[Param]
	keywords slab[KeywordType]
}

func (p *parser) newIdent(r Range, name string) *Ident {
	id := p.slabs.idents.alloc()
	id.Range, id.Name = r, name
	return id
}

func (p *parser) newMember(r Range, obj Expr, optional bool, prop Expr) *MemberExpr {
	m := p.slabs.members.alloc()
	m.Range, m.Object, m.Optional, m.Prop = r, obj, optional, prop
	return m
}

func (p *parser) newCall(r Range, callee Expr, optional bool, ta *TypeArgList, args []Expr, argsRange Range) *CallExpr {
	c := p.slabs.calls.alloc()
	c.Range, c.Callee, c.Optional, c.TypeArgs, c.Args, c.ArgsRange = r, callee, optional, ta, args, argsRange
	return c
}

func (p *parser) newKeywordType(r Range, name string) *KeywordType {
	k := p.slabs.keywords.alloc()
	k.Range, k.Name = r, name
	return k
}
