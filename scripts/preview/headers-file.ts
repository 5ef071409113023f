/**
 * The `_headers` file of Netlify and Cloudflare Pages: path patterns, each followed by indented
 * `Name: value` lines (Cloudflare also allows `! Name` to drop a header set by an earlier rule).
 * Parsed here so the preview server sends what those hosts would send.
 *
 *   # comment
 *   /*
 *     X-Content-Type-Options: nosniff
 *   /pagefind/*
 *     Cache-Control: public, max-age=3600
 */
import { escapeRegExp } from '../ingest/patterns.ts';

export interface HeaderRule {
  /** The pattern as written, e.g. `/*` or `/agreements/:slug/`. */
  readonly pattern: string;
  /** Line of the pattern in the file, for messages. */
  readonly line: number;
  readonly set: ReadonlyArray<readonly [name: string, value: string]>;
  readonly detach: readonly string[];
  readonly matches: (pathname: string, host?: string) => boolean;
}

export class HeadersFileError extends Error {
  constructor(file: string, line: number, problem: string) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'HeadersFileError';
  }
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Parse the text of a `_headers` file; `file` only names it in errors. */
export function parseHeadersFile(text: string, file = '_headers'): HeaderRule[] {
  const rules: { pattern: string; line: number; set: [string, string][]; detach: string[] }[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const indented = /^\s/.test(raw);
    if (!indented) {
      if (!trimmed.startsWith('/') && !/^https?:\/\//.test(trimmed)) {
        throw new HeadersFileError(
          file,
          line,
          `a path pattern must start with "/" or "https://", got "${trimmed}"`,
        );
      }
      rules.push({ pattern: trimmed, line, set: [], detach: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new HeadersFileError(file, line, 'header line before any path pattern');
    if (trimmed.startsWith('!')) {
      const name = trimmed.slice(1).trim();
      if (!HEADER_NAME.test(name))
        throw new HeadersFileError(file, line, `invalid header name to detach: "${name}"`);
      rule.detach.push(name);
      return;
    }
    const colon = trimmed.indexOf(':');
    if (colon <= 0)
      throw new HeadersFileError(file, line, `expected "Name: value", got "${trimmed}"`);
    const name = trimmed.slice(0, colon).trim();
    const value = trimmed.slice(colon + 1).trim();
    if (!HEADER_NAME.test(name))
      throw new HeadersFileError(file, line, `invalid header name "${name}"`);
    if (value === '') throw new HeadersFileError(file, line, `header "${name}" has no value`);
    rule.set.push([name, value]);
  });
  return rules.map((rule) => ({ ...rule, matches: compilePattern(rule.pattern) }));
}

/**
 * `*` is a splat (any characters, `/` included); `:name` is one path segment. A pattern given as
 * an absolute URL (Cloudflare) matches only that host.
 */
function compilePattern(pattern: string): HeaderRule['matches'] {
  let host: RegExp | undefined;
  let path = pattern;
  const absolute = /^https?:\/\/([^/]+)(\/.*)?$/.exec(pattern);
  if (absolute) {
    host = new RegExp(`^${toRegExpSource(absolute[1] ?? '', '[^.]+')}$`, 'i');
    path = absolute[2] ?? '/';
  }
  const pathRegExp = new RegExp(`^${toRegExpSource(path, '[^/]+')}$`);
  return (pathname, requestHost) => {
    if (host && (requestHost === undefined || !host.test(requestHost))) return false;
    return pathRegExp.test(pathname);
  };
}

function toRegExpSource(pattern: string, placeholder: string): string {
  return pattern
    .split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)
    .map((part) => {
      if (part === '*') return '.*';
      if (part.startsWith(':') && part.length > 1) return placeholder;
      return escapeRegExp(part);
    })
    .join('');
}

/**
 * The headers every matching rule gives a path, in file order. As on Netlify and Cloudflare, a
 * header set by several rules is joined with ", "; `! Name` drops what earlier rules set.
 */
export function headersFor(
  rules: readonly HeaderRule[],
  pathname: string,
  host?: string,
): Map<string, string> {
  const result = new Map<string, { name: string; value: string }>();
  for (const rule of rules) {
    if (!rule.matches(pathname, host)) continue;
    for (const name of rule.detach) result.delete(name.toLowerCase());
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      const previous = result.get(key);
      result.set(key, {
        name: previous?.name ?? name,
        value: previous ? `${previous.value}, ${value}` : value,
      });
    }
  }
  return new Map([...result.values()].map(({ name, value }) => [name, value]));
}
