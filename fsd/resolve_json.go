package fsd

import (
	"bytes"
	"encoding/json"
)

// orderedJSON is a JSON value that keeps object key order: package.json
// "imports" conditions are tried in the order they are written.
type orderedJSON struct {
	kind byte // 's' string, 'o' object, 'a' array, 'n' null, '?' other
	str  string
	keys []string
	vals []*orderedJSON
}

func (v *orderedJSON) get(key string) *orderedJSON {
	if v == nil || v.kind != 'o' {
		return nil
	}
	for i, k := range v.keys {
		if k == key {
			return v.vals[i]
		}
	}
	return nil
}

func decodeOrdered(raw []byte) (*orderedJSON, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	return decodeOrderedValue(dec)
}

func decodeOrderedValue(dec *json.Decoder) (*orderedJSON, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case string:
		return &orderedJSON{kind: 's', str: t}, nil
	case nil:
		return &orderedJSON{kind: 'n'}, nil
	case json.Delim:
		v := &orderedJSON{kind: 'a'}
		if t == '{' {
			v.kind = 'o'
		}
		for dec.More() {
			if v.kind == 'o' {
				kt, err := dec.Token()
				if err != nil {
					return nil, err
				}
				k, _ := kt.(string)
				v.keys = append(v.keys, k)
			}
			child, err := decodeOrderedValue(dec)
			if err != nil {
				return nil, err
			}
			v.vals = append(v.vals, child)
		}
		if _, err := dec.Token(); err != nil { // closing delimiter
			return nil, err
		}
		return v, nil
	}
	return &orderedJSON{kind: '?'}, nil
}

// packageJSON is what the resolver reads of a local package.json.
type packageJSON struct {
	dir            string
	typings, types string
	main           string
	imports        *orderedJSON
}

func parsePackageJSON(dir string, src []byte) *packageJSON {
	var raw map[string]json.RawMessage
	if json.Unmarshal(src, &raw) != nil {
		return &packageJSON{dir: dir}
	}
	p := &packageJSON{dir: dir}
	p.typings, _ = decodeString(raw["typings"])
	p.types, _ = decodeString(raw["types"])
	p.main, _ = decodeString(raw["main"])
	if imp, ok := raw["imports"]; ok {
		p.imports, _ = decodeOrdered(imp)
	}
	return p
}
