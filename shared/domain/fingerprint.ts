/**
 * Fingerprints of a cleaned article, computed right after cleaning: a content hash (the article id, so
 * the same text is never ingested twice), hashes of its long sentences (to spot a page that repeats an
 * earlier article among other material) and a simhash (to spot syndicated copies with small edits).
 */
import { createHash } from 'node:crypto';
import type { CleanArticle } from './clean.js';

/** Per ASCII code, after lower-casing: 0 separator, 1 kept, 2 dropped inside a word (apostrophe). */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = 1;
ASCII_CLASS[39] = 2;
ASCII_CLASS[96] = 2;

/** Accented Latin letters folded to their base letter ('é' -> 'e'), built once from Unicode decomposition. */
const FOLD_FROM = 0xc0;
const FOLD = new Uint16Array(0x250 - FOLD_FROM);
for (let c = FOLD_FROM; c < 0x250; c++) {
  const base = String.fromCharCode(c)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  FOLD[c - FOLD_FROM] = base.length === 1 ? base.charCodeAt(0) : c;
}

/** The character as it appears in normalised text, 0 for a separator, -1 for a character dropped in place. */
function normalChar(c: number): number {
  if (c < 128) {
    const kind = ASCII_CLASS[c]!;
    return kind === 1 ? c : kind === 2 ? -1 : 0;
  }
  if (c === 0x2019 || c === 0x2018 || c === 0x02bc || c === 0x00b4 || c === 0x00ad) return -1;
  // Zero-width spaces and joiners sit inside words in some crawls.
  if ((c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff) return -1;
  if (c >= 0x0300 && c <= 0x036f) return -1;
  if (c <= 0x00bf || c === 0x00d7 || c === 0x00f7) return 0;
  if (c < 0x250) return FOLD[c - FOLD_FROM]!;
  if ((c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xfe30 && c <= 0xfe4f)) return 0;
  if (c >= 0xff01 && c <= 0xff0f) return 0;
  return c;
}

/** `normalChar` for every UTF-16 code unit, so the hot loops do one table read per character. */
const DROPPED = 0xffff;
const NORMAL = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const n = normalChar(c);
  NORMAL[c] = n === -1 ? DROPPED : n;
}

let buffer = new Uint16Array(4096);
const UTF16 = new TextDecoder('utf-16le');

/**
 * Lower case, accents folded, apostrophes dropped, every other run of punctuation, quotes, dashes or
 * spaces made one space: typographic variants of the same text normalise to the same string.
 *
 * @example
 * normalizeForHash('Russia’s “Deal” — Signed!'); // => 'russias deal signed'
 */
export function normalizeForHash(text: string): string {
  const s = text.toLowerCase();
  if (buffer.length < s.length) buffer = new Uint16Array(s.length * 2);
  let n = 0;
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = NORMAL[s.charCodeAt(i)]!;
    if (c === 0) {
      space = true;
    } else if (c !== DROPPED) {
      if (space && n > 0) buffer[n++] = 32;
      space = false;
      buffer[n++] = c;
    }
  }
  return UTF16.decode(buffer.subarray(0, n));
}

/** 64-bit word hashes, two 32-bit lanes per word; grown as needed and reused between calls. */
let wordHashes = new Uint32Array(4096);

/**
 * Hashes each word of the normalised form of `text` into `wordHashes` (cyrb53's two-lane mixing),
 * without building the normalised string. Returns the number of words.
 */
function hashWords(text: string): number {
  const s = text.toLowerCase();
  let n = 0;
  let inWord = false;
  let h1 = 0;
  let h2 = 0;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? NORMAL[s.charCodeAt(i)]! : 0;
    if (c === DROPPED) continue;
    if (c > 0) {
      if (!inWord) {
        h1 = 0xdeadbeef;
        h2 = 0x41c6ce57;
        inWord = true;
      }
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    } else if (inWord) {
      h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
      h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
      h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
      h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
      if (wordHashes.length < 2 * n + 2) {
        const grown = new Uint32Array(wordHashes.length * 2);
        grown.set(wordHashes);
        wordHashes = grown;
      }
      wordHashes[2 * n] = h2;
      wordHashes[2 * n + 1] = h1;
      n++;
      inWord = false;
    }
  }
  return n;
}

/** murmur3's finaliser: every input bit reaches every output bit. */
function fmix32(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Hash of the shingle of `width` words starting at `from`: words rotated by position, then mixed once. */
function shingleHash(from: number, width: number, out: Uint32Array): void {
  let hi = 0x9e3779b9 ^ width;
  let lo = 0x7f4a7c15 ^ width;
  for (let w = 0; w < width; w++) {
    const r = 11 * w;
    const a = wordHashes[2 * (from + w)]!;
    const b = wordHashes[2 * (from + w) + 1]!;
    hi ^= (a << r) | (a >>> (32 - r));
    lo ^= (b << r) | (b >>> (32 - r));
  }
  out[0] = fmix32(hi);
  out[1] = fmix32(lo ^ hi);
}

/** Folds the word hashes `[from, to)` into one 64-bit value, order-sensitive. */
function foldWords(from: number, to: number, out: Uint32Array): void {
  let hi = 0x9e3779b9;
  let lo = 0x7f4a7c15;
  for (let w = from; w < to; w++) {
    hi = fmix32(Math.imul(hi ^ wordHashes[2 * w]!, 0xcc9e2d51) + w - from);
    lo = fmix32(Math.imul(lo ^ wordHashes[2 * w + 1]!, 0x1b873593) + w - from);
  }
  out[0] = hi;
  out[1] = lo;
}

const HEX_BYTE = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

function hex32(n: number): string {
  return HEX_BYTE[n >>> 24]! + HEX_BYTE[(n >>> 16) & 255]! + HEX_BYTE[(n >>> 8) & 255]! + HEX_BYTE[n & 255]!;
}

/**
 * SHA-256 of the normalised body text (the title when the body is empty), first 32 hex chars. The
 * same article always gets the same id, whatever its whitespace or quote style.
 *
 * @example
 * contentHash(cleanArticle({ body: 'Leaders meet.' })) === contentHash(cleanArticle({ body: 'Leaders  meet!' })); // true
 */
export function contentHash(clean: CleanArticle): string {
  const basis = clean.text.trim() !== '' ? clean.text : (clean.title ?? '');
  return createHash('sha256').update(normalizeForHash(basis)).digest('hex').slice(0, 32);
}

/** Body sentences shorter than this are too common ('He declined to comment.') to identify an article. */
const MIN_SENTENCE_WORDS = 8;

/**
 * Hashes (16 hex chars) of the normalised body sentences with at least 8 words, first occurrence
 * order, without repeats. Headline sentences are left out: headlines get reworded, bodies get copied.
 *
 * @example
 * sentenceHashes(cleanArticle({ body: 'Title\nThe two leaders will meet in Oslo on Friday, officials said.' })).length; // 1
 */
export function sentenceHashes(clean: CleanArticle): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const pair = new Uint32Array(2);
  for (const s of clean.sentences) {
    if (s.headline) continue;
    const words = hashWords(s.text);
    if (words < MIN_SENTENCE_WORDS) continue;
    foldWords(0, words, pair);
    const h = hex32(pair[0]!) + hex32(pair[1]!);
    if (seen.has(h)) continue;
    seen.add(h);
    out.push(h);
  }
  return out;
}

/** Bit planes of the shingle counters: enough for a million shingles. */
const PLANES = 20;

/**
 * 64-bit simhash over word 3-shingles of the normalised text, 16 hex chars. Texts that differ by a
 * few words land a few bits apart (see `hammingDistance`); unrelated texts about 32 bits apart.
 *
 * @example
 * hammingDistance(simhash64(story), simhash64(story.replace('Friday', 'Saturday'))) < 10; // true for a long story
 */
export function simhash64(text: string): string {
  const count = hashWords(text);
  if (count === 0) return '0000000000000000';
  const shingles = Math.max(count - 2, 1);
  const width = Math.min(count, 3);
  // Bit-sliced counters: plane p holds bit p of the number of shingles that set each hash bit.
  const hiPlanes = new Int32Array(PLANES);
  const loPlanes = new Int32Array(PLANES);
  const pair = new Uint32Array(2);
  for (let i = 0; i < shingles; i++) {
    shingleHash(i, width, pair);
    let carryHi = pair[0]! | 0;
    let carryLo = pair[1]! | 0;
    for (let p = 0; p < PLANES && (carryHi | carryLo) !== 0; p++) {
      const nextHi = hiPlanes[p]! & carryHi;
      const nextLo = loPlanes[p]! & carryLo;
      hiPlanes[p]! ^= carryHi;
      loPlanes[p]! ^= carryLo;
      carryHi = nextHi;
      carryLo = nextLo;
    }
  }
  let hi = 0;
  let lo = 0;
  for (let b = 0; b < 32; b++) {
    let onesHi = 0;
    let onesLo = 0;
    for (let p = 0; p < PLANES; p++) {
      onesHi += ((hiPlanes[p]! >>> b) & 1) << p;
      onesLo += ((loPlanes[p]! >>> b) & 1) << p;
    }
    // A bit is set when most shingles set it.
    if (2 * onesHi > shingles) hi |= 1 << b;
    if (2 * onesLo > shingles) lo |= 1 << b;
  }
  return hex32(hi) + hex32(lo);
}

function popcount32(n: number): number {
  let v = n - ((n >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

const HEX64 = /^[0-9a-f]{16}$/i;

/**
 * Number of differing bits between two 64-bit simhashes given as 16 hex chars.
 *
 * @throws RangeError when either argument is not 16 hex chars.
 * @example
 * hammingDistance('0000000000000000', '000000000000000f'); // => 4
 */
export function hammingDistance(a: string, b: string): number {
  if (!HEX64.test(a) || !HEX64.test(b)) throw new RangeError('simhashes must be 16 hex chars');
  const hi = Number.parseInt(a.slice(0, 8), 16) ^ Number.parseInt(b.slice(0, 8), 16);
  const lo = Number.parseInt(a.slice(8), 16) ^ Number.parseInt(b.slice(8), 16);
  return popcount32(hi) + popcount32(lo);
}

export interface NearDuplicateVerdict {
  /** Id of the one earlier article this one repeats, or null. */
  readonly duplicateOf: string | null;
  /** Long sentences shared with the most-shared earlier article. */
  readonly shared: number;
  /** `shared` over this article's long sentences. */
  readonly ratio: number;
}

/** A repeat shares at least this many long sentences with one earlier article... */
const MIN_SHARED = 3;
/** ...and those cover at least this share of its own long sentences. */
const MIN_RATIO = 0.5;

/**
 * Given this article's sentence hashes and, for those already seen, the id of the first article that
 * had each, decide whether it repeats ONE earlier article: at least 3 shared long sentences with a
 * single earlier article and those cover >= 50% of this article's long sentences.
 *
 * @example
 * nearDuplicate(['a', 'b', 'c', 'd'], new Map([['a', 'x'], ['b', 'x'], ['c', 'x']]));
 * // => { duplicateOf: 'x', shared: 3, ratio: 0.75 }
 */
export function nearDuplicate(
  hashes: readonly string[],
  owners: ReadonlyMap<string, string>,
): NearDuplicateVerdict {
  const unique = new Set(hashes);
  if (unique.size === 0) return { duplicateOf: null, shared: 0, ratio: 0 };
  const counts = new Map<string, number>();
  for (const h of unique) {
    const owner = owners.get(h);
    if (owner !== undefined) counts.set(owner, (counts.get(owner) ?? 0) + 1);
  }
  let best: string | null = null;
  let shared = 0;
  for (const [owner, n] of counts) {
    // Ties go to the lexically smaller id so the verdict does not depend on map order.
    if (n > shared || (n === shared && best !== null && owner < best)) {
      best = owner;
      shared = n;
    }
  }
  const ratio = shared / unique.size;
  const duplicateOf = shared >= MIN_SHARED && ratio >= MIN_RATIO ? best : null;
  return { duplicateOf, shared, ratio };
}
