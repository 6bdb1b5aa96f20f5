package fsd

import (
	"strings"
	"testing"
)

func files(root string, rel ...string) []string {
	out := make([]string, len(rel))
	for i, r := range rel {
		out[i] = root + "/" + r
	}
	return out
}

func TestLocate(t *testing.T) {
	const root = "/p/src"
	m := NewModel(ModelConfig{}, files(root,
		"app/index.tsx", "app/providers/router.tsx", "app/ui/App.tsx",
		"processes/auth/flow.ts",
		"_pages/home/ui/Home.tsx", "_pages/home/index.ts", "_pages/about/About.tsx",
		"features/admin/users/ui/List.tsx", "features/admin/users/index.ts", "features/admin/README.md",
		"entities/user/model/store.ts", "entities/user/@x/post.ts", "entities/user/@x/admin/users.ts",
		"entities/user/@x/comment/index.ts", "entities/user/index.server.ts", "entities/user/ui.tsx",
		"entities/index.ts",
		"shared/ui/button/Button.tsx", "shared/ui/button/index.ts", "shared/ui/index.ts", "shared/config.ts",
		"scripts/build.ts",
	))
	if got := len(m.Roots()); got != 1 || m.Roots()[0].Path != root {
		t.Fatalf("roots = %v", m.Roots())
	}
	cases := []struct {
		file string
		want Location
	}{
		{"app/index.tsx", Location{Layer: "app", LayerDir: "app"}},
		{"app/providers/router.tsx", Location{Layer: "app", LayerDir: "app", Segment: "providers"}},
		{"processes/auth/flow.ts", Location{Layer: "processes", LayerDir: "processes", Slice: "auth", Segment: "flow"}},
		{"_pages/home/ui/Home.tsx", Location{Layer: "pages", LayerDir: "_pages", Slice: "home", Segment: "ui"}},
		{"_pages/home/index.ts", Location{Layer: "pages", LayerDir: "_pages", Slice: "home", PublicAPI: true}},
		{"_pages/about/About.tsx", Location{Layer: "pages", LayerDir: "_pages", Slice: "about", Segment: "About"}},
		{"features/admin/users/ui/List.tsx", Location{Layer: "features", LayerDir: "features", Slice: "admin/users", Segment: "ui"}},
		{"features/admin/users/index.ts", Location{Layer: "features", LayerDir: "features", Slice: "admin/users", PublicAPI: true}},
		{"features/admin/README.md", Location{Layer: "features", LayerDir: "features", Slice: "admin", Segment: "README"}},
		{"entities/user/@x/post.ts", Location{Layer: "entities", LayerDir: "entities", Slice: "user", Segment: "@x", CrossImportFor: "post"}},
		{"entities/user/@x/admin/users.ts", Location{Layer: "entities", LayerDir: "entities", Slice: "user", Segment: "@x", CrossImportFor: "admin/users"}},
		{"entities/user/@x/comment/index.ts", Location{Layer: "entities", LayerDir: "entities", Slice: "user", Segment: "@x", CrossImportFor: "comment"}},
		{"entities/user/index.server.ts", Location{Layer: "entities", LayerDir: "entities", Slice: "user", PublicAPI: true}},
		{"entities/user/ui.tsx", Location{Layer: "entities", LayerDir: "entities", Slice: "user", Segment: "ui"}},
		{"entities/index.ts", Location{Layer: "entities", LayerDir: "entities"}},
		{"shared/ui/button/Button.tsx", Location{Layer: "shared", LayerDir: "shared", Segment: "ui"}},
		{"shared/ui/button/index.ts", Location{Layer: "shared", LayerDir: "shared", Segment: "ui"}},
		{"shared/ui/index.ts", Location{Layer: "shared", LayerDir: "shared", Segment: "ui", PublicAPI: true}},
		{"shared/config.ts", Location{Layer: "shared", LayerDir: "shared", Segment: "config", PublicAPI: true}},
		{"scripts/build.ts", Location{}},
		// not listed: located by its folders
		{"entities/user/model/deep/new.ts", Location{Layer: "entities", LayerDir: "entities", Slice: "user", Segment: "model"}},
		{"shared/ui/index.css", Location{Layer: "shared", LayerDir: "shared", Segment: "ui", PublicAPI: true}},
	}
	for _, c := range cases {
		want := c.want
		want.Root = root
		if got := m.Locate(root + "/" + c.file); got != want {
			t.Errorf("Locate(%s)\n got %+v\nwant %+v", c.file, got, want)
		}
	}
	if got := m.Locate("/elsewhere/x.ts"); got != (Location{}) {
		t.Errorf("outside every root: %+v", got)
	}
}

func TestPrefixedLayerWins(t *testing.T) {
	m := NewModel(ModelConfig{Roots: []string{"/r"}}, []string{"/r/1_shared/lib/x.ts", "/r/shared/y.ts"})
	if loc := m.Locate("/r/1_shared/lib/x.ts"); loc.Layer != "shared" || loc.LayerDir != "1_shared" || loc.Segment != "lib" {
		t.Errorf("1_shared: %+v", loc)
	}
	if m.Locate("/r/shared/y.ts").Layer != "" {
		t.Errorf("shared/ loses to 1_shared/, so it is no layer")
	}
}

func TestModelStructure(t *testing.T) {
	const root = "/r"
	m := NewModel(ModelConfig{Roots: []string{root}}, files(root,
		"entities/user/ui/A.tsx", "entities/user/index.ts", "entities/admin/users/model/x.ts",
		"entities/admin/roles/api/y.ts", "entities/orphan/file.ts",
		"shared/ui/button/index.ts", "shared/api.ts", "shared/index.ts",
	))
	r := m.Roots()[0]
	var names []string
	for _, l := range r.Layers {
		names = append(names, l.Name)
	}
	if strings.Join(names, ",") != "shared,entities" {
		t.Fatalf("layers = %v", names)
	}
	ents := r.Layer("entities")
	var slices []string
	for _, s := range ents.Slices {
		n := s.Name
		if s.Segmentless {
			n += "(segmentless)"
		}
		slices = append(slices, n)
	}
	if got := strings.Join(slices, ","); got != "admin/roles,admin/users,orphan(segmentless),user" {
		t.Errorf("slices = %s", got)
	}
	if got := strings.Join(ents.Groups, ","); got != "admin" {
		t.Errorf("groups = %s", got)
	}
	user := m.Slice(Location{Root: root, Layer: "entities", Slice: "user"})
	if user == nil || len(user.Indexes) != 1 || len(user.Segments) != 1 || user.Segments[0].Name != "ui" {
		t.Errorf("user slice = %+v", user)
	}
	shared := r.Layer("shared")
	if len(shared.Indexes) != 1 || len(shared.Segments) != 2 || !shared.Segments[0].IsFile() || shared.Segments[0].Name != "api" {
		t.Errorf("shared = %+v", shared)
	}
}

func TestDetectRoots(t *testing.T) {
	m := NewModel(ModelConfig{}, []string{
		"/mono/packages/a/src/app/main.ts", "/mono/packages/a/src/pages/home/ui/x.tsx", "/mono/packages/a/src/shared/ui/b.tsx",
		"/mono/packages/b/src/entities/u/model/m.ts", "/mono/packages/b/src/shared/lib/l.ts",
		// a Next.js app: `app` and `pages` at the top are routes; `src` is the FSD root
		"/next/app/page.tsx", "/next/pages/x.tsx", "/next/src/app/a.ts", "/next/src/pages/p/ui/p.tsx", "/next/src/shared/ui/s.tsx",
	})
	var got []string
	for _, r := range m.Roots() {
		got = append(got, r.Path)
	}
	if strings.Join(got, ",") != "/mono/packages/a/src,/mono/packages/b/src,/next/src" {
		t.Errorf("roots = %v", got)
	}
}

func TestCustomLayerNames(t *testing.T) {
	m := NewModel(ModelConfig{LayerNames: map[string]string{"pages": "screens"}}, []string{
		"/r/screens/home/ui/x.tsx", "/r/shared/ui/y.tsx", "/r/pages/z.ts",
	})
	loc := m.Locate("/r/screens/home/ui/x.tsx")
	if loc.Layer != "pages" || loc.LayerDir != "screens" || loc.Slice != "home" {
		t.Errorf("screens: %+v", loc)
	}
	if m.Locate("/r/pages/z.ts").Layer != "" {
		t.Errorf("pages/ is no layer once renamed")
	}
}

func TestModelEdgeCases(t *testing.T) {
	m := NewModel(ModelConfig{Roots: []string{"/r"}}, []string{
		"/r/Pages/home/ui/x.tsx",              // case-sensitive: not a layer
		"/r/entities/user/index",              // an index without extension is an index
		"/r/entities/user/model/m.ts",         //
		"/r/entities/user/index.test.ts",      // Steiger counts index.test.* as an index too
		"/r/shared/@x/odd.ts",                 // @x on an unsliced layer is just a segment
		"/r/widgets/header/ui.tsx",            // a file segment makes a slice
		"/r/widgets/header/index.server.ts",   //
		"/r/features/auth/api/login.d.ts",     //
		"/r/features/auth/@x/widgets/menu.ts", // cross-import API for a grouped slice name
	})
	if loc := m.Locate("/r/Pages/home/ui/x.tsx"); loc.Layer != "" || loc.Root != "/r" {
		t.Errorf("Pages: %+v", loc)
	}
	user := m.Slice(Location{Root: "/r", Layer: "entities", Slice: "user"})
	if user == nil || len(user.Indexes) != 2 {
		t.Fatalf("user indexes: %+v", user)
	}
	if loc := m.Locate("/r/shared/@x/odd.ts"); loc.Segment != "@x" || loc.CrossImportFor != "" {
		t.Errorf("shared/@x: %+v", loc)
	}
	header := m.Slice(Location{Root: "/r", Layer: "widgets", Slice: "header"})
	if header == nil || header.Segmentless || len(header.Segments) != 1 || !header.Segments[0].IsFile() {
		t.Errorf("header: %+v", header)
	}
	if loc := m.Locate("/r/features/auth/@x/widgets/menu.ts"); loc.CrossImportFor != "widgets/menu" {
		t.Errorf("grouped @x: %+v", loc)
	}
	if loc := m.Locate("/r/features/auth/api/login.d.ts"); loc.Slice != "auth" || loc.Segment != "api" {
		t.Errorf(".d.ts: %+v", loc)
	}
}

func TestLocateIsReadOnly(t *testing.T) {
	// Locate runs from many goroutines during graph building: it must not write.
	m := NewModel(ModelConfig{Roots: []string{"/r"}}, []string{"/r/entities/user/ui/a.tsx", "/r/shared/ui/b.tsx"})
	done := make(chan Location, 4)
	for i := 0; i < 4; i++ {
		go func() { done <- m.Locate("/r/entities/user/ui/deep/new.tsx") }()
	}
	for i := 0; i < 4; i++ {
		if loc := <-done; loc.Slice != "user" || loc.Segment != "ui" {
			t.Errorf("concurrent Locate: %+v", loc)
		}
	}
}

func BenchmarkLocate(b *testing.B) {
	var list []string
	for _, s := range []string{"user", "post", "comment", "cart", "order"} {
		for _, seg := range []string{"ui", "model", "api", "lib"} {
			for i := 0; i < 10; i++ {
				list = append(list, "/repo/src/entities/"+s+"/"+seg+"/f"+string(rune('a'+i))+".ts")
			}
		}
	}
	m := NewModel(ModelConfig{}, append(list, "/repo/src/shared/ui/x.ts"))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.Locate(list[i%len(list)])
	}
}

func TestCrossImportAPIs(t *testing.T) {
	m := NewModel(ModelConfig{Roots: []string{"/r"}}, []string{
		"/r/entities/user/model/m.ts", "/r/entities/user/@x/post.ts", "/r/entities/user/@x/comment/index.ts",
		"/r/entities/user/@x/admin/users.ts", "/r/entities/user/@x/index.ts",
	})
	apis := m.Slice(Location{Root: "/r", Layer: "entities", Slice: "user"}).CrossImportAPIs()
	want := map[string]string{"post": "/r/entities/user/@x/post.ts", "comment": "/r/entities/user/@x/comment/index.ts", "admin/users": "/r/entities/user/@x/admin/users.ts"}
	if len(apis) != len(want) {
		t.Fatalf("apis = %v", apis)
	}
	for k, v := range want {
		if len(apis[k]) != 1 || apis[k][0] != v {
			t.Errorf("%s: %v", k, apis[k])
		}
	}
}
