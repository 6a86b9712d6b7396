/**
 * checkArticle / articleIdOf (what the API and the feed poller run before queueing) against
 * prepareArticle (what the ingest function runs): the queued id must be the stored id, and an
 * article refused by one is refused by the other with the same words.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleIdOf, checkArticle } from '../../shared/domain/article-check.js';
import { InvalidInputError } from '../../shared/domain/errors.js';
import type { ArticleInput } from '../../shared/domain/model.js';
import { prepareArticle } from '../../shared/domain/prepare-article.js';

const page = readFileSync(new URL('../fixtures/pages/article.html', import.meta.url), 'utf8');

const ARTICLES: readonly ArticleInput[] = [
  {
    body: 'Leaders to meet in Oslo\nThe leaders will meet in Oslo on May 3.',
    publishedAt: '2025-04-01T08:00:00Z',
  },
  { body: 'The leaders will meet in Oslo on May 3.', title: 'Oslo talks', publishedAt: '2025-04-01' },
  { html: page, publishedAt: '2024-09-18T07:30:00Z', source: 'Courier', url: 'https://example.org/a' },
  { html: page, title: 'Border accord', publishedAt: '2024-09-18T09:30:00+02:00', externalId: 'guid-1' },
];

describe('articleIdOf', () => {
  it.each(ARTICLES.map((article, i) => [i, article] as const))(
    'gives article %i the id ingestion stores it under',
    (_, article) => {
      expect(articleIdOf(article)).toBe(prepareArticle(article).id);
      expect(articleIdOf(article)).toMatch(/^art_[0-9a-f]{24}$/);
    },
  );

  it('tells different articles apart and ignores where an article came from', () => {
    const a = ARTICLES[0]!;
    expect(articleIdOf({ ...a, body: a.body!.replace('Oslo on May 3', 'Vienna on May 4') })).not.toBe(
      articleIdOf(a),
    );
    expect(articleIdOf({ ...a, source: 'Other', url: 'https://x.example/' })).toBe(articleIdOf(a));
  });
});

describe('checkArticle', () => {
  it.each([
    [{ body: '  ', publishedAt: '2025-04-01T08:00:00Z' }],
    [{ body: 'x'.repeat(1_000_001), publishedAt: '2025-04-01T08:00:00Z' }],
    [{ body: 'Talks on Monday.', publishedAt: '01/04/2025' }],
    [{ body: 'Talks on Monday.', publishedAt: '2500-04-01T08:00:00Z' }],
  ] as [ArticleInput][])('refuses %j as prepareArticle does', (article) => {
    const refusal = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error;
      }
      return null;
    };
    const checked = refusal(() => checkArticle(article));
    expect(checked).toBeInstanceOf(InvalidInputError);
    expect(checked).toEqual(refusal(() => prepareArticle(article)));
    expect((checked as InvalidInputError).issues).toEqual(
      (refusal(() => prepareArticle(article)) as InvalidInputError).issues,
    );
  });
});
