/**
 * Cleaning of raw pages: what survives as article text, what is dropped and why, the headline and the
 * page's own date. Fixture pages (test/fixtures/pages) are invented stories carrying the kinds of noise
 * real crawls carry.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CleanArticle, cleanArticle, type RemovedKind } from '../../shared/domain/clean.js';
import { extractEvents } from '../../shared/domain/extract.js';
import { htmlToText, readHtml } from '../../shared/domain/html.js';

function page(name: string): string {
  return readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), 'utf8');
}

function removedAs(clean: CleanArticle, kind: RemovedKind): string[] {
  return clean.removed.filter((r) => r.kind === kind).map((r) => r.text);
}

function kindOf(clean: CleanArticle, text: string): RemovedKind | undefined {
  return clean.removed.find((r) => r.text === text)?.kind;
}

describe('cleanArticle on noisy pages', () => {
  it('drops a hashtag wall, tag lines and breadcrumbs and keeps every body sentence', () => {
    const clean = cleanArticle({ body: page('hashtag-wall.txt') });
    expect(clean.title).toBe('Slovenia and Croatia agree to hold border talks in Ljubljana');
    expect(clean.paragraphs).toEqual([
      'The foreign ministers of Slovenia and Croatia will meet in Ljubljana on June 3 to discuss the demarcation of their maritime border, the Slovenian government said on Thursday.',
      'Officials said the talks would focus on fishing rights in the bay that both countries claim.',
      'It will be the first meeting of the two ministers this year.',
      'The dispute has soured relations between the neighbours for three decades.',
    ]);
    expect(kindOf(clean, 'Home / World / Europe')).toBe('hashtags');
    expect(kindOf(clean, '- #Border Disputes')).toBe('hashtags');
    expect(kindOf(clean, '#Slovenia #Croatia #EU #borders')).toBe('hashtags');
    expect(kindOf(clean, 'Tags: Slovenia | Croatia | maritime border | diplomacy')).toBe('hashtags');
    expect(kindOf(clean, 'Topics: Europe, Politics')).toBe('hashtags');
    expect(clean.text).not.toContain('#');
  });

  it("drops an 'In World' block of '-' separated teasers, even full sentences, and keeps short body sentences", () => {
    const clean = cleanArticle({ body: page('in-world-teasers.txt') });
    expect(clean.title).toBe('Austria to host Iran nuclear talks, foreign ministry says');
    expect(clean.paragraphs).toHaveLength(4);
    expect(clean.paragraphs).toContain('No agenda has been published.');
    expect(clean.paragraphs).toContain('Both sides declined to comment.');
    expect(clean.text).not.toMatch(/Peru|Kenya|Fiji/);
    expect(removedAs(clean, 'teaser')).toHaveLength(7);
    expect(kindOf(clean, 'In World')).toBe('teaser');
    expect(kindOf(clean, 'Leave a review')).toBe('chrome');
    expect(kindOf(clean, 'Skip to main content')).toBe('chrome');
  });

  it('reads a dateline lead, keeps it in the paragraph and strips it from the sentence', () => {
    const clean = cleanArticle({ body: page('in-world-teasers.txt') });
    expect(clean.dateline).toEqual({ text: 'VIENNA, May 3 (Wire) -', year: null, month: 5, day: 3 });
    expect(clean.paragraphs[0]).toMatch(/^VIENNA, May 3 \(Wire\) - Austria will host/);
    const first = clean.sentences.find((s) => !s.headline);
    expect(first?.text).toMatch(/^Austria will host a new round of talks/);
  });

  it('drops an ad-blocker notice above the headline, so the headline and the dateline are still found', () => {
    const clean = cleanArticle({
      body: 'Please turn off your ad blocker to keep reading, or subscribe for an ad-free site.\n\nLaos and Thailand to open rail talks on Friday\n\nVIENTIANE, June 3 -- Officials from Laos and Thailand will open rail talks in the capital, the ministry said.\n',
    });
    expect(clean.title).toBe('Laos and Thailand to open rail talks on Friday');
    expect(clean.dateline).toMatchObject({ month: 6, day: 3 });
    expect(
      kindOf(clean, 'Please turn off your ad blocker to keep reading, or subscribe for an ad-free site.'),
    ).toBe('newsletter');
  });

  it('drops a newsletter block, captions, the audio note, chrome and a trailing teaser before the newsletter', () => {
    const clean = cleanArticle({ body: page('newsletter-captions.txt') });
    expect(clean.title).toBe('Kazakh president plans to visit Seoul in March');
    expect(clean.paragraphs).toHaveLength(4);
    expect(clean.paragraphs.at(-1)).toBe('Tokayev last visited Seoul in 2019.');
    expect(clean.text).not.toMatch(
      /subscri|indicates required|Telegram|Caspian|AI assistance|Steppe Images/i,
    );

    expect(kindOf(clean, 'Enter your email to subscribe')).toBe('newsletter');
    expect(kindOf(clean, '* indicates required')).toBe('newsletter');
    expect(kindOf(clean, 'Successfully subscribed')).toBe('newsletter');
    expect(kindOf(clean, 'Follow Steppe Monitor on Telegram')).toBe('newsletter');
    expect(kindOf(clean, 'This audio is created with AI assistance')).toBe('caption');
    expect(removedAs(clean, 'caption').some((t) => t.endsWith('(Rustem Aliyev/Steppe Images)'))).toBe(true);
    expect(kindOf(clean, 'Caspian shipping costs climb as ports struggle with low water')).toBe('teaser');
    expect(kindOf(clean, 'Edit post')).toBe('chrome');
    expect(kindOf(clean, 'by Dana Ibraeva February 2, 2025 10:41 AM 3 min read')).toBe('byline');
  });

  it('takes the date of a byline line as the dateline', () => {
    const clean = cleanArticle({ body: page('newsletter-captions.txt') });
    expect(clean.dateline).toMatchObject({ year: 2025, month: 2, day: 2 });
  });

  it('drops a ticker line, photo credits, an inline related headline, credits, disclaimers and a related block', () => {
    const clean = cleanArticle({ body: page('ticker-related.txt') });
    expect(clean.title).toBe('Portuguese president arrives in Luanda for talks on debt relief');
    expect(clean.paragraphs).toEqual([
      "LUANDA: Portugal's president arrived in Luanda on Friday for two days of talks with Angola's leader on debt relief and energy projects, state radio reported.",
      'The visit is the first by a Portuguese head of state to Angola in six years.',
      'Portugal plans to announce a new credit line for Angolan infrastructure, officials said.',
      'The two leaders are also expected to sign a cultural cooperation agreement on Saturday.',
      'Angola is one of the largest oil producers in Africa.',
    ]);
    expect(kindOf(clean, 'date 2025-03-14 NORDCO 118.40 Increased By ▲ 2.15 (1.85%)')).toBe('chrome');
    expect(kindOf(clean, 'Photo: Wire Service')).toBe('caption');
    expect(kindOf(clean, 'Angola says investors are returning as oil output recovers')).toBe('teaser');
    expect(kindOf(clean, '(Reporting by Rui Matos; Editing by Clara Nunes)')).toBe('byline');
    expect(removedAs(clean, 'boilerplate')).toHaveLength(2);
    expect(kindOf(clean, 'Lisbon stocks close higher on bank gains')).toBe('teaser');
    expect(kindOf(clean, 'Email address')).toBe('newsletter');
    expect(clean.dateline).toMatchObject({ year: 2025, month: 3, day: 14 });
    expect(clean.sentences.find((s) => !s.headline)?.text).toMatch(/^Portugal's president arrived/);
  });

  it('on a tag page, keeps the repeated story once and drops its captions, credits and cookie banner', () => {
    const clean = cleanArticle({ body: page('tag-page-repeat.txt') });
    const fisheries = clean.paragraphs.filter((p) => p.startsWith('Norway and Chile will sign'));
    expect(fisheries).toHaveLength(1);
    expect(removedAs(clean, 'repeat')).toHaveLength(2);
    expect(
      kindOf(clean, 'Chilean Foreign Minister at a news conference in Santiago, Wirephoto/Ana Lopez'),
    ).toBe('caption');
    expect(kindOf(clean, 'Editing by Paul Hart')).toBe('byline');
    expect(kindOf(clean, 'Chile')).toBe('chrome');
    expect(removedAs(clean, 'cookie')).toHaveLength(2);
  });

  it('keeps a syndicated copy whole and drops its view counter and copyright line', () => {
    const copy = cleanArticle({ body: page('syndicated-copy.txt') });
    expect(copy.paragraphs).toHaveLength(10);
    expect(kindOf(copy, 'This story has been viewed 1,204 times.')).toBe('chrome');
    expect(kindOf(copy, 'Wire, RIGA')).toBe('byline');
    const original = cleanArticle({ body: page('syndicated-original.txt') });
    expect(removedAs(original, 'boilerplate')).toHaveLength(1);
    expect(original.paragraphs).toHaveLength(10);
  });
});

describe('cleanArticle headline handling', () => {
  it('uses the given title and drops the page headline that restates it', () => {
    const clean = cleanArticle({
      body: page('older-report.txt'),
      title: 'Norway, Chile set to sign fisheries accord in April',
    });
    expect(clean.title).toBe('Norway, Chile set to sign fisheries accord in April');
    expect(kindOf(clean, 'Norway and Chile to sign fisheries accord next month, ministry says')).toBe(
      'repeat',
    );
    expect(clean.sentences[0]).toEqual({
      text: 'Norway, Chile set to sign fisheries accord in April',
      index: 0,
      paragraph: -1,
      headline: true,
    });
    expect(clean.sentences.filter((s) => s.headline)).toHaveLength(1);
  });

  it('detects the headline after lone section words and excludes it from the paragraphs', () => {
    const clean = cleanArticle({
      body: 'World\n\nMalta to host Libya talks next week\n\nMalta will host talks between rival Libyan factions on Tuesday, officials said.',
    });
    expect(clean.title).toBe('Malta to host Libya talks next week');
    expect(clean.paragraphs).toEqual([
      'Malta will host talks between rival Libyan factions on Tuesday, officials said.',
    ]);
    expect(kindOf(clean, 'World')).toBe('chrome');
  });

  it('skips menu labels before the headline', () => {
    const clean = cleanArticle({
      body: 'Home\nWorld\nLive Scores Today\nMalta to host Libya talks next week\nMalta will host talks between rival Libyan factions on Tuesday, officials said.',
    });
    expect(clean.title).toBe('Malta to host Libya talks next week');
    expect(kindOf(clean, 'Live Scores Today')).toBe('chrome');
    expect(clean.paragraphs).toHaveLength(1);
  });

  it('drops the headline when the body repeats it further down', () => {
    const clean = cleanArticle({
      body: 'Malta to host Libya talks next week\nMalta will host talks between rival Libyan factions on Tuesday, officials said.\nMalta to host Libya talks next week\nThe venue has not been announced.',
    });
    expect(clean.paragraphs).toEqual([
      'Malta will host talks between rival Libyan factions on Tuesday, officials said.',
      'The venue has not been announced.',
    ]);
    expect(kindOf(clean, 'Malta to host Libya talks next week')).toBe('repeat');
  });

  it('sets a live page’s kicker apart from its headline, so the kicker’s topic joins no act the headline tells', () => {
    const clean = cleanArticle({
      body: 'Summit live: Delegations land in Lima; Boric to meet Noboa on Monday\n\nThe meeting will open at 9 a.m.',
    });
    expect(clean.sentences.filter((s) => s.headline).map((s) => s.text)).toEqual([
      'Summit live',
      'Delegations land in Lima; Boric to meet Noboa on Monday',
    ]);
    const xs = extractEvents(
      cleanArticle({
        body: 'APEC live: Leaders land at the resort; Boric to meet Noboa first thing Monday\n\nSecurity is tight around the venue.',
      }),
      { referenceDay: '2025-11-16' },
    );
    expect(xs.map((x) => [x.participants, x.date])).toContainEqual([['Chile', 'Ecuador'], '2025-11-17']);
  });

  it('has no title when the page starts with prose', () => {
    const clean = cleanArticle({
      body: 'Malta will host talks between rival Libyan factions on Tuesday, officials said.',
    });
    expect(clean.title).toBeNull();
    expect(clean.paragraphs).toHaveLength(1);
  });
});

describe('cleanArticle keeps article text', () => {
  it('keeps short sentences that contain words noise is recognised by', () => {
    const sentences = [
      'Ministers will sign up to the new framework at the summit.',
      'The talks were held by video link on Tuesday.',
      'Officials said they would follow the negotiations closely.',
      'Share prices rose after the announcement.',
      'Related talks will take place in Geneva on Monday.',
      'By Friday, both sides had agreed on a text.',
      'Kim arrived by train.',
      'He said biscuits and cookies were served at the reception.',
      'Photo opportunities were limited during the visit.',
      'In Moscow, officials welcomed the news.',
      'Western partners reject all claims that the talks have stalled.',
      'The statement does not necessarily reflect a change in policy, analysts said.',
      'This report was published by the UN monitoring mission on Monday.',
      'The report may not be published until after the summit, officials said.',
      "The ministry's newsletter said the talks would resume in May.",
      'Our standards are high, the minister told reporters.',
      'Japan makes donation to the UN refugee agency ahead of the summit.',
      'Video, released by the ministry on Sunday, showed the two leaders shaking hands.',
    ];
    const clean = cleanArticle({ body: ['Leaders meet in Geneva', ...sentences].join('\n\n') });
    expect(clean.paragraphs).toEqual(sentences);
    expect(clean.removed).toEqual([]);
  });

  it('keeps headlines that mention sponsors, sites or their source after a pipe', () => {
    for (const title of [
      'US sponsors new UN resolution on ceasefire',
      'Amazon.com to open office in Riyadh during state visit',
      'Putin to visit China next month | Wire',
    ]) {
      const clean = cleanArticle({ body: `${title}\nThe plan was announced on Monday, officials said.` });
      expect(clean.title).toBe(title);
    }
  });

  it('drops a later paragraph that is a truncated copy of an earlier one', () => {
    const first =
      'The two ministers agreed to meet again in Nairobi in the second week of October, a joint statement said.';
    const clean = cleanArticle({
      body: `Kenya and Uganda agree new talks\n${first}\nThe talks covered trade and security.\nThe two ministers agreed to meet again in Nairobi in the second week…`,
    });
    expect(clean.paragraphs).toEqual([first, 'The talks covered trade and security.']);
    expect(removedAs(clean, 'repeat')).toHaveLength(1);
  });

  it("drops an inline 'ALSO READ:' line, a lone URL and an outlet credit line", () => {
    const clean = cleanArticle({
      body: [
        'https://example.org/world/2024/05/01/talks-open',
        'Talks open in Doha',
        'Delegations from both sides arrived in Doha on Wednesday for a new round of talks.',
        'ALSO READ: Qatar says mediation is at a sensitive stage',
        'The talks are expected to last three days.',
        'Source: Gulf Wire and agencies',
      ].join('\n'),
    });
    expect(clean.paragraphs).toEqual([
      'Delegations from both sides arrived in Doha on Wednesday for a new round of talks.',
      'The talks are expected to last three days.',
    ]);
    expect(kindOf(clean, 'ALSO READ: Qatar says mediation is at a sensitive stage')).toBe('teaser');
    expect(kindOf(clean, 'https://example.org/world/2024/05/01/talks-open')).toBe('chrome');
    expect(kindOf(clean, 'Source: Gulf Wire and agencies')).toBe('byline');
  });

  it('drops share rows, ad notices, relative times, credits and sponsored blocks found on other sites', () => {
    const body = [
      'Peru to host Pacific trade talks',
      'Facebook Twitter WhatsApp Email',
      'Updated 3 hours ago',
      'Peru will host trade talks with Pacific nations in Lima on Monday, the trade ministry said.',
      'Image source, Harbour Images',
      'Story continues below advertisement',
      'Delegations from eight countries are expected to attend.',
      'Watch: Ministers arrive for the last round of talks',
      '(With inputs from agencies)',
      'Reporting by Ana Ruiz in Lima; Writing by Tom Berg; Editing by Sara Cole.',
      'Comments (12)',
      'Sponsored Content',
      'Ten places to visit this summer',
      'Why everyone is buying this gadget',
    ];
    const clean = cleanArticle({ body: body.join('\n') });
    expect(clean.paragraphs).toEqual([body[3], body[6]]);
    expect(kindOf(clean, 'Facebook Twitter WhatsApp Email')).toBe('chrome');
    expect(kindOf(clean, 'Updated 3 hours ago')).toBe('chrome');
    expect(kindOf(clean, 'Image source, Harbour Images')).toBe('caption');
    expect(kindOf(clean, 'Story continues below advertisement')).toBe('chrome');
    expect(kindOf(clean, 'Watch: Ministers arrive for the last round of talks')).toBe('teaser');
    expect(kindOf(clean, '(With inputs from agencies)')).toBe('byline');
    expect(kindOf(clean, body[9]!)).toBe('byline');
    expect(kindOf(clean, 'Comments (12)')).toBe('chrome');
    expect(kindOf(clean, 'Why everyone is buying this gadget')).toBe('teaser');
  });

  it('drops editor labels, contributor notes, gallery and file captions and a bare tag list', () => {
    const body = [
      'Peru to host Pacific trade talks',
      'Item 1 of 3 Delegates arrive at the conference centre in Lima on Sunday.',
      'FILE - Trade ministers pose for a photo at a meeting in Santiago, Chile, on May 4, 2023.',
      'Peru will host trade talks with Pacific nations in Lima on Monday, the trade ministry said.',
      'Delegations from eight countries are expected to attend.',
      'Wire reporters Ana Ruiz and Tom Berg contributed to this report.',
      '[Editor: Liu Mei]',
      'Tags',
      'Peru',
      'Trade',
      'Pacific Alliance',
    ];
    const clean = cleanArticle({ body: body.join('\n') });
    expect(clean.paragraphs).toEqual([body[3], body[4]]);
    expect(kindOf(clean, body[1]!)).toBe('caption');
    expect(kindOf(clean, body[2]!)).toBe('caption');
    expect(kindOf(clean, body[5]!)).toBe('byline');
    expect(kindOf(clean, '[Editor: Liu Mei]')).toBe('byline');
    expect(removedAs(clean, 'hashtags')).toEqual(['Tags', 'Peru', 'Trade', 'Pacific Alliance']);
  });

  it('joins hard-wrapped lines that continue in lower case', () => {
    const clean = cleanArticle({
      body: 'Talks open in Doha\n\nDelegations from both sides arrived in Doha on Wednesday for a\nnew round of talks, officials said.',
    });
    expect(clean.paragraphs).toEqual([
      'Delegations from both sides arrived in Doha on Wednesday for a new round of talks, officials said.',
    ]);
  });
});

describe('cleanArticle datelines', () => {
  const cases: ReadonlyArray<readonly [string, { year: number | null; month: number; day: number }]> = [
    [
      'PORT LOUIS, June 19, 2025 (MNA) - The island will host a regional summit.',
      { year: 2025, month: 6, day: 19 },
    ],
    [
      'Port Louis, June 19, 2025 (MNA) - The island will host a regional summit.',
      { year: 2025, month: 6, day: 19 },
    ],
    ['LIMA, Sept. 4 (Wire) - Peru will host a regional summit next month.', { year: null, month: 9, day: 4 }],
    [
      'LIMA, 4 September (Wire) -- Peru will host a regional summit next month.',
      { year: null, month: 9, day: 4 },
    ],
    [
      'LIMA, September 4. /WIRE/. Peru will host a regional summit next month.',
      { year: null, month: 9, day: 4 },
    ],
    // An agency without brackets, after the date.
    [
      'Lima, Sept. 4, Andes Wire -- Peru will host a regional summit next month.',
      { year: null, month: 9, day: 4 },
    ],
    // Two places, and no dash after the agency.
    [
      'Lima/Quito, Sept. 4 (Wire) Peru will host a regional summit next month.',
      { year: null, month: 9, day: 4 },
    ],
  ];
  it.each(cases)('reads the date of the lead %s', (lead, date) => {
    const clean = cleanArticle({ body: `Summit plans announced\n${lead}` });
    expect(clean.dateline).toMatchObject(date);
    expect(clean.sentences.at(-1)?.text).toMatch(/^(The island|Peru) will host/);
  });

  it('strips a dateline of two cities ("OSLO/NAIROBI -"), so neither city is read as a party', () => {
    const clean = cleanArticle({
      body: 'Talks to resume\nOSLO/NAIROBI - Somalia will return to talks with Kenya before the end of June, an envoy said.',
    });
    expect(clean.sentences.at(-1)?.text).toMatch(/^Somalia will return/);
  });

  const lines: ReadonlyArray<readonly [string, { year: number; month: number; day: number }]> = [
    ['By Wire Staff | Published: 25th March 2023', { year: 2023, month: 3, day: 25 }],
    ['12-05-2024 | World', { year: 2024, month: 12, day: 5 }],
    ['Updated: Mar 20, 2023', { year: 2023, month: 3, day: 20 }],
    ['by Jane Doe December 26, 2024 9:13 PM', { year: 2024, month: 12, day: 26 }],
    ['Monday, 3 February 2025', { year: 2025, month: 2, day: 3 }],
    ['14.06.2025', { year: 2025, month: 6, day: 14 }],
    ['Harbour Ledger - 2023/09/13', { year: 2023, month: 9, day: 13 }],
  ];
  it.each(lines)('reads the date line %s and removes it as a byline', (line, date) => {
    const clean = cleanArticle({
      body: `Summit plans announced\n${line}\nThe island will host a regional summit in May, officials said.`,
    });
    expect(clean.dateline).toMatchObject(date);
    expect(kindOf(clean, line)).toBe('byline');
    expect(clean.paragraphs).toEqual(['The island will host a regional summit in May, officials said.']);
  });

  it('does not take a date from the headline or a body sentence', () => {
    const clean = cleanArticle({
      body: 'Leaders to meet on March 20, 2025\nThe leaders will meet on March 20, 2025, in Vienna, officials said.',
    });
    expect(clean.dateline).toBeNull();
    expect(clean.title).toBe('Leaders to meet on March 20, 2025');
  });
});

describe('cleanArticle on HTML', () => {
  it('keeps the article paragraphs and never lets scripts, styles or iframes into the text', () => {
    const clean = cleanArticle({ html: page('article.html') });
    expect(clean.title).toBe('Ghana and Togo to sign border accord on Friday');
    expect(clean.text).not.toMatch(
      /TRACKING|STYLE TEXT|IFRAME TEXT|INLINE SCRIPT|Log in|Cocoa prices|Copyright/,
    );
    expect(clean.paragraphs[0]).toMatch(
      /^ACCRA \(Courier\) — Ghana and Togo will sign an agreement on Friday/,
    );
    expect(clean.paragraphs).toContain(
      'The accord will be signed in Accra by the two foreign ministers, a ministry spokesman said. It follows three rounds of talks held since January.',
    );
    expect(clean.paragraphs).toContain('Both countries will open two new crossing points.');
    expect(removedAs(clean, 'caption')).toEqual([
      'The two foreign ministers met in Lome in July. (Ama Owusu/Courier Images)',
    ]);
    expect(clean.dateline).toMatchObject({ year: 2024, month: 9, day: 18 });
  });

  it('reads fragments, plain text and empty input without a document around them', () => {
    expect(
      htmlToText('<p>Talks open <b>Monday</b>.</p><script>track()</script><p>Both sides attend.</p>'),
    ).toBe('Talks open Monday.\nBoth sides attend.');
    expect(readHtml('<body>Short summary of the talks.<style>p{}</style></body>').text).toBe(
      'Short summary of the talks.',
    );
    expect(readHtml('Just text, no tags.').text).toBe('Just text, no tags.');
    expect(readHtml('')).toEqual({ title: null, text: '', publishedTime: null });
  });

  it('prefers a given body over html and a given title over the page title', () => {
    const clean = cleanArticle({
      html: page('article.html'),
      title: 'Border accord',
      body: 'Border accord\nThe two countries will sign the accord on Friday.',
    });
    expect(clean.title).toBe('Border accord');
    expect(clean.paragraphs).toEqual(['The two countries will sign the accord on Friday.']);
  });
});

describe('cleanArticle output shape', () => {
  it('numbers sentences in order, headline first, and joins paragraphs with blank lines', () => {
    const clean = cleanArticle({
      body: 'Leaders meet in Oslo\nThe leaders met on Friday. They agreed to meet again.\nA statement followed.',
    });
    expect(clean.sentences.map((s) => [s.index, s.paragraph, s.headline, s.text])).toEqual([
      [0, -1, true, 'Leaders meet in Oslo'],
      [1, 0, false, 'The leaders met on Friday.'],
      [2, 0, false, 'They agreed to meet again.'],
      [3, 1, false, 'A statement followed.'],
    ]);
    expect(clean.text).toBe('The leaders met on Friday. They agreed to meet again.\n\nA statement followed.');
  });

  it('returns an empty article for empty input', () => {
    expect(cleanArticle({ body: '' })).toEqual({
      title: null,
      paragraphs: [],
      sentences: [],
      text: '',
      dateline: null,
      removed: [],
    });
  });
});

describe('cleanArticle: a line that is only a date', () => {
  it('keeps the day it names and the paragraph it stands above', () => {
    const clean = cleanArticle({
      body: 'Topic page -- latest\n\nDec 13, 2016\nKremlin: Putin to sign deals in Tokyo\nRussian President Vladimir Putin will arrive in Japan on Thursday for talks, a Kremlin aide said.\n\nNov 20, 2016\nAbe says treaty not easy\nPrime Minister Shinzo Abe said on Saturday that the dispute would not be easy to resolve.',
    });
    const dated = clean.removed.flatMap((r) => (r.dated ? [r.dated.day] : []));
    expect(dated).toEqual(['2016-12-13', '2016-11-20']);
    const first = clean.removed.find((r) => r.dated?.day === '2016-12-13')!;
    expect(clean.paragraphs[first.dated!.before]).toMatch(/^Kremlin: Putin/);
  });
});
