/**
 * The matching engine behind the gazetteer (entities.ts): phrases are compiled into token sequences
 * once, keyed by their first token, and a text is scanned in one left-to-right pass that keeps the
 * longest acceptable phrase at each word. No per-phrase regex runs at match time, which keeps a 3 KB
 * article well under a tenth of a millisecond.
 *
 * Tokens are runs of letters, marks and digits; punctuation other than spaces and hyphens is a token
 * of its own (so 'U.S.' is U . S . and "Côte d'Ivoire" is Côte d ' Ivoire). Spaces and hyphens between
 * tokens are interchangeable ('Guinea-Bissau' = 'Guinea Bissau', 'Russia-Iran' = two words), but a
 * blank line ends a phrase.
 */

/** Reject when the word reads as part of a personal name ('Jordan Peterson', 'Lake Chad'). */
export const PERSON_LIKE = 1;
/** Reject on a line with no lowercase letter (an all-caps headline: 'TELL US', 'WHO WILL'). */
export const CAPS_LINE_SHY = 2;
/** A combining form ('Sino-', 'Franco-'): only counts right before a hyphen. */
export const PREFIX_FORM = 4;

/** Receives each match: its span in the text and what it stands for. */
export type PhraseSink<T> = (start: number, end: number, value: T) => void;

interface Bucket<T> {
  readonly first: string;
  readonly phrases: Phrase<T>[];
}

interface Phrase<T> {
  /** Tokens after the first. */
  readonly rest: readonly string[];
  readonly restUpper: readonly string[];
  readonly tokenCount: number;
  readonly charCount: number;
  /** null: a blocker that swallows the span and yields nothing ('Latin America'). */
  readonly value: T | null;
  readonly flags: number;
}

const WORD = 1;
const NOT_WORD = 2;
const charClass = new Uint8Array(65536);
const ASCII_CLASS = new Uint8Array(128);
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
for (let c = 0; c < 128; c++) {
  const isWord = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  charClass[c] = isWord ? WORD : NOT_WORD;
  ASCII_CLASS[c] = charClass[c]!;
}

/**
 * Filter key from a word's first two code units; a one-letter word (or a second character that ends
 * the word) uses 0. Collisions only let a word through to the exact lookup.
 */
function startKey(c0: number, c1: number): number {
  const second = (c1 < 128 ? ASCII_CLASS[c1] === WORD : isWordCode(c1)) ? c1 & 0xff : 0;
  return ((c0 & 0xff) << 8) | second;
}

function isWordCode(c: number): boolean {
  let k = charClass[c]!;
  if (k === 0) {
    // Surrogates (emoji, rare scripts) never join a word.
    k = c >= 0xd800 && c <= 0xdfff ? NOT_WORD : WORD_CHAR.test(String.fromCharCode(c)) ? WORD : NOT_WORD;
    charClass[c] = k;
  }
  return k === WORD;
}

const lowerClass = new Uint8Array(65536);

/** Whether a character is a lowercase letter (cached per code unit). */
function isLowerCode(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  let k = lowerClass[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = ch !== ch.toUpperCase() ? WORD : NOT_WORD;
    lowerClass[c] = k;
  }
  return k === WORD;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x200b;
}

function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2012 || c === 0x2013;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018 || c === 0x02bc || c === 0x02bb || c === 96;
}

function isUpperChar(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

function isLowerChar(ch: string): boolean {
  return ch !== ch.toUpperCase();
}

/** Splits a phrase the way the scanner sees text: words and single punctuation marks. */
export function phraseTokens(source: string): string[] {
  const out: string[] = [];
  const n = source.length;
  let i = 0;
  while (i < n) {
    const c = source.charCodeAt(i);
    if (isWordCode(c)) {
      let e = i + 1;
      while (e < n && isWordCode(source.charCodeAt(e))) e++;
      out.push(source.slice(i, e));
      i = e;
    } else {
      if (!isSpace(c) && !isHyphen(c) && c !== 10) out.push(isApostrophe(c) ? "'" : source.charAt(i));
      i++;
    }
  }
  return out;
}

/**
 * Longest-match phrase index. Build it once at module load with `add`, then call `scan` per text.
 * @example
 *   const idx = new PhraseIndex<string>(new Set());
 *   idx.add('North Korea', 'North Korea', 0);
 *   idx.scan('North Korea fired', (start, end, value) => console.log(start, end, value)); // 0 11 North Korea
 */
export class PhraseIndex<T> {
  /** Keyed by a hash of the first token, so a word is looked up without slicing it out of the text. */
  private readonly exact = new Map<number, Bucket<T>[]>();
  /** First token upper-cased, for all-caps text ('PUTIN TO VISIT NORTH KOREA'). */
  private readonly caps = new Map<number, Bucket<T>[]>();
  private readonly seen = new Map<string, T | null>();
  private sorted = true;
  /** Which first two characters can start a phrase (a cheap filter before hashing a word). */
  private readonly starter = new Uint8Array(65536);

  /** @param neutralWords capitalised words that do not make a neighbour look like a personal name. */
  constructor(private readonly neutralWords: ReadonlySet<string>) {}

  /**
   * Adds a phrase. Returns the value already held when the same token sequence was added before (the
   * first one is kept), otherwise undefined.
   */
  add(source: string, value: T | null, flags: number): T | null | undefined {
    const tokens = phraseTokens(source);
    const first = tokens[0];
    this.sorted = false;
    if (first === undefined) return undefined;
    const identity = tokens.join('\u0001');
    if (this.seen.has(identity)) return this.seen.get(identity);
    this.seen.set(identity, value);
    const rest = tokens.slice(1);
    const phrase: Phrase<T> = {
      rest,
      restUpper: rest.map((t) => t.toUpperCase()),
      tokenCount: tokens.length,
      charCount: tokens.reduce((sum, t) => sum + t.length, 0),
      value,
      flags,
    };
    insertPhrase(this.exact, first, phrase);
    this.starter[startKey(first.charCodeAt(0), first.length > 1 ? first.charCodeAt(1) : 0)] = 1;
    const upper = first.toUpperCase();
    if (upper !== first && upper.length >= 3) {
      insertPhrase(this.caps, upper, phrase);
      this.starter[startKey(upper.charCodeAt(0), upper.length > 1 ? upper.charCodeAt(1) : 0)] = 1;
    }
    return undefined;
  }

  /** Emits all non-overlapping matches in text order; at each word the longest acceptable phrase wins. */
  scan(text: string, emit: PhraseSink<T>): void {
    if (!this.sorted) {
      sortBuckets(this.exact);
      sortBuckets(this.caps);
      this.sorted = true;
    }
    const starter = this.starter;
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 128 ? ASCII_CLASS[c] !== WORD : !isWordCode(c)) {
        i++;
        continue;
      }
      let e = i + 1;
      const c1 = e < n ? text.charCodeAt(e) : 0;
      if (starter[startKey(c, c1)] !== 1) {
        // Most words start no phrase: skip them without hashing.
        while (e < n) {
          const d = text.charCodeAt(e);
          if (d < 128 ? ASCII_CLASS[d] !== WORD : !isWordCode(d)) break;
          e++;
        }
        i = e;
        continue;
      }
      let hash = c;
      let lower = isLowerCode(c);
      for (; e < n; e++) {
        const d = text.charCodeAt(e);
        if (d < 128 ? ASCII_CLASS[d] !== WORD : !isWordCode(d)) break;
        hash = (Math.imul(hash, 31) + d) | 0;
        if (!lower) lower = isLowerCode(d);
      }
      const end = this.matchAt(text, i, e, hash & SMI_MASK, !lower && e - i >= 3, emit);
      i = end > 0 ? end : e;
    }
  }

  /** Returns the end of the chosen phrase (emitting it unless it is a blocker), or -1. */
  private matchAt(
    text: string,
    start: number,
    wordEnd: number,
    hash: number,
    allCaps: boolean,
    emit: PhraseSink<T>,
  ): number {
    let bestEnd = -1;
    let best: Phrase<T> | null = null;
    const exact = findBucket(this.exact.get(hash), text, start, wordEnd);
    if (exact !== null) {
      for (const p of exact) {
        const end = matchRest(text, wordEnd, p.rest);
        if (end > bestEnd && this.accepts(text, start, end, p)) {
          bestEnd = end;
          best = p;
          break;
        }
      }
    }
    if (allCaps) {
      const caps = findBucket(this.caps.get(hash), text, start, wordEnd);
      if (caps !== null) {
        for (const p of caps) {
          const end = matchRest(text, wordEnd, p.restUpper);
          if (end > bestEnd && this.accepts(text, start, end, p)) {
            bestEnd = end;
            best = p;
            break;
          }
        }
      }
    }
    if (best === null) return -1;
    if (best.value !== null) emit(start, bestEnd, best.value);
    return bestEnd;
  }

  private accepts(text: string, start: number, end: number, p: Phrase<T>): boolean {
    if (end < 0) return false;
    // 'US$', 'AU$': a currency, not a party.
    if (text.charCodeAt(end) === 36) return false;
    if (p.flags === 0) return true;
    if (p.flags & PREFIX_FORM && !isHyphen(text.charCodeAt(end))) return false;
    if (p.flags & CAPS_LINE_SHY && onAllCapsLine(text, start, end)) return false;
    if (p.flags & PERSON_LIKE && this.looksLikePersonalName(text, start, end)) return false;
    return true;
  }

  /** A capitalised word right before or after (spaces only), that is no title or function word. */
  private looksLikePersonalName(text: string, start: number, end: number): boolean {
    const n = text.length;
    let j = end;
    while (j < n && isSpace(text.charCodeAt(j))) j++;
    if (j > end && j < n && isWordCode(text.charCodeAt(j))) {
      let we = j + 1;
      while (we < n && isWordCode(text.charCodeAt(we))) we++;
      const next = text.slice(j, we);
      if (isTitleCase(next) && !this.neutralWords.has(next)) return true;
    }
    let k = start - 1;
    while (k >= 0 && isSpace(text.charCodeAt(k))) k--;
    if (k < start - 1 && k >= 0 && isWordCode(text.charCodeAt(k))) {
      let ws = k;
      while (ws > 0 && isWordCode(text.charCodeAt(ws - 1))) ws--;
      const prev = text.slice(ws, k + 1);
      if (isTitleCase(prev) && !this.neutralWords.has(prev)) return true;
    }
    return false;
  }
}

/** Keeps hashes small integers, which V8 stores unboxed; a boxed key makes every Map lookup slower. */
const SMI_MASK = 0x3fffffff;

function hashOf(word: string): number {
  let hash = word.charCodeAt(0);
  for (let i = 1; i < word.length; i++) hash = (Math.imul(hash, 31) + word.charCodeAt(i)) | 0;
  return hash & SMI_MASK;
}

function findBucket<T>(
  buckets: Bucket<T>[] | undefined,
  text: string,
  start: number,
  end: number,
): Phrase<T>[] | null {
  if (buckets === undefined) return null;
  for (const b of buckets)
    if (b.first.length === end - start && text.startsWith(b.first, start)) return b.phrases;
  return null;
}

function insertPhrase<T>(map: Map<number, Bucket<T>[]>, first: string, phrase: Phrase<T>): void {
  const hash = hashOf(first);
  let buckets = map.get(hash);
  if (buckets === undefined) {
    buckets = [];
    map.set(hash, buckets);
  }
  let bucket = buckets.find((b) => b.first === first);
  if (bucket === undefined) {
    bucket = { first, phrases: [] };
    buckets.push(bucket);
  }
  bucket.phrases.push(phrase);
}

/** Longest first, so the first acceptable candidate is the one to keep. */
function sortBuckets<T>(map: Map<number, Bucket<T>[]>): void {
  for (const buckets of map.values()) {
    for (const b of buckets)
      b.phrases.sort((x, y) => y.tokenCount - x.tokenCount || y.charCount - x.charCount);
  }
}

/** Matches the tokens after the first from `pos`; returns the end offset or -1. */
function matchRest(text: string, pos: number, rest: readonly string[]): number {
  const n = text.length;
  let p = pos;
  for (const tok of rest) {
    let newlines = 0;
    while (p < n) {
      const c = text.charCodeAt(p);
      if (c === 10) {
        if (++newlines > 1) return -1;
      } else if (!isSpace(c) && !isHyphen(c)) break;
      p++;
    }
    if (tok === "'") {
      if (p < n && isApostrophe(text.charCodeAt(p))) {
        p++;
        continue;
      }
      return -1;
    }
    if (!text.startsWith(tok, p)) return -1;
    p += tok.length;
    if (p < n && isWordCode(tok.charCodeAt(tok.length - 1)) && isWordCode(text.charCodeAt(p))) return -1;
  }
  return p;
}

function isTitleCase(word: string): boolean {
  if (!isUpperChar(word.charAt(0))) return false;
  for (let i = 1; i < word.length; i++) if (isLowerChar(word.charAt(i))) return true;
  return false;
}

function onAllCapsLine(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && text.charCodeAt(a - 1) !== 10) a--;
  let b = end;
  while (b < text.length && text.charCodeAt(b) !== 10) b++;
  let words = 0;
  for (let i = a; i < b; i++) {
    const ch = text.charAt(i);
    if (isLowerChar(ch)) return false;
    if (i === a || !isWordCode(text.charCodeAt(i - 1))) if (isWordCode(text.charCodeAt(i))) words++;
  }
  return words > 1;
}
