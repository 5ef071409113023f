/** Orders of the "all agreements" table; each order is its own set of pre-sorted pages. */
import type { Locale } from '../../i18n/locales.ts';
import type { SortOrder } from '../../utils/routes.ts';
import type { ArchiveEntry } from './load.ts';
import { mostSpecificPlaceCodes } from './facets.ts';
import { sortDate } from './dates.ts';
import { placeName, operatorName } from './names.ts';
import { displayTitle } from './text.ts';

const collators: Record<Locale, Intl.Collator> = {
  en: new Intl.Collator('en'),
  'zh-hans': new Intl.Collator('zh-Hans-u-co-pinyin'),
  'zh-hant': new Intl.Collator('zh-Hant-u-co-stroke'),
};

/** `entries` are newest first already; the other orders are stable sorts of that. */
export function sortEntries(
  entries: readonly ArchiveEntry[],
  order: SortOrder,
  locale: Locale,
): ArchiveEntry[] {
  const collator = collators[locale];
  const byText = (textOf: (entry: ArchiveEntry) => string) => {
    const keyed = entries.map((entry) => ({ entry, key: textOf(entry) }));
    // Entries without the value (no place, no operator) go last.
    keyed.sort(
      (a, b) => (a.key === '' ? 1 : 0) - (b.key === '' ? 1 : 0) || collator.compare(a.key, b.key),
    );
    return keyed.map(({ entry }) => entry);
  };
  switch (order) {
    case 'newest':
      return [...entries];
    case 'oldest': {
      const dated = entries.filter((entry) => sortDate(entry.agreement) !== null);
      return [...dated.reverse(), ...entries.filter((entry) => sortDate(entry.agreement) === null)];
    }
    case 'title':
      return byText((entry) => displayTitle(entry, locale).text);
    case 'place':
      return byText((entry) =>
        mostSpecificPlaceCodes(entry.agreement)
          .map((code) => placeName(code, locale).text)
          .join(' '),
      );
    case 'operator':
      return byText((entry) =>
        entry.agreement.operators.map((id) => operatorName(id, locale).text).join(' '),
      );
  }
}
