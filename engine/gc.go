package engine

import (
	"os"
	"runtime/debug"
)

// The run trades memory it can afford for less garbage collection. With Go's
// default (collect when the heap doubles) a 10,000-file Airbnb-set run
// collected about 40 times and spent a quarter of its CPU doing so, while its
// live heap stayed near 50 MB. Run calls startGC before discovery and tuneGC
// once the file count is known. GOGC or GOMEMLIMIT in the environment win.

// startGC lets the heap grow fourfold between collections from the start (at
// Go's 4 MB starting goal the collector ran twice while folders were listed,
// 7 ms of a 2,500-file FSD run). No limit yet: discovery holds every source it
// reads, and a limit that a big tree's sources exceed would make the collector
// run without pause.
func startGC() {
	if userSetGC() {
		return
	}
	debug.SetGCPercent(300)
}

// tuneGC sets the soft limit: 160 MB up to 12,000 files (a 10,000-file run
// stays under 200 MB), and above that 20 KB per file beyond the first 4,000,
// near three times the live heap a tree keeps (about 7 KB per file: source,
// line table, facts), so that the limit never makes a big tree collect
// non-stop: at 50,000 files an 8 KB per file limit sat right on the 334 MB
// live heap and cost 35% more CPU, and 14 KB per file still made the Airbnb
// set collect 16 times (1.6 s of 14.6 s CPU; a 1 GB limit: 7.0 → 6.4 s wall).
//
// light: no enabled rule needs a syntax tree (the FSD set). Such a run keeps
// sources and facts and makes little garbage (10,000 files: 126 MB peak with
// no collection at all), so the collector waits for the soft limit alone; at
// 2,500 files that spared the one collection left, 2-3% of the wall time.
func tuneGC(files int, light bool) {
	if userSetGC() {
		return
	}
	const floor, perFile, offset = 160 << 20, 20 << 10, 4000
	debug.SetMemoryLimit(max(int64(floor), int64(perFile)*int64(files-offset)))
	if light {
		debug.SetGCPercent(-1)
	} else {
		debug.SetGCPercent(300)
	}
}

// userSetGC: GOGC or GOMEMLIMIT in the environment, which win over the above.
func userSetGC() bool { return os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" }
