/**
 * Dates as readers of each locale write them, at the precision the archive knows them.
 * Written out by hand rather than with Intl so the build does not depend on the ICU data
 * of the machine that runs it.
 */
import type { DatePrecision } from '../schema/agreement.ts';
import type { Locale } from '../i18n/locales.ts';

export const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export function formatDate(value: string, precision: DatePrecision, locale: Locale): string {
  const [year = '', month, day] = value.split('-');
  const monthNumber = month === undefined ? undefined : Number(month);
  const dayNumber = day === undefined ? undefined : Number(day);
  if (locale === 'en') {
    const monthName = monthNumber === undefined ? undefined : ENGLISH_MONTHS[monthNumber - 1];
    if (precision === 'day' && monthName && dayNumber) return `${dayNumber} ${monthName} ${year}`;
    if (precision !== 'year' && monthName) return `${monthName} ${year}`;
    return year;
  }
  if (precision === 'day' && monthNumber && dayNumber)
    return `${year}年${monthNumber}月${dayNumber}日`;
  if (precision !== 'year' && monthNumber) return `${year}年${monthNumber}月`;
  return `${year}年`;
}

/** A month and day without a year (`--04-03`), as readers of the locale write it. */
export function formatMonthDay(value: string, locale: Locale): string {
  const [month = 0, day = 0] = value.slice('--'.length).split('-').map(Number);
  if (locale === 'en') return `${day} ${ENGLISH_MONTHS[month - 1] ?? ''}`;
  return `${month}月${day}日`;
}
