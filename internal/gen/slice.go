package gen

import (
	"fmt"
	"strings"
)

// dep is another slice's public API: '@/layer/slice'.
type dep struct{ layer, slice string }

func (d dep) module() string { return "@/" + d.layer + "/" + d.slice }

// sliceDraws are the choices that decide a slice's dependencies and
// violations. They come from g.rnd in the same order as in the first version
// of the generator, so a seed still picks the same slice graph and the same
// violations; everything else about the code comes from g.fill.
type sliceDraws struct {
	deps      []dep  // lower layers, used by the component and the model types
	bad       []dep  // cross-slice and higher-layer imports (violations)
	sidestep  string // entity whose model/types the component imports directly (violation)
	ui, lib   string // the shared/ui component and shared/lib module the component uses
	iface     bool   // model type declared as an interface (violation)
	looseEq   bool   // == in lib/summarize (violation)
	unusedVar bool   // unused local in lib/summarize (violation)
}

func (g *generator) drawSlice(li int, layer, slice string) sliceDraws {
	var d sliceDraws
	for k := 0; k < 2; k++ {
		lower := li + 1 + g.rnd.IntN(len(layerShare)-li)
		if lower >= len(layerShare) {
			continue
		}
		lowerLayer := layerShare[lower].layer
		d.deps = appendDep(d.deps, dep{lowerLayer, g.slices[lowerLayer][g.rnd.IntN(len(g.slices[lowerLayer]))]})
	}
	d.ui = sharedUI[g.rnd.IntN(len(sharedUI))]
	d.lib = sharedLib[g.rnd.IntN(len(sharedLib))]
	if g.violate("cross-slice import") && len(g.slices[layer]) > 1 {
		other := g.slices[layer][g.rnd.IntN(len(g.slices[layer]))]
		if other != slice {
			d.bad = appendDep(d.bad, dep{layer, other})
		}
	}
	if li > 0 && g.violate("higher-layer import") {
		upper := layerShare[li-1].layer
		d.bad = appendDep(d.bad, dep{upper, g.slices[upper][g.rnd.IntN(len(g.slices[upper]))]})
	}
	if li+1 < len(layerShare) && g.violate("public-API sidestep") {
		lowerLayer := layerShare[len(layerShare)-1].layer
		d.sidestep = g.slices[lowerLayer][g.rnd.IntN(len(g.slices[lowerLayer]))]
	}
	d.iface = g.violate("interface")
	d.looseEq = g.violate("loose equality")
	d.unusedVar = g.violate("unused variable")
	return d
}

// appendDep adds d unless it is already there: two draws of the same slice
// must not import the same name twice.
func appendDep(deps []dep, d dep) []dep {
	for _, have := range deps {
		if have == d {
			return deps
		}
	}
	return append(deps, d)
}

// chance is a content choice that does not touch the slice graph.
func (g *generator) chance(p float64) bool { return g.fill.Float64() < p }

// writeSlice writes filesPerSlice files for one slice of the sliced layer at index li.
func (g *generator) writeSlice(files map[string]string, li int, layer, slice string) {
	d := g.drawSlice(li, layer, slice)
	name := pascal(slice)
	base := "src/" + layer + "/" + slice + "/"
	vars := []string{"N", name, "fn", camel(slice), "s", slice}

	index, component := sliceIndex, g.sliceComponent(d, slice, vars)
	if layer == "pages" {
		// app/App.tsx routes to each page's «N»Page.
		index = strings.Replace(index, "export { «N»Card }", "export { «N»Card, «N»Page }", 1)
		component += expand(slicePage, vars...)
	}
	files[base+"index.ts"] = expand(index, vars...)
	files[base+"ui/"+name+"Card.tsx"] = component
	files[base+"model/types.ts"] = sliceTypes(d, name, vars)
	files[base+"model/use"+name+".ts"] = g.sliceModel(vars)
	files[base+"api/fetch"+name+".ts"] = expand(sliceAPI, vars...)
	files[base+"lib/summarize.ts"] = g.sliceLib(d, vars)
}

const sliceIndex = `export { «N»Card } from './ui/«N»Card';
export { initial«N»State, select«N»Tags, use«N», «fn»Reducer } from './model/use«N»';
export { delete«N», fetch«N», fetch«N»List, update«N» } from './api/fetch«N»';
export type { «N», «N»Filter, «N»Status } from './model/types';
`

func (g *generator) sliceComponent(d sliceDraws, slice string, vars []string) string {
	name := pascal(slice)
	im := newImportSet()
	im.add("react", "useCallback", "useEffect", "useMemo", "useState")
	im.addType("react", "ChangeEvent", "FormEvent")
	for _, dp := range d.deps { // lower layers first, as people write them
		im.add(dp.module(), pascal(dp.slice)+"Card")
	}
	extras := g.extraUI(d.ui)
	retry := d.ui
	if len(extras) > 0 {
		retry = extras[0]
	}
	for _, ui := range append([]string{d.ui}, extras...) {
		im.add("@/shared/ui/"+ui, pascal(ui))
	}
	im.add("@/shared/lib/"+d.lib, camel(d.lib))
	search, debounce := "query", ""
	if g.chance(0.3) {
		im.add("@/shared/lib/hooks", "useDebouncedValue")
		im.add("@/shared/config", "SEARCH_DEBOUNCE_MS")
		search, debounce = "debouncedQuery", "  const debouncedQuery = useDebouncedValue(query, SEARCH_DEBOUNCE_MS);\n"
	}
	im.add("@/shared/config", "PAGE_SIZE")
	for _, dp := range d.bad {
		im.add(dp.module(), pascal(dp.slice)+"Card")
	}
	if d.sidestep != "" {
		entity := pascal(d.sidestep)
		im.addType("@/entities/"+d.sidestep+"/model/types", entity+" as "+entity+"Entity")
	}
	im.addType("../model/types", name)
	im.add("../model/use"+name, "selectVisibleTags", "use"+name)
	im.add("../lib/summarize", "describe"+name, "summarize")
	details := ""
	if g.chance(0.5) {
		details = expand(sliceDetails, vars...)
	}
	footer := ""
	if len(extras) > 1 {
		footer = expand("      <footer className=\"«s»__footer\">\n        <«X» onClick={reload}>Refresh</«X»>\n      </footer>\n", "s", slice, "X", pascal(extras[1]))
	}
	return im.String() + expand(sliceComponentBody, append(vars,
		"debounce", debounce, "search", search, "UI", pascal(d.ui), "Retry", pascal(retry),
		"libfn", camel(d.lib), "details", details, "uses", cardUses(d.deps, d.bad)+footer)...)
}

// cardUses renders the other slices' cards the component shows.
func cardUses(lists ...[]dep) string {
	var b strings.Builder
	for _, list := range lists {
		for _, dp := range list {
			fmt.Fprintf(&b, "      <%sCard id={id} />\n", pascal(dp.slice))
		}
	}
	return b.String()
}

// extraUI picks up to two more shared/ui components, never the one the
// component already uses.
func (g *generator) extraUI(used string) []string {
	n := 0
	switch r := g.fill.Float64(); {
	case r < 0.1:
		n = 2
	case r < 0.7:
		n = 1
	}
	var out []string
	for len(out) < n {
		ui := sharedUI[g.fill.IntN(len(sharedUI))]
		if ui != used && !contains(out, ui) {
			out = append(out, ui)
		}
	}
	return out
}

const sliceDetails = `      {expanded && item !== undefined && (
        <dl className="«s»__details">
          <dt>Owner</dt>
          <dd>{item.ownerId}</dd>
          <dt>Score</dt>
          <dd>{item.score.toFixed(1)}</dd>
          <dt>Tags</dt>
          <dd>{item.tags.length}</dd>
        </dl>
      )}
`

const sliceComponentBody = `
type «N»CardProps = {
  id: string;
  compact?: boolean;
  onSelect?: (item: «N») => void;
};

type «N»TagListProps = {
  tags: ReadonlyArray<string>;
  selected: string;
  onPick: (tag: string) => void;
};

function «N»TagList({ tags, selected, onPick }: «N»TagListProps) {
  if (tags.length === 0) {
    return <p className="«s»__empty">No tags yet</p>;
  }
  return (
    <ul className="«s»__tags">
      {tags.map((tag) => (
        <li key={tag}>
          <button type="button" aria-pressed={tag === selected} onClick={() => onPick(tag)}>
            {tag}
          </button>
        </li>
      ))}
    </ul>
  );
}

export function «N»Card({ id, compact = false, onSelect }: «N»CardProps) {
  const { data, loading, error, reload } = use«N»(id);
  const [expanded, setExpanded] = useState(!compact);
  const [query, setQuery] = useState('');
  const [selectedTag, setSelectedTag] = useState('');
«debounce»  const title = useMemo(() => (data ? summarize(data) : ''), [data]);
  const visibleTags = useMemo(
    () => (data ? selectVisibleTags(data, «search»).slice(0, PAGE_SIZE) : []),
    [data, «search»],
  );

  useEffect(() => {
    setSelectedTag('');
    setQuery('');
  }, [id]);

  const handleToggle = useCallback(() => setExpanded((value) => !value), []);
  const handleQueryChange = useCallback((event: ChangeEvent<HTMLInputElement>) => {
    setQuery(event.target.value);
  }, []);
  const handleSubmit = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      if (data !== undefined && onSelect !== undefined) {
        onSelect(data);
      }
    },
    [data, onSelect],
  );

  if (loading) {
    return <p className="«s»__loading">Loading…</p>;
  }
  if (error !== undefined) {
    return (
      <div className="«s»__error" role="alert">
        <p>{error}</p>
        <«Retry» onClick={reload}>Retry</«Retry»>
      </div>
    );
  }
  const item: «N» | undefined = data;
  return (
    <section className="«s»" data-expanded={expanded}>
      <h2>{«libfn»(title)}</h2>
      {item !== undefined && <p className="«s»__meta">{describe«N»(item)}</p>}
      <«UI» onClick={handleToggle}>
        {expanded ? 'Hide' : 'Show'} {item?.name ?? id}
      </«UI»>
      {expanded && (
        <form className="«s»__form" onSubmit={handleSubmit}>
          <label htmlFor={` + "`«s»-query-${id}`" + `}>Filter tags</label>
          <input id={` + "`«s»-query-${id}`" + `} type="search" value={query} onChange={handleQueryChange} />
          <«N»TagList tags={visibleTags} selected={selectedTag} onPick={setSelectedTag} />
          <button type="submit" disabled={item === undefined}>
            Select
          </button>
        </form>
      )}
«details»«uses»    </section>
  );
}
`

const slicePage = `
export function «N»Page() {
  const [selected, setSelected] = useState<«N» | undefined>(undefined);
  return (
    <main className="«s»-page">
      <«N»Card id="current" onSelect={setSelected} />
      {selected !== undefined && <p className="«s»-page__selected">Selected: {selected.name}</p>}
    </main>
  );
}
`

func sliceTypes(d sliceDraws, name string, vars []string) string {
	im := newImportSet()
	related := ""
	for _, dp := range d.deps {
		im.addType(dp.module(), pascal(dp.slice))
		related += fmt.Sprintf("  related%s?: ReadonlyArray<%s>;\n", pascal(dp.slice), pascal(dp.slice))
	}
	fields := "  id: string;\n  name: string;\n  createdAt: string;\n  updatedAt: string;\n  ownerId: string;\n  score: number;\n  tags: ReadonlyArray<string>;\n" + related
	decl := fmt.Sprintf("export type %s = {\n%s};\n", name, fields)
	if d.iface {
		decl = fmt.Sprintf("export interface %s {\n%s}\n", name, fields)
	}
	head := im.String()
	if head != "" {
		head += "\n"
	}
	return head + decl + expand(sliceTypesRest, vars...)
}

const sliceTypesRest = `
export type «N»Status = 'idle' | 'loading' | 'ready' | 'failed';

export type «N»Filter = {
  query: string;
  tags: ReadonlyArray<string>;
  sortBy: 'name' | 'createdAt' | 'score';
  direction: 'asc' | 'desc';
};

export type «N»State = {
  data: «N» | undefined;
  status: «N»Status;
  error: string | undefined;
};

export type «N»Action =
  | { type: 'requested' }
  | { type: 'received'; payload: «N» }
  | { type: 'failed'; error: string };
`

func (g *generator) sliceModel(vars []string) string {
	im := newImportSet()
	im.add("react", "useCallback", "useEffect", "useReducer", "useState")
	im.add("@/shared/lib/array", "uniqueBy")
	init, cacheWrite := "initial«N»State", ""
	if g.chance(0.2) {
		im.add("@/shared/lib/storage", "readJSON", "writeJSON")
		init = "id, (key: string): «N»State => ({\n    ...initial«N»State,\n    data: readJSON<«N» | undefined>(`«s»:${key}`, undefined),\n  })"
		cacheWrite = "          writeJSON(`«s»:${id}`, result);\n"
	}
	im.add("../api/fetch«N»", "fetch«N»")
	im.addType("./types", "«N»", "«N»Action", "«N»State")
	body := strings.NewReplacer("«init»", init, "«cacheWrite»", cacheWrite).Replace(sliceModelBody)
	return expand(im.String()+body, vars...)
}

const sliceModelBody = `
const STALE_AFTER_MS = 5 * 60 * 1000;

export const initial«N»State: «N»State = { data: undefined, status: 'idle', error: undefined };

export function «fn»Reducer(state: «N»State, action: «N»Action): «N»State {
  switch (action.type) {
    case 'requested':
      return { ...state, status: 'loading', error: undefined };
    case 'received':
      return { data: action.payload, status: 'ready', error: undefined };
    case 'failed':
      return { ...state, status: 'failed', error: action.error };
    default:
      return state;
  }
}

export function select«N»Tags(state: «N»State): ReadonlyArray<string> {
  return state.data?.tags ?? [];
}

export function selectIsStale(state: «N»State, now: number): boolean {
  if (state.data === undefined) {
    return true;
  }
  return now - Date.parse(state.data.updatedAt) > STALE_AFTER_MS;
}

export function selectVisibleTags(item: «N», query: string): string[] {
  const needle = query.trim().toLowerCase();
  return uniqueBy(item.tags, (tag) => tag.toLowerCase()).filter((tag) => tag.toLowerCase().includes(needle));
}

export function use«N»(id: string) {
  const [state, dispatch] = useReducer(«fn»Reducer, «init»);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    dispatch({ type: 'requested' });
    fetch«N»(id)
      .then((result) => {
        if (!cancelled) {
          dispatch({ type: 'received', payload: result });
«cacheWrite»        }
      })
      .catch((error: unknown) => {
        if (!cancelled) {
          dispatch({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
        }
      });
    return () => {
      cancelled = true;
    };
  }, [id, attempt]);

  const reload = useCallback(() => setAttempt((value) => value + 1), []);

  return { data: state.data, loading: state.status === 'loading', error: state.error, reload };
}
`

const sliceAPI = `import { buildQuery, request } from '@/shared/api';
import { PAGE_SIZE } from '@/shared/config';
import { arr, num, obj, str } from '@/shared/lib/validation';
import type { «N», «N»Filter } from '../model/types';

const RESOURCE = '/«s»';

const «fn»Schema = obj({
  id: str(),
  name: str(),
  createdAt: str(),
  updatedAt: str(),
  ownerId: str(),
  score: num(),
  tags: arr(str()),
});

const «fn»PageSchema = obj({
  items: arr(«fn»Schema),
  total: num(),
  nextCursor: str().optional(),
});

export type «N»Page = {
  items: «N»[];
  total: number;
  nextCursor: string | undefined;
};

export function fetch«N»(id: string): Promise<«N»> {
  return request<unknown>(` + "`${RESOURCE}/${encodeURIComponent(id)}`" + `).then((body) => «fn»Schema.parse(body));
}

export function fetch«N»List(filter: «N»Filter, page = 0): Promise<«N»Page> {
  const query = buildQuery({
    q: filter.query.length > 0 ? filter.query : undefined,
    tags: filter.tags.length > 0 ? filter.tags.join(',') : undefined,
    sort: filter.sortBy,
    order: filter.direction,
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
  });
  return request<unknown>(` + "`${RESOURCE}${query}`" + `).then((body) => «fn»PageSchema.parse(body));
}

export function update«N»(id: string, patch: Partial<Pick<«N», 'name' | 'tags'>>): Promise<«N»> {
  return request<unknown>(` + "`${RESOURCE}/${encodeURIComponent(id)}`" + `, {
    method: 'PATCH',
    body: JSON.stringify(patch),
  }).then((body) => «fn»Schema.parse(body));
}

export function delete«N»(id: string): Promise<void> {
  return request<void>(` + "`${RESOURCE}/${encodeURIComponent(id)}`" + `, { method: 'DELETE' });
}
`

func (g *generator) sliceLib(d sliceDraws, vars []string) string {
	im := newImportSet()
	im.add("@/shared/lib/dates", "formatDate")
	im.add("@/shared/lib/format", "truncate")
	sorter := ""
	if g.chance(0.25) {
		im.add("@/shared/lib/array", "sortBy")
		sorter = sliceLibSort
	}
	im.addType("../model/types", "«N»", "«N»Filter")
	eq := "==="
	if d.looseEq {
		eq = "=="
	}
	unused := ""
	if d.unusedVar {
		unused = "  const unusedCount = item.tags.length;\n"
	}
	body := strings.NewReplacer("«eq»", eq, "«unused»", unused).Replace(sliceLibBody)
	return expand(im.String()+body+sorter, vars...)
}

const sliceLibBody = `
const MAX_SUMMARY = 80;

export function summarize(item: «N»): string {
«unused»  if (item.tags.length «eq» 0) {
    return item.name;
  }
  return truncate(` + "`${item.name} (${item.tags.join(', ')})`" + `, MAX_SUMMARY);
}

export function describe«N»(item: «N»): string {
  const created = formatDate(item.createdAt);
  const updated = formatDate(item.updatedAt);
  return created === updated ? ` + "`Created ${created}`" + ` : ` + "`Created ${created}, updated ${updated}`" + `;
}

export function matches«N»(item: «N», filter: «N»Filter): boolean {
  const needle = filter.query.trim().toLowerCase();
  if (needle.length > 0 && !item.name.toLowerCase().includes(needle)) {
    return false;
  }
  return filter.tags.every((tag) => item.tags.includes(tag));
}

// make«N» builds a valid «N» for stories and tests.
export function make«N»(overrides: Partial<«N»> = {}): «N» {
  return {
    id: '«s»-1',
    name: '«N» sample',
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-02T00:00:00.000Z',
    ownerId: 'owner-1',
    score: 0,
    tags: [],
    ...overrides,
  };
}
`

const sliceLibSort = `
export function sort«N»s(items: ReadonlyArray<«N»>, filter: «N»Filter): «N»[] {
  return sortBy(
    items.filter((item) => matches«N»(item, filter)),
    (item) => item[filter.sortBy],
    filter.direction,
  );
}
`
