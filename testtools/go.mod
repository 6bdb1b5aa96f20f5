// testtools holds npm peers, not Go code: this go.mod keeps `go test ./...`
// and `go vet ./...` out of node_modules (some npm packages ship .go files).
module fsdlint.invalid/testtools

go 1.26
