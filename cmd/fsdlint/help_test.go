package main

import (
	"bytes"
	"strings"
	"testing"
)

// Every command's --help has examples (the issue asks for them everywhere).
func TestEveryCommandHasExamples(t *testing.T) {
	root := newRootCmd(&bytes.Buffer{}, &bytes.Buffer{})
	cmds := append(root.Commands(), root)
	for _, c := range cmds {
		if c.Name() == "help" || c.Name() == "completion" || c.Hidden {
			continue
		}
		var out bytes.Buffer
		if code := Main([]string{c.Name(), "--help"}, &out, &out); c != root && code != 0 {
			t.Errorf("%s --help: exit %d", c.Name(), code)
		}
		if c.Example == "" {
			t.Errorf("%s: no examples in --help", c.Name())
		}
	}
	var out bytes.Buffer
	if Main([]string{"completion", "bash"}, &out, &out) != 0 || !strings.Contains(out.String(), "bash completion") {
		t.Errorf("completion bash: %.200s", out.String())
	}
}
