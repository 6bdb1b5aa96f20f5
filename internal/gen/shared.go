package gen

import (
	"fmt"
	"strings"
)

// expand replaces «key» markers (not {{ }}, which JSX uses) with values.
func expand(tpl string, pairs ...string) string {
	args := make([]string, 0, len(pairs))
	for i := 0; i+1 < len(pairs); i += 2 {
		args = append(args, "«"+pairs[i]+"»", pairs[i+1])
	}
	return strings.NewReplacer(args...).Replace(tpl)
}

func (g *generator) writeShared(files map[string]string) {
	files["src/shared/api/client.ts"] = sharedAPIClient
	files["src/shared/api/index.ts"] = "export { buildQuery, request } from './client';\nexport type { ApiError, RequestOptions } from './client';\n"
	files["src/shared/config/index.ts"] = sharedConfig
	for _, name := range sharedUI {
		comp := pascal(name)
		files["src/shared/ui/"+name+"/index.ts"] = fmt.Sprintf("export { %s } from './%s';\nexport type { %sProps } from './%s';\n", comp, comp, comp, comp)
		files["src/shared/ui/"+name+"/"+comp+".tsx"] = sharedComponent(name)
	}
	for _, name := range sharedLib {
		fn := camel(name)
		names := append([]string{fn, fn + "All"}, sharedLibExtras[name].values...)
		index := fmt.Sprintf("export { %s } from './%s';\n", strings.Join(names, ", "), name)
		if types := sharedLibExtras[name].types; len(types) > 0 {
			index += fmt.Sprintf("export type { %s } from './%s';\n", strings.Join(types, ", "), name)
		}
		files["src/shared/lib/"+name+"/index.ts"] = index
		files["src/shared/lib/"+name+"/"+name+".ts"] = sharedLibHeader[name] + expand(sharedLibBasics, "fn", fn) + sharedLibExtras[name].code
	}
}

const sharedAPIClient = `export type ApiError = { status: number; message: string };

export type RequestOptions = RequestInit & { timeoutMs?: number };

const BASE_URL = '/api';
const DEFAULT_TIMEOUT_MS = 10_000;

export function buildQuery(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  Object.keys(params).forEach((key) => {
    const value = params[key];
    if (value !== undefined) {
      search.set(key, String(value));
    }
  });
  const text = search.toString();
  return text.length > 0 ? ` + "`?${text}`" + ` : '';
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { timeoutMs = DEFAULT_TIMEOUT_MS, headers, ...init } = options;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(` + "`${BASE_URL}${path}`" + `, {
      ...init,
      headers: { 'Content-Type': 'application/json', ...headers },
      signal: controller.signal,
    });
    if (!response.ok) {
      const error: ApiError = { status: response.status, message: response.statusText };
      throw error;
    }
    if (response.status === 204) {
      return undefined as T;
    }
    return (await response.json()) as T;
  } finally {
    clearTimeout(timer);
  }
}
`

const sharedConfig = `export const PAGE_SIZE = 20;
export const API_TIMEOUT_MS = 10_000;
export const SEARCH_DEBOUNCE_MS = 250;
export const DATE_LOCALE = 'en-US';

export const FEATURE_FLAGS = {
  compactCards: false,
  inlineEditing: true,
  optimisticUpdates: true,
} as const;

export type FeatureFlag = keyof typeof FEATURE_FLAGS;

export function isEnabled(flag: FeatureFlag): boolean {
  return FEATURE_FLAGS[flag];
}
`

// sharedComponentHead is every shared/ui component's props: the slices use
// them all the same way (children, variant, onClick).
const sharedComponentHead = `import { «reactImports» } from 'react';

export type «C»Props = {
  children?: ReactNode;
  variant?: 'primary' | 'secondary';
  onClick?: () => void;
  className?: string;
  disabled?: boolean;
};

function classNames(...parts: ReadonlyArray<string | false | undefined>): string {
  return parts.filter((part) => typeof part === 'string' && part.length > 0).join(' ');
}

«pre»export function «C»({ children, variant = 'primary', onClick, className, disabled = false }: «C»Props) {
  const classes = classNames('«n»', ` + "`«n»--${variant}`" + `, disabled && '«n»--disabled', className);
`

var sharedComponentBodies = map[string]struct{ reactImports, pre, body string }{
	"button": {"type ReactNode, useCallback", "", `  const handleClick = useCallback(() => {
    if (!disabled && onClick !== undefined) {
      onClick();
    }
  }, [disabled, onClick]);

  return (
    <button type="button" className={classes} disabled={disabled} onClick={handleClick}>
      {children}
    </button>
  );
}
`},
	"input": {"type ChangeEvent, type ReactNode, useId, useState", "", `  const id = useId();
  const [value, setValue] = useState('');

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    setValue(event.target.value);
  };

  return (
    <div className={classes}>
      <label htmlFor={id}>{children}</label>
      <input id={id} value={value} disabled={disabled} onChange={handleChange} onFocus={onClick} />
      {value.length > 0 && (
        <button type="button" className="input__clear" onClick={() => setValue('')}>
          Clear
        </button>
      )}
    </div>
  );
}
`},
	"modal": {"type ReactNode, useEffect, useRef", "", `  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (disabled || onClick === undefined) {
      return undefined;
    }
    const handleKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        onClick();
      }
    };
    document.addEventListener('keydown', handleKey);
    return () => document.removeEventListener('keydown', handleKey);
  }, [disabled, onClick]);

  useEffect(() => {
    dialogRef.current?.focus();
  }, []);

  return (
    <div className="modal__backdrop" role="presentation">
      <div ref={dialogRef} className={classes} role="dialog" aria-modal="true" tabIndex={-1}>
        {children}
        {onClick !== undefined && (
          <button type="button" className="modal__close" onClick={onClick}>
            Close
          </button>
        )}
      </div>
    </div>
  );
}
`},
	"card": {"type ReactNode, useState", "", `  const [hovered, setHovered] = useState(false);

  return (
    <article
      className={classes}
      data-hovered={hovered}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
    >
      {children}
      {onClick !== undefined && (
        <footer className="card__footer">
          <button type="button" disabled={disabled} onClick={onClick}>
            Open
          </button>
        </footer>
      )}
    </article>
  );
}
`},
	"spinner": {"type ReactNode, useMemo", "", `  const label = useMemo(() => (children === undefined ? 'Loading' : undefined), [children]);

  return (
    <div className={classes} role="status" aria-label={label}>
      <span className="spinner__dot" aria-hidden="true" />
      {children}
      {onClick !== undefined && !disabled && (
        <button type="button" className="spinner__cancel" onClick={onClick}>
          Cancel
        </button>
      )}
    </div>
  );
}
`},
	"table": {"type ReactNode, useCallback, useState", "", `  const [sorted, setSorted] = useState(false);

  const handleSort = useCallback(() => {
    setSorted((value) => !value);
    if (onClick !== undefined) {
      onClick();
    }
  }, [onClick]);

  return (
    <table className={classes}>
      <thead>
        <tr>
          <th>
            <button type="button" disabled={disabled} onClick={handleSort}>
              {sorted ? 'Sorted' : 'Sort'}
            </button>
          </th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td>{children}</td>
        </tr>
      </tbody>
    </table>
  );
}
`},
	"tabs": {"type ReactNode, useCallback, useState", `const TABS = ['overview', 'details', 'history'] as const;

type Tab = (typeof TABS)[number];

`, `  const [active, setActive] = useState<Tab>('overview');

  const select = useCallback(
    (tab: Tab) => {
      setActive(tab);
      if (onClick !== undefined) {
        onClick();
      }
    },
    [onClick],
  );

  return (
    <div className={classes}>
      <div role="tablist">
        {TABS.map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            aria-selected={tab === active}
            disabled={disabled}
            onClick={() => select(tab)}
          >
            {tab}
          </button>
        ))}
      </div>
      <div role="tabpanel" data-tab={active}>
        {children}
      </div>
    </div>
  );
}
`},
	"tooltip": {"type ReactNode, useCallback, useId, useState", "", `  const tipId = useId();
  const [visible, setVisible] = useState(false);
  const show = useCallback(() => setVisible(true), []);
  const hide = useCallback(() => setVisible(false), []);

  return (
    <span className={classes} onMouseEnter={show} onMouseLeave={hide} onFocus={show} onBlur={hide}>
      <button type="button" aria-describedby={tipId} disabled={disabled} onClick={onClick}>
        ?
      </button>
      {visible && (
        <span id={tipId} role="tooltip" className="tooltip__bubble">
          {children}
        </span>
      )}
    </span>
  );
}
`},
}

func sharedComponent(name string) string {
	c := sharedComponentBodies[name]
	return expand(sharedComponentHead, "reactImports", c.reactImports, "pre", c.pre, "C", pascal(name), "n", name) + c.body
}

// sharedLibBasics are the two helpers every shared/lib module has; the
// slices call the first one on a display string.
const sharedLibBasics = `export function «fn»(value: string | number): string {
  const text = String(value).trim();
  return text.length > 0 ? text : '—';
}

export function «fn»All(values: ReadonlyArray<string | number>): string[] {
  return values.map((value) => «fn»(value));
}
`

var sharedLibHeader = map[string]string{
	"format":     "const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });\n\n",
	"dates":      "const DAY_MS = 24 * 60 * 60 * 1000;\n\n",
	"array":      "",
	"storage":    "const PREFIX = 'app:';\n\n",
	"validation": "",
	"hooks":      "import { useEffect, useRef, useState } from 'react';\n\n",
}

var sharedLibExtras = map[string]struct {
	values, types []string
	code          string
}{
	"format": {[]string{"formatNumber", "pluralize", "truncate"}, nil, `
export function truncate(text: string, max: number): string {
  if (text.length <= max) {
    return text;
  }
  return ` + "`${text.slice(0, Math.max(0, max - 1))}…`" + `;
}

export function formatNumber(value: number): string {
  return Number.isFinite(value) ? numberFormat.format(value) : '—';
}

export function pluralize(count: number, word: string): string {
  return count === 1 ? ` + "`${count} ${word}`" + ` : ` + "`${count} ${word}s`" + `;
}
`},
	"dates": {[]string{"daysBetween", "formatDate", "isPast"}, nil, `
export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }
  return date.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
}

export function isPast(iso: string, now: number = Date.now()): boolean {
  return Date.parse(iso) < now;
}
`},
	"array": {[]string{"chunk", "compareValues", "sortBy", "uniqueBy"}, nil, `
export function uniqueBy<T>(items: ReadonlyArray<T>, key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const id = key(item);
    if (seen.has(id)) {
      return false;
    }
    seen.add(id);
    return true;
  });
}

export function compareValues(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') {
    return a - b;
  }
  return String(a).localeCompare(String(b));
}

export function sortBy<T>(
  items: ReadonlyArray<T>,
  key: (item: T) => string | number,
  direction: 'asc' | 'desc' = 'asc',
): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => sign * compareValues(key(a), key(b)));
}

export function chunk<T>(items: ReadonlyArray<T>, size: number): T[][] {
  const out: T[][] = [];
  for (let index = 0; index < items.length; index += size) {
    out.push(items.slice(index, index + size));
  }
  return out;
}
`},
	"storage": {[]string{"readJSON", "removeKey", "writeJSON"}, nil, `
export function readJSON<T>(key: string, fallback: T): T {
  try {
    const raw = window.localStorage.getItem(PREFIX + key);
    return raw === null ? fallback : (JSON.parse(raw) as T);
  } catch {
    return fallback;
  }
}

export function writeJSON(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Quota exceeded or private mode: the cache is optional.
  }
}

export function removeKey(key: string): void {
  window.localStorage.removeItem(PREFIX + key);
}
`},
	"validation": {[]string{"ValidationError", "arr", "num", "obj", "str"}, []string{"Infer", "Schema"}, `
export type Schema<T> = {
  parse: (input: unknown, path?: string) => T;
  optional: () => Schema<T | undefined>;
};

export type Infer<S> = S extends Schema<infer T> ? T : never;

export class ValidationError extends Error {
  readonly path: string;

  constructor(path: string, expected: string) {
    super(` + "`${path.length > 0 ? path : 'value'}: expected ${expected}`" + `);
    this.name = 'ValidationError';
    this.path = path;
  }
}

function schema<T>(parse: (input: unknown, path: string) => T): Schema<T> {
  return {
    parse: (input, path = '') => parse(input, path),
    optional: () => schema((input, path) => (input === undefined ? undefined : parse(input, path))),
  };
}

export function str(): Schema<string> {
  return schema((input, path) => {
    if (typeof input !== 'string') {
      throw new ValidationError(path, 'a string');
    }
    return input;
  });
}

export function num(): Schema<number> {
  return schema((input, path) => {
    if (typeof input !== 'number' || Number.isNaN(input)) {
      throw new ValidationError(path, 'a number');
    }
    return input;
  });
}

export function arr<T>(item: Schema<T>): Schema<T[]> {
  return schema((input, path) => {
    if (!Array.isArray(input)) {
      throw new ValidationError(path, 'an array');
    }
    return input.map((value: unknown, index) => item.parse(value, ` + "`${path}[${index}]`" + `));
  });
}

export function obj<S extends Record<string, Schema<unknown>>>(shape: S): Schema<{ [K in keyof S]: Infer<S[K]> }> {
  return schema((input, path) => {
    if (typeof input !== 'object' || input === null) {
      throw new ValidationError(path, 'an object');
    }
    const record = input as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    Object.keys(shape).forEach((key) => {
      out[key] = shape[key].parse(record[key], path.length > 0 ? ` + "`${path}.${key}`" + ` : key);
    });
    return out as { [K in keyof S]: Infer<S[K]> };
  });
}
`},
	"hooks": {[]string{"useDebouncedValue", "usePrevious"}, nil, `
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);

  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);

  return debounced;
}

export function usePrevious<T>(value: T): T | undefined {
  const ref = useRef<T | undefined>(undefined);

  useEffect(() => {
    ref.current = value;
  }, [value]);

  return ref.current;
}
`},
}
