package baseline

import (
	"reflect"
	"testing"
)

func TestTrackLikeSonarQube(t *testing.T) {
	base := []Key{
		{Rule: "r", Path: "a.ts", Message: "m1", Line: 10, LineHash: "h1"},    // 0
		{Rule: "r", Path: "a.ts", Message: "m2", Line: 20, LineHash: "h2"},    // 1
		{Rule: "r", Path: "a.ts", Message: "m3", Line: 30, LineHash: "h3"},    // 2: fixed
		{Rule: "s", Path: "old/b.ts", Message: "m4", Line: 5, LineHash: "h4"}, // 3: file moved
		{Rule: "r", Path: "a.ts", Message: "m5", Line: 40, LineHash: "h5"},    // 4: message changed
	}
	raw := []Key{
		{Rule: "r", Path: "a.ts", Message: "m1", Line: 10, LineHash: "h1"},    // same
		{Rule: "r", Path: "a.ts", Message: "m2", Line: 25, LineHash: "h2"},    // moved down 5 lines
		{Rule: "s", Path: "new/b.ts", Message: "m4", Line: 7, LineHash: "h4"}, // file moved
		{Rule: "r", Path: "a.ts", Message: "m5 changed", Line: 41, LineHash: "h5"},
		{Rule: "r", Path: "a.ts", Message: "m2", Line: 60, LineHash: "h2"}, // a second copy: new
		{Rule: "t", Path: "a.ts", Message: "m1", Line: 10, LineHash: "h1"}, // other rule: new
	}
	want := []int{0, 1, 3, 4, -1, -1}
	if got := Track(base, raw); !reflect.DeepEqual(got, want) {
		t.Errorf("Track = %v, want %v", got, want)
	}
}

func TestTrackWithoutLineHashes(t *testing.T) {
	base := []Key{
		{Rule: "r", Path: "a.ts", Message: "m", Line: 3},
		{Rule: "r", Path: "a.ts", Message: "m", Line: 9},
		{Rule: "folder", Path: "src/features/x", Message: "no public API"},
	}
	raw := []Key{
		{Rule: "r", Path: "a.ts", Message: "m", Line: 9},  // exact: base 1
		{Rule: "r", Path: "a.ts", Message: "m", Line: 4},  // shifted: base 0
		{Rule: "r", Path: "a.ts", Message: "m", Line: 12}, // third copy: new
		{Rule: "folder", Path: "src/features/x", Message: "no public API"},
	}
	want := []int{1, 0, -1, 2}
	if got := Track(base, raw); !reflect.DeepEqual(got, want) {
		t.Errorf("Track = %v, want %v", got, want)
	}
}

func TestLineHashIgnoresWhitespaceOnly(t *testing.T) {
	if LineHash([]byte("\tconst a = 1;")) != LineHash([]byte("const  a=1; ")) {
		t.Error("re-indenting changed the hash")
	}
	if LineHash([]byte("const a = 1;")) == LineHash([]byte("const a = 2;")) {
		t.Error("different code, same hash")
	}
}
