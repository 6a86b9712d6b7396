/**
 * Month names, shared by the cleaning rules (a page's own date) and day resolution (ranges chrono
 * misses). Its own module because those two ship in different bundles: cleaning in the producers,
 * day resolution (with chrono) in the ingest function.
 */

const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/**
 * A month name or its abbreviation, with an optional period, as one capture group. Title case: with
 * the `i` flag it matches any case; without it, "may" the modal is not the month.
 */
export const MONTH_NAME =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/**
 * 1-12 for a month name or its abbreviation, 0 for anything else.
 * @example monthNumber('Sept.'); // 9
 */
export function monthNumber(name: string): number {
  return MONTH_NUMBERS[name.slice(0, 3).toLowerCase()] ?? 0;
}
