/**
 * Day expressions in a sentence, resolved to calendar days with tense.
 * Pipeline stage: extraction. chrono-node finds the expressions; this file
 * decides which of them name a *specific* day and which day that is, because
 * chrono has no notion of tense ("arrived on Friday" is the last Friday,
 * "will visit on Friday" the next one) and guesses years naively.
 */
import * as chrono from 'chrono-node';
import type { IsoDay } from './model.js';
import { MONTH_NAME, monthNumber } from './months.js';

/** Which way a weekday or a year-less date points. */
export type Tense = 'past' | 'future' | 'unknown';

export interface DayExpression {
  /** Offsets of the expression in the sentence. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The first day named. */
  readonly day: IsoDay;
  /** The last day of a range ("March 28-29"), else null. */
  readonly endDay: IsoDay | null;
  /** explicit: month and day given; weekday: "on Friday"; relative: today/tomorrow/yesterday. */
  readonly kind: 'explicit' | 'weekday' | 'relative';
  /** True when the expression is introduced by a reporting verb ("said on Tuesday"): it dates the report, not an event. */
  readonly attribution: boolean;
}

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of a UTC date. */
export function isoDay(date: Date): IsoDay {
  return date.toISOString().slice(0, 10);
}

/** Adds whole days to an ISO day. */
export function addDays(day: IsoDay, days: number): IsoDay {
  return isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDay, b: IsoDay): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_WORD =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b/i;
/** Right after a weekday: a second one that closes a span ("and Monday", "to Saturday", "-Friday"). */
const WEEKDAY_PAIR_AFTER = new RegExp(
  `^\\s*(?:and|to|through|till|until|-|–)\\s*(${WEEKDAYS.join('|')})\\b`,
  'i',
);
const WEEKDAY_WORD = /\b(sun|mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?)(day)?\b/i;
const RELATIVE_WORD =
  /\b(today|tonight|tomorrow|yesterday|this (?:morning|afternoon|evening)|(?:minutes?|hours?) ago)\b/i;
/** Reporting verbs whose date is the date of the statement, not of an event. */
const ATTRIBUTION_BEFORE =
  /\b(said|says|say|told|tells|reported|reports|announced|announces|confirmed|confirms|wrote|writes|added|adds|stated|noted|posted|tweeted|briefing|statement|declared|insisted|explained|recalled|quoted|cited|informed|disclosed|revealed|indicated|acknowledged|remarked|suggested|warned|claimed|assured|speaking|described|describing|commented|released|published|issued)(?:\s+by\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,2}?[\w'’.-]+|\s+(?:this|the|a|local|state|foreign)?\s*(?:reporters|journalists|newspaper|agency|daily|broadcaster|broadcasters|lawmakers|parliament|news conference|press conference|media|television)|(?<=\b(?:told|tells|informed|briefed))\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)?(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?\s+(on\s+|late\s+|early\s+|earlier\s+|last\s+)?$/i;

/** Verbs of a decision or a promise whose day is theirs when a clause follows ("agreed on Monday that"). */
const DECISION_BEFORE =
  /\b(?:agreed|decided|resolved|pledged|promised|vowed|proposed|urged|asked|requested|offered)\s+(?:on\s+|late\s+|early\s+|earlier\s+|last\s+)?$/i;

/**
 * Whether the day at [start, end) dates a statement rather than an event: a reporting verb before it
 * ("said on Tuesday"), or a decision with the clause it decides after it ("agreed on Monday that the
 * visit will take place next month", "decided on Friday to hold the summit").
 */
function datesStatement(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - 40), start);
  return (
    ATTRIBUTION_BEFORE.test(before) ||
    (DECISION_BEFORE.test(before) && /^\s*,?\s*(?:that|to)\b/i.test(sentence.slice(end, end + 12))) ||
    // "India on Thursday agreed to a meeting": the day of the decision, told before its verb.
    /^\s*,?\s*(?:agreed|decided|resolved|proposed|offered|accepted)\s+(?:to|that|on)\b/i.test(
      sentence.slice(end, end + 24),
    )
  );
}

/**
 * chrono reads "28 and 29 March" as the 29th only, and "from 14 May" (or "from 14 to 15 May") as no
 * day at all: drop that "from" and spell such pairs as ranges first. Offsets stay in place.
 */
function normalisePairs(sentence: string): string {
  return (
    sentence
      .replace(
        /\bfrom (?=\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:-|–|to|until|and)\s*\d{1,2}(?:st|nd|rd|th)?)? [A-Z][a-z]{2,})/g,
        '     ',
      )
      .replace(
        /\b(\d{1,2})(?:st|nd|rd|th)? (?:to|until) (\d{1,2})(?:st|nd|rd|th)? (?=[A-Z][a-z]{2,})/g,
        (m, a: string, b: string) => `${a}-${b} `.padStart(m.length, ' '),
      )
      .replace(
        /\b(\d{1,2})(?:st|nd|rd|th)? and (\d{1,2})(?:st|nd|rd|th)? (?=[A-Z][a-z]{2,})/g,
        (m, a: string, b: string) => `${a}-${b} `.padStart(m.length, ' '),
      )
      // "from the 25th to the 29th of July": a range of days of one month, written out.
      .replace(
        /\b(?:from\s+)?the (\d{1,2})(?:st|nd|rd|th) (?:to|until|and|-|–) the (\d{1,2})(?:st|nd|rd|th) of (?=[A-Z][a-z]{2,})/g,
        (m, a: string, b: string) => `${a}-${b} `.padStart(m.length, ' '),
      )
      .replace(/\b([A-Z][a-z]{2,}\.?) (\d{1,2}) and (\d{1,2})\b/g, (m, mon: string, a: string, b: string) =>
        `${mon} ${a}-${b}`.padEnd(m.length, ' '),
      )
      // "on the evening of April 12": chrono reads the part of the day and loses the date.
      .replace(/\b(?:morning|afternoon|evening|night)\s+of\s+(?=\d|[A-Z])/gi, (m) => ' '.repeat(m.length))
      // "The visit will end in Ravenna on Thursday 10 April": the last day of a stay still ahead is not
      // the day it begins.
      .replace(
        /(?<=\b(?:will|would|to|is due to|are due to|is set to|are set to)\s+(?:end|conclude|wrap up|close)\b[^.;,]{0,50}?\bon\s+)(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:,?\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?)?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\b/g,
        (m) => ' '.repeat(m.length),
      )
      // "Instead of Wednesday, the delegations will now meet on Thursday": the day given up names no
      // plan of its own.
      .replace(
        /(?<=\b[Ii]nstead of (?:on )?)(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\b/g,
        (m) => ' '.repeat(m.length),
      )
  );
}

function utcParts(day: IsoDay): { y: number; m: number; d: number } {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

function makeDay(y: number, m: number, d: number): IsoDay | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return isoDay(date);
}

/** Picks the year for a month/day given without one, by tense, around the reference day. */
/** A year named in words right after a day: "September 15 last year". */
const YEAR_IN_WORDS = /^,?\s+(last|this|next)\s+year\b/i;

export function resolveYear(month: number, day: number, reference: IsoDay, tense: Tense): IsoDay | null {
  const { y } = utcParts(reference);
  const options = [y - 1, y, y + 1]
    .map((year) => makeDay(year, month, day))
    .filter((d): d is IsoDay => d !== null);
  if (tense === 'future') {
    // A plan may be reported on its own day or a day late (time zones), never months late.
    return options.find((d) => daysBetween(reference, d) >= -1) ?? null;
  }
  if (tense === 'past') {
    return [...options].reverse().find((d) => daysBetween(reference, d) <= 1) ?? null;
  }
  return options.reduce<IsoDay | null>(
    (best, d) =>
      best === null || Math.abs(daysBetween(reference, d)) < Math.abs(daysBetween(reference, best))
        ? d
        : best,
    null,
  );
}

/**
 * The weekday named, nearest on or after (future) or on or before (past) the reference day. A
 * happening told in the past may be dated by tomorrow's weekday only when `localDayAhead` says the
 * article went out late in the UTC day, when places east of UTC are already on the next one
 * ("arrived on Friday" in a Moscow report stamped 23:30 UTC on Thursday). Otherwise "met on
 * Thursday", written on a Wednesday, is last week's Thursday.
 */
export function resolveWeekday(
  weekday: number,
  reference: IsoDay,
  tense: Tense,
  localDayAhead = false,
): IsoDay {
  const refWeekday = new Date(`${reference}T00:00:00Z`).getUTCDay();
  const forward = (weekday - refWeekday + 7) % 7;
  if (tense === 'past')
    return addDays(reference, forward === 0 || (forward === 1 && localDayAhead) ? forward : forward - 7);
  if (tense === 'future') return addDays(reference, forward);
  // Without tense, news weekdays mostly point to the coming days.
  return addDays(reference, forward <= 4 ? forward : forward - 7);
}

/**
 * "next Friday" is read two ways: the first Friday after the reference day, or the Friday of the
 * following calendar week (Monday to Sunday); "last Friday" likewise backwards. Where the two agree
 * (a Wednesday's "next Tuesday" is six days on either way) it is that day; where they differ (a
 * Monday's "next Friday": four days or eleven?) it names no specific day and null is returned.
 */
export function nextOrLastWeekday(weekday: number, reference: IsoDay, word: 'next' | 'last'): IsoDay | null {
  const refWeekday = new Date(`${reference}T00:00:00Z`).getUTCDay();
  const monday = addDays(reference, -((refWeekday + 6) % 7));
  const offset = (weekday + 6) % 7;
  if (word === 'next') {
    const first = addDays(reference, (weekday - refWeekday + 7) % 7 || 7);
    return first === addDays(monday, 7 + offset) ? first : null;
  }
  const first = addDays(reference, -((refWeekday - weekday + 7) % 7 || 7));
  return first === addDays(monday, offset - 7) ? first : null;
}

/** The weekday named in the calendar week (Monday to Sunday) after the one holding the reference day. */
export function weekdayOfNextWeek(weekday: number, reference: IsoDay): IsoDay {
  const refWeekday = new Date(`${reference}T00:00:00Z`).getUTCDay();
  const monday = addDays(reference, -((refWeekday + 6) % 7));
  return addDays(monday, 7 + ((weekday + 6) % 7));
}

/**
 * Finds the day expressions of a sentence that name one specific day.
 * Vague spans ("next week", "in June", "within two weeks", "in the coming days") are not returned.
 *
 * @example
 * findDays('He will visit Moscow on Friday.', '2024-12-26', 'future')
 * // -> [{ text: 'on Friday', day: '2024-12-27', kind: 'weekday', ... }]
 */
export function findDays(
  sentence: string,
  reference: IsoDay,
  tense: Tense,
  localDayAhead = false,
): DayExpression[] {
  // Most sentences name no day at all: skip the parser for them (it is the costliest step).
  if (!MAY_NAME_A_DAY.test(sentence)) return [];
  const text = normalisePairs(sentence);
  const results = parseCached(text, reference);
  const out: DayExpression[] = [];
  // The end of a weekday span already read ("Sunday and Monday"): its second weekday is no day of its own.
  let pairedUntil = -1;
  for (const r of results) {
    // chrono sometimes keeps a trailing comma or period ("on Wednesday,"): offsets cover the words only.
    const expr = r.text.replace(/[\s,.;:]+$/, '');
    const start = r.index;
    if (start < pairedUntil) continue;
    const end = r.index + expr.length;
    const before = text.slice(Math.max(0, start - 40), start);
    const attribution = datesStatement(text, start, end);
    const hasMonth = MONTH_WORD.test(expr) && /\d/.test(expr);
    const hasWeekday = WEEKDAY_WORD.test(expr);
    const relative = RELATIVE_WORD.exec(expr);
    let day: IsoDay | null = null;
    let endDay: IsoDay | null = null;
    let kind: DayExpression['kind'];
    const numeric = NUMERIC_DAY.exec(expr);
    if (numeric) {
      // "2025-01-17", "17.01.2025": the year is written out, so the day is exact. Slashed dates are
      // left out: "05/06/2025" is May 6 to some readers and June 5 to others.
      kind = 'explicit';
      day = numeric[1]
        ? makeDay(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]))
        : makeDay(Number(numeric[6]), Number(numeric[5]), Number(numeric[4]));
      if (!day) continue;
    } else if (hasMonth && r.start.isCertain('day') && r.start.isCertain('month')) {
      kind = 'explicit';
      const month = r.start.get('month')!;
      const dom = r.start.get('day')!;
      // "on September 15 last year", "on March 3 next year": the year is named in words after the day.
      const yearWord = YEAR_IN_WORDS.exec(text.slice(end, end + 14));
      day = r.start.isCertain('year')
        ? makeDay(r.start.get('year')!, month, dom)
        : yearWord
          ? makeDay(
              utcParts(reference).y +
                (yearWord[1]!.toLowerCase() === 'last' ? -1 : yearWord[1]!.toLowerCase() === 'next' ? 1 : 0),
              month,
              dom,
            )
          : resolveYear(month, dom, reference, tense);
      if (r.end && day) {
        const endMonth = r.end.get('month')!;
        const endDom = r.end.get('day')!;
        const y = utcParts(day).y;
        const candidate = makeDay(endMonth < month ? y + 1 : y, endMonth, endDom);
        endDay = candidate && candidate > day ? candidate : null;
      }
    } else if (
      hasWeekday &&
      r.start.isCertain('weekday') &&
      // "sat down", "wed", "sun": a short weekday counts only capitalised ("on Sat."), never a verb or noun.
      !/^(?:sun|mon|tues?|wed|thu(?:rs)?|fri|sat)\b/.test(expr.replace(/^(?:on|next|last|this)\s+/i, '')) &&
      // "Sun Yat-sen University": a short weekday that begins a longer name is none.
      !(
        /^(?:Sun|Mon|Tues?|Wed|Thu(?:rs)?|Fri|Sat)$/.test(expr.replace(/^(?:on|next|last|this)\s+/i, '')) &&
        /^[\s-]+\p{Lu}/u.test(sentence.slice(end, end + 3))
      ) &&
      !/\b(every|each)\s+\w*$/i.test(before) &&
      !/^(every|each)\b/i.test(expr)
    ) {
      kind = 'weekday';
      const weekday = r.start.get('weekday')!;
      const nextOrLast = /^(next|last)\b/i.exec(expr) ?? /\b(next|last)\s+$/i.exec(before);
      // "Wednesday's lunch" reads as past in a past-tense report; let tense decide. "Wednesday next
      // week" is the one in the calendar week after the reference day's. "next Friday" and "last
      // Friday" name a day only where both readings agree (see nextOrLastWeekday).
      day = nextOrLast
        ? nextOrLastWeekday(weekday, reference, nextOrLast[1]!.toLowerCase() as 'next' | 'last')
        : /\bnext week\b/i.test(expr) || /\bnext week\s+(?:on\s+)?$/i.test(before)
          ? weekdayOfNextWeek(weekday, reference)
          : resolveWeekday(weekday, reference, tense, localDayAhead);
      // "on Sunday and Monday", "Thursday to Saturday": two weekdays joined are one span of days.
      const pair = WEEKDAY_PAIR_AFTER.exec(text.slice(end, end + 24));
      const last = r.end?.isCertain('weekday')
        ? r.end.get('weekday')!
        : pair
          ? WEEKDAYS.indexOf(pair[1]!.toLowerCase())
          : -1;
      const span = (last - weekday + 7) % 7;
      if (day !== null && last >= 0 && span >= 1 && span <= 6) {
        endDay = addDays(day, span);
        if (pair) pairedUntil = end + pair[0].length;
      }
    } else if (relative) {
      kind = 'relative';
      const word = relative[1]!.toLowerCase();
      // "the day after tomorrow" and "the day before yesterday" come back from chrono as one day off.
      const twoDays = /\bday (?:after|before)\s+(?:tomorrow|yesterday)\b/i.test(expr);
      const offset = word === 'tomorrow' ? 1 : word === 'yesterday' ? -1 : 0;
      day = addDays(reference, twoDays ? offset * 2 : offset);
    } else {
      continue;
    }
    if (day === null) continue;
    out.push({ start, end, text: sentence.slice(start, end), day, endDay, kind, attribution });
  }
  for (const m of sentence.matchAll(CROSS_MONTH_RANGE)) {
    // "Aug. 31-Sept. 1", "31 August-1 September": chrono misses the range without spaces round the dash.
    const [startMonth, startDom, endMonth, endDom] = m[1]
      ? [monthNumber(m[1]), Number(m[2]), monthNumber(m[3]!), Number(m[4])]
      : [monthNumber(m[6]!), Number(m[5]), monthNumber(m[8]!), Number(m[7])];
    const start = m.index;
    const end = m.index + m[0].replace(/\.$/, '').length;
    const day = resolveYear(startMonth, startDom, reference, tense);
    if (day === null || endMonth === startMonth) continue;
    const y = utcParts(day).y;
    const endDay = makeDay(endMonth < startMonth ? y + 1 : y, endMonth, endDom);
    // It replaces what chrono read of it ("31 August-1" as one day).
    for (let k = out.length - 1; k >= 0; k--)
      if (out[k]!.start < end && start < out[k]!.end) out.splice(k, 1);
    out.push({
      start,
      end,
      text: sentence.slice(start, end),
      day,
      endDay: endDay !== null && endDay > day ? endDay : null,
      kind: 'explicit',
      attribution: datesStatement(sentence, start, end),
    });
  }
  for (const m of sentence.matchAll(DAYS_AHEAD)) {
    // "in two days' time", "three days from now": that many days after the reference day; "two days
    // ago" that many before.
    const start = m.index;
    const end = m.index + m[0].length;
    if (out.some((d) => d.start < end && start < d.end)) continue;
    const number = (m[1] ?? m[2] ?? m[3])!;
    const sign = m[3] === undefined ? 1 : -1;
    const count = /^\d+$/.test(number) ? Number(number) : NUMBER_WORDS.indexOf(number.toLowerCase());
    if (count < 1 || count > 14) continue;
    out.push({
      start,
      end,
      text: sentence.slice(start, end),
      day: addDays(reference, sign * count),
      endDay: null,
      kind: 'relative',
      attribution: datesStatement(sentence, start, end),
    });
  }
  for (const m of sentence.matchAll(WITHIN_THE_DAY)) {
    // "later in the day", "within the hour", "in a couple of hours": the reference day itself.
    const start = m.index;
    const end = m.index + m[0].length;
    if (out.some((d) => d.start < end && start < d.end)) continue;
    out.push({
      start,
      end,
      text: m[0],
      day: reference,
      endDay: null,
      kind: 'relative',
      attribution: datesStatement(sentence, start, end),
    });
  }
  for (const m of sentence.matchAll(ORDINAL_DAY)) {
    // "will meet on the 17th": the 17th of the month the tense points to, as chrono leaves it out.
    const start = m.index + m[0].length - m[1]!.length;
    const end = m.index + m[0].length;
    if (out.some((d) => d.start < end && start < d.end)) continue;
    const day = resolveDayOfMonth(Number(m[2]), reference, tense);
    if (day === null) continue;
    const attribution = datesStatement(sentence, start, end);
    out.push({
      start,
      end,
      text: sentence.slice(start, end),
      day,
      endDay: null,
      kind: 'explicit',
      attribution,
    });
  }
  // "will arrive on Thursday, Oct. 24, and hold talks with Modi on Friday": a weekday told ahead after a
  // day named in full counts from that day, not from the reference.
  if (tense === 'future') {
    for (const [i, d] of out.entries()) {
      if (d.kind !== 'weekday' || d.attribution) continue;
      const anchor = out
        .filter((o) => o.kind === 'explicit' && !o.attribution && o.end <= d.start)
        .sort((a, b) => b.start - a.start)[0];
      if (!anchor || d.day > anchor.day || /^this\b/i.test(d.text.replace(/^on\s+/i, ''))) continue;
      // (Only a day just ahead: "which had been scheduled for March 20, will now take place this Friday"
      // names an old day, read a year ahead.)
      if (anchor.day < reference || daysBetween(reference, anchor.day) > 31) continue;
      const weekday = new Date(`${d.day}T00:00:00Z`).getUTCDay();
      out[i] = { ...d, day: resolveWeekday(weekday, anchor.day, 'future') };
    }
  }
  return out;
}

/** A range across two months written tight round its dash: "Aug. 31-Sept. 1", "31 August–1 September". */
const CROSS_MONTH_RANGE = new RegExp(
  `\\b${MONTH_NAME} (\\d{1,2})(?:st|nd|rd|th)?[-–]${MONTH_NAME} (\\d{1,2})\\b|\\b(\\d{1,2})(?:st|nd|rd|th)? ${MONTH_NAME}[-–](\\d{1,2})(?:st|nd|rd|th)? ${MONTH_NAME}`,
  'g',
);

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
];
/** "in two days' time", "in 3 days", "two days from now", "two days ago": a count of days (not "within"). */
const DAY_COUNT = `(\\d{1,2}|${NUMBER_WORDS.slice(2).join('|')})`;
/** A time later on the same day: "later in the day", "within the hour", "in a couple of hours". */
const WITHIN_THE_DAY =
  /\b(?:later in the day|within (?:the|an|the next) hour|in (?:the next (?:few |couple of )?hours?|(?:a|an|one|two|three|four|a few|a couple of|several) hours?(?:['’] time)?))\b/gi;

const DAYS_AHEAD = new RegExp(
  `\\b(?:in ${DAY_COUNT} days(?:['’]? time)?|${DAY_COUNT} days from (?:now|today)|${DAY_COUNT} days ago)\\b`,
  'gi',
);

/** "by two days", "back a week", "for one day": how far a change word right before it moves a plan. */
const DELAY = new RegExp(
  `^\\s*(?:back\\s+)?(?:by\\s+|for\\s+)?(an?|one|\\d{1,2}|${NUMBER_WORDS.slice(2).join('|')})\\s+(days?|weeks?)\\b`,
  'i',
);

/**
 * The number of days a plan is moved by, read from the words right after "postponed" or "delayed"
 * ("by two days", "a week", "for one day"), else null.
 *
 * @example
 * delayInDays(' by two days, officials said'); // 2
 * delayInDays(' by a week'); // 7
 * delayInDays(' indefinitely'); // null
 */
export function delayInDays(after: string): number | null {
  const m = DELAY.exec(after);
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  const count = /^\d+$/.test(word)
    ? Number(word)
    : word === 'a' || word === 'an'
      ? 1
      : NUMBER_WORDS.indexOf(word);
  if (count <= 0) return null;
  return /^week/i.test(m[2]!) ? count * 7 : count;
}

/**
 * "on the 17th" with no month: a day of the month only when nothing but punctuation or a small word
 * follows ("the 17th floor", "the 17th summit", "the 17th of ..." are something else).
 */
const ORDINAL_DAY =
  /\bon (the (\d{1,2})(?:st|nd|rd|th))(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|to|and|or|when|with|for|after|before|as|if|but|from|until|where|while)\b)/g;

/** The day of the month `dom` nearest the reference in the tense's direction (this month or the next or last). */
export function resolveDayOfMonth(dom: number, reference: IsoDay, tense: Tense): IsoDay | null {
  const { y, m } = utcParts(reference);
  const options = [-1, 0, 1]
    .map((k) => makeDay(y + Math.floor((m - 1 + k) / 12), ((m - 1 + k + 12) % 12) + 1, dom))
    .filter((d): d is IsoDay => d !== null);
  if (tense === 'future') return options.find((d) => daysBetween(reference, d) >= -1) ?? null;
  if (tense === 'past') return [...options].reverse().find((d) => daysBetween(reference, d) <= 1) ?? null;
  return options.reduce<IsoDay | null>(
    (best, d) =>
      best === null || Math.abs(daysBetween(reference, d)) < Math.abs(daysBetween(reference, best))
        ? d
        : best,
    null,
  );
}

/** A cheap filter: a month, a weekday or a relative day word somewhere in the sentence. */
/** A day written in digits with its year: ISO "2025-01-17", or day-first "17.01.2025". */
const NUMERIC_DAY = /^(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})\.(\d{1,2})\.(\d{4}))$/;
const NUMERIC_DAY_IN_TEXT = /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\.\d{1,2}\.\d{4}\b/;

const MAY_NAME_A_DAY = new RegExp(
  `${NUMERIC_DAY_IN_TEXT.source}|\\bon the \\d{1,2}(?:st|nd|rd|th)\\b|\\b(?:jan(?:uary)?|feb(?:ruary)?|march|mar\\.|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|today|tonight|tomorrow|yesterday|this (?:morning|afternoon|evening)|(?:minutes?|hours?) ago)\\b|\\b(?:days|hours?|later in the day)\\b`,
  'i',
);

const WEEKDAY_OR_RELATIVE =
  /sun|mon|tue|wed|thu|fri|sat|today|tonight|tomorrow|yesterday|this (?:morning|afternoon|evening)|(?:minutes?|hours?) ago/i;
const MONTH_PREFIX = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

/**
 * False when no day `findDays` returns can lie inside `text` (a sentence or a piece of one): each names
 * a weekday, today, tonight, tomorrow or yesterday, a month with a digit, an ordinal ("on the 17th"), or
 * a count of days ("in two days") or hours ("in a couple of hours"). Spelling pairs as ranges
 * keeps letters in place and digits inside their piece, so the test holds on the raw sentence.
 * Lets a caller that only wants the days of one clause skip the parse.
 */
export function mayNameADay(text: string): boolean {
  return (
    WEEKDAY_OR_RELATIVE.test(text) ||
    /\b(?:days|hours?|later in the day)\b/i.test(text) ||
    NUMERIC_DAY_IN_TEXT.test(text) ||
    (/\d/.test(text) && (MONTH_PREFIX.test(text) || /\d(?:st|nd|rd|th)\b/.test(text)))
  );
}

/** chrono's parse of one sentence, kept for the other tenses of the same sentence (a small memo, not state). */
const parsed = new Map<string, chrono.ParsedResult[]>();
function parseCached(text: string, reference: IsoDay): chrono.ParsedResult[] {
  const key = `${reference}|${text}`;
  let results = parsed.get(key);
  if (!results) {
    results = chrono.parse(text, { instant: new Date(`${reference}T12:00:00Z`), timezone: 0 });
    if (parsed.size >= 256) parsed.delete(parsed.keys().next().value!);
    parsed.set(key, results);
  }
  return results;
}

/** Names of weekdays, exported for tests and debugging output. */
export const WEEKDAY_NAMES: readonly string[] = WEEKDAYS;
