/**
 * Measures for the size budgets, as pure functions of a file's text: gzip size, what JavaScript
 * a page carries, the markup of a page without its main text, the modules a script imports.
 */
import { gzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';

/** Gzip size at zlib's default level — what a host compressing on the fly sends, give or take. */
export function gzipSize(content: string | Uint8Array): number {
  return gzipSync(content).length;
}

/** `<script>` types that are data, not code (JSON-LD, import maps are code-adjacent: not allowed). */
const DATA_SCRIPT_TYPES = new Set(['application/ld+json', 'application/json']);

export interface PageScripts {
  /** `src` of every external script, as written. */
  readonly external: string[];
  /** Inline code: `<script>` bodies, `on…=` handler attributes, `javascript:` URLs. */
  readonly inline: string[];
}

export function scriptsOf(html: string): PageScripts {
  const external: string[] = [];
  const inline: string[] = [];
  let inScript = false;
  let scriptText = '';
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        for (const [attribute, value] of Object.entries(attributes)) {
          if (/^on[a-z]+$/.test(attribute)) inline.push(`<${name} ${attribute}="${value}">`);
          if (
            /^\s*javascript:/i.test(value) &&
            ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attribute)
          ) {
            inline.push(`<${name} ${attribute}="${value}">`);
          }
        }
        if (name !== 'script') return;
        const type = (attributes['type'] ?? '').trim().toLowerCase();
        if (DATA_SCRIPT_TYPES.has(type)) return;
        if (attributes['src'] !== undefined) external.push(attributes['src']);
        else {
          inScript = true;
          scriptText = '';
        }
      },
      ontext(text) {
        if (inScript) scriptText += text;
      },
      onclosetag(name) {
        if (name === 'script' && inScript) {
          inScript = false;
          if (scriptText.trim() !== '')
            inline.push(`<script>${scriptText.trim().slice(0, 80)}</script>`);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return { external, inline };
}

/**
 * The page without the text inside `<main>`: its head, chrome, markup and attributes, but not
 * the words of the article or listing it exists to show. What the per-page HTML budget measures
 * ("HTML beyond article text"). A page without `<main>` keeps all its text, so it is measured
 * whole. Text of `<script>` and `<style>` counts as markup wherever it is.
 */
export function markupWithoutMainText(html: string): string {
  const cuts: [number, number][] = [];
  let mainDepth = 0;
  let rawDepth = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'main') mainDepth++;
        if (name === 'script' || name === 'style') rawDepth++;
      },
      onclosetag(name) {
        if (name === 'main') mainDepth = Math.max(0, mainDepth - 1);
        if (name === 'script' || name === 'style') rawDepth = Math.max(0, rawDepth - 1);
      },
      ontext() {
        if (mainDepth > 0 && rawDepth === 0) cuts.push([parser.startIndex, parser.endIndex + 1]);
      },
    },
    { decodeEntities: false, lowerCaseTags: true },
  );
  parser.end(html);
  let result = '';
  let position = 0;
  for (const [start, end] of cuts) {
    result += html.slice(position, start);
    position = end;
  }
  return result + html.slice(position);
}

/** Module specifiers a bundled script loads: static `import … from`, `export … from`, `import()`. */
export function importedModules(code: string): string[] {
  const specifiers = new Set<string>();
  for (const match of code.matchAll(
    /\b(?:import|export)\s*(?:[\w*{}\s,$]*?\bfrom\s*)?["']([^"']+)["']/g,
  )) {
    if (match[1]) specifiers.add(match[1]);
  }
  for (const match of code.matchAll(/\bimport\(\s*["'`]([^"'`$]+)["'`]\s*\)/g))
    if (match[1]) specifiers.add(match[1]);
  return [...specifiers];
}
