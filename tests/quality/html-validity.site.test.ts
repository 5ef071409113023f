/**
 * HTML gate: every page of the build validates with html-validate (rules in .htmlvalidate.json,
 * "html-validate:recommended" and its documented exceptions), zero errors. The root build only:
 * the /archive/ build is the same HTML with other URLs.
 *
 * The exceptions in .htmlvalidate.json (JSON has no comments, so the reasons live here):
 * - no-redundant-role and prefer-native-element skip the role "list" only: `role="list"` on a
 *   `<ul>`/`<ol>` styled with `list-style: none` is not redundant in practice — WebKit drops
 *   the list semantics of such lists, and the role gives them back to VoiceOver.
 * - long-title is off: an agreement page's <title> is the agreement's official name (often a
 *   Chinese title with its English rendering), past 70 characters; cutting it would drop what
 *   tells agreements apart. (An SEO heuristic, not validity; Lighthouse's SEO audit has no limit.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { expect, test } from 'vitest';
import { BUILT_SITES, PROJECT_ROOT, siteFiles } from '../browser/harness.ts';

const { dir } = BUILT_SITES.root;
const pages = siteFiles(dir).filter((file) => file.endsWith('.html'));

function describeMessage(file: string, message: Message): string {
  const severity = message.severity === 2 ? 'error' : 'warning';
  return `${file}:${message.line}:${message.column}: ${severity} ${message.ruleId}: ${message.message}${message.selector ? `  (${message.selector})` : ''}`;
}

test('the build has pages to validate', () => {
  expect(pages.length).toBeGreaterThan(0);
});

test('every page is valid HTML (html-validate, .htmlvalidate.json)', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const findings: string[] = [];
  let errors = 0;
  for (const page of pages) {
    // Validate as if the page lived in the project, so .htmlvalidate.json is the config used.
    const report = await validator.validateString(
      readFileSync(join(dir, page), 'utf8'),
      join(PROJECT_ROOT, 'page.html'),
    );
    for (const result of report.results) {
      for (const message of result.messages) {
        if (message.severity === 2) errors++;
        findings.push(describeMessage(page, message));
      }
    }
  }
  console.log(
    `html-validate: ${pages.length} pages, ${errors} errors, ${findings.length - errors} warnings`,
  );
  expect(errors, `html-validate found errors:\n${findings.join('\n')}`).toBe(0);
});
