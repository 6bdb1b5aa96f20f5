package archgraph

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// chromium finds Debian's chromium; locally its absence skips the test, in CI
// (CI=true) it fails it: scripts/test.sh installs it.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium is missing in CI: scripts/test.sh installs it (apt-get install chromium)")
	}
	t.Skip("chromium is not installed (apt-get install chromium, or run scripts/test.sh)")
	return ""
}

// TestHTMLOpensInChromium loads the html page in headless Chromium and reads
// the slice names back from the DOM it built.
func TestHTMLOpensInChromium(t *testing.T) {
	bin := chromium(t)
	dir := t.TempDir()
	page := filepath.Join(dir, "graph.html")
	if err := os.WriteFile(page, run(t, Options{Format: "html"}), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+filepath.Join(dir, "profile"), "--dump-dom", "file://"+filepath.ToSlash(page))
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium: %v\n%s", err, stderr.String())
	}
	dom := string(out)
	if !strings.Contains(dom, "<svg") {
		t.Fatalf("no svg in the DOM:\n%s", dom)
	}
	for _, unit := range []struct{ id, label string }{
		{"app", "app"}, {"pages/home", "home"}, {"pages/profile", "profile"}, {"widgets/header", "header"},
		{"features/auth", "auth"}, {"features/theme", "theme"}, {"entities/user", "user"}, {"entities/post", "post"},
		{"shared", "shared"},
	} {
		i := strings.Index(dom, `<g class="unit" data-id="`+unit.id+`">`)
		if i < 0 {
			t.Errorf("slice %s is not in the DOM", unit.id)
			continue
		}
		end := strings.Index(dom[i:], "</g>")
		if !strings.Contains(dom[i:i+end], ">"+unit.label+"</text>") {
			t.Errorf("slice %s has no label %q in the DOM: %s", unit.id, unit.label, dom[i:i+end])
		}
	}
	if n := strings.Count(dom, `<g class="dep upward"`) + strings.Count(dom, `<g class="dep cross-slice"`); n != 2 {
		t.Errorf("%d forbidden dependencies drawn, want 2", n)
	}
}
