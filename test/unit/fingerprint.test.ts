/**
 * Fingerprints: the same text gets the same id whatever its typography, syndicated copies land a few
 * simhash bits apart, and a page that repeats an earlier article is recognised as its near-duplicate.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../shared/domain/clean.js';
import {
  contentHash,
  hammingDistance,
  nearDuplicate,
  normalizeForHash,
  sentenceHashes,
  simhash64,
} from '../../shared/domain/fingerprint.js';

function page(name: string): string {
  return readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), 'utf8');
}

describe('normalizeForHash', () => {
  it('folds case, accents, quotes, apostrophes, dashes and spacing', () => {
    expect(normalizeForHash('  Russia’s “Deal” — Signed!  ')).toBe('russias deal signed');
    expect(normalizeForHash('Russia\'s "deal" - signed.')).toBe('russias deal signed');
    expect(normalizeForHash('Félix Tshisekedi, São Tomé')).toBe('felix tshisekedi sao tome');
    expect(normalizeForHash('Talks\u00a0in\tKyiv\n\nend')).toBe('talks in kyiv end');
  });

  it('keeps letters of other scripts and digits', () => {
    expect(normalizeForHash('Визит 17 января, 2025')).toBe('визит 17 января 2025');
  });
});

describe('contentHash', () => {
  it('gives the same article the same 32-hex id, whatever its spacing or quote style', () => {
    const a = cleanArticle({ body: 'Talks open\nThe leaders met on Friday, officials said.' });
    const b = cleanArticle({ body: 'Talks open\n\n  The leaders  met on Friday — officials said!  ' });
    expect(contentHash(a)).toMatch(/^[0-9a-f]{32}$/);
    expect(contentHash(a)).toBe(contentHash(b));
  });

  it('does not depend on what was hashed before', () => {
    const a = cleanArticle({ body: page('older-report.txt') });
    const b = cleanArticle({ body: page('syndicated-copy.txt') });
    const first = [contentHash(a), simhash64(a.text), sentenceHashes(a).join()];
    contentHash(b);
    simhash64(b.text);
    sentenceHashes(b);
    expect([contentHash(a), simhash64(a.text), sentenceHashes(a).join()]).toEqual(first);
    expect(contentHash(cleanArticle({ body: page('older-report.txt') }))).toBe(first[0]);
  });

  it('gives different articles different ids', () => {
    const a = cleanArticle({ body: 'Talks open\nThe leaders met on Friday.' });
    const b = cleanArticle({ body: 'Talks open\nThe leaders met on Saturday.' });
    expect(contentHash(a)).not.toBe(contentHash(b));
  });
});

describe('sentenceHashes', () => {
  it('hashes body sentences of 8 words or more, once each, in order, leaving out the headline', () => {
    const long1 = 'The two foreign ministers will sign the accord in Accra on Friday.';
    const long2 = 'It follows three rounds of talks held since January in both capitals.';
    const clean = cleanArticle({
      body: `Ghana and Togo will sign the border accord in Accra on Friday afternoon\n${long1} Officials welcomed it.\n${long2}\n${long1.replace('Friday', 'Friday')} And more.`,
    });
    const hashes = sentenceHashes(clean);
    expect(hashes).toHaveLength(2);
    for (const h of hashes) expect(h).toMatch(/^[0-9a-f]{16}$/);
    const only2 = sentenceHashes(cleanArticle({ body: `Headline here\n${long2}` }));
    expect(hashes[1]).toBe(only2[0]);
  });

  it('gives the same hashes whether or not the text can be mapped back to the sentences', () => {
    const clean = cleanArticle({ body: page('older-report.txt') });
    const hashes = sentenceHashes(clean);
    expect(hashes).toHaveLength(6);
    expect(sentenceHashes({ ...clean, text: 'unrelated text' })).toEqual(hashes);
    expect(sentenceHashes({ ...clean, text: clean.text.replaceAll('Norway', 'Sweden') })).toEqual(hashes);
  });

  it('matches the same sentence across pages despite typographic differences', () => {
    const a = sentenceHashes(
      cleanArticle({ body: 'A\n"Such a visit is being prepared," the spokesman told reporters on Tuesday.' }),
    );
    const b = sentenceHashes(
      cleanArticle({ body: 'B\n“Such a visit is being prepared,” the spokesman told reporters on Tuesday.' }),
    );
    expect(a).toHaveLength(1);
    expect(a).toEqual(b);
  });
});

describe('simhash64 and hammingDistance', () => {
  const original = cleanArticle({ body: page('syndicated-original.txt') });
  const copy = cleanArticle({ body: page('syndicated-copy.txt') });
  const unrelated = cleanArticle({ body: page('older-report.txt') });

  it('is 16 hex chars and stable for identical text', () => {
    expect(simhash64(original.text)).toMatch(/^[0-9a-f]{16}$/);
    expect(simhash64(original.text)).toBe(simhash64(`${original.text}`));
    expect(hammingDistance(simhash64(original.text), simhash64(original.text))).toBe(0);
  });

  it('puts a syndicated copy with small edits a few bits away and an unrelated story far away', () => {
    const near = hammingDistance(simhash64(original.text), simhash64(copy.text));
    const far = hammingDistance(simhash64(original.text), simhash64(unrelated.text));
    // About 7% of the copy's shingles differ; simhash theory puts that near 8 of 64 bits, unrelated text near 32.
    expect(near).toBeLessThanOrEqual(12);
    expect(far).toBeGreaterThanOrEqual(20);
  });

  it('counts differing bits and rejects malformed hashes', () => {
    expect(hammingDistance('0000000000000000', '000000000000000f')).toBe(4);
    expect(hammingDistance('ffffffffffffffff', '0000000000000000')).toBe(64);
    expect(hammingDistance('8000000000000001', '0000000000000000')).toBe(2);
    expect(() => hammingDistance('abc', '0000000000000000')).toThrow(RangeError);
  });

  it('hashes short and empty texts without failing', () => {
    expect(simhash64('')).toBe('0000000000000000');
    expect(simhash64('Talks')).toMatch(/^[0-9a-f]{16}$/);
    expect(simhash64('Talks')).not.toBe(simhash64('Summit'));
  });
});

describe('nearDuplicate', () => {
  /** Ingests pages in order the way the store does: each new hash remembers its first article. */
  function ingest(pages: ReadonlyArray<readonly [string, string]>) {
    const owners = new Map<string, string>();
    const verdicts = new Map<string, ReturnType<typeof nearDuplicate>>();
    for (const [id, body] of pages) {
      const hashes = sentenceHashes(cleanArticle({ body }));
      const seen = new Map<string, string>();
      for (const h of hashes) {
        const owner = owners.get(h);
        if (owner !== undefined) seen.set(h, owner);
      }
      verdicts.set(id, nearDuplicate(hashes, seen));
      for (const h of hashes) if (!owners.has(h)) owners.set(h, id);
    }
    return verdicts;
  }

  it('recognises a tag page that repeats an older article among other material', () => {
    const verdicts = ingest([
      ['older', page('older-report.txt')],
      ['tag', page('tag-page-repeat.txt')],
    ]);
    expect(verdicts.get('older')).toEqual({ duplicateOf: null, shared: 0, ratio: 0 });
    const tag = verdicts.get('tag')!;
    expect(tag.duplicateOf).toBe('older');
    expect(tag.shared).toBe(5);
    expect(tag.ratio).toBeGreaterThanOrEqual(0.5);
  });

  it('does not call an article that shares two sentences with an older one a duplicate', () => {
    const older = page('older-report.txt');
    const follow = [
      'Norway and Chile sign fisheries accord in Oslo',
      'Norway and Chile signed a fisheries accord in Oslo on Thursday after two years of talks, the ministry said.',
      "Chile's foreign ministry confirmed that preparations for the trip were under way but gave no date.",
      'The accord sets joint rules for monitoring fishing fleets and sharing catch data between research institutes in both countries.',
      'The ceremony took place at the foreign ministry and lasted about half an hour.',
      'Both ministers said the accord would be reviewed every five years by a joint committee.',
    ].join('\n');
    const verdict = ingest([
      ['older', older],
      ['follow', follow],
    ]).get('follow')!;
    expect(verdict.shared).toBe(2);
    expect(verdict.duplicateOf).toBeNull();
  });

  it('needs the shared sentences to come from one earlier article and to cover half of this one', () => {
    const owners = new Map([
      ['a', 'x'],
      ['b', 'x'],
      ['c', 'y'],
      ['d', 'y'],
    ]);
    expect(nearDuplicate(['a', 'b', 'c', 'd'], owners).duplicateOf).toBeNull();
    const many = new Map([
      ['a', 'x'],
      ['b', 'x'],
      ['c', 'x'],
    ]);
    expect(nearDuplicate(['a', 'b', 'c', 'd', 'e', 'f', 'g'], many)).toEqual({
      duplicateOf: null,
      shared: 3,
      ratio: 3 / 7,
    });
    expect(nearDuplicate(['a', 'b', 'c', 'd', 'e', 'f'], many).duplicateOf).toBe('x');
    expect(nearDuplicate([], many)).toEqual({ duplicateOf: null, shared: 0, ratio: 0 });
  });
});
