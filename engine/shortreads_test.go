//go:build linux

package engine

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
)

func TestMountsEndShort(t *testing.T) {
	const base = `22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 254:0 / / rw,relatime - ext4 /dev/vda rw
31 27 0:28 / /home/me/work\040tree rw - tmpfs tmpfs rw
`
	cases := []struct {
		name, extra, root string
		want              bool
	}{
		{"root on ext4", "", "/home/me/app", true},
		{"the folder is a tmpfs mount (escaped space)", "", "/home/me/work tree/src", true},
		{"the whole system holds /proc", "", "/", false},
		{"a FUSE mount below the root", "40 27 0:50 / /home/me/app/vendor rw - fuse.sshfs host:/x rw\n", "/home/me/app", false},
		{"a FUSE mount beside the root does not matter", "40 27 0:50 / /home/me/other rw - fuse.sshfs host:/x rw\n", "/home/me/app", true},
		{"a prefix that is not a parent folder", "40 27 0:50 / /home/me/ap rw - nfs4 host:/x rw\n", "/home/me/app", true},
		{"the root is on NFS", "40 27 0:50 / /home rw - nfs4 host:/x rw\n", "/home/me/app", false},
		{"a later mount over the same point wins", "40 27 0:50 / /home rw - nfs4 host:/x rw\n41 40 0:51 / /home rw - xfs /dev/sdb rw\n", "/home/me/app", true},
		{"optional fields before the separator", "40 27 0:50 / /srv rw shared:5 master:2 - nfs host:/x rw\n", "/srv/app", false},
		{"garbage lines are skipped", "not a mount line\n\n", "/home/me/app", true},
	}
	for _, c := range cases {
		if got := mountsEndShort(base+c.extra, c.root); got != c.want {
			t.Errorf("%s: mountsEndShort(.., %q) = %v, want %v", c.name, c.root, got, c.want)
		}
	}
	if mountsEndShort("", "/x") {
		t.Error("no mount information must mean no shortcut")
	}
}

// TestShortListingsAndReadsAreWhole lists a folder far larger than one
// getdents buffer and reads files around the read buffer's size with the
// shortcut on: nothing may be missing or cut.
func TestShortListingsAndReadsAreWhole(t *testing.T) {
	dir := t.TempDir()
	var want []string
	for i := range 1500 {
		name := fmt.Sprintf("%04d-%s.ts", i, strings.Repeat("n", 150+i%90))
		want = append(want, name)
		if err := os.WriteFile(filepath.Join(dir, name), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	sizes := []int{0, 1, 4095, 4096, 65535, 65536, 65537, 131072, 200001}
	for _, n := range sizes {
		name := fmt.Sprintf("size-%d.ts", n)
		want = append(want, name)
		src := bytes.Repeat([]byte("abcdefghijklmnopqrstuvwxyz\n"), n/27+1)[:n]
		if err := os.WriteFile(filepath.Join(dir, name), src, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	slices.Sort(want)

	fd, entries, err := openDir(dir, true)
	if err != nil {
		t.Fatal(err)
	}
	defer syscall.Close(fd)
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if !slices.Equal(got, want) {
		t.Fatalf("listing with the shortcut: %d entries, want %d", len(got), len(want))
	}
	for _, n := range sizes {
		name := fmt.Sprintf("size-%d.ts", n)
		src, err := readIn(fd, name, filepath.Join(dir, name), true)
		if err != nil {
			t.Fatal(err)
		}
		whole, _ := os.ReadFile(filepath.Join(dir, name))
		if !bytes.Equal(src, whole) {
			t.Errorf("%s: read %d bytes with the shortcut, the file has %d", name, len(src), len(whole))
		}
	}
}
