/** "Cite this": a plain-text reference and a BibTeX entry for an agreement's release. */
import type { Agreement } from '../../schema/agreement.ts';

export interface CitationInput {
  agreement: Agreement;
  /** The title in the reader's language, when it differs from the original's. */
  translatedTitle: string | undefined;
  siteName: string;
  url: string;
  /** The date shown for the release ("20 November 2019"), or the locale's "n.d.". */
  displayDate: string;
}

/** The release's date for a reference: publication, else signing. */
export function citationDate(agreement: Agreement) {
  return agreement.publishedOn ?? agreement.signedOn;
}

export function plainCitation(input: CitationInput): string {
  const { agreement, translatedTitle, siteName, url, displayDate } = input;
  const title = translatedTitle ? `${agreement.title} [${translatedTitle}]` : agreement.title;
  const parts = [
    agreement.author ? `${agreement.author}.` : '',
    `“${title}.”`,
    agreement.publisher ? `${agreement.publisher},` : '',
    `${displayDate}.`,
    `${siteName},`,
    `${url}.`,
  ];
  return parts.filter((part) => part !== '').join(' ');
}

/** BibTeX's special characters, escaped so any title survives a reference manager. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}%&#$_^~]/g, (char) =>
    char === '\\'
      ? '\\textbackslash{}'
      : char === '^'
        ? '\\^{}'
        : char === '~'
          ? '\\~{}'
          : `\\${char}`,
  );
}

const BIBTEX_LANGUAGE = { en: 'english', 'zh-Hans': 'chinese', 'zh-Hant': 'chinese' } as const;

export function bibtexCitation(input: CitationInput): string {
  const { agreement, translatedTitle, siteName, url } = input;
  const date = citationDate(agreement);
  const fields: [string, string | undefined][] = [
    ['title', agreement.title],
    ['titleaddon', translatedTitle],
    ['author', agreement.author ?? undefined],
    ['organization', agreement.publisher ?? undefined],
    ['date', date?.value],
    ['year', date?.value.slice(0, 4)],
    ['langid', BIBTEX_LANGUAGE[agreement.language]],
    ['url', url],
    ['howpublished', siteName],
  ];
  const body = fields
    .filter((field): field is [string, string] => field[1] !== undefined && field[1] !== '')
    .map(([name, value]) => `  ${name} = {${name === 'url' ? value : escapeBibtex(value)}},`)
    .join('\n');
  return `@online{${agreement.id},\n${body}\n}`;
}
