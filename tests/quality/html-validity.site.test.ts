/**
 * HTML gate: every page of the build validates with html-validate (rules in .htmlvalidate.json,
 * "html-validate:recommended" and its documented exceptions), zero errors. The root build only:
 * the /archive/ build is the same HTML with other URLs.
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
