// Package hostile holds tests that drive the built fsdlint binary over hostile
// input: broken bytes, extreme sizes and nesting, unterminated constructs,
// odd file system entries, broken configs. Each test asserts the problem file
// gets a clear finding (with its position where there is one), a sibling file
// is still linted, the exit code is right, nothing panics and nothing hangs
// (a generous timeout guards against hangs; no test asserts a duration).
package hostile
