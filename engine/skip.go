package engine

// SkippedDir says whether discovery never descends into folders of this name
// (dependencies, VCS data, build output); watch mode skips them too.
func SkippedDir(name string) bool { return skippedDirs[name] }
