package gen

import (
	"fmt"
	"strings"
)

func (g *generator) writeApp(files map[string]string) {
	var imports, routes strings.Builder
	for _, page := range g.slices["pages"] {
		fmt.Fprintf(&imports, "import { %sPage } from '@/pages/%s';\n", pascal(page), page)
		fmt.Fprintf(&routes, "      <Route path=\"/%s\" element={<%sPage />} />\n", page, pascal(page))
		g.stats.Imports++
	}
	files["src/app/index.tsx"] = `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles/index.css';

const container = document.getElementById('root');
if (container !== null) {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
`
	files["src/app/App.tsx"] = `import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { QueryProvider } from './providers/QueryProvider';
` + imports.String() + `
export function App() {
  return (
    <QueryProvider>
      <BrowserRouter>
        <Routes>
` + routes.String() + `        </Routes>
      </BrowserRouter>
    </QueryProvider>
  );
}
`
	files["src/app/providers/QueryProvider.tsx"] = `import { type ReactNode, useState } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';

type QueryProviderProps = { children: ReactNode };

export function QueryProvider({ children }: QueryProviderProps) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: 1 } } }));
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
`
	files["src/app/styles/index.css"] = ":root { font-family: system-ui, sans-serif; }\n"
	g.stats.Imports += 7
}

func (g *generator) writeShared(files map[string]string) {
	files["src/shared/api/client.ts"] = `export type ApiError = { status: number; message: string };

const BASE_URL = '/api';

export async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(` + "`${BASE_URL}${path}`" + `, {
    headers: { 'Content-Type': 'application/json' },
    ...init,
  });
  if (!response.ok) {
    const error: ApiError = { status: response.status, message: response.statusText };
    throw error;
  }
  return (await response.json()) as T;
}
`
	files["src/shared/api/index.ts"] = "export { request } from './client';\nexport type { ApiError } from './client';\n"
	files["src/shared/config/index.ts"] = "export const PAGE_SIZE = 20;\nexport const API_TIMEOUT_MS = 10_000;\n"
	for _, name := range sharedUI {
		comp := pascal(name)
		files["src/shared/ui/"+name+"/index.ts"] = fmt.Sprintf("export { %s } from './%s';\nexport type { %sProps } from './%s';\n", comp, comp, comp, comp)
		files["src/shared/ui/"+name+"/"+comp+".tsx"] = fmt.Sprintf(`import type { ReactNode } from 'react';

export type %[1]sProps = {
  children?: ReactNode;
  variant?: 'primary' | 'secondary';
  onClick?: () => void;
};

export function %[1]s({ children, variant = 'primary', onClick }: %[1]sProps) {
  return (
    <div className={`+"`%[2]s %[2]s--${variant}`"+`} role="presentation" onClick={onClick}>
      {children}
    </div>
  );
}
`, comp, name)
	}
	for _, name := range sharedLib {
		fn := camel(name)
		files["src/shared/lib/"+name+"/index.ts"] = fmt.Sprintf("export { %s, %sAll } from './%s';\n", fn, fn, name)
		files["src/shared/lib/"+name+"/"+name+".ts"] = fmt.Sprintf(`export function %[1]s(value: string | number): string {
  const text = String(value).trim();
  return text.length > 0 ? text : '—';
}

export function %[1]sAll(values: ReadonlyArray<string | number>): string[] {
  return values.map((value) => %[1]s(value));
}
`, fn)
	}
	g.stats.Imports += 2*len(sharedUI) + len(sharedLib) + 1
}

// writeSlice writes filesPerSlice files for one slice of the sliced layer at index li.
func (g *generator) writeSlice(files map[string]string, li int, layer, slice string) {
	name := pascal(slice)
	fn := camel(slice)
	base := "src/" + layer + "/" + slice + "/"
	var imports []string
	var uses []string

	// Dependencies on lower layers, through their public APIs.
	for k := 0; k < 2; k++ {
		lower := li + 1 + g.rnd.IntN(len(layerShare)-li)
		if lower >= len(layerShare) {
			continue
		}
		dep := g.slices[layerShare[lower].layer][g.rnd.IntN(len(g.slices[layerShare[lower].layer]))]
		imports = append(imports, fmt.Sprintf("import { %sCard } from '@/%s/%s';", pascal(dep), layerShare[lower].layer, dep))
		uses = append(uses, fmt.Sprintf("      <%sCard id={id} />", pascal(dep)))
	}
	ui := sharedUI[g.rnd.IntN(len(sharedUI))]
	imports = append(imports, fmt.Sprintf("import { %s } from '@/shared/ui/%s';", pascal(ui), ui))
	lib := sharedLib[g.rnd.IntN(len(sharedLib))]
	imports = append(imports, fmt.Sprintf("import { %s } from '@/shared/lib/%s';", camel(lib), lib))

	if g.violate("cross-slice import") && len(g.slices[layer]) > 1 {
		other := g.slices[layer][g.rnd.IntN(len(g.slices[layer]))]
		if other != slice {
			imports = append(imports, fmt.Sprintf("import { %sCard } from '@/%s/%s';", pascal(other), layer, other))
			uses = append(uses, fmt.Sprintf("      <%sCard id={id} />", pascal(other)))
		}
	}
	if li > 0 && g.violate("higher-layer import") {
		upper := layerShare[li-1].layer
		other := g.slices[upper][g.rnd.IntN(len(g.slices[upper]))]
		imports = append(imports, fmt.Sprintf("import { %sCard } from '@/%s/%s';", pascal(other), upper, other))
		uses = append(uses, fmt.Sprintf("      <%sCard id={id} />", pascal(other)))
	}
	typeImport := fmt.Sprintf("import type { %s } from '../model/types';", name)
	if li+1 < len(layerShare) && g.violate("public-API sidestep") {
		lowerLayer := layerShare[len(layerShare)-1].layer
		dep := g.slices[lowerLayer][g.rnd.IntN(len(g.slices[lowerLayer]))]
		imports = append(imports, fmt.Sprintf("import type { %s as %sEntity } from '@/%s/%s/model/types';", pascal(dep), pascal(dep), lowerLayer, dep))
	}
	g.stats.Imports += len(imports) + 6

	component := name + "Card"
	files[base+"index.ts"] = fmt.Sprintf(`export { %[1]s } from './ui/%[1]s';
export { use%[2]s } from './model/use%[2]s';
export { fetch%[2]s } from './api/fetch%[2]s';
export type { %[2]s } from './model/types';
`, component, name)

	files[base+"ui/"+component+".tsx"] = fmt.Sprintf(`import { useMemo, useState } from 'react';
%[4]s
%[5]s
import { use%[2]s } from '../model/use%[2]s';
import { summarize } from '../lib/summarize';

type %[1]sProps = { id: string; compact?: boolean };

export function %[1]s({ id, compact = false }: %[1]sProps) {
  const { data, loading } = use%[2]s(id);
  const [expanded, setExpanded] = useState(!compact);
  const title = useMemo(() => (data ? summarize(data) : ''), [data]);

  if (loading) {
    return <p className="%[3]s__loading">Loading…</p>;
  }
  const item: %[2]s | undefined = data;
  return (
    <section className="%[3]s" data-expanded={expanded}>
      <h2>{%[6]s(title)}</h2>
      <%[7]s onClick={() => setExpanded((value) => !value)}>
        {expanded ? 'Hide' : 'Show'} {item?.name ?? id}
      </%[7]s>
%[8]s
    </section>
  );
}
`, component, name, slice, typeImport, strings.Join(imports, "\n"), camel(lib), pascal(ui), strings.Join(uses, "\n"))

	decl := fmt.Sprintf("export type %s = {\n  id: string;\n  name: string;\n  createdAt: string;\n  tags: ReadonlyArray<string>;\n};\n", name)
	if g.violate("interface") {
		decl = fmt.Sprintf("export interface %s {\n  id: string;\n  name: string;\n  createdAt: string;\n  tags: ReadonlyArray<string>;\n}\n", name)
	}
	files[base+"model/types.ts"] = decl + fmt.Sprintf("\nexport type %sStatus = 'idle' | 'loading' | 'ready' | 'failed';\n", name)

	files[base+"model/use"+name+".ts"] = fmt.Sprintf(`import { useEffect, useState } from 'react';
import { fetch%[1]s } from '../api/fetch%[1]s';
import type { %[1]s, %[1]sStatus } from './types';

export function use%[1]s(id: string) {
  const [data, setData] = useState<%[1]s | undefined>(undefined);
  const [status, setStatus] = useState<%[1]sStatus>('idle');

  useEffect(() => {
    let cancelled = false;
    setStatus('loading');
    fetch%[1]s(id)
      .then((result) => {
        if (!cancelled) {
          setData(result);
          setStatus('ready');
        }
      })
      .catch(() => setStatus('failed'));
    return () => {
      cancelled = true;
    };
  }, [id]);

  return { data, loading: status === 'loading' };
}
`, name)

	files[base+"api/fetch"+name+".ts"] = fmt.Sprintf(`import { request } from '@/shared/api';
import type { %[1]s } from '../model/types';

export function fetch%[1]s(id: string): Promise<%[1]s> {
  return request<%[1]s>(`+"`/%[2]s/${encodeURIComponent(id)}`"+`);
}
`, name, slice)

	eq := "==="
	if g.violate("loose equality") {
		eq = "=="
	}
	unused := ""
	if g.violate("unused variable") {
		unused = "  const unusedCount = item.tags.length;\n"
	}
	files[base+"lib/summarize.ts"] = fmt.Sprintf(`import type { %[1]s } from '../model/types';

export function summarize(item: %[1]s): string {
%[3]s  if (item.tags.length %[2]s 0) {
    return item.name;
  }
  return `+"`${item.name} (${item.tags.join(', ')})`"+`;
}
`, name, eq, unused)
	_ = fn
}
