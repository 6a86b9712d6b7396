/**
 * Article cleaning: the first stage of the pipeline. A raw crawled page (plain text or HTML) becomes the
 * headline, the body paragraphs and their sentences, plus the page's own date; everything dropped is
 * kept with the reason. Extraction reads the sentences; fingerprints hash the text.
 *
 * Noise is recognised by general shape (line length, final punctuation, position before or after the
 * body, repetition) and by marker words that recur across sites ('Subscribe', 'Read more', 'Photo:'),
 * never by the name of an outlet.
 */

import { agencyDateline } from './dateline.js';
import { normalizeForHash } from './fingerprint.js';
import { readHtml } from './html.js';
import { MONTH_NAME, monthNumber } from './months.js';
import { splitSentences } from './sentences.js';

export interface Sentence {
  readonly text: string;
  /** Position in `CleanArticle.sentences`. */
  readonly index: number;
  /** Index into `CleanArticle.paragraphs`; -1 for headline sentences. */
  readonly paragraph: number;
  readonly headline: boolean;
  /**
   * A list item written like a headline (a bullet with no closing stop): "- PM arrives at the White
   * House" in a live page's key points tells news in the present, as a headline does.
   */
  readonly keyPoint?: boolean;
}

export type RemovedKind =
  | 'hashtags'
  | 'cookie'
  | 'newsletter'
  | 'teaser'
  | 'caption'
  | 'chrome'
  | 'repeat'
  | 'byline'
  | 'boilerplate';

export interface Removed {
  readonly kind: RemovedKind;
  readonly text: string;
  /**
   * A line that is only a full date ("Dec 13, 2016"): the day it names and the index of the paragraph
   * after it. On a page of dated entries (a topic page), it tells the day of the story below it.
   */
  readonly dated?: { readonly day: string; readonly before: number };
}

export interface Dateline {
  /** The line or prefix the date was read from. */
  readonly text: string;
  /** Null when the dateline gives no year ('BRASILIA, March 29 (Reuters) -'). */
  readonly year: number | null;
  readonly month: number;
  readonly day: number;
}

export interface CleanArticle {
  /** The given title, else the headline detected from the first lines. */
  readonly title: string | null;
  /** Article body paragraphs that survived, headline excluded. */
  readonly paragraphs: readonly string[];
  /** Headline sentence(s) first (`headline: true`), then body sentences. */
  readonly sentences: readonly Sentence[];
  /** Paragraphs joined by blank lines: what evidence quotes come from. */
  readonly text: string;
  /** A date the page gives for itself near the top, else null. */
  readonly dateline: Dateline | null;
  /** The place the story's opening dateline names ('NEW DELHI', 'Kathmandu'), where "here" is. */
  readonly datelinePlace?: string;
  /** What was dropped and why, in page order. */
  readonly removed: readonly Removed[];
}

export interface CleanInput {
  readonly body?: string;
  readonly html?: string;
  readonly title?: string;
}

// Kept at module level: bundlers rewrite \p{…} literals as `new RegExp` calls, which would run on every call.
const DATE_LINE_NAME = /^[\p{Lu}\p{N}@#&'’"“”.]/u;
const BYLINE_NAME = /^[\p{Lu}@]/u;
const LOWER_CASE_START = /^\p{Ll}/u;
const NOT_LETTERS = /[^\p{L}\p{N}]+/u;
const NOT_CAPITALS = /[^\p{Lu}]/gu;

// ---------------------------------------------------------------------------------------------------
// Line shapes

/** Index of the last character that is not a closing quote or bracket, -1 when there is none. */
function lastMeaningful(text: string): number {
  let i = text.length - 1;
  while (i >= 0) {
    const c = text.charCodeAt(i);
    // " ' ) ] ” ’
    if (c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019) i--;
    else break;
  }
  return i;
}

/** The line ends a sentence: final punctuation, then optional closing quotes or brackets. */
function endsSentence(text: string): boolean {
  const c = text.charCodeAt(lastMeaningful(text));
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

function endsWithPeriod(text: string): boolean {
  const c = text.charCodeAt(lastMeaningful(text));
  return c === 46 || c === 0x2026;
}

function endsWithEllipsis(text: string): boolean {
  const i = lastMeaningful(text);
  return text.charCodeAt(i) === 0x2026 || (i >= 2 && text.startsWith('...', i - 2));
}

const BULLET = /^[-–—•*·▪►]\s+/;
const SEPARATOR = /^[-–—•*·_=|~]+$/;

function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------------
// Dates

const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const DATE_MDY = new RegExp(`\\b${MONTH_NAME}\\s+${DAY}(?:,\\s*|\\s+)(\\d{4})\\b`, 'i');
const DATE_DMY = new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH_NAME},?\\s+(\\d{4})\\b`, 'i');
const DATE_MD = new RegExp(`\\b${MONTH_NAME}\\s+${DAY}\\b`, 'i');
const DATE_DM = new RegExp(`\\b${DAY}\\s+${MONTH_NAME}\\b`, 'i');
const DATE_ISO = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/;
const DATE_NUMERIC = /\b(\d{1,2})([-/.])(\d{1,2})\2(\d{4})\b/;

interface FoundDate {
  readonly year: number | null;
  readonly month: number;
  readonly day: number;
  readonly index: number;
  readonly length: number;
}

function validDate(year: number | null, month: number, day: number, index: number, length: number) {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (year !== null && (year < 1900 || year > 2200)) return null;
  return { year, month, day, index, length };
}

/** The earliest full date (with a year) in `text`; with `allowNoYear`, also 'March 29'. */
function findDate(text: string, allowNoYear = false): FoundDate | null {
  const found: FoundDate[] = [];
  let m = DATE_MDY.exec(text);
  if (m) {
    const d = validDate(Number(m[3]), monthNumber(m[1]!), Number(m[2]), m.index, m[0].length);
    if (d) found.push(d);
  }
  m = DATE_DMY.exec(text);
  if (m) {
    const d = validDate(Number(m[3]), monthNumber(m[2]!), Number(m[1]), m.index, m[0].length);
    if (d) found.push(d);
  }
  m = DATE_ISO.exec(text);
  if (m) {
    const d = validDate(Number(m[1]), Number(m[2]), Number(m[3]), m.index, m[0].length);
    if (d) found.push(d);
  }
  m = DATE_NUMERIC.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    // Dotted dates are day-first (14.06.2025); dashed and slashed ones month-first unless that is impossible.
    const dayFirst = m[2] === '.' || a > 12;
    const d = validDate(Number(m[4]), dayFirst ? b : a, dayFirst ? a : b, m.index, m[0].length);
    if (d) found.push(d);
  }
  if (found.length === 0 && allowNoYear) {
    m = DATE_MD.exec(text);
    if (m) {
      const d = validDate(null, monthNumber(m[1]!), Number(m[2]), m.index, m[0].length);
      if (d) found.push(d);
    }
    m = DATE_DM.exec(text);
    if (m) {
      const d = validDate(null, monthNumber(m[2]!), Number(m[1]), m.index, m[0].length);
      if (d) found.push(d);
    }
  }
  let best: FoundDate | null = null;
  for (const d of found) if (best === null || d.index < best.index) best = d;
  return best;
}

/** Lowercase words a date/byline line may hold besides names ('by Jane Doe December 26, 2024 9:13 PM'). */
const DATE_LINE_WORDS = new Set([
  'by',
  'published',
  'updated',
  'posted',
  'last',
  'on',
  'at',
  'am',
  'pm',
  'a.m',
  'p.m',
  'a.m.',
  'p.m.',
  'min',
  'mins',
  'minute',
  'minutes',
  'read',
  'edited',
  'modified',
  'created',
  'and',
  'staff',
  'writer',
  'writers',
  'for',
  'via',
  'de',
  'news',
  'desk',
  'team',
]);

/** The day a line names when it is a full date and nothing else ("Dec 13, 2016", "13 December 2016"). */
function dateOnly(text: string): string | null {
  const date = findDate(text);
  if (date === null || date.year === null) return null;
  const rest = `${text.slice(0, date.index)}${text.slice(date.index + date.length)}`.replace(
    /[\s|,.:\-–—]+/g,
    '',
  );
  if (rest !== '') return null;
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** A line that is a date with at most a byline, outlet, place or section around it. */
function dateLineDate(text: string, words: number): FoundDate | null {
  if (words > 22) return null;
  const date = findDate(text);
  if (date === null) return null;
  const rest = `${text.slice(0, date.index)} ${text.slice(date.index + date.length)}`
    .replace(/\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?/gi, ' ')
    .replace(/\b\d+\s*min(?:ute)?s?\s+read\b/gi, ' ')
    .replace(/[|:,;()[\]<>\-–—/•·]+/g, ' ')
    .trim();
  if (rest === '') return date;
  const tokens = rest.split(/\s+/);
  if (tokens.length > 9) return null;
  for (const t of tokens) {
    if (DATE_LINE_NAME.test(t)) continue;
    if (DATE_LINE_WORDS.has(t.toLowerCase())) continue;
    return null;
  }
  return date;
}

/**
 * A dateline leading the first paragraphs: 'WASHINGTON (AP) —', 'BRASILIA, March 29 (Reuters) -',
 * 'Addis Ababa, June 19, 2025 (ENA) -', or an upper-case place with a colon or dash: 'MOSCOW:'.
 */
/** 'MOSCOW, January 17. /WIRE/.' */
const DATELINE_SLASHED =
  /^(\p{Lu}[\p{L}.'’-]*(?:[ ,]+\p{Lu}[\p{L}.'’-]*){0,3})(?:,\s*((?:\p{Lu}[\p{L}]{2,8}\.?\s+\d{1,2})|(?:\d{1,2}\s+\p{Lu}[\p{L}]{2,8}\.?)))?\.?\s*\/\s*([^/]{2,20}?)\s*\/\.?\s+(?=\S)/u;
/** 'MOSCOW:', 'NEW DELHI -', 'ISLAMABAD, Feb 14:' (a date after the place is captured). */
const DATELINE_CAPS =
  /^(\p{Lu}[\p{Lu}.'’ /-]{1,28}\p{Lu})(?:,\s*(\p{Lu}[\p{L}]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+\p{Lu}[\p{L}]{2,8}\.?(?:,?\s+\d{4})?)|,\s*\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)*)?\s*(?::|\s[-–—]{1,2})\s+(?=\S)/u;

// ---------------------------------------------------------------------------------------------------
// Static line rules: what a line is, judged on its own

type StaticVerdict = RemovedKind | 'marker' | 'tag-marker' | 'section-marker' | 'separator' | null;

/** Lines that are page furniture whatever the site: compared lower-case without final punctuation. */
const CHROME_LINES = new Set([
  'share',
  'share this',
  'share this article',
  'share this story',
  'share this post',
  'share this page',
  'share article',
  'share story',
  'tweet',
  'email',
  'e-mail',
  'print',
  'comments',
  'comment',
  'reply',
  'menu',
  'search',
  'close',
  'home',
  'advertisement',
  'advertising',
  'ad',
  'skip to content',
  'skip to main content',
  'skip to navigation',
  'skip to main navigation',
  'edit',
  'edit post',
  'edit this post',
  'log in',
  'login',
  'sign in',
  'log out',
  'register',
  'back to top',
  'next',
  'previous',
  'next article',
  'previous article',
  'next story',
  'previous story',
  'load more',
  'show more',
  'read full article',
  'read the full article',
  'continue reading',
  'view comments',
  'show comments',
  'copy link',
  'link copied',
  'listen',
  'listen to this article',
  'listen to article',
  'save',
  'save article',
  'bookmark',
  'follow',
  'follow us',
  'watch',
  'watch video',
  'video',
  'gallery',
  'photos',
  'more',
  'top',
  'print this article',
  'email this article',
  'font size',
  'text size',
  'toggle navigation',
  'open menu',
  'close menu',
  'loading',
  'please wait',
  'opens in new window',
  'opens in a new window',
  'report an error',
  'report a correction',
  'corrections',
  'download the app',
  'download our app',
  'get the app',
  'supported by',
  'skip advertisement',
  'reuse this content',
  'enditem',
  'photos',
]);

/** Share and follow buttons rendered as a row of network names. */
const SOCIAL_WORDS = new Set([
  'facebook',
  'twitter',
  'x',
  'whatsapp',
  'telegram',
  'linkedin',
  'reddit',
  'email',
  'e-mail',
  'print',
  'messenger',
  'pinterest',
  'tumblr',
  'vk',
  'viber',
  'line',
  'kakao',
  'kakaotalk',
  'weibo',
  'wechat',
  'instagram',
  'youtube',
  'tiktok',
  'threads',
  'bluesky',
  'flipboard',
  'copy',
  'link',
  'share',
  'sms',
  'more',
]);

function isSocialRow(lower: string): boolean {
  const space = lower.indexOf(' ');
  if (space < 0 || !SOCIAL_WORDS.has(lower.slice(0, space).replace(/[.:!|,]+$/, ''))) return false;
  const tokens = lower.split(/[\s|,·•/]+/).filter((t) => t !== '');
  if (tokens.length < 2) return false;
  for (const t of tokens) if (!SOCIAL_WORDS.has(t.replace(/[.:!]+$/, ''))) return false;
  return true;
}

const TEASER_MARKER =
  /^(?:read more|read also|also read|see also|related|related (?:news|articles?|stories|story|links|posts|content|coverage|topics|reading|videos?)|more news|more stories|more from [\p{L}\p{N} '’&.-]{1,40}|more on this(?: story| topic)?|more in [\p{L} '’&-]{1,30}|editors'? picks|editor'?s picks|editor'?s choice|trending(?: now| news| stories| topics| stocks)?|most (?:popular|read|viewed|shared|watched)|popular(?: now| stories| news)?|news ?feed|you may also like|you might also like|you may be interested in|recommended(?: for you| stories| articles| reading)?|top stories|top news|latest(?: news| stories| articles| updates)?|don'?t miss|must read|what to read next|read next|up next|further reading|other news|in other news|in case you missed it|more headlines|more top stories|key stories|featured(?: stories| news)?|also on [\p{L} .'’&-]{1,30}|also watch|watch (?:more|next|also)|more videos|videos|top videos|latest videos|web stories|promoted(?: stories| content| links)?|sponsored(?: stories| content| links| posts)?|paid (?:content|posts?)|from (?:our|the) partners|around the web|more from the web)\s*:?$/iu;
const INLINE_TEASER =
  /^(?:also read|read more|read also|see also|related|related (?:news|articles?|stories|story|content|coverage)|must read|don'?t miss|recommended|also see|read|watch|also watch|listen|video)\s*[:|\-–—]\s*\S/i;
/** A bare 'Tags' or 'Topics' header with the tags on the lines below. */
const TAG_MARKER =
  /^(?:tags?|topics?|related tags|related topics|keywords|tagged|explore more(?: on these topics)?)\s*:?$/i;
const SECTION_MARKER = /^In (?:the )?\p{Lu}[\p{L}&'’-]*(?:\s(?:\p{Lu}|&)[\p{L}&'’-]*){0,2}$/u;

const HASHTAG_LINE = /^(?:[-–•*·]\s*)?#[\p{L}\p{N}_]/u;
const TAG_PREFIX =
  /^(?:tags?|tagged(?: with| as)?|topics?|keywords?|filed under|categories|category|related topics|labels?|subjects?)\s*[:|]/i;
const BREADCRUMB_HEAD = /^(?:home|start|news|front page)\s*(?:\/|>|»|›|▸|→|\|)\s*\S/i;
const BREADCRUMB_SEPARATOR = /\s(?:\/|>|»|›|▸|→)\s/;

const COOKIE_WORD = /\bcookies?\b/i;
const COOKIE_CONTEXT =
  /\b(?:we use|we and our|this (?:web)?site|our (?:web)?site|(?:cookie|privacy) (?:policy|notice|settings|preferences|statement)|consent|accept|browser|necessary|enable|disable|experience|personali[sz]|third[- ]party|manage|preferences|analytics|tracking)\b/i;
const CONSENT =
  /\b(?:we (?:and our partners|value your privacy)|store and\/or access information on a device|(?:accept|reject|allow|manage) (?:all )?(?:cookies|cookie settings|consent|privacy preferences)|your privacy choices|do not sell or share my personal information)\b/i;

const NEWSLETTER_RULES: readonly RegExp[] = [
  /^(?:please,?\s*)?(?:enter|type|provide|add) (?:your|a|an|correct|valid)\b.{0,40}\be-?mail\b/i,
  /^\*?\s*(?:indicates|denotes) (?:a )?required/i,
  /^successful+y subscribed|^you(?:'re| are) (?:now )?subscribed|^thanks? (?:you )?for (?:signing up|subscribing|registering)/i,
  /^e-?mail(?: address)?\s*\*?:?$/i,
  /\bdelivered (?:straight |directly )?to your inbox\b/i,
  /\b(?:sign(?:ing)? up|subscribe|subscription|register) (?:to|for) (?:our|the|this|my)\b.{0,40}\b(?:newsletters?|digest|alerts)\b/i,
  /\bconfirmation e-?mail\b/i,
  // A paywall or ad-blocker notice: "Please disable your ad blocker to continue reading".
  /\b(?:disable|turn off|pause|whitelist|allowlist)\s+(?:your\s+|the\s+)?ad[- ]?block(?:er|ers|ing)?\b|\bad[- ]?blockers?\b.{0,80}\b(?:continue|subscri)|\bto (?:continue|keep) reading,? (?:please )?(?:subscribe|log in|sign in)\b/i,
];
const SUBSCRIBE_START = /^(?:subscribe|subscription|sign up|signup|register now|join our|join us)\b/i;
const NEWSLETTER_WORD = /\b(?:newsletters?|subscribe|subscribed|inbox)\b/i;
const SOCIAL =
  '(?:telegram|whatsapp|google news|twitter|x|facebook|instagram|youtube|linkedin|threads|bluesky|tiktok|viber|vk|flipboard|apple news)';
const FOLLOW_ON = new RegExp(
  `^(?:follow|join|subscribe to|find|like|read)\\b.{0,60}\\b(?:on|via|at)\\s+${SOCIAL}\\b`,
  'i',
);
const FOLLOW_FOR = /^follow\b.{0,60}\bfor (?:more|the latest|latest|live|all)\b/i;
const CHANNEL = new RegExp(`\\b${SOCIAL} (?:channel|account|page|group)\\b`, 'i');

const CAPTION_PREFIX =
  /^(?:photo|photos|photograph|image|images|picture|pic|video|illustration|graphic|credit|credits|photo credit|image credit|photo source|file photo|file image|caption)\s*(?:[:：|]|\.{3}|…)\s*\S|^(?:image|photo|media) (?:source|caption|credit)s?\s*[:,]\s*\S|^file\s*[-–—:]\s+\S|^item \d+ of \d+\b|^\[\d+\s*\/\s*\d+\]/i;
const CAPTION_CREDIT_END =
  /(?:\(\s*[\p{Lu}][^()]{0,50}\/\s*[\p{Lu}][^()]{0,50}\)|\((?:file|file photo|photo|handout|courtesy[^()]{0,40}|getty images|reuters|ap photo[^()]{0,40}|afp[^()]{0,20})\))\s*$/iu;
const CAPTION_PHOTO_END =
  /(?:^|[.!?)]\s+|\s[-–—|/]\s*)(?:photo|photograph|image|picture|credit)\s*[:：]\s*[^.]{1,60}$/i;
const CAPTION_COURTESY_END =
  /(?:^|[.!?)]\s+|\s[-–—|/]\s*|,\s*)(?:courtesy(?: photo| image)?(?: of [^.]{1,50})?|file(?: photo| image| picture)?|handout(?: photo)?|photo by [^.]{1,60}|pictured)\.?\s*$/i;
const CAPTION_AGENCY_SLASH =
  /,\s*\p{Lu}[\p{L}.&'’-]*(?:\s\p{Lu}[\p{L}.&'’-]*)*\s?\/\s?\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}$/u;
const AI_IMAGE = /^\(?(?:an?\s)?ai[- ]generated (?:image|illustration|picture|photo|graphic)\)?\.?$/i;
const AI_AUDIO =
  /\b(?:audio|narration|voice-?over)\b.{0,30}\b(?:created|generated|produced|read)\b.{0,30}\b(?:ai|artificial intelligence)\b/i;

const BYLINE_START =
  /^(?:by|written by|reported by|words by|story by|text by|posted by|author|authors)\s*:?\s+(?=\S)/i;
const BYLINE_ALLOWED = new Set([
  'by',
  'and',
  'for',
  'in',
  'of',
  'the',
  'de',
  'da',
  'van',
  'von',
  'bin',
  'al',
  'staff',
  'writer',
  'writers',
  'correspondent',
  'correspondents',
  'reporter',
  'reporters',
  'editor',
  'with',
  'from',
  'written',
  'reported',
  'words',
  'story',
  'text',
  'posted',
  'author',
  'authors',
  'desk',
  'team',
  'news',
  'agencies',
]);
const CREDIT =
  /\b(?:reporting|writing|editing|edited|compiled|additional reporting|translated|translation|produced|fact-checked) by\b/i;
const CREDIT_START =
  /^\(?(?:reporting|additional reporting|writing|editing|compiled|translated|produced) by\b/i;
const SOURCE_LINE =
  /^\(?(?:source|sources|with inputs from|inputs from|with agencies|agencies)\b\s*[:\-–]?\s*/i;
const BYLINE_LABEL =
  /^\[?(?:editor|editors|web editor|chief editor|author|reporter|reporters|correspondent|photographer|translator|edited by|editing by|written by)\s*:\s*\S/i;
const CONTRIBUTED = /\bcontributed (?:to )?(?:this )?(?:report|story|article|reporting)\b/i;
const DASH_SOURCE = /^[-–—]+\s*\p{Lu}[\p{L}.&'’ ]{0,30}$/u;

const COPYRIGHT =
  /^[[(]?\s*(?:copyright\b|©|\(c\)\s*\d{4})|\ball rights reserved\b|\bmay not be (?:published|reproduced|redistributed|rewritten|broadcast)(?:,| or | in whole)/i;
const DISCLAIMER =
  /^(?:risk )?disclaimer\b|^(?:the )?(?:views|opinions) expressed\b|\bnot necessarily (?:reflect|represent) (?:the )?(?:views|opinions|editorial|official)|\bare not necessarily those of\b/i;
/** Notes on where a wire story came from; 'This report was published...' alone is also ordinary prose. */
const AGENCY_NOTE =
  /^\(?(?:except for the headline, )?this (?:article|story|report|content|piece) (?:was|is|has been) (?:originally )?(?:produced|generated|published|written|created|provided|sourced|auto-generated|syndicated|republished|distributed)\b|\bhas not been edited by\b|\b(?:auto-generated from a syndicated feed|published from a wire agency feed|without modifications to (?:the )?text)\b/i;
const AGENCY_COMPANION =
  /agency|wire|feed|syndicat|edited|modif|partner|sponsor|automatic|auto-generated|\bai\b/;
const PUBLISHER_ABOUT =
  /\bpublish(?:es)?\b.{0,40}\b\d[\d,]*\+? (?:reports|stories|articles|news items)\b.{0,20}\b(?:a|per|each) day\b/i;

/** Furniture recognised by how the line starts; one anchored pattern so prose pays for a single test. */
const CHROME_START = new RegExp(
  [
    'skip to\\b',
    '(?:leave|post|add|write) a (?:review|reply|comment|response)\\b',
    'comment using\\b',
    '\\d+\\s+comments?$',
    'comments? (?:are|is) closed\\b',
    'you can share this\\b',
    '(?:click|tap) (?:here|to)\\b',
    '(?:story|article|text) continues (?:below|after)\\b',
    'continue reading\\b',
    'our standards\\s*:',
    'you are here\\b',
    'comments?\\s*\\(\\d+\\)$',
    '(?:updated|published|posted)?\\s*\\d+\\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\\s+ago$',
    '\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,4})?$',
    'share (?:on|via|with|to)\\b[^.!?]{0,40}$',
    '(?:this (?:story|article|post|page) (?:has been|was) )?(?:viewed|read|shared)\\s+[\\d,]+\\s+times\\b',
    '[\\d,.]+\\s*(?:views|reads|shares)$',
    '\\d+\\s*(?:-\\s*)?min(?:ute)?s?\\.?(?:\\s+read)?$',
    '(?:reading|read) time\\b',
    '(?:listen|watch) (?:to|live|now|the)\\b[^.!?]{0,40}$',
    'advertisement\\b[^.!?]{0,30}$',
  ]
    .map((p) => `(?:${p})`)
    .join('|')
    .replace(/^/, '^(?:')
    .concat(')'),
  'i',
);
const TICKER_ARROWS = /[▲▼△▽⬆⬇↑↓]/;
const TICKER = /\b\p{Lu}{2,6}\s+\d[\d,]*\.\d+\s+(?:[+-]|▲|▼)?\s*\d[\d,]*\.?\d*\s*\(?[+-]?\d+(?:\.\d+)?%\)?/u;
const SPONSOR =
  /\b(?:donate (?:now|today|here)|make a (?:donation|contribution)|our sponsors|sponsored by|support (?:our|[\p{L}'’]+(?:'s|’s)) journalism|become a (?:member|supporter|patron|subscriber|sponsor)|contribute (?:now|today))\b/iu;
/** A promotion pointing at a site: 'Learn more at example.com'. */
const DOMAIN =
  /\b(?:at|on|visit|via|from)\s+(?:www\.)?[\w-]+\.(?:com|org|net|info|io|co\.uk|news|tv|ru|cn|in|ge|eu)\b/i;
const URL_ALONE = /^(?:<?https?:\/\/|www\.)\S+$/i;
const READ_TIME = /\b\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s+read\b/i;

/** Pipe-separated short items ('News | 31 January 2023', 'Facebook | Twitter'). */
function isPipeLine(text: string): boolean {
  if (!text.includes('|')) return false;
  const parts = text.split('|');
  if (parts.length < 2) return false;
  // 'Putin to visit China | Wire' is a headline with its source: furniture rows have short items throughout.
  let longest = 0;
  for (const p of parts) longest = Math.max(longest, countWords(p));
  if (longest > 6 || (parts.length === 2 && longest > 3 && findDate(text) === null)) return false;
  return !endsSentence(text) || /\b\d{4}\b/.test(text);
}

function isBylineNames(text: string): boolean {
  const rest = text.replace(BYLINE_START, '').replace(/[,;:&|()]|->|→/g, ' ');
  const tokens = rest.split(/\s+/).filter((t) => t !== '');
  if (tokens.length === 0 || tokens.length > 12) return false;
  for (const t of tokens) {
    if (BYLINE_NAME.test(t)) continue;
    if (BYLINE_ALLOWED.has(t.toLowerCase())) continue;
    return false;
  }
  return true;
}

// Gates: most lines are prose, and one cheap pattern in front of a family of rules skips the family.
const COOKIE_GATE = /cookie|consent|privacy|partners|personal information/;
const BOILERPLATE_GATE =
  /copyright|©|\(c\)|rights reserved|may not be|disclaimer|expressed|necessarily|this (?:article|story|report|content|piece)|edited by|syndicat|wire agency|modifications|publish/;
const CAPTION_GATE =
  /photo|image|picture|pic:|credit|courtesy|file|handout|pictured|illustration|graphic|video|caption|generated|audio|narration|voice|item \d|^\[\d|\//;
const NEWSLETTER_GATE =
  /mail|required|subscri|ad ?block|ad-block|sign(?:ing)? ?up|register|newsletter|inbox|follow|join|channel|telegram|whatsapp|google news/;
const SPONSOR_GATE = /donat|sponsor|journalism|become a|contribut/;
/** How much of the start of a prose line is searched for the marks of a banner or notice... */
const PROSE_HEAD = 64;
/** ...and how much of its end for the marks of a caption. */
const PROSE_TAIL = 40;
const PROSE_HEAD_GATE = new RegExp(
  `${COOKIE_GATE.source}|${BOILERPLATE_GATE.source}|this (?:web)?site|newsletter|subscri|ad ?block|ad-block|signing up|donat|sponsor|journalism`,
);
const PROSE_TAIL_GATE =
  /\)["'”’]?$|photo|image|picture|credit|courtesy|file|handout|pictured|generated|audio/;

function classifyBoilerplate(text: string, lower: string, words: number, terminal: boolean): StaticVerdict {
  if (
    COOKIE_GATE.test(lower) &&
    ((COOKIE_WORD.test(text) && COOKIE_CONTEXT.test(text)) || CONSENT.test(text))
  ) {
    return 'cookie';
  }
  if (BOILERPLATE_GATE.test(lower)) {
    if (COPYRIGHT.test(text)) return 'boilerplate';
    if (DISCLAIMER.test(text) || PUBLISHER_ABOUT.test(text)) return 'boilerplate';
    if (AGENCY_NOTE.test(text) && AGENCY_COMPANION.test(lower)) return 'boilerplate';
  }
  if (words <= 60 && CAPTION_GATE.test(lower)) {
    if (AI_IMAGE.test(text) || AI_AUDIO.test(text)) return 'caption';
    if (CAPTION_PREFIX.test(text) && words <= 20) return 'caption';
    if (lower.endsWith(')') && CAPTION_CREDIT_END.test(text)) return 'caption';
    if (CAPTION_PHOTO_END.test(text) || CAPTION_COURTESY_END.test(text)) return 'caption';
    if (!terminal && words <= 25 && lower.includes('/') && CAPTION_AGENCY_SLASH.test(text)) return 'caption';
  }
  return null;
}

function stripFinalPunctuation(text: string): string {
  let end = text.length;
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    if (c === 46 || c === 58 || c === 33 || c === 32) end--;
    else break;
  }
  return end === text.length ? text : text.slice(0, end);
}

/**
 * A line that reads as a sentence of eight words or more. Only a few kinds of noise take that shape
 * (banners, notices, captions with a credit, a thank-you for subscribing), and they announce
 * themselves at the start or the end, so only those ends are checked.
 */
function classifyProse(text: string, lower: string, words: number): StaticVerdict {
  const head = lower.length > PROSE_HEAD ? lower.slice(0, PROSE_HEAD) : lower;
  if (PROSE_HEAD_GATE.test(head)) {
    const boiler = classifyBoilerplate(text, lower, words, true);
    if (boiler !== null) return boiler;
    if (words <= 30) {
      for (const rule of NEWSLETTER_RULES) if (rule.test(text)) return 'newsletter';
      if (lower.includes('newsletter') && /sign|subscri|inbox|e-?mail|thank/.test(lower)) return 'newsletter';
      if (SPONSOR.test(text) && /\bdonat|become a\b/i.test(text)) return 'chrome';
    }
  }
  if (words <= 60) {
    if (CAPTION_PREFIX.test(text)) return 'caption';
    const tail = lower.length > PROSE_TAIL ? lower.slice(-PROSE_TAIL) : lower;
    if (PROSE_TAIL_GATE.test(tail)) {
      const caption = classifyBoilerplate(text, lower, words, true);
      if (caption !== null) return caption;
    }
  }
  if (words <= 40 && lower.includes('contributed') && CONTRIBUTED.test(text)) return 'byline';
  if (words <= 30) {
    if (CHROME_START.test(text)) return 'chrome';
    const credit = text.charCodeAt(0) === 40 || words <= 10 || CREDIT_START.test(text);
    if (credit && lower.includes(' by') && CREDIT.test(text)) return 'byline';
  }
  return null;
}

function classifyStatic(text: string, lower: string, words: number): StaticVerdict {
  const terminal = endsSentence(text);
  if (terminal && words >= 8) return classifyProse(text, lower, words);

  const first = text.charCodeAt(0);
  if (first === 35 /* # */ || (HASHTAG_LINE.test(text) && text.includes('#'))) {
    if (words <= 6 || hashtagShare(text) >= 0.5) return 'hashtags';
  }
  if (words <= 6 && CHROME_LINES.has(stripFinalPunctuation(lower))) return 'chrome';
  if (words <= 12 && !terminal && isSocialRow(lower)) return 'chrome';
  if (SEPARATOR.test(text)) return 'separator';
  if (URL_ALONE.test(text)) return 'chrome';
  if (words <= 5 && TAG_MARKER.test(text)) return 'tag-marker';
  if (words <= 7 && TEASER_MARKER.test(text)) return 'marker';
  if (words <= 4 && SECTION_MARKER.test(text)) return 'section-marker';
  if (words <= 40 && INLINE_TEASER.test(text)) return 'teaser';

  const hasDigit = /\d/.test(text);
  if (hasDigit && words <= 22 && dateLineDate(text, words) !== null) return 'byline';
  if (words <= 40 && TAG_PREFIX.test(text)) return 'hashtags';
  if (!terminal && BREADCRUMB_HEAD.test(text)) return 'hashtags';
  if (!terminal && words <= 16 && isBreadcrumb(text)) return 'hashtags';

  const boiler = classifyBoilerplate(text, lower, words, terminal);
  if (boiler !== null) return boiler;

  if (NEWSLETTER_GATE.test(lower)) {
    for (const rule of NEWSLETTER_RULES) if (rule.test(text)) return 'newsletter';
    if (words <= 14 && SUBSCRIBE_START.test(text)) return 'newsletter';
    if (words <= 25 && NEWSLETTER_WORD.test(text) && (!terminal || lower.includes('newsletter')))
      return 'newsletter';
    if (words <= 16 && (FOLLOW_ON.test(text) || FOLLOW_FOR.test(text))) return 'newsletter';
    if (words <= 8 && !terminal && CHANNEL.test(text)) return 'newsletter';
  }

  if (text.includes('|') && isPipeLine(text))
    return hasDigit && findDate(text) !== null ? 'byline' : 'chrome';
  if (BYLINE_START.test(text) && (!endsWithPeriod(text) || words <= 6) && isBylineNames(text))
    return 'byline';
  if (words <= 30 && lower.includes(' by') && CREDIT.test(text)) {
    if (!terminal || first === 40 || words <= 10 || CREDIT_START.test(text)) return 'byline';
  }
  if (words <= 10 && !endsWithPeriod(text) && SOURCE_LINE.test(text)) return 'byline';
  if (words <= 8 && BYLINE_LABEL.test(text)) return 'byline';
  if (words <= 40 && CONTRIBUTED.test(text)) return 'byline';
  if (words <= 4 && DASH_SOURCE.test(text)) return 'byline';

  if (CHROME_START.test(text)) return 'chrome';
  if (words <= 12 && lower.includes('min') && READ_TIME.test(text)) return 'chrome';
  if (hasDigit && (TICKER_ARROWS.test(text) || (lower.includes('%') && TICKER.test(text)))) return 'chrome';
  if (
    words <= 25 &&
    SPONSOR_GATE.test(lower) &&
    SPONSOR.test(text) &&
    (!terminal || /\bdonat|become a\b/i.test(text))
  ) {
    return 'chrome';
  }
  if (!terminal && words <= 15 && lower.includes('.') && DOMAIN.test(text)) return 'chrome';
  return null;
}

function hashtagShare(text: string): number {
  const tokens = text.split(/\s+/);
  let tags = 0;
  for (const t of tokens) if (t.startsWith('#')) tags++;
  return tags / tokens.length;
}

function isBreadcrumb(text: string): boolean {
  if (!BREADCRUMB_SEPARATOR.test(text)) return false;
  const parts = text.split(/\s(?:\/|>|»|›|▸|→)\s/);
  if (parts.length < 2) return false;
  for (const p of parts) if (countWords(p) > 4) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------------
// The pipeline

interface Line {
  readonly text: string;
  readonly lower: string;
  readonly words: number;
  verdict: StaticVerdict;
  /** Final decision: null keeps the line as a body paragraph. */
  kind: RemovedKind | null;
  headline: boolean;
}

function isProse(line: Line): boolean {
  return line.words >= 25 || (line.words >= 3 && endsSentence(line.text));
}

function isHeadlineLike(line: Line, minWords: number, maxWords: number): boolean {
  return (
    line.words >= minWords && line.words <= maxWords && !endsSentence(line.text) && !/[:;,]$/.test(line.text)
  );
}

const NO_BREAK_SPACES = /[\u00a0\u2007\u202f]/g;
/** Characters after which a line is complete, so a next line starting in lower case is not its continuation. */
const STOPS_LINE = new Set([...'.!?…:;"”)]'].map((c) => c.charCodeAt(0)));

/**
 * Words of a trimmed line, or -1 when it holds a tab, a no-break space or a run of spaces and needs
 * tidying first: counting and checking in one pass spares every line a separate search.
 */
function countTidyWords(text: string): number {
  let n = 0;
  let afterSpace = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (afterSpace) return -1;
      afterSpace = true;
    } else if (c === 9 || c === 0xa0 || c === 0x2007 || c === 0x202f) {
      return -1;
    } else {
      if (afterSpace) n++;
      afterSpace = false;
    }
  }
  return n;
}

function makeLine(text: string, words = countWords(text)): Line {
  return {
    text,
    lower: text.toLowerCase(),
    words,
    verdict: null,
    kind: null,
    headline: false,
  };
}

function toLines(raw: string): Line[] {
  const rawLines = (raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw).split('\n');
  const lines: Line[] = [];
  let previousBlank = true;
  for (const r of rawLines) {
    let text = r.trim();
    let words = countTidyWords(text);
    if (words < 0) {
      text = text
        .replace(NO_BREAK_SPACES, ' ')
        .replace(/[ \t]+/g, ' ')
        .trim();
      words = countWords(text);
    }
    if (text === '') {
      previousBlank = true;
      continue;
    }
    const last = lines[lines.length - 1];
    // Hard-wrapped text: a line that stops mid-sentence and a next line that goes on in lower case.
    if (
      !previousBlank &&
      last !== undefined &&
      last.words >= 8 &&
      !STOPS_LINE.has(last.text.charCodeAt(last.text.length - 1)) &&
      LOWER_CASE_START.test(text) &&
      !BYLINE_START.test(text) &&
      !HASHTAG_LINE.test(last.text)
    ) {
      lines[lines.length - 1] = makeLine(`${last.text} ${text}`);
    } else {
      lines.push(makeLine(text, words));
    }
    previousBlank = false;
  }
  return lines;
}

/** Marker-led teaser blocks: 'Read more', 'Related Articles', 'In World' followed by '-' items. */
function dropTeaserBlocks(lines: Line[]): void {
  let inBlock = false;
  let expectItem = false;
  let afterHeadline = false;
  let blockKind: RemovedKind = 'teaser';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const v = line.verdict;
    if (v === 'section-marker') {
      const next = lines[i + 1];
      if (next !== undefined && (next.verdict === 'separator' || BULLET.test(next.text))) {
        line.kind = 'teaser';
        blockKind = 'teaser';
        inBlock = true;
        expectItem = false;
        afterHeadline = false;
      }
      continue;
    }
    if (v === 'marker' || v === 'tag-marker') {
      blockKind = v === 'marker' ? 'teaser' : 'hashtags';
      line.kind = blockKind;
      inBlock = true;
      expectItem = false;
      afterHeadline = false;
      continue;
    }
    if (v === 'separator') {
      line.kind = inBlock ? blockKind : 'chrome';
      if (inBlock) expectItem = true;
      continue;
    }
    if (v !== null) {
      line.kind = v;
      continue;
    }
    if (!inBlock) continue;
    if (expectItem || BULLET.test(line.text)) {
      line.kind = blockKind;
      expectItem = false;
      afterHeadline = true;
      continue;
    }
    // Tags are a word or three; a longer line ends a tag list.
    if (isHeadlineLike(line, 1, blockKind === 'hashtags' ? 4 : 35)) {
      line.kind = blockKind;
      afterHeadline = true;
      continue;
    }
    if (afterHeadline && blockKind === 'teaser' && endsWithEllipsis(line.text)) {
      line.kind = 'teaser';
      afterHeadline = false;
      continue;
    }
    inBlock = false;
  }
}

function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().split(NOT_LETTERS)) {
    if (w.length < 2) continue;
    out.add(w.replace(/(?:ing|ed|es|s)$/, ''));
  }
  return out;
}

/** Share of the smaller word set found in the other: headline variants ('Lula to move trip' / 'Lula moves trip'). */
function overlap(a: string, b: string): number {
  const wa = contentWords(a);
  const wb = contentWords(b);
  const small = wa.size <= wb.size ? wa : wb;
  const large = small === wa ? wb : wa;
  if (small.size === 0) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size;
}

/** A headline that names its source at the end: 'Talks set for May - Reuters', 'Deal near – media'. */
const ATTRIBUTED_HEADLINE = /\s[-–—|]\s+[\p{L}][\p{L}.'’&]*(?:\s[\p{L}.'’&]+){0,2}$/u;

function nextKept(lines: readonly Line[], i: number, end: number): Line | null {
  for (let j = i + 1; j < end; j++) if (lines[j]!.kind === null) return lines[j]!;
  return null;
}

function hasLongerCandidate(lines: readonly Line[], i: number, end: number): boolean {
  for (let j = i + 1; j < end; j++) {
    const l = lines[j]!;
    if (l.kind === null && l.words >= 4 && isHeadlineLike(l, 4, 30)) return true;
  }
  return false;
}

/** Everything before the first body paragraph: section words, the headline, bylines. */
function resolveTop(lines: Line[], givenTitle: string | null): string | null {
  let firstProse = lines.findIndex((l) => l.kind === null && isProse(l));
  if (firstProse === -1) firstProse = lines.length;
  let headline: string | null = null;
  let headlineSeen = false;
  for (let i = 0; i < firstProse; i++) {
    const line = lines[i]!;
    if (line.kind !== null) continue;
    const terminal = endsSentence(line.text);
    if (line.words <= 2 && !terminal) {
      line.kind = headlineSeen ? 'byline' : 'chrome';
      continue;
    }
    if (!headlineSeen) {
      if (givenTitle !== null) {
        if (overlap(givenTitle, line.text) >= 0.5) {
          line.kind = 'repeat';
          headlineSeen = true;
        } else if (line.words <= 5 && !terminal) {
          line.kind = 'chrome';
        }
        continue;
      }
      if (line.words <= 30 && !endsWithPeriod(line.text) && !/[:;,]$/.test(line.text)) {
        // Three-word lines before a longer candidate are menu and section labels ('World News Today').
        if (line.words === 3 && !terminal && hasLongerCandidate(lines, i, firstProse)) {
          line.kind = 'chrome';
          continue;
        }
        // An image description often precedes the real headline, which carries its source ('... - Reuters').
        const next = nextKept(lines, i, firstProse);
        if (
          next !== null &&
          !ATTRIBUTED_HEADLINE.test(line.text) &&
          ATTRIBUTED_HEADLINE.test(next.text) &&
          isHeadlineLike(next, 5, 30)
        ) {
          line.kind = 'caption';
          continue;
        }
        line.headline = true;
        headline = line.text;
        headlineSeen = true;
      }
      continue;
    }
    if (line.words <= 6 && !terminal) line.kind = 'byline';
  }
  return headline;
}

/** Lone lines shaped like headlines where the article has already started: related-story links. */
function dropStrayHeadlines(lines: Line[]): void {
  const kept: Line[] = lines.filter((l) => l.kind === null && !l.headline);
  let firstProse = kept.findIndex(isProse);
  if (firstProse === -1) firstProse = kept.length;

  // From the end: chrome and headline+ellipsis teasers that follow the article's last paragraph.
  for (let k = kept.length - 1; k > firstProse; k--) {
    const line = kept[k]!;
    const previous = kept[k - 1]!;
    if (endsWithEllipsis(line.text) && k - 1 > firstProse && isHeadlineLike(previous, 6, 30)) {
      line.kind = 'teaser';
      previous.kind = 'teaser';
      k--;
      continue;
    }
    // A truncated last paragraph ('It marked ...') is still the article's own text.
    if (!isProse(line) && !endsWithEllipsis(line.text) && !(line.words >= 2 && endsSentence(line.text))) {
      line.kind = line.words >= 6 ? 'teaser' : 'chrome';
      continue;
    }
    break;
  }

  for (let k = firstProse + 1; k < kept.length - 1; k++) {
    const line = kept[k]!;
    if (line.kind !== null) continue;
    const before = kept[k - 1]!;
    const after = kept[k + 1]!;
    if (
      isHeadlineLike(line, 7, 20) &&
      before.kind === null &&
      after.kind === null &&
      endsSentence(before.text) &&
      isProse(after)
    ) {
      line.kind = 'teaser';
    }
  }

  for (const line of kept)
    if (line.kind === null && line.words <= 2 && !endsSentence(line.text)) line.kind = 'chrome';
}

/** Later copies of a paragraph, truncated copies ending in an ellipsis, and the headline repeated in the body. */
function dropRepeats(lines: Line[], title: string | null): void {
  // Copies on one page are byte-identical but for case; only short lines and truncated copies pay for
  // full normalisation (quote and dash variants).
  const seen = new Set<string>();
  const titleKey = title === null ? null : normalizeForHash(title);
  const titleWords = title === null ? 0 : countWords(title);
  const kept: Line[] = [];
  for (const line of lines) {
    if (line.kind !== null || line.headline) continue;
    const key = line.lower;
    const titleSized = Math.abs(line.words - titleWords) <= 3;
    if (seen.has(key) || (titleKey !== null && titleSized && normalizeForHash(line.text) === titleKey)) {
      line.kind = 'repeat';
      continue;
    }
    seen.add(key);
    kept.push(line);
  }
  for (const line of kept) {
    if (!endsWithEllipsis(line.text)) continue;
    const stem = normalizeForHash(line.text);
    if (stem.length < 20) continue;
    const opening = line.lower.slice(0, 12);
    for (const other of kept) {
      if (other === line || other.kind !== null || other.text.length <= line.text.length - 3) continue;
      if (!other.lower.startsWith(opening)) continue;
      if (normalizeForHash(other.text).startsWith(stem)) {
        line.kind = 'repeat';
        break;
      }
    }
  }
}

interface DatelinePrefix {
  readonly paragraph: number;
  readonly prefix: string;
  readonly date: Dateline | null;
  readonly place: string;
}

function findDatelinePrefix(paragraphs: readonly string[]): DatelinePrefix | null {
  const limit = Math.min(paragraphs.length, 3);
  for (let p = 0; p < limit; p++) {
    const text = paragraphs[p]!;
    const agency = agencyDateline(text) ?? DATELINE_SLASHED.exec(text);
    if (agency) {
      const dateText = agency[2];
      const found = dateText === undefined ? null : findDate(dateText, true);
      const prefix = agency[0];
      const date =
        found === null ? null : { text: prefix.trim(), year: found.year, month: found.month, day: found.day };
      return { paragraph: p, prefix, date, place: agency[1]! };
    }
    const caps = DATELINE_CAPS.exec(text);
    if (caps && caps[1] !== undefined && caps[1].replace(NOT_CAPITALS, '').length >= 3) {
      const found = caps[2] === undefined ? null : findDate(caps[2], true);
      const date =
        found === null
          ? null
          : { text: caps[0].trim(), year: found.year, month: found.month, day: found.day };
      return { paragraph: p, prefix: caps[0], date, place: caps[1] };
    }
    // A story's dateline opens its first paragraph of prose; one further down opens another story.
    if (/[.!?]["”’]?$/.test(text) && text.split(/\s+/).length >= 12) break;
  }
  return null;
}

function topDateline(lines: readonly Line[]): Dateline | null {
  let firstProse = lines.findIndex((l) => l.kind === null && !l.headline && isProse(l));
  if (firstProse === -1) firstProse = lines.length;
  const limit = Math.min(lines.length, Math.max(firstProse, 8));
  for (let i = 0; i < limit; i++) {
    const line = lines[i]!;
    if (line.kind !== 'byline') continue;
    const found = dateLineDate(line.text, line.words) ?? findDate(line.text);
    if (found !== null) return { text: line.text, year: found.year, month: found.month, day: found.day };
  }
  return null;
}

function isoDateline(iso: string | null): Dateline | null {
  if (iso === null) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  return { text: iso, year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** A live page's kicker before its headline: "G7 live:", "Ukraine war live updates:", "LIVE:". */
const LIVE_KICKER = /^((?:[\p{L}\p{N}'’&.-]+\s+){0,4}live(?:\s+updates?)?)\s*:\s+(?=\S)/iu;

/**
 * Cleans one crawled article: drops tag walls, cookie and newsletter prompts, teasers for other stories,
 * captions, page chrome, bylines, boilerplate and repeated paragraphs; detects the headline when no
 * title is given; reads the page's own date; splits the body into sentences.
 *
 * @example
 * const clean = cleanArticle({ body: 'Leaders to meet in Oslo\nShare\nThe leaders will meet on May 9.' });
 * clean.title;       // 'Leaders to meet in Oslo'
 * clean.paragraphs;  // ['The leaders will meet on May 9.']
 * clean.removed;     // [{ kind: 'chrome', text: 'Share' }]
 */
export function cleanArticle(input: CleanInput): CleanArticle {
  let raw = input.body ?? '';
  let givenTitle = input.title?.trim() || null;
  let metaDate: string | null = null;
  if (raw.trim() === '' && input.html !== undefined && input.html.trim() !== '') {
    const page = readHtml(input.html);
    raw = page.text;
    givenTitle ??= page.title;
    metaDate = page.publishedTime;
  }

  const lines = toLines(raw);
  for (const line of lines) line.verdict = classifyStatic(line.text, line.lower, line.words);
  dropTeaserBlocks(lines);
  const detected = resolveTop(lines, givenTitle);
  const title = givenTitle ?? detected;
  dropRepeats(lines, title);
  dropStrayHeadlines(lines);

  const paragraphs: string[] = [];
  const keyPoints = new Set<number>();
  const removed: Removed[] = [];
  for (const line of lines) {
    if (line.headline) continue;
    if (line.kind === 'byline') {
      const day = dateOnly(line.text);
      removed.push(
        day
          ? { kind: line.kind, text: line.text, dated: { day, before: paragraphs.length } }
          : { kind: line.kind, text: line.text },
      );
    } else if (line.kind !== null) removed.push({ kind: line.kind, text: line.text });
    else {
      if (BULLET.test(line.text) && !endsSentence(line.text)) keyPoints.add(paragraphs.length);
      paragraphs.push(line.text.replace(BULLET, ''));
    }
  }

  const prefix = findDatelinePrefix(paragraphs);
  const dateline = topDateline(lines) ?? prefix?.date ?? isoDateline(metaDate);

  const sentences: Sentence[] = [];
  if (title !== null) {
    // "G7 live: Leaders arrive; Carney to meet Trump on Monday": a live page's kicker names the page's
    // topic, not a party of what the headline says; it stands as a headline sentence of its own.
    const kicker = LIVE_KICKER.exec(title);
    const told = kicker
      ? [kicker[1]!, ...splitSentences(title.slice(kicker[0].length))]
      : splitSentences(title);
    for (const text of told) sentences.push({ text, index: sentences.length, paragraph: -1, headline: true });
  }
  for (let p = 0; p < paragraphs.length; p++) {
    let text = paragraphs[p]!;
    if (prefix !== null && prefix.paragraph === p) text = text.slice(prefix.prefix.length);
    const keyPoint = keyPoints.has(p);
    for (const s of splitSentences(text))
      sentences.push({
        text: s,
        index: sentences.length,
        paragraph: p,
        headline: false,
        ...(keyPoint ? { keyPoint } : {}),
      });
  }

  return {
    title,
    paragraphs,
    sentences,
    text: paragraphs.join('\n\n'),
    dateline,
    removed,
    ...(prefix !== null ? { datelinePlace: prefix.place } : {}),
  };
}
