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
}
