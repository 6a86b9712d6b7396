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

/** A lower-case character as it appears in normalised text, 0 for a separator, -1 when dropped in place. */
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

/**
 * `normalChar` of the lower-cased character for every UTF-16 code unit, so the hot loops do one table
 * read per character and never lower-case whole strings. Scripts with case are lowered one unit at a time.
 */
const DROPPED = 0xffff;
const NORMAL = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const cased = (c < 0x0530 || (c >= 0x10a0 && c <= 0x1fff) || (c >= 0x2c00 && c <= 0x2d2f)) && c !== 0x130;
  const lower = cased ? String.fromCharCode(c).toLowerCase().charCodeAt(0) : c === 0x130 ? 0x69 : c;
  const n = normalChar(lower);
  NORMAL[c] = n === -1 ? DROPPED : n;
}

let buffer = new Uint16Array(4096);
const UTF16 = new TextDecoder('utf-16le');

/** Word hashes (two 32-bit lanes per word) and word start offsets of one scanned text. */
interface WordScan {
  hashes: Uint32Array;
  starts: Int32Array;
  count: number;
}

function emptyScan(): WordScan {
  return { hashes: new Uint32Array(1024), starts: new Int32Array(512), count: 0 };
}

let normalLength = 0;

/**
 * One pass over `text` in normalised form: a 64-bit hash per word (cyrb53's two-lane mixing) and where
 * the word starts in `text`, and, with `keepText`, the normalised characters into `buffer`
 * (`normalLength` long).
 */
function scanInto(text: string, into: WordScan, keepText: boolean): void {
  if (keepText && buffer.length < text.length) buffer = new Uint16Array(text.length * 2);
  if (into.hashes.length < text.length + 2) {
    into.hashes = new Uint32Array(text.length + 2);
    into.starts = new Int32Array((text.length >> 1) + 1);
  }
  const table = NORMAL;
  const hashes = into.hashes;
  const starts = into.starts;
  const out = buffer;
  let n = 0;
  let length = 0;
  let inWord = false;
  let h1 = 0;
  let h2 = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? table[text.charCodeAt(i)]! : 0;
    if (c === DROPPED) continue;
    if (c !== 0) {
      if (!inWord) {
        if (keepText && length > 0) out[length++] = 32;
        starts[n] = i;
        h1 = 0xdeadbeef;
        h2 = 0x41c6ce57;
        inWord = true;
      }
      if (keepText) out[length++] = c;
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    } else if (inWord) {
      h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
      h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
      h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
      h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
      hashes[2 * n] = h2;
      hashes[2 * n + 1] = h1;
      n++;
      inWord = false;
    }
  }
  into.count = n;
  normalLength = length;
}

const scratch = emptyScan();

/**
 * The content hash, the sentence hashes and the simhash all read the same article text one after the
 * other; it is scanned once and remembered until another text comes along.
 */
const article = emptyScan();
let articleText: string | null = null;
let articleNormal = '';

function scanArticle(text: string): WordScan {
  if (text !== articleText) {
    scanInto(text, article, true);
    articleNormal = UTF16.decode(buffer.subarray(0, normalLength));
    articleText = text;
  }
  return article;
}

function normalArticle(text: string): string {
  scanArticle(text);
  return articleNormal;
}

/**
 * Lower case, accents folded, apostrophes dropped, every other run of punctuation, quotes, dashes or
 * spaces made one space: typographic variants of the same text normalise to the same string.
 *
 * @example
 * normalizeForHash('Russia’s “Deal” — Signed!'); // => 'russias deal signed'
 */
export function normalizeForHash(text: string): string {
  if (text === articleText) return articleNormal;
  scanInto(text, scratch, true);
  return UTF16.decode(buffer.subarray(0, normalLength));
}

/** murmur3's finaliser: every input bit reaches every output bit. */
function fmix32(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Folds the word hashes `[from, to)` into one 64-bit value, order-sensitive. */
function foldWords(hashes: Uint32Array, from: number, to: number, out: Uint32Array): void {
  let hi = 0x9e3779b9;
  let lo = 0x7f4a7c15;
  for (let w = from; w < to; w++) {
    hi = Math.imul(((hi << 5) | (hi >>> 27)) ^ hashes[2 * w]!, 0x9e3779b1);
    lo = Math.imul(((lo << 5) | (lo >>> 27)) ^ hashes[2 * w + 1]!, 0x85ebca77);
  }
  out[0] = fmix32(hi ^ (to - from));
  out[1] = fmix32(lo ^ hi);
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
  const normal = basis === clean.text ? normalArticle(basis) : normalizeForHash(basis);
  return createHash('sha256').update(normal).digest('hex').slice(0, 32);
}

/**
 * The id an article is stored under: `art_` and the first 24 hex digits of its content hash. The
 * producers give it in their replies and the ingest function recomputes it from the queued cleaning.
 */
export function articleIdFor(clean: CleanArticle): string {
  return `art_${contentHash(clean).slice(0, 24)}`;
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
  const add = (hashes: Uint32Array, from: number, to: number): void => {
    if (to - from < MIN_SENTENCE_WORDS) return;
    foldWords(hashes, from, to, pair);
    const h = hex32(pair[0]!) + hex32(pair[1]!);
    if (seen.has(h)) return;
    seen.add(h);
    out.push(h);
  };

  // Sentences are pieces of the paragraphs, and the text is the paragraphs joined by blank lines: the
  // words of each sentence are a run of the text's words, found by offset, so the text is scanned once.
  const starts: number[] = [];
  let offset = 0;
  let joined = true;
  for (const [i, p] of clean.paragraphs.entries()) {
    if (i > 0) offset += 2;
    starts.push(offset);
    // A slice compared with === is far cheaper than startsWith on long two-byte strings.
    joined &&= clean.text.slice(offset, offset + p.length) === p;
    offset += p.length;
  }
  joined &&= offset === clean.text.length;
  const scan = joined ? scanArticle(clean.text) : scratch;
  let word = 0;
  let paragraph = -1;
  let cursor = 0;
  for (const s of clean.sentences) {
    if (s.headline) continue;
    const text = clean.paragraphs[s.paragraph];
    const local =
      joined && text !== undefined ? text.indexOf(s.text, s.paragraph === paragraph ? cursor : 0) : -1;
    if (local < 0) {
      scanInto(s.text, scratch, false);
      add(scratch.hashes, 0, scratch.count);
      continue;
    }
    paragraph = s.paragraph;
    cursor = local + s.text.length;
    const from = starts[s.paragraph]! + local;
    const to = from + s.text.length;
    while (word < scan.count && scan.starts[word]! < from) word++;
    let end = word;
    while (end < scan.count && scan.starts[end]! < to) end++;
    add(scan.hashes, word, end);
    word = end;
  }
  return out;
}

/**
 * The fingerprint `sentenceHashes` gives one sentence, or null when it is too short to count: lets a
 * claim tell whether the sentence it rests on was already read in another article.
 */
export function sentenceHash(text: string): string | null {
  scanInto(text, scratch, false);
  if (scratch.count < MIN_SENTENCE_WORDS) return null;
  const pair = new Uint32Array(2);
  foldWords(scratch.hashes, 0, scratch.count, pair);
  return hex32(pair[0]!) + hex32(pair[1]!);
}

/** Per-bit counts of the shingles that set each simhash bit, and byte-wide partial counts (SWAR). */
const bitCounts = new Int32Array(64);
const byteLanes = new Int32Array(16);

/** Adds the byte-wide partial counts into `bitCounts`: lane j, byte k counts bit j + 8k. */
function flushLanes(): void {
  for (let j = 0; j < 8; j++) {
    for (let k = 0; k < 4; k++) {
      bitCounts[j + 8 * k]! += (byteLanes[j]! >>> (8 * k)) & 0xff;
      bitCounts[32 + j + 8 * k]! += (byteLanes[8 + j]! >>> (8 * k)) & 0xff;
    }
  }
  byteLanes.fill(0);
}

/**
 * 64-bit simhash over word 3-shingles of the normalised text, 16 hex chars. Texts that differ by a
 * few words land a few bits apart (see `hammingDistance`); unrelated texts about 32 bits apart.
 *
 * @example
 * hammingDistance(simhash64(story), simhash64(story.replace('Friday', 'Saturday'))) < 10; // true for a long story
 */
export function simhash64(text: string): string {
  const { hashes: wordHashes, count } = scanArticle(text);
  if (count === 0) return '0000000000000000';
  const shingles = Math.max(count - 2, 1);
  const width = Math.min(count, 3);
  bitCounts.fill(0);
  byteLanes.fill(0);
  let pending = 0;
  for (let i = 0; i < shingles; i++) {
    // The shingle's words, rotated by position so word order matters, then mixed once per lane.
    let hi = 0x9e3779b9 ^ width;
    let lo = 0x7f4a7c15 ^ width;
    for (let w = 0; w < width; w++) {
      const r = 11 * w;
      const a = wordHashes[2 * (i + w)]!;
      const b = wordHashes[2 * (i + w) + 1]!;
      hi ^= (a << r) | (a >>> (32 - r));
      lo ^= (b << r) | (b >>> (32 - r));
    }
    hi = fmix32(hi);
    lo = fmix32(lo ^ hi);
    // Eight lanes per half, each holding four byte-wide counters: 16 additions per shingle, not 64.
    for (let j = 0; j < 8; j++) {
      byteLanes[j]! += (hi >>> j) & 0x01010101;
      byteLanes[8 + j]! += (lo >>> j) & 0x01010101;
    }
    if (++pending === 255) {
      flushLanes();
      pending = 0;
    }
  }
  flushLanes();
  let hi = 0;
  let lo = 0;
  for (let b = 0; b < 32; b++) {
    // A bit is set when most shingles set it.
    if (2 * bitCounts[b]! > shingles) hi |= 1 << b;
    if (2 * bitCounts[32 + b]! > shingles) lo |= 1 << b;
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
