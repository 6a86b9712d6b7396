/**
 * Participants in news text: finds the countries and organisations a text mentions, by name, alias,
 * demonym, capital or other place, metonym ('the Kremlin') or a leader's or official's name, and folds
 * variant names to the canonical participant names the event store and the scorer use.
 * Flow: clean -> extract (calls findEntities per sentence) -> match + lifecycle; the evaluation folds
 * gold names with canonicalParticipant.
 *
 * The data lives in ./gazetteer/*.ts; it is compiled once at module load (about 4,000 phrases, some
 * 0.1 s of CPU on a slow shared core) into a phrase index (./gazetteer/phrase-index.ts), so a call
 * costs one pass over the text: measured at about 40 microseconds of CPU for a 3 KB news text with
 * 83 mentions (10,000 calls, process.cpuUsage, Node 20, a loaded 2-core AMD EPYC VM where a bare
 * charCodeAt loop over the same text takes 10 microseconds). The unit test keeps a loose bound.
 */
import { COUNTRIES } from './gazetteer/countries.js';
import { EARLIER_LEADERS } from './gazetteer/earlier-leaders.js';
import { BLOCKED, NEUTRAL_WORDS } from './gazetteer/guards.js';
import { GROUPINGS, MOVEMENT_HOMES, ORGANISATIONS } from './gazetteer/organisations.js';
import { FORMER_LEADERS, LEADERS, OFFICIALS, type PersonRow } from './gazetteer/people.js';
import { CAPS_LINE_SHY, PERSON_LIKE, PhraseIndex, PREFIX_FORM } from './gazetteer/phrase-index.js';
import { METONYMS, PLACES } from './gazetteer/places.js';

export type EntityKind = 'country' | 'organisation';

/**
 * How a mention names its participant: `name` the canonical name itself, `alias` another name or
 * abbreviation ('U.S.', 'Türkiye', 'DPRK'), `demonym` an adjective or people ('Iranian'), `capital`
 * and `city` a place in it (cities, regions, states, venues such as Camp David), `metonym` an
 * institution or building that stands for it ('Kremlin'), `leader` a head of state, government or
 * organisation, `official` a minister, spokesperson or envoy.
 */
export type EntityVia = 'name' | 'alias' | 'demonym' | 'capital' | 'city' | 'metonym' | 'leader' | 'official';

export interface EntityMention {
  /** Canonical participant name: 'Iran', 'United States', 'ASEAN'. */
  readonly canonical: string;
  readonly kind: EntityKind;
  readonly via: EntityVia;
  /** Character offsets in the input text (end exclusive). */
  readonly start: number;
  readonly end: number;
  /** The matched text. */
  readonly surface: string;
  /** For capital, city and metonym mentions the place ('Moscow' for 'Kremlin'); otherwise null. */
  readonly place: string | null;
}

interface Target {
  readonly canonical: string;
  readonly kind: EntityKind;
  readonly via: EntityVia;
  readonly place: string | null;
  /** A grouping's member countries, each a mention of its own (GROUPINGS). */
  readonly members?: readonly Target[];
}

const MARKERS: Record<string, number> = { '~': PERSON_LIKE, '!': CAPS_LINE_SHY, '>': PREFIX_FORM, '=': 0 };
const SPECIAL_LETTERS: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ß: 'ss',
  æ: 'ae',
  Æ: 'Ae',
  œ: 'oe',
};

// Kept at module level: bundlers rewrite \p{…} literals as `new RegExp` calls, which would run on every call.
const MARKS = /\p{M}/gu;
const HYPHEN_LOWER = /-(\p{Ll})/gu;

/** Letters without diacritics ('Erdoğan' -> 'Erdogan', 'Łódź' -> 'Lodz'). */
function stripAccents(s: string): string {
  return s
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[ıłŁøØđĐßæÆœ]/g, (ch) => SPECIAL_LETTERS[ch] ?? ch);
}

function parseSurface(raw: string): { text: string; flags: number; fold: boolean } {
  let flags = 0;
  let fold = true;
  let i = 0;
  while (i < raw.length && MARKERS[raw.charAt(i)] !== undefined) {
    if (raw.charAt(i) === '=') fold = false;
    flags |= MARKERS[raw.charAt(i)]!;
    i++;
  }
  return { text: raw.slice(i), flags, fold };
}

/** The spellings a surface is matched under: as written, without accents, 'Jong-un' as 'Jong-Un'. */
function spellings(text: string, fold: boolean): string[] {
  const out = [text];
  if (fold && NON_ASCII.test(text)) {
    const plain = stripAccents(text);
    if (plain !== text) out.push(plain);
  }
  if (text.includes('-')) {
    for (const s of out.slice()) {
      const capped = s.replace(HYPHEN_LOWER, (_, ch: string) => `-${ch.toUpperCase()}`);
      if (capped !== s) out.push(capped);
    }
  }
  return out;
}

const NON_ASCII = /[\u0080-\uffff]/;

function split(list: string): string[] {
  return list === '' ? [] : list.split('|');
}

const index = new PhraseIndex<Target>(NEUTRAL_WORDS);
const problems: string[] = [];
const kinds = new Map<string, EntityKind>();
const capitals = new Map<string, string>();
const folded = new Map<string, string>();
const targets = new Map<string, Target>();

function target(canonical: string, via: EntityVia, place: string | null): Target {
  const key = `${canonical}\u0001${via}\u0001${place ?? ''}`;
  let t = targets.get(key);
  if (t === undefined) {
    const kind = kinds.get(canonical);
    if (kind === undefined) {
      problems.push(`unknown participant '${canonical}'`);
      return { canonical, kind: 'country', via, place };
    }
    t = Object.freeze({ canonical, kind, via, place });
    targets.set(key, t);
  }
  return t;
}

function addSurface(raw: string, value: Target | null): void {
  const { text, flags, fold } = parseSurface(raw);
  for (const s of spellings(text, fold)) {
    const held = index.add(s, value, flags);
    if (held !== undefined && held?.canonical !== value?.canonical) {
      problems.push(`'${s}' is both ${held?.canonical ?? 'blocked'} and ${value?.canonical ?? 'blocked'}`);
    }
  }
}

function addFolded(raw: string, canonical: string): void {
  const { text } = parseSurface(raw);
  const key = foldName(text);
  const held = folded.get(key);
  if (held !== undefined && held !== canonical)
    problems.push(`name '${text}' folds to ${held} and ${canonical}`);
  else folded.set(key, canonical);
}

/** Folds a participant name for lookup: case, accents, dots, hyphens, apostrophes and a leading 'the'. */
function foldName(name: string): string {
  return stripAccents(name)
    .toLowerCase()
    .replace(/[.'\u2019\u2018`]/g, '')
    .replace(/[\s\-\u2010-\u2014_,&]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

function compile(): void {
  for (const [raw] of COUNTRIES) kinds.set(parseSurface(raw).text, 'country');
  for (const [raw] of ORGANISATIONS) kinds.set(parseSurface(raw).text, 'organisation');

  const named: ReadonlyArray<readonly [string, string, ...string[]]> = [...COUNTRIES, ...ORGANISATIONS];
  for (const [raw] of named) {
    const canonical = parseSurface(raw).text;
    addSurface(raw, target(canonical, 'name', null));
    addFolded(raw, canonical);
  }
  for (const [raw, names] of named) {
    const canonical = parseSurface(raw).text;
    for (const alias of split(names)) {
      addSurface(alias, target(canonical, 'alias', null));
      addFolded(alias, canonical);
    }
  }
  for (const [raw, , demonyms] of COUNTRIES) {
    const canonical = parseSurface(raw).text;
    for (const d of split(demonyms)) {
      addSurface(d, target(canonical, 'demonym', null));
      // "talks with the Americans", "the Israelis said": a people named in the plural, for its side.
      // (Marked forms keep their marker; "Chinese" and "Swiss" have no plural of their own.)
      if (/[a-z](?:an|i)$/.test(d)) addSurface(`${d}s`, target(canonical, 'demonym', null));
    }
  }
  for (const [canonical, place, surfaces] of METONYMS) {
    for (const m of split(surfaces)) addSurface(m, target(canonical, 'metonym', place));
  }
  const people = (rows: readonly PersonRow[], via: EntityVia) => {
    for (const [canonical, full, alone] of rows) {
      const t = target(canonical, via, null);
      for (const name of split(full)) addSurface(name, t);
      for (const name of split(alone)) addSurface(name, t);
    }
  };
  people(LEADERS, 'leader');
  people(EARLIER_LEADERS, 'leader');
  people(OFFICIALS, 'official');
  const places = (list: string, canonical: string, via: EntityVia) => {
    for (const group of split(list)) {
      const variants = group.split('/');
      const place = parseSurface(variants[0]!).text;
      if (via === 'capital' && !capitals.has(canonical)) capitals.set(canonical, place);
      const t = target(canonical, via, place);
      for (const v of variants) addSurface(v, t);
    }
  };
  for (const [canonical, caps, others] of PLACES) {
    places(caps, canonical, 'capital');
    places(others, canonical, 'city');
  }
  for (const [members, names] of GROUPINGS) {
    const targets = members.map((m) => target(m, 'alias', null));
    const t = Object.freeze({ ...targets[0]!, members: targets });
    for (const name of split(names)) addSurface(name, t);
  }
  for (const b of BLOCKED) addSurface(b, null);
}

compile();

/** A sentence opening with a word in capitals before a capitalised name ("BORIS Johnson said"). */
const CAPS_FIRST_NAME = /^([A-Z]{3,})(?= [A-Z][a-z])/;

/**
 * All non-overlapping participant mentions in `text`, in text order; at each position the longest
 * match wins ('North Korean' over 'Korean', 'Papua New Guinea' over 'Guinea'). Proper names match
 * case-sensitively on word boundaries ('Iranian' is one mention, 'Russia's' and 'U.S.-brokered'
 * match, 'Russia-Iran' is two); all-caps headlines match too.
 * @example
 *   findEntities("Putin hosted Iran's president in the Kremlin").map((m) => m.canonical);
 *   // ['Russia', 'Iran', 'Russia']
 */
export function findEntities(text: string): EntityMention[] {
  const out: EntityMention[] = [];
  // "BORIS Johnson insisted this morning": a first name set in capitals as a house style is read as
  // written in the ordinary way (same length, so every position holds).
  // (Not an acronym the gazetteer knows: "OPEC Secretary General".)
  const capsFirst = CAPS_FIRST_NAME.exec(text);
  let scanned = text;
  if (capsFirst) {
    let known = false;
    index.scan(capsFirst[1]!, (start) => {
      if (start === 0) known = true;
    });
    if (!known)
      scanned = `${capsFirst[1]![0]}${capsFirst[1]!.slice(1).toLowerCase()}${text.slice(capsFirst[1]!.length)}`;
  }
  index.scan(scanned, (start, end, t) => {
    for (const m of t.members ?? [t])
      out.push({
        canonical: m.canonical,
        kind: m.kind,
        via: m.via,
        start,
        end,
        surface: text.slice(start, end),
        place: m.place,
      });
  });
  // (Most sentences name no summit: the pattern, with its look-behinds, is tried only where one is.)
  if (/ummit/.test(text)) {
    let added = false;
    for (const m of text.matchAll(BLOC_SUMMIT_WORD)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((e) => e.start < end && start < e.end)) continue;
      const canonical = m[0].startsWith('Gulf') ? 'GCC' : 'Arab League';
      out.push({ canonical, kind: 'organisation', via: 'alias', start, end, surface: m[0], place: null });
      added = true;
    }
    // (The phrase index emits in text order; an added side goes back into that order.)
    if (added) out.sort((a, b) => a.start - b.start);
  }
  const kept = out.filter(
    (e) => !inFamilyName(text, e) && !LANGUAGE_AFTER.test(text.slice(e.end, e.end + 12)),
  );
  return withHomeOpposition(
    text,
    withMovementGovernment(
      text,
      kept.map((e) => asOrganisationHead(text, kept, asFormerLeader(text, kept, e))),
    ),
  );
}

/**
 * "Gulf" and "Arab" as sides of a summit: "the Gulf-China Summit", "the China-Arab States Summit", "Gulf and
 * Arab summits on Friday", "the Gulf summit" (the GCC's, the Arab League's). Alone, "Gulf" is a region and
 * "Arab" a people.
 */
const BLOC_SUMMIT_WORD =
  /\b(?:Gulf|Arab)(?:\s+States)?(?=(?:-\p{Lu}[\p{L}]*|\s+and\s+(?:Gulf|Arab)(?:\s+States)?)?\s+[Ss]ummits?\b)|(?<=\b\p{Lu}[\p{L}]*-)(?:Gulf|Arab)(?:\s+States)?(?=\s+[Ss]ummits?\b)|(?<=\b(?:Gulf|Arab)\s+and\s+)(?:Gulf|Arab)(?=\s+[Ss]ummits?\b)/gu;

/** Right after a nationality word: it names a language ("Belgium's French-speaking region"). */
const LANGUAGE_AFTER = /^-(?:speaking|speakers?|language|medium)\b/i;

/** An organisation's post right between its name and a person's: "European Council President Donald Tusk". */
const ORGANISATION_POST =
  /^\s+(?:President|Secretary[- ]General|Chair(?:man|woman|person)?|Commissioner|High Representative|Chief|Head|Director[- ]General)\s+$/;

/**
 * "European Council President Donald Tusk", "UN Secretary-General Antonio Guterres": a person named by an
 * organisation's post speaks for the organisation, whichever country they come from or led.
 */
function asOrganisationHead(text: string, all: readonly EntityMention[], e: EntityMention): EntityMention {
  if ((e.via !== 'leader' && e.via !== 'official') || e.kind !== 'country') return e;
  const org = all.find(
    (o) =>
      o.kind === 'organisation' &&
      o.end <= e.start &&
      e.start - o.end <= 25 &&
      ORGANISATION_POST.test(text.slice(o.end, e.start)),
  );
  return org ? { ...e, canonical: org.canonical, kind: 'organisation' } : e;
}

/** Per name of a person who led a country before their organisation's post, that country. */
const FORMER_COUNTRY = new Map(
  FORMER_LEADERS.flatMap(([names, country]) => names.split('|').map((n) => [n, country])),
);
/** A national head of government's title right before a name ("Prime Minister", "then-premier"). */
const NATIONAL_TITLE_BEFORE =
  /\b(?:Prime Minister|prime minister|Premier|premier|PM|Finance Minister|finance minister)\s+$/;

/** Between a country and a person of it: "the Netherlands' Mark Rutte", "Dutch leader Mark Rutte". */
const OF_COUNTRY_BETWEEN =
  /^(?:['’]s?)?\s+(?:(?:caretaker|outgoing|then|leader|premier|prime minister)\s+)*$/i;

/**
 * "Prime Minister António Costa", "the Netherlands' Mark Rutte": a person now at an organisation, named by
 * the national post they held or as their country's.
 */
function asFormerLeader(text: string, all: readonly EntityMention[], e: EntityMention): EntityMention {
  if (e.via !== 'leader' && e.via !== 'official') return e;
  const country = FORMER_COUNTRY.get(e.surface);
  if (country === undefined) return e;
  const ofCountry = all.some(
    (o) =>
      o.canonical === country &&
      o.end <= e.start &&
      e.start - o.end <= 25 &&
      OF_COUNTRY_BETWEEN.test(text.slice(o.end, e.start)),
  );
  if (!ofCountry && !NATIONAL_TITLE_BEFORE.test(text.slice(Math.max(0, e.start - 20), e.start))) return e;
  return { ...e, canonical: country, kind: 'country' };
}

/** "Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah": a place after "Al-" or "El-" is part of a family name. */
function inFamilyName(text: string, e: EntityMention): boolean {
  return (
    (e.via === 'capital' || e.via === 'city') &&
    /\b(?:Al|al|El|el)-$/.test(text.slice(Math.max(0, e.start - 3), e.start))
  );
}

/** "the government", "the federal government", not "Colombia's government" or "the Israeli government". */
const BARE_GOVERNMENT = /\bthe\s+(?:(?:federal|national|central|transitional)\s+)?government\b/gi;

/**
 * "Talks between the government and the ELN": beside an armed movement that negotiates with its own
 * state (MOVEMENT_HOMES), a government named by no country is that state's, a metonym of it.
 */
function withMovementGovernment(text: string, found: EntityMention[]): EntityMention[] {
  if (!/government/i.test(text)) return found;
  const homes = new Set(found.flatMap((e) => MOVEMENT_HOMES.get(e.canonical) ?? []));
  const [home] = homes;
  if (homes.size !== 1 || home === undefined) return found;
  const added: EntityMention[] = [];
  for (const m of text.matchAll(BARE_GOVERNMENT)) {
    added.push({
      canonical: home,
      kind: 'country',
      via: 'metonym',
      start: m.index,
      end: m.index + m[0].length,
      surface: m[0],
      place: null,
    });
  }
  if (added.length === 0) return found;
  return [...found, ...added].sort((a, b) => a.start - b.start);
}

/** A movement that is its country's opposition, by home country: 'Venezuela' -> 'Venezuelan opposition'. */
const HOME_OPPOSITIONS = new Map(
  [...MOVEMENT_HOMES]
    .filter(([movement]) => /\bopposition$/.test(movement))
    .map(([movement, home]) => [home, movement]),
);

/**
 * "Venezuela's government and opposition", "the Venezuelan government and the opposition coalition",
 * "President Maduro and the country's opposition".
 */
const AND_OPPOSITION =
  /\band\s+(?:the\s+)?(?:(?:country|nation)['\u2019]s\s+)?(?:[a-z]+\s+){0,2}(opposition)\b/g;

/**
 * "Venezuela's government and opposition will open talks": an opposition joined by "and" to a mention of
 * its country just before it (its government, its president) is that country's opposition coalition,
 * where the gazetteer knows one (a movement in MOVEMENT_HOMES whose name ends in "opposition").
 */
function withHomeOpposition(text: string, found: EntityMention[]): EntityMention[] {
  if (!/opposition/.test(text)) return found;
  const added: EntityMention[] = [];
  for (const m of text.matchAll(AND_OPPOSITION)) {
    const before = found.findLast((e) => e.end <= m.index);
    if (before === undefined || m.index - before.end > 40 || /[.;:!?]/.test(text.slice(before.end, m.index)))
      continue;
    const movement = before.kind === 'country' ? HOME_OPPOSITIONS.get(before.canonical) : undefined;
    const end = m.index + m[0].length;
    if (
      movement === undefined ||
      found.some((f) => f.canonical === movement && f.start < end && f.end > m.index)
    )
      continue;
    added.push({
      canonical: movement,
      kind: 'organisation',
      via: 'alias',
      start: end - (m[1]?.length ?? 0),
      end,
      surface: m[1] ?? 'opposition',
      place: null,
    });
  }
  if (added.length === 0) return found;
  return [...found, ...added].sort((a, b) => a.start - b.start);
}

/**
 * The canonical participant name for a name or common variant ('U.S.', 'USA' -> 'United States';
 * 'Türkiye' -> 'Turkey'; 'DRC' -> 'Democratic Republic of the Congo'; 'Russian Federation' -> 'Russia').
 * Case, accents and dots do not matter. A single mention of another sort also folds ('the Kremlin',
 * 'Moscow', 'Putin' -> 'Russia'). Null when unknown.
 * @example
 *   canonicalParticipant('the U.K.'); // 'United Kingdom'
 */
export function canonicalParticipant(name: string): string | null {
  const key = foldName(name);
  if (key === '') return null;
  const hit = folded.get(key);
  if (hit !== undefined) return hit;
  const trimmed = name.trim().replace(/^the\s+/i, '');
  const mentions = findEntities(trimmed);
  const only = mentions[0];
  if (mentions.length !== 1 || only === undefined || only.start !== 0) return null;
  return /^['\u2019]?s?[\s.]*$/u.test(trimmed.slice(only.end)) ? only.canonical : null;
}

/**
 * The country a place name stands for ("Brasilia" -> Brazil, "Oval Office" -> United States), or null
 * when the gazetteer knows it as no country's. Looked up once per name: callers pass venue names the
 * gazetteer found, a bounded set.
 */
export function countryOfPlace(place: string): string | null {
  let country = PLACE_COUNTRIES.get(place);
  if (country === undefined) {
    const e = findEntities(place)[0];
    country = e && entityKind(e.canonical) === 'country' ? e.canonical : null;
    PLACE_COUNTRIES.set(place, country);
  }
  return country;
}
const PLACE_COUNTRIES = new Map<string, string | null>();

/**
 * Whether a canonical participant is a country or an organisation; variants are folded first.
 * Null when unknown.
 */
export function entityKind(canonical: string): EntityKind | null {
  const kind = kinds.get(canonical);
  if (kind !== undefined) return kind;
  const folded = canonicalParticipant(canonical);
  return folded === null ? null : (kinds.get(folded) ?? null);
}

/**
 * Whether a party may hold an event alone: only an organisation (a bloc's own summit). Extraction
 * creates no other one-party event, and candidate lookup (matching.ts `candidateLookup`) relies on it.
 */
export function standsAlone(name: string): boolean {
  return entityKind(name) === 'organisation';
}

/** The capital of a canonical country ('Russia' -> 'Moscow'), or null. */
export function capitalOf(canonical: string): string | null {
  return capitals.get(canonical) ?? null;
}

/** Every canonical participant name the gazetteer knows, countries first. */
export function knownParticipants(): readonly string[] {
  return [...kinds.keys()];
}

/**
 * Inconsistencies found while compiling the gazetteer (one surface mapped to two participants, a
 * row naming an unknown participant). Empty when the data is sound; the unit tests assert that.
 */
export function gazetteerProblems(): readonly string[] {
  return problems;
}
