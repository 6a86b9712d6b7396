/**
 * Agency datelines ('BRASILIA, March 29 (Reuters) -'): cleaning strips the one that opens a story, and
 * extraction reads a paragraph further down that opens with its own (a topic page listing older
 * stories) as of that day. Its own module because those two ship in different bundles.
 */
import { MONTH_NAME, monthNumber } from './months.js';

/**
 * 'WASHINGTON (AP) —', 'BRASILIA, March 29 (Reuters) -', 'Addis Ababa, June 19, 2025 (ENA) -'. Places may
 * be joined by a slash, and after a date the dash may be missing: 'New Delhi/Beijing, Dec 18 (Wire) India
 * and ...'.
 */
const DATELINE_AGENCY =
  /^(\p{Lu}[\p{L}.'’-]*(?:(?:,?\s+|\/)\p{Lu}[\p{L}.'’-]*){0,4})(?:,\s*((?:\p{Lu}[\p{L}]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s*\d{4})?)|(?:\d{1,2}\s+\p{Lu}[\p{L}]{2,8}\.?(?:,?\s+\d{4})?)))?\s*\(([^()]{2,40})\)(?:\s*[-–—:]{1,2}\s*(?=\S)|(?<=\d\s*\([^()]{2,40}\))\s+(?=\p{Lu}))/u;

/**
 * 'Tehran, Sept 8, IRNA --', 'KUWAIT CITY, Sept 2, Gulf Wire -': a place, a date and an agency without
 * brackets, then a dash. The same three groups as DATELINE_AGENCY (the date is not optional here).
 */
const DATELINE_DATED_AGENCY =
  /^(\p{Lu}[\p{L}.'’-]*(?:,?\s+\p{Lu}[\p{L}.'’-]*){0,4}),\s*((?:\p{Lu}[\p{L}]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s*\d{4})?)|(?:\d{1,2}\s+\p{Lu}[\p{L}]{2,8}\.?(?:,?\s+\d{4})?)),\s*(\p{Lu}[\p{L}.&]*(?:\s+\p{Lu}[\p{L}.&]*){0,2})\s+[-–—]{1,2}\s*(?=\S)/u;

/** An agency dateline opening `text`: groups 1 place, 2 date (maybe absent), 3 agency. */
export function agencyDateline(text: string): RegExpExecArray | null {
  return DATELINE_AGENCY.exec(text) ?? DATELINE_DATED_AGENCY.exec(text);
}

const MONTH_DAY = new RegExp(`^${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*(\\d{4}))?$`, 'i');
const DAY_MONTH = new RegExp(`^(\\d{1,2})\\s+${MONTH_NAME}(?:,?\\s+(\\d{4}))?$`, 'i');

/**
 * The date of an agency dateline opening `text`, or null.
 * @example paragraphDateline('LONDON, June 8 (Wire) - Officials will meet'); // -> year null, month 6, day 8
 */
export function paragraphDateline(text: string): { year: number | null; month: number; day: number } | null {
  const dateText = agencyDateline(text)?.[2]?.trim();
  if (dateText === undefined) return null;
  const md = MONTH_DAY.exec(dateText);
  const dm = md ? null : DAY_MONTH.exec(dateText);
  const month = monthNumber(md?.[1] ?? dm?.[2] ?? '');
  const day = Number(md?.[2] ?? dm?.[1]);
  const year = md?.[3] ?? dm?.[3];
  if (month === 0 || !(day >= 1 && day <= 31)) return null;
  return { year: year === undefined ? null : Number(year), month, day };
}
