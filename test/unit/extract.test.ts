import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../shared/domain/clean.js';
import { type Extraction, extractEvents, traceMentions } from '../../shared/domain/extract.js';
import { prepareArticle } from '../../shared/domain/prepare-article.js';

function extract(body: string, referenceDay: string): Extraction[] {
  return extractEvents(cleanArticle({ body }), { referenceDay });
}

/** All but the visits a meeting at one side's seat implies (they update a visit, never make one). */
function meetingsOf(xs: readonly Extraction[]): Extraction[] {
  return xs.filter((x) => x.type !== 'visit' || x.canCreate);
}

function only(xs: readonly Extraction[], type: Extraction['type']): Extraction {
  const found = xs.filter((x) => x.type === type);
  expect(found, `one ${type} in ${JSON.stringify(xs)}`).toHaveLength(1);
  return found[0]!;
}

// Reference days used below: Tuesday 2025-03-04 unless stated.
describe('extractEvents: status and day', () => {
  it('reads a dated future visit as scheduled, resolving the year forward', () => {
    const xs = extract(
      'Kenya leader to travel to Japan\n\nKenyan President William Ruto will pay a state visit to Japan on April 8, the foreign ministry in Nairobi said on Monday.',
      '2025-03-04',
    );
    const visit = only(xs, 'visit');
    expect(visit).toMatchObject({ status: 'scheduled', date: '2025-04-08', host: 'Japan' });
    expect(visit.participants).toEqual(['Japan', 'Kenya']);
  });

  it('reads a plan without a day as pending', () => {
    const xs = extract(
      'Canada and Mexico prepare trade pact\n\nCanada and Mexico are preparing to sign a new trade agreement in the near future, officials in Ottawa said, but no date has been set.',
      '2025-03-04',
    );
    expect(only(xs, 'signing')).toMatchObject({ status: 'pending', date: null });
  });

  it('resolves "on Friday" backwards for an arrival and forwards for a plan', () => {
    const past = extract(
      'Spanish PM lands in Morocco\n\nSpanish Prime Minister Pedro Sanchez arrived in Rabat on Friday for talks with Moroccan officials.',
      '2025-03-08',
    );
    expect(only(past, 'visit')).toMatchObject({ status: 'occurred', date: '2025-03-07' });
    const future = extract(
      'Spanish PM heads to Morocco\n\nSpanish Prime Minister Pedro Sanchez will arrive in Rabat on Friday for talks with Moroccan officials.',
      '2025-03-04',
    );
    expect(only(future, 'visit')).toMatchObject({ status: 'scheduled', date: '2025-03-07' });
  });

  it('reads a postponement without a new day as postponed', () => {
    const xs = extract(
      'Summit delayed\n\nThe summit between Egypt and Ethiopia planned for next week has been postponed indefinitely, Cairo said on Tuesday.',
      '2025-03-04',
    );
    expect(only(xs, 'summit')).toMatchObject({ status: 'postponed', date: null });
  });

  it('reads a cancellation as cancelled', () => {
    const xs = extract(
      'Talks called off\n\nPoland and Ukraine have called off the planned talks between their foreign ministers, a government spokesman in Warsaw said.',
      '2025-03-04',
    );
    expect(only(xs, 'talks').status).toBe('cancelled');
  });

  it('treats a new day named by a rescheduling as a plan', () => {
    const xs = extract(
      'Visit moved\n\nThe Brazilian president is expected to reschedule his trip to India for April 22, his spokesman said.',
      '2025-03-04',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'scheduled', date: '2025-04-22' });
  });

  it('keeps an abandoned plan from becoming a day', () => {
    const xs = extract(
      'Visit put off\n\nThe Chilean leader had been due to fly to Argentina on Saturday, but the trip was postponed after a storm. No new date has been set.',
      '2025-03-04',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'postponed', date: null });
  });

  it('does not take a hedged, speculative day', () => {
    const xs = extract(
      'Possible trip\n\nThe Indian prime minister will visit France soon; the trip could take place around March 20, local media speculated.',
      '2025-03-04',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'pending', date: null });
  });

  it('gives a signing "during the visit" the visit\'s day', () => {
    const xs = extract(
      "Vietnamese leader to visit Australia\n\nVietnam's prime minister will visit Australia on May 5. During the visit, the two leaders are expected to sign a maritime cooperation agreement.",
      '2025-04-20',
    );
    expect(only(xs, 'signing')).toMatchObject({ status: 'scheduled', date: '2025-05-05' });
    expect(only(xs, 'visit')).toMatchObject({ status: 'scheduled', date: '2025-05-05' });
  });

  it('reports a signing as occurred when it is done', () => {
    const xs = extract(
      'Deal signed\n\nArmenia and Azerbaijan signed a peace agreement in Washington on Friday, ending decades of conflict.',
      '2025-08-09',
    );
    expect(only(xs, 'signing')).toMatchObject({ status: 'occurred', date: '2025-08-08' });
  });
});

describe('extractEvents: what is not news', () => {
  it('reads a meeting told in a "when" clause after a past year, or with a "then-" title, as background', () => {
    const lead = 'Saudi Crown Prince Mohammed bin Salman will make a state visit to South Korea on Nov. 17.';
    for (const body of [
      "It will be the crown prince's first trip to Seoul since 2022, when he met South Korea's president and signed deals worth $30 billion.",
      'On his last trip the crown prince met then-President Yoon Suk Yeol and signed investment deals.',
    ]) {
      const xs = extract(`Crown prince to visit Seoul\n\n${lead} ${body}`, '2025-11-10');
      expect(only(xs, 'visit')).toMatchObject({ status: 'scheduled', date: '2025-11-17' });
      expect(
        xs.filter((x) => x.status === 'occurred' && !x.background),
        body,
      ).toEqual([]);
    }
  });

  it('ignores a report that is denied', () => {
    const xs = extract(
      'Minister denies signing rumours\n\nThe foreign minister of Peru rejected reports that Lima and Quito were about to sign a border accord on Sunday.',
      '2025-03-04',
    );
    expect(xs.filter((x) => x.type === 'signing' && x.date)).toEqual([]);
  });

  it('ignores a change that was only suggested and then denied', () => {
    const xs = extract(
      'Visit on\n\nThe Peruvian president will travel to Chile next month. Earlier this year there were reports that the trip had been shelved by Santiago, which the president denied.',
      '2025-03-04',
    );
    expect(only(xs, 'visit')).toMatchObject({ participants: ['Chile', 'Peru'], status: 'pending' });
  });

  it('marks long-past happenings as background, not news', () => {
    const xs = extract(
      'Leaders plan new talks\n\nThe presidents of Turkey and Greece will meet again soon. They last met in Athens in December 2023.',
      '2025-03-04',
    );
    expect(xs.some((x) => x.status === 'occurred' && !x.background)).toBe(false);
  });

  it('does not date a meeting with the day of a phone call', () => {
    const xs = extract(
      'Leaders agree to meet\n\nThe presidents of France and Nigeria agreed to meet during a phone call on Thursday.',
      '2025-03-07',
    );
    expect(xs.every((x) => x.date === null)).toBe(true);
  });

  it("does not count a war's sides or a mediator as parties", () => {
    const xs = extract(
      'Talks planned\n\nQatar-brokered talks between Sudan and Chad on the war in Ukraine will be held next week.',
      '2025-03-04',
    );
    const talks = only(xs, 'talks');
    expect(talks.participants).toEqual(['Chad', 'Sudan']);
  });
});

describe('extractEvents: phrasing variety', () => {
  it("reads an organisation's summit with no host named as the organisation's own", () => {
    const off = extract(
      'Gulf summit delayed\n\nThe Gulf Cooperation Council summit has been postponed.',
      '2025-05-07',
    );
    expect(off.map((x) => [x.type, x.status, x.participants.join('+')])).toEqual([
      ['summit', 'postponed', 'GCC'],
    ]);
    const dated = extract(
      'Bloc meets\n\nThe annual ASEAN summit will be held on Oct. 26, the bloc said.',
      '2025-05-07',
    );
    expect(dated.map((x) => [x.status, x.date, x.participants.join('+')])).toEqual([
      ['scheduled', '2025-10-26', 'ASEAN'],
    ]);
  });

  it('reads leaders who "will convene" as a summit, and a range across two months as its days', () => {
    const xs = extract(
      'Bloc summit\n\nLeaders of the Association of Southeast Asian Nations will convene in Kuala Lumpur on May 31-June 1.',
      '2025-05-07',
    );
    expect(only(xs, 'summit')).toMatchObject({
      status: 'scheduled',
      date: '2025-05-31',
      endDate: '2025-06-01',
    });
    const held = extract(
      'Ministers meet\n\nForeign ministers of Iran and Saudi Arabia convened in Beijing on Monday.',
      '2025-05-07',
    );
    expect(only(held, 'talks')).toMatchObject({ status: 'occurred', date: '2025-05-05' });
  });

  it('gives a summit the day told right after it, not the day of the flight there', () => {
    const xs = extract(
      'Summit\n\nThe Kazakh president is due to fly on to Bishkek, Kyrgyzstan, later on Wednesday for the Eurasian Economic Union summit on Thursday and Friday.',
      '2025-05-14',
    );
    expect(only(xs, 'summit')).toMatchObject({ status: 'scheduled', date: '2025-05-15' });
  });

  it('takes the day right after "told the Security Council" for the telling, not the talks', () => {
    const xs = extract(
      'Talks\n\nThe UN envoy for Yemen told the Security Council on Tuesday that he was moving the next round of peace talks in Geneva until March 20.',
      '2025-03-05',
    );
    expect(only(xs, 'talks').date).toBe('2025-03-20');
  });

  it('reads an accord "still awaiting signature" as a signing to come, not one done', () => {
    const xs = extract(
      'Trade pact\n\nThe Chile-Vietnam Comprehensive Economic Partnership Agreement, whose negotiations were concluded at the end of August, is still awaiting signature.',
      '2025-10-17',
    );
    expect(only(xs, 'signing').status).toBe('pending');
  });

  it('reads "sat down on Tuesday morning for the fifth round" as talks held that day', () => {
    const xs = extract(
      'Talks begin\n\nThe Serbian and Croatian delegations sat down on Tuesday morning for the fifth round of border talks in Zagreb.',
      '2025-03-04',
    );
    expect(meetingsOf(xs)).toMatchObject([{ status: 'occurred', date: '2025-03-04' }]);
  });

  it('reads "held a third day of talks" on the day it is published as talks held that day', () => {
    const xs = extract(
      'Border talks go on\n\nIndian and Chinese officers held a third day of general-level talks on Thursday.',
      '2020-06-18',
    );
    expect(only(xs, 'talks')).toMatchObject({ status: 'occurred', date: '2020-06-18' });
  });

  it('reads "X will host Y" as a visit hosted by X', () => {
    const xs = extract(
      'Paris visit\n\nFrench President Emmanuel Macron will host Indian Prime Minister Narendra Modi in Paris on July 14.',
      '2025-06-01',
    );
    expect(only(xs, 'visit')).toMatchObject({
      host: 'France',
      status: 'scheduled',
      date: '2025-07-14',
      participants: ['France', 'India'],
    });
  });

  it("counts the host country of an organisation's summit among its parties", () => {
    const xs = extract(
      "Alliance meets\n\nNATO leaders will meet in The Hague on June 24-25 for the alliance's annual summit.",
      '2025-06-10',
    );
    expect(only(xs, 'summit')).toMatchObject({
      status: 'scheduled',
      date: '2025-06-24',
      endDate: '2025-06-25',
    });
    expect(only(xs, 'summit').participants).toContain('NATO');
  });

  it('reads "is in X for a visit" as under way', () => {
    const xs = extract(
      'Hanoi\n\nU.S. President Joe Biden is in Vietnam for a visit aimed at deepening ties.',
      '2023-09-10',
    );
    expect(only(xs, 'visit').status).toBe('occurred');
  });

  it('reads a planned meeting that "was postponed on Sunday" as postponed, not moved to Sunday', () => {
    const xs = extract(
      'Meeting off\n\nA planned meeting between the foreign ministers of Iran and Saudi Arabia was postponed on Sunday.',
      '2025-03-04',
    );
    expect(only(xs, 'talks')).toMatchObject({ status: 'postponed', date: null });
  });

  it('dates a signing, not the visit it happened during', () => {
    const xs = extract(
      "Trade deal\n\nThe United Kingdom and India signed a free trade agreement in London on Thursday during Modi's visit.",
      '2025-07-25',
    );
    expect(only(xs, 'signing')).toMatchObject({ status: 'occurred', date: '2025-07-24' });
    expect(xs.filter((x) => x.type === 'visit')).toEqual([]);
  });

  it('does not let a venue adjective become a party ("the Budapest meeting")', () => {
    const xs = extract(
      'Leaders to meet\n\nThe presidents of Brazil and Argentina will hold a summit next month. The Montevideo summit is being prepared by diplomats.',
      '2025-03-04',
    );
    expect(only(xs, 'summit').participants).toEqual(['Argentina', 'Brazil']);
  });
});

// Reference day below: Monday 2025-08-11.
describe('extractEvents: changes of plan in other words', () => {
  it('reads talks "suspended until further notice" as postponed', () => {
    const xs = extract(
      'Sea talks halted\n\nTalks between Indonesia and Vietnam have been suspended until further notice, officials said.',
      '2025-08-11',
    );
    expect(only(xs, 'talks')).toMatchObject({ status: 'postponed', date: null });
  });

  it('reads "will not go ahead" as cancelled, and "will not go ahead as planned" as postponed', () => {
    const off = extract(
      'Summit off\n\nThe summit between Egypt and Greece will not go ahead, officials said.',
      '2025-08-11',
    );
    expect(only(off, 'summit').status).toBe('cancelled');
    const later = extract(
      'Summit delayed\n\nThe summit between Egypt and Greece will not go ahead as planned, officials said.',
      '2025-08-11',
    );
    expect(only(later, 'summit').status).toBe('postponed');
  });

  it('reads "will not take place" as cancelled, and "will not take place on <day> as planned" as postponed', () => {
    const off = extract(
      'Talks off\n\nThe talks between Kenya and Ethiopia will not take place, officials in Nairobi said.',
      '2025-05-05',
    );
    expect(only(off, 'talks').status).toBe('cancelled');
    const later = extract(
      'Talks delayed\n\nThe talks between Kenya and Ethiopia will not take place on May 14 as planned, officials in Nairobi said.',
      '2025-05-05',
    );
    expect(only(later, 'talks')).toMatchObject({ status: 'postponed', date: null });
  });

  it('reads "moved to" or "brought forward to" a day as the new day, and a move to a city as nothing', () => {
    for (const verb of ['moved', 'brought forward', 'brought forward by a day', 'moved up by two days']) {
      const xs = extract(
        `Summit date\n\nThe summit between Egypt and Greece has been ${verb} to Sept. 3, officials said.`,
        '2025-08-11',
      );
      expect(only(xs, 'summit')).toMatchObject({ status: 'scheduled', date: '2025-09-03' });
    }
    const venue = extract(
      'Summit venue\n\nThe summit between Egypt and Greece has been moved to Athens, officials said.',
      '2025-08-11',
    );
    expect(venue.filter((x) => x.status === 'postponed')).toEqual([]);
  });

  it('takes the day after "now" or "instead" when the sentence names the abandoned one first', () => {
    const now = extract(
      'New date\n\nThe Egypt-Greece summit, originally set for Thursday, will now take place on Aug. 28.',
      '2025-08-11',
    );
    expect(only(now, 'summit')).toMatchObject({ status: 'scheduled', date: '2025-08-28' });
    const instead = extract(
      'New date\n\nThe summit between Egypt and Greece, which had been scheduled for Aug. 14, will instead be held on Aug. 28, officials said.',
      '2025-08-11',
    );
    expect(only(instead, 'summit')).toMatchObject({ status: 'scheduled', date: '2025-08-28' });
  });

  it('reads "the signing of" as a signing that can be put off', () => {
    const xs = extract(
      'Visit on hold\n\nThe signing of the minerals agreement between Ghana and South Korea has been put off, officials said.',
      '2025-08-11',
    );
    expect(only(xs, 'signing').status).toBe('postponed');
  });

  it('does not read "arrived for talks and the signing of a treaty" as the signing done', () => {
    const xs = extract(
      'Visit begins\n\nGhanaian President John Mahama arrived in Seoul on Monday for talks and the signing of a minerals agreement with South Korea.',
      '2025-08-11',
    );
    expect(xs.filter((x) => x.type === 'signing' && x.status === 'occurred')).toEqual([]);
  });

  it('dates a signing "on Wednesday after talks" with that day, and the talks not at all', () => {
    const xs = extract(
      'Deal done\n\nSouth Korean President Lee Jae-myung and Ghanaian President John Mahama signed agreements on critical minerals on Wednesday after talks in Accra.',
      '2025-10-22',
    );
    expect(only(xs, 'signing')).toMatchObject({ status: 'occurred', date: '2025-10-22' });
    expect(xs.filter((x) => x.type === 'talks' && x.status === 'scheduled')).toEqual([]);
  });
});

describe('extractEvents: plans and happenings in other words', () => {
  it('reads a leader "due in" or "will be in" a capital on a day as a dated visit, and talks "will be in" a city as talks', () => {
    for (const phrase of ['is due in', 'will be in', 'is expected in']) {
      const xs = extract(
        `Cairo trip\n\nGreek Prime Minister Kyriakos Mitsotakis ${phrase} Cairo on Thursday.`,
        '2025-08-11',
      );
      expect(only(xs, 'visit')).toMatchObject({ status: 'scheduled', date: '2025-08-14', host: 'Egypt' });
    }
    const talks = extract(
      'Next round\n\nThe next round of talks between Egypt and Greece will be in Cairo on Thursday.',
      '2025-08-11',
    );
    expect(talks.filter((x) => x.type === 'visit')).toEqual([]);
    expect(only(talks, 'talks')).toMatchObject({ status: 'scheduled', date: '2025-08-14' });
  });

  it('reads a present-tense trip with a day ahead as a plan ("heads to Cairo on Thursday")', () => {
    const xs = extract(
      'Cairo trip\n\nGreek Prime Minister Kyriakos Mitsotakis heads to Cairo on Thursday.',
      '2025-08-11',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'scheduled', date: '2025-08-14' });
  });

  it('reads "slated" and "pencilled in for" as plans', () => {
    const xs = extract(
      'Talks dated\n\nTalks between Egypt and Greece are pencilled in for Aug. 20.',
      '2025-08-11',
    );
    expect(only(xs, 'talks')).toMatchObject({ status: 'scheduled', date: '2025-08-20' });
  });

  it('reads a visit "cut short" as happened, and talks a party "pulled out of" as cancelled', () => {
    const cut = extract(
      'Trip ends early\n\nGreek Prime Minister Kyriakos Mitsotakis cut short his visit to Egypt on Monday.',
      '2025-08-11',
    );
    expect(only(cut, 'visit').status).toBe('occurred');
    const out = extract(
      'Talks off\n\nEgypt has pulled out of talks with Greece scheduled for Thursday.',
      '2025-08-11',
    );
    expect(only(out, 'talks').status).toBe('cancelled');
  });
});

describe('extractEvents: the present tense', () => {
  it('reads "opens on Thursday" as a plan when Thursday is ahead, and as under way on the day', () => {
    for (const verb of ['opens', 'kicks off', 'gets under way']) {
      const ahead = extract(
        `Summit week\n\nThe summit between Egypt and Greece ${verb} in Athens on Thursday.`,
        '2025-08-11',
      );
      expect(only(ahead, 'summit')).toMatchObject({ status: 'scheduled', date: '2025-08-14' });
    }
    const today = extract(
      'Summit day\n\nThe summit between Egypt and Greece opens in Athens on Monday.',
      '2025-08-11',
    );
    expect(only(today, 'summit')).toMatchObject({ status: 'occurred', date: '2025-08-11' });
  });

  it('reads "is visiting X on Thursday" as a plan', () => {
    const xs = extract(
      'Cairo trip\n\nGreek Prime Minister Kyriakos Mitsotakis is visiting Egypt on Thursday.',
      '2025-08-11',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'scheduled', date: '2025-08-14' });
  });

  it('reads "is currently on a two-day visit" as under way', () => {
    for (const where of [
      'is currently on a two-day visit to Egypt',
      'is on an official three-day visit to Egypt',
    ]) {
      const xs = extract(`Cairo trip\n\nGreek Prime Minister Kyriakos Mitsotakis ${where}.`, '2025-08-11');
      expect(only(xs, 'visit').status, where).toBe('occurred');
    }
  });
});

describe('extractEvents: plans called off in plain words', () => {
  it('reads "will no longer be held in Tokyo" as a change of venue, and a bare "will no longer be held" as called off', () => {
    const venue = extract(
      'Summit moves\n\nThe India-Japan summit will no longer be held in Tokyo and will move to Osaka.',
      '2025-10-28',
    );
    expect(venue.filter((x) => x.status === 'cancelled')).toEqual([]);
    const off = extract(
      'Summit off\n\nThe India-Japan summit will no longer be held, officials said.',
      '2025-10-28',
    );
    expect(only(off, 'summit').status).toBe('cancelled');
  });

  it('reads "will no longer", "won\'t", "will not" and "is off" as cancelled', () => {
    for (const body of [
      'Greek Prime Minister Kyriakos Mitsotakis will no longer travel to Egypt, officials said.',
      "Greek Prime Minister Kyriakos Mitsotakis won't visit Egypt, officials said.",
      'Egypt and Greece will not sign the gas deal on Thursday.',
      'The summit between Egypt and Greece is off, officials said.',
    ]) {
      const xs = extract(`Plans change\n\n${body}`, '2025-08-11');
      expect(
        xs.map((x) => x.status),
        body,
      ).toEqual(['cancelled']);
    }
  });

  it('reads "will not happen" and "is not going to happen" as called off, but not "will not happen before the summer"', () => {
    for (const body of [
      'The planned meeting between Putin and Zelensky will not happen, the Kremlin said on Tuesday.',
      'The summit between Putin and Trump in Budapest is not going to happen, the White House said.',
    ]) {
      const xs = extract(`Plans change\n\n${body}`, '2025-05-07');
      expect(
        xs.map((x) => x.status),
        body,
      ).toEqual(['cancelled']);
    }
    const later = extract(
      "Not yet\n\nA meeting between Putin and Zelensky won't happen before the summer, the Kremlin said.",
      '2025-05-07',
    );
    expect(later.filter((x) => x.status === 'cancelled')).toEqual([]);
  });

  it('reads "will not ... as planned" and "will not ... until" as postponed, and "unless" as no claim of change', () => {
    const delayed = extract(
      'Trip delayed\n\nGreek Prime Minister Kyriakos Mitsotakis will not travel to Egypt this week as planned.',
      '2025-08-11',
    );
    expect(only(delayed, 'visit').status).toBe('postponed');
    const until = extract(
      'Talks frozen\n\nEgypt and Greece will not meet until the dispute over gas fields is settled.',
      '2025-08-11',
    );
    expect(until.map((x) => x.status)).toEqual(['postponed']);
    const unless = extract(
      'A warning\n\nEgypt will not sign the gas deal with Greece unless its terms change, officials said.',
      '2025-08-11',
    );
    expect(unless.filter((x) => x.status === 'cancelled' || x.status === 'postponed')).toEqual([]);
  });
});

describe('extractEvents: meetings told in the past tense', () => {
  // Friday 2025-10-17: "on Thursday" is the day before.
  it('reads "held bilateral talks", "held a summit" and "had talks" with a day as held that day', () => {
    for (const said of ['held bilateral talks', 'held a summit', 'had talks', 'held lengthy talks']) {
      const xs = extract(`Leaders meet\n\nPutin and Xi ${said} in Moscow on Thursday.`, '2025-10-17');
      expect(
        meetingsOf(xs).map((x) => [x.status, x.date]),
        said,
      ).toEqual([['occurred', '2025-10-16']]);
    }
    const plan = extract(
      'Leaders meet\n\nPutin and Xi had planned to hold a summit in Moscow on Thursday.',
      '2025-10-17',
    );
    expect(plan.filter((x) => x.status === 'occurred')).toEqual([]);
  });

  it('reads a meeting named with a day just past, in a sentence told in the past, as held that day', () => {
    for (const body of [
      "Thursday's summit between Putin and Xi in Moscow produced a joint statement on energy.",
      'The meeting between Putin and Xi on Thursday was their first since 2023.',
      'The Putin-Xi summit on Thursday lasted more than three hours.',
    ]) {
      const xs = extract(`Leaders meet\n\n${body}`, '2025-10-17');
      expect(
        meetingsOf(xs).map((x) => [x.status, x.date]),
        body,
      ).toEqual([['occurred', '2025-10-16']]);
    }
    // A day further back is not "just past": the plan it names is still ahead.
    const ahead = extract(
      'Summit date\n\nThe Jan. 17 summit between Iran and Russia was announced on Monday.',
      '2024-12-26',
    );
    expect(ahead.map((x) => [x.status, x.date])).toEqual([['scheduled', '2025-01-17']]);
  });

  it('reads "agreed to" after a meeting noun as about what follows, not about the meeting', () => {
    const held = extract(
      "Leaders meet\n\nAt Thursday's meeting in Moscow, Putin and Xi agreed to expand trade.",
      '2025-10-17',
    );
    expect(meetingsOf(held).map((x) => [x.status, x.date])).toEqual([['occurred', '2025-10-16']]);
    const ahead = extract(
      "Leaders to meet\n\nAt Thursday's meeting in Moscow, Putin and Xi plan to sign a trade pact.",
      '2025-10-13',
    );
    expect(only(ahead, 'summit')).toMatchObject({ status: 'scheduled', date: '2025-10-16' });
  });

  it("reads a meeting noun's bare weekday as the nearest one when nothing gives a tense", () => {
    const friday = extract(
      "Talks hailed\n\nThursday's talks between Putin and Xi are seen as a breakthrough.",
      '2025-10-17',
    );
    expect(friday.filter((x) => x.status === 'scheduled')).toEqual([]);
    const monday = extract(
      "Talks ahead\n\nThursday's talks between Putin and Xi are seen as crucial.",
      '2025-10-13',
    );
    expect(only(monday, 'talks')).toMatchObject({ status: 'scheduled', date: '2025-10-16' });
  });

  it('reads talks held on the telephone as no meeting', () => {
    for (const said of ['held talks by phone', 'held telephone talks']) {
      const xs = extract(`Leaders talk\n\nPutin and Xi ${said} on Thursday.`, '2025-10-17');
      expect(
        xs.filter((x) => x.status === 'occurred' || x.status === 'scheduled'),
        said,
      ).toEqual([]);
    }
  });

  it('gives a day before "and agreed to meet" to the agreement, not the meeting', () => {
    const xs = extract(
      'Leaders to meet\n\nPutin and Trump held a phone call on Thursday and agreed to meet in Budapest.',
      '2025-10-17',
    );
    expect(xs.map((x) => [x.type, x.status, x.date])).toEqual([['summit', 'pending', null]]);
  });
});

describe('extractEvents: a plan confirmed or restored', () => {
  it('reads "remains on track for Nov. 3" and "reinstated for Nov. 3 after being called off" as dated plans', () => {
    for (const body of [
      'Egypt said the summit with Jordan remains on track for Nov. 3.',
      'The summit between Egypt and Jordan has been reinstated for Nov. 3 after being called off last week.',
    ]) {
      const xs = extract(`Summit on\n\n${body}`, '2025-10-27');
      expect(only(xs, 'summit'), body).toMatchObject({ status: 'scheduled', date: '2025-11-03' });
    }
  });
});

describe('extractEvents: staying away from a summit', () => {
  it('reads "will not attend" or "pulled out of" a summit as news of the summit without the absentee', () => {
    for (const stays of ['Chinese President Xi Jinping will not attend', 'The United States will boycott']) {
      const xs = extract(
        `Summit absence\n\n${stays} the G20 summit in Johannesburg on Nov. 22.`,
        '2025-11-10',
      );
      expect(
        xs.map((x) => [x.type, x.status, x.date, x.participants.join('+')]),
        stays,
      ).toEqual([['summit', 'scheduled', '2025-11-22', 'G20+South Africa']]);
    }
    const out = extract(
      'Leader stays home\n\nRussia pulled out of the G20 summit in Johannesburg.',
      '2025-11-10',
    );
    expect(out.filter((x) => x.status === 'cancelled')).toEqual([]);
  });
});

describe('extractEvents: armed movements as parties', () => {
  it('reads talks between a government and an armed movement as theirs, the host city as the venue', () => {
    const xs = extract(
      'Talks resume\n\nNegotiators from Israel and Hamas resumed indirect talks in Doha on Sunday.',
      '2025-07-14',
    );
    expect(only(xs, 'talks')).toMatchObject({
      participants: ['Hamas', 'Israel'],
      status: 'occurred',
      date: '2025-07-13',
      location: 'Doha',
    });
  });
});

describe('extractEvents: signings in other words', () => {
  // Tuesday 2025-08-05.
  it('reads "will put pen to paper on ... on Aug. 8" as a dated signing', () => {
    const xs = extract(
      'Treaty date\n\nArmenia and Azerbaijan will put pen to paper on the peace treaty on Aug. 8.',
      '2025-08-05',
    );
    expect(only(xs, 'signing')).toMatchObject({ status: 'scheduled', date: '2025-08-08' });
  });

  it('reads "put pen to paper" with no auxiliary as a signing told in the past', () => {
    const xs = extract(
      'Deal done\n\nGeorgia and Armenia put pen to paper on a transit accord in Tbilisi on Monday.',
      '2025-08-05',
    );
    expect(only(xs, 'signing')).toMatchObject({ status: 'occurred', date: '2025-08-04' });
  });

  it('dates a signing whose object is a declaration, a ceasefire or a truce', () => {
    // Thursday 2025-10-23: "on Sunday" is 2025-10-26.
    for (const object of ['a peace declaration', 'a ceasefire agreement', 'a truce']) {
      const xs = extract(
        `Deal ahead\n\nGeorgia and Armenia will sign ${object} in Batumi on Sunday.`,
        '2025-10-23',
      );
      expect(only(xs, 'signing'), object).toMatchObject({ status: 'scheduled', date: '2025-10-26' });
    }
  });

  it('reads "initialled" as a signing that happened and "will initial" as a plan, but not the adjective', () => {
    const done = extract(
      'Text agreed\n\nGeorgia and Armenia initialled a border agreement in Washington on Friday.',
      '2025-10-20',
    );
    expect(only(done, 'signing')).toMatchObject({ status: 'occurred', date: '2025-10-17' });
    const plan = extract(
      'Text agreed\n\nGeorgia and Armenia will initial the border agreement on Friday.',
      '2025-10-20',
    );
    expect(only(plan, 'signing')).toMatchObject({ status: 'scheduled', date: '2025-10-24' });
    const adjective = extract(
      'Text agreed\n\nGeorgia and Armenia agreed on the initial text of the border agreement on Friday.',
      '2025-10-20',
    );
    expect(adjective.filter((x) => x.type === 'signing')).toEqual([]);
  });

  it('reads the traveller of "during X\'s visit to Y on <day>" as a party, and the signing on that visit takes its day', () => {
    // Monday 2025-06-09.
    const xs = extract(
      "Pact in view\n\nThe two leaders are expected to sign a defence pact during Ramaphosa's visit to Hanoi on July 14.",
      '2025-06-09',
    );
    expect(only(xs, 'visit')).toMatchObject({
      participants: ['South Africa', 'Vietnam'],
      status: 'scheduled',
      date: '2025-07-14',
    });
    expect(only(xs, 'signing')).toMatchObject({
      participants: ['South Africa', 'Vietnam'],
      status: 'scheduled',
      date: '2025-07-14',
    });
  });

  it('gives a signing the day said before "at a summit", as it gives the summit', () => {
    const xs = extract(
      'Deal ahead\n\nGeorgia and Armenia will sign the transit deal in Batumi on Monday at a summit hosted by Turkey.',
      '2025-10-23',
    );
    expect(only(xs, 'signing')).toMatchObject({ status: 'scheduled', date: '2025-10-27' });
    expect(only(xs, 'summit')).toMatchObject({ status: 'scheduled', date: '2025-10-27' });
  });

  it('gives a signing the day of the trip named in a "when" clause after it', () => {
    const xs = extract(
      'Accord planned\n\nGeorgia and Armenia will sign a transit accord when Prime Minister Nikol Pashinyan visits Tbilisi on Aug. 14.',
      '2025-08-05',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'scheduled', date: '2025-08-14' });
    expect(only(xs, 'signing')).toMatchObject({ status: 'scheduled', date: '2025-08-14' });
  });

  it('gives a signing a dated trip is made for ("will visit ... on Friday to sign") the trip\'s day', () => {
    for (const body of [
      'Trip\n\nArmenian Prime Minister Nikol Pashinyan will visit Tbilisi on Friday to sign a transit accord with Georgia.',
      'Trip\n\nArmenian Prime Minister Nikol Pashinyan is expected in Tbilisi on Friday to sign a transit accord with Georgia, officials said.',
    ]) {
      const xs = extract(body, '2025-08-05');
      expect(only(xs, 'visit')).toMatchObject({ status: 'scheduled', date: '2025-08-08' });
      expect(only(xs, 'signing')).toMatchObject({ status: 'scheduled', date: '2025-08-08' });
    }
  });

  it('reads "failed to sign ... on Tuesday" as a signing that did not happen, not one next Tuesday', () => {
    const xs = extract(
      'No deal\n\nGeorgia and Armenia failed to sign the transit accord on Tuesday after last-minute disagreements.',
      '2025-08-06',
    );
    expect(only(xs, 'signing')).toMatchObject({ status: 'postponed', date: null });
  });

  it('reads "a signing ceremony is scheduled for Friday" after an agreement is named as a dated signing', () => {
    const xs = extract(
      'Treaty ready\n\nGeorgia and Armenia have finalised a transit accord. A signing ceremony is scheduled for Friday in Tbilisi.',
      '2025-08-06',
    );
    expect(only(xs, 'signing')).toMatchObject({
      participants: ['Armenia', 'Georgia'],
      status: 'scheduled',
      date: '2025-08-08',
    });
  });

  it('reads a law or a decree signed at home as no signing between states', () => {
    for (const body of [
      'Ratified\n\nPresident Pashinyan signed into law the transit accord with Georgia on Saturday.',
      'Decree\n\nPresident Pashinyan signed a decree on Tuesday approving the draft accord with Georgia.',
    ])
      expect(extract(body, '2025-08-06').filter((x) => x.type === 'signing')).toEqual([]);
  });

  it('gives a day before ", with signing expected" to what comes before, not to the signing', () => {
    const xs = extract(
      'Treaty text agreed\n\nArmenia and Azerbaijan finalised the text of a peace treaty on Thursday, with signing expected later this year.',
      '2025-08-05',
    );
    expect(only(xs, 'signing')).toMatchObject({ status: 'pending', date: null });
  });

  it('reads "signed off on a deal" as an approval, not a signing', () => {
    const xs = extract(
      'Deal approved\n\nThe leaders of Armenia and Azerbaijan signed off on a peace deal on Friday.',
      '2025-08-05',
    );
    expect(xs.filter((x) => x.type === 'signing')).toEqual([]);
  });
});

describe("extractEvents: a dated trip's purpose", () => {
  it("gives the summit a trip is for the trip's day", () => {
    const summit = extract(
      "Moscow trip\n\nIndia's prime minister will pay an official visit to Russia on July 8-9 for the annual India-Russia summit with Russia's president.",
      '2025-06-30',
    );
    expect(only(summit, 'visit')).toMatchObject({ status: 'scheduled', date: '2025-07-08' });
    expect(only(summit, 'summit')).toMatchObject({ status: 'scheduled', date: '2025-07-08' });
    // Talks a trip is for stay talks of their own, with no day (dated, they would be the trip's programme).
    const talks = extract(
      "Seoul trip\n\nJapan's foreign minister will travel to Seoul on Nov. 17 for talks with her South Korean counterpart.",
      '2025-11-10',
    );
    expect(only(talks, 'talks')).toMatchObject({ status: 'pending', date: null });
  });
});

describe('extractEvents: a day belongs to a trigger of its own clause', () => {
  it('keeps a trip\'s day when a meeting follows in a ", when" clause', () => {
    for (const body of [
      'Chancellor Friedrich Merz will make his first trip to Washington as chancellor on Thursday, when he will meet Trump.',
      'German Chancellor Friedrich Merz will travel to Washington on Thursday, when he will meet Trump.',
    ]) {
      const xs = extract(`Merz to Washington\n\n${body}`, '2025-05-07');
      expect(only(xs, 'visit'), body).toMatchObject({ status: 'scheduled', date: '2025-05-08' });
    }
  });
});

describe("extractEvents: an organisation's summit and the members who attend it", () => {
  it('keeps the organisation and its host as the parties when the sentence lists the members', () => {
    const xs = extract(
      'Summit opens\n\nThe BRICS summit opened in Rio de Janeiro on Sunday with leaders from Brazil, Russia, India, China and South Africa.',
      '2025-05-07',
    );
    expect(only(xs, 'summit')).toMatchObject({
      participants: ['BRICS', 'Brazil'],
      status: 'occurred',
      date: '2025-05-04',
    });
    const attend = extract(
      'Kazan summit\n\nPutin, Modi and Xi will attend the BRICS summit in Kazan on Oct. 22.',
      '2025-05-07',
    );
    expect(only(attend, 'summit')).toMatchObject({ participants: ['BRICS', 'Russia'], date: '2025-10-22' });
  });

  it('gives a summit the day of the journey to it, even when an abbreviated month sits between', () => {
    for (const body of [
      'Putin will travel to Tajikistan on Oct. 9 for a CIS summit.',
      'Putin will travel to Tajikistan for a CIS summit in Dushanbe on Oct. 9-10.',
    ]) {
      const xs = extract(`Putin trip\n\n${body}`, '2025-10-01');
      expect(
        xs.map((x) => [x.type, x.status, x.date]),
        body,
      ).toEqual([['summit', 'scheduled', '2025-10-09']]);
      expect(only(xs, 'summit').participants, body).toEqual(expect.arrayContaining(['CIS', 'Tajikistan']));
    }
  });

  it('does not read the past day of a gathering as the next one of the summit it was for', () => {
    const xs = extract(
      'Leaders gather\n\nLeaders from Brazil, Russia, India, China and South Africa gathered in Rio on Sunday for the BRICS summit.',
      '2025-05-07',
    );
    expect(xs.filter((x) => x.status === 'scheduled')).toEqual([]);
  });

  it('reads leaders gathered on a day for a summit as the summit held that day; arriving for it is not', () => {
    const held = extract(
      'NATO summit\n\nNATO leaders gathered in The Hague on Tuesday for a two-day summit.',
      '2025-06-26',
    );
    expect(only(held, 'summit')).toMatchObject({ status: 'occurred', date: '2025-06-24' });
    const arrived = extract(
      'BRICS summit\n\nLeaders arrived in Kazan on Sunday for the BRICS summit, hosted by Russia.',
      '2025-06-26',
    );
    expect(only(arrived, 'summit')).toMatchObject({ status: 'pending', date: null });
  });
});

describe('extractEvents: what a dated clause says next', () => {
  it('gives a signing told in a ", when" clause the day of the visit before it', () => {
    const xs = extract(
      'Tinubu to visit Rabat\n\nNigerian President Bola Tinubu will pay a state visit to Morocco on March 11, when the two countries are expected to sign the gas pipeline agreement, the Moroccan royal cabinet said on Monday.',
      '2025-03-03',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'scheduled', date: '2025-03-11' });
    expect(only(xs, 'signing')).toMatchObject({ status: 'scheduled', date: '2025-03-11' });
  });

  it('reads "first planned for Tuesday, will take place on Wednesday instead" as moved to Wednesday', () => {
    const xs = extract(
      'Signing moved\n\nThe signing of the Morocco-Nigeria gas pipeline agreement, first planned for Tuesday, will take place on Wednesday instead, a Moroccan official said.',
      '2025-03-11',
    );
    expect(only(xs, 'signing')).toMatchObject({ status: 'scheduled', date: '2025-03-12' });
  });
});

describe('extractEvents: a plan delayed by so many days', () => {
  it('moves the old day named in the sentence by the delay', () => {
    const xs = extract(
      'Summit delayed\n\nThe summit between Kenya and Ethiopia, originally set for May 27, has been delayed by two days, officials said.',
      '2025-05-21',
    );
    expect(only(xs, 'summit')).toMatchObject({ status: 'scheduled', date: '2025-05-29' });
  });

  it('carries the delay when the sentence names no day, and none when it says no length', () => {
    const xs = extract(
      "Visit delayed\n\nThe visit of Indonesia's president to Japan has been pushed back by a week.",
      '2025-05-21',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'postponed', shiftDays: 7 });
    const open = extract(
      "Visit delayed\n\nThe visit of Indonesia's president to Japan has been postponed indefinitely.",
      '2025-05-21',
    );
    expect(only(open, 'visit')).toMatchObject({ status: 'postponed', shiftDays: null });
  });
});

describe('extractEvents: travellers who are not envoys', () => {
  it('reads no state visit into tourists or students travelling', () => {
    for (const body of [
      'Russian tourists will visit Turkey in record numbers this summer.',
      'Chinese students will travel to Japan on Friday for an exchange programme.',
    ]) {
      expect(extract(`Travel\n\n${body}`, '2025-05-07'), body).toEqual([]);
    }
    const envoy = extract(
      'Visit\n\nRussian President Vladimir Putin will visit Turkey on Friday.',
      '2025-05-07',
    );
    expect(only(envoy, 'visit')).toMatchObject({ status: 'scheduled', date: '2025-05-09' });
  });
});

describe('extractEvents: two trips in one sentence', () => {
  it("keeps each leg's destination out of the other leg's parties", () => {
    const xs = extract(
      'Modi abroad\n\nThe Indian prime minister will be in Paris on Feb. 10-12 before heading to Washington on Feb. 13.',
      '2025-02-03',
    );
    expect(xs.map((x) => [x.participants.join('+'), x.date])).toEqual([
      ['France+India', '2025-02-10'],
      ['India+United States', '2025-02-13'],
    ]);
  });
});

describe('extractEvents: the next sentence takes up the event', () => {
  it('reads "It will be signed on Friday" and "The signing is expected" after an agreement is named', () => {
    const it1 = extract(
      'Minerals deal ready\n\nUkraine and the United States have agreed the text of a minerals deal. It will be signed in Washington on Friday, a Ukrainian official said.',
      '2025-03-26',
    );
    expect(only(it1, 'signing')).toMatchObject({ status: 'scheduled', date: '2025-03-28' });
    const the = extract(
      'Accord\n\nArmenia and Azerbaijan have finalised a peace treaty. The signing is expected in the coming weeks.',
      '2025-03-26',
    );
    expect(only(the, 'signing')).toMatchObject({
      status: 'pending',
      participants: ['Armenia', 'Azerbaijan'],
    });
  });

  it('reads "He will travel there on April 11" as the day of the trip the article is about', () => {
    const xs = extract(
      "Trip planned\n\nBrazil's president Lula is planning a trip to China. He will travel there on April 11, his office said.",
      '2025-03-26',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'scheduled', date: '2025-04-11' });
  });
});

describe('extractEvents: conditions and anniversaries', () => {
  it('reads no plan into a condition, and still reads the plan a condition qualifies', () => {
    expect(
      extract(
        'Analysis\n\nIf Trump visits Beijing next month, he should press Xi Jinping on trade, analysts said.',
        '2025-06-20',
      ),
    ).toEqual([]);
    const plan = extract(
      'Trip\n\nIf all goes well, Putin will visit Ankara on Friday, the Kremlin said.',
      '2025-06-18',
    );
    expect(only(plan, 'visit')).toMatchObject({ status: 'scheduled', date: '2025-06-20' });
  });

  it('reads a signing told of an anniversary ("one year since ..., where he signed") as history', () => {
    const xs = extract(
      "Anniversary\n\nFriday marks one year since Russian President Vladimir Putin's visit to Pyongyang, where he signed a defence pact with Kim Jong Un.",
      '2025-06-20',
    );
    expect(xs.filter((x) => !x.background)).toEqual([]);
  });
});

describe('extractEvents: the date of the event named apart from it', () => {
  it('reads "Jan. 17 has been chosen as the date of the visit" as the visit\'s day', () => {
    const xs = extract(
      "Visit date set\n\nIran's president will visit Russia soon. Jan. 17 has been chosen as the date of the visit, the Kremlin said.",
      '2025-01-06',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'scheduled', date: '2025-01-17' });
  });
});

describe('extractEvents: moved to a season, kept on schedule', () => {
  it('reads "moved to the autumn" as postponed and "remains on schedule for Friday" as the plan', () => {
    const moved = extract(
      'Summit moved\n\nThe India-Japan summit has been moved to the autumn.',
      '2025-05-07',
    );
    expect(only(moved, 'summit').status).toBe('postponed');
    const venue = extract('Summit moved\n\nThe India-Japan summit has been moved to Osaka.', '2025-05-07');
    expect(venue.filter((x) => x.status === 'postponed')).toEqual([]);
    const kept = extract(
      'On schedule\n\nThe India-Japan summit remains on schedule for Friday.',
      '2025-05-07',
    );
    expect(only(kept, 'summit')).toMatchObject({ status: 'scheduled', date: '2025-05-09' });
  });
});

describe('extractEvents: arrivals at airports, acts joined to a trip', () => {
  it('reads "arrived at Tokyo\'s Haneda airport" as arriving in Japan', () => {
    const xs = extract(
      "Arrival\n\nLee Jae-myung arrived at Tokyo's Haneda airport on Saturday afternoon, the start of a two-day visit to Japan.",
      '2025-08-23',
    );
    expect(only(xs, 'visit')).toMatchObject({
      status: 'occurred',
      date: '2025-08-23',
      participants: ['Japan', 'South Korea'],
    });
  });

  it('gives a summit joined to a dated trip by "and hold" the trip\'s day', () => {
    const xs = extract(
      'Visit set\n\nSouth Korean President Lee Jae-myung will visit Japan on Aug. 23-24 and hold a summit with Prime Minister Shigeru Ishiba, his office said on Tuesday.',
      '2025-08-12',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'scheduled', date: '2025-08-23' });
    expect(only(xs, 'summit')).toMatchObject({ status: 'scheduled', date: '2025-08-23' });
  });
});

describe('extractEvents: a plan denied', () => {
  it('reads "denies X will visit" in a headline or a lead as no plan at all', () => {
    const xs = extract(
      'Kremlin denies Putin will visit Ankara\n\nThe Kremlin on Wednesday denied that President Vladimir Putin would visit Turkey next week.',
      '2025-01-15',
    );
    expect(xs).toEqual([]);
  });

  it('reads "no signals that the meeting was off" as no cancellation', () => {
    const xs = extract(
      'Meeting on\n\nAn aide to the Turkish president said Ankara had received no signals from Athens that the meeting was off.',
      '2025-01-15',
    );
    expect(xs.filter((x) => x.status === 'cancelled')).toEqual([]);
  });

  it('still reads a plan in a sentence where "denied" means refused something else', () => {
    const xs = extract(
      'Putin to visit Turkey\n\nRussian President Vladimir Putin will visit Turkey on Friday, officials said, after the delegation was denied access to the venue last week.',
      '2025-01-15',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'scheduled', date: '2025-01-17' });
  });
});

describe('extractEvents: trips told in the past tense', () => {
  it('dates an arrival by a local day one ahead of the UTC publication day only when published late', () => {
    const body =
      'Leader arrives\n\nIranian President Masoud Pezeshkian arrived in Moscow on Friday for talks with Vladimir Putin.';
    const late = prepareArticle({ body, publishedAt: '2025-01-16T23:30:00Z' }).extractions;
    expect(only(late, 'visit')).toMatchObject({ status: 'occurred', date: '2025-01-17', background: false });
    // Stamped on Thursday morning, no place is on Friday yet: the Friday meant is last week's.
    const morning = prepareArticle({ body, publishedAt: '2025-01-16T08:00:00Z' }).extractions;
    expect(only(morning, 'visit')).toMatchObject({ status: 'occurred', date: '2025-01-10' });
  });

  it('dates a meeting held "on Thursday", written on a Wednesday, last Thursday, not tomorrow', () => {
    for (const body of [
      'British Prime Minister Keir Starmer held talks with U.S. President Donald Trump at the White House on Thursday.',
      'Starmer met Trump at the White House on Thursday, officials said.',
    ]) {
      const xs = prepareArticle({ body, publishedAt: '2025-05-07T08:00:00Z' }).extractions;
      expect(xs.length, body).toBeGreaterThan(0);
      for (const x of xs) expect(x, body).toMatchObject({ status: 'occurred', date: '2025-05-01' });
    }
  });

  it('dates a signing told in the sentence of a dated arrival by that arrival', () => {
    const xs = extract(
      'Deal signed in Baghdad\n\nTurkish President Tayyip Erdogan arrived in Baghdad on Saturday, and the two countries signed a water-sharing agreement hours later.',
      '2025-04-21',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'occurred', date: '2025-04-19' });
    expect(only(xs, 'signing')).toMatchObject({ status: 'occurred', date: '2025-04-19' });
  });

  it('reads "paid a visit", "made a trip" and "flew into" with a day as happened that day', () => {
    for (const body of [
      'Greek Prime Minister Kyriakos Mitsotakis paid a state visit to Egypt on Monday.',
      'Greek Prime Minister Kyriakos Mitsotakis made a one-day trip to Egypt on Monday.',
      'Greek Prime Minister Kyriakos Mitsotakis flew into Cairo on Monday.',
    ]) {
      const xs = extract(`In Cairo\n\n${body}`, '2025-08-11');
      expect(only(xs, 'visit'), body).toMatchObject({ status: 'occurred', date: '2025-08-11' });
    }
    const plan = extract(
      'Cairo trip\n\nGreek Prime Minister Kyriakos Mitsotakis will make a one-day trip to Egypt on Thursday.',
      '2025-08-11',
    );
    expect(only(plan, 'visit')).toMatchObject({ status: 'scheduled', date: '2025-08-14' });
  });

  it('reads "is currently in X on a visit" and "was in X on Monday for talks" as under way or done', () => {
    const now = extract(
      'In Cairo\n\nGreek Prime Minister Kyriakos Mitsotakis is currently in Cairo on a two-day visit.',
      '2025-08-11',
    );
    expect(only(now, 'visit').status).toBe('occurred');
    const done = extract(
      'In Cairo\n\nGreek Prime Minister Kyriakos Mitsotakis was in Cairo on Monday for talks with Egyptian officials.',
      '2025-08-11',
    );
    expect(done.filter((x) => x.status === 'scheduled' || x.status === 'pending')).toEqual([]);
  });
});

describe('extractEvents: hosting a meeting', () => {
  it('reads "X will host A-B talks" as talks at a venue, not a visit to X', () => {
    for (const headline of [
      'Malaysia to host Thai-Cambodian ministerial talks on Jan. 13',
      'Malaysia To Host Thai-Cambodian Ministerial Talks On Jan. 13',
    ]) {
      const xs = extract(`${headline}\n\nOfficials said preparations were under way.`, '2026-01-12');
      expect(
        xs.filter((x) => x.type === 'visit'),
        headline,
      ).toEqual([]);
    }
  });

  it('still reads "X will host Y for talks" as a visit hosted by X', () => {
    const xs = extract(
      'Paris visit\n\nFrench President Emmanuel Macron will host Indian Prime Minister Narendra Modi for talks in Paris on July 14.',
      '2025-06-01',
    );
    expect(only(xs, 'visit')).toMatchObject({ host: 'France', participants: ['France', 'India'] });
  });

  it('reads "will receive" or "will welcome" a foreign leader as a visit, and receiving aid as nothing', () => {
    for (const verb of ['will receive', 'will welcome', 'will be receiving']) {
      const xs = extract(
        `Tokyo visit\n\nJapan's prime minister ${verb} Indonesian President Prabowo Subianto in Tokyo on Dec. 2.`,
        '2025-11-27',
      );
      expect(only(xs, 'visit'), verb).toMatchObject({
        status: 'scheduled',
        date: '2025-12-02',
        participants: ['Indonesia', 'Japan'],
      });
    }
    const aid = extract('Aid\n\nJapan will receive Indonesian aid on Dec. 2, officials said.', '2025-11-27');
    expect(aid).toEqual([]);
  });
});

describe('extractEvents: a postponed meeting given a new day', () => {
  it('reads "sets June 17 for delayed summit" in a headline as the new day, not a delay', () => {
    const xs = extract(
      'SADC sets 17 June for delayed Lusaka summit\n\nOfficials confirmed it.',
      '2026-05-27',
    );
    expect(only(xs, 'summit')).toMatchObject({ status: 'scheduled', date: '2026-06-17' });
  });

  it('reads "the summit that was postponed will now take place on June 17" as the new day', () => {
    const xs = extract(
      'Lusaka summit\n\nThe extraordinary summit of the Southern African Development Community that was postponed earlier this month will now take place in Lusaka on 17 June, the ministry said on Wednesday.',
      '2026-05-27',
    );
    expect(only(xs, 'summit')).toMatchObject({ status: 'scheduled', date: '2026-06-17' });
  });

  it('still reads "the summit that was due on May 14 has been postponed" as postponed', () => {
    const xs = extract(
      'Lusaka summit\n\nThe summit of the Southern African Development Community that was due to be held in Lusaka from May 14 to 15 has been postponed to a later date, the secretariat said.',
      '2026-05-08',
    );
    expect(only(xs, 'summit')).toMatchObject({ status: 'postponed', date: null });
  });
});

describe('extractEvents: countries that are a subject, not a party', () => {
  const drc = 'Democratic Republic of the Congo';

  it('leaves out the country of "the fighting in eastern X"', () => {
    const xs = extract(
      'Regional summit\n\nHeads of state of the Southern African Development Community will meet in Lusaka on 14-15 May for an extraordinary summit on the fighting in eastern Congo.',
      '2026-04-20',
    );
    expect(only(xs, 'summit').participants).not.toContain(drc);
  });

  it('leaves out the country of "the bloc\'s troops in X"', () => {
    const xs = extract(
      'Regional summit\n\nHeads of state of the Southern African Development Community will meet in Lusaka on 14-15 May to decide the future of the bloc’s troops in Congo.',
      '2026-04-20',
    );
    expect(only(xs, 'summit').participants).not.toContain(drc);
  });

  it('leaves out the country of "SUMMIT ON X" but not the owner in "talks on X\'s offer"', () => {
    const caps = extract(
      'BLOC POSTPONES SUMMIT ON CONGO\n\nThe Southern African Development Community has postponed its summit in Lusaka, the secretariat said.',
      '2026-05-08',
    );
    expect(caps.length).toBeGreaterThan(0);
    for (const x of caps) expect(x.participants).not.toContain(drc);
    const owner = extract(
      'Geneva talks\n\nThe United States will hold talks on Russia’s offer in Geneva on Friday.',
      '2026-05-04',
    );
    expect(only(owner, 'talks').participants).toEqual(expect.arrayContaining(['Russia', 'United States']));
  });
});

describe('extractEvents: a delay that is the past of a happening', () => {
  it('reads "the summit, which was delayed, opened on Tuesday" and "opened after a delay" as held', () => {
    for (const body of [
      'The African Union summit, which was delayed by three weeks, opened in Addis Ababa on Tuesday.',
      'The African Union summit opened in Addis Ababa on Tuesday after a three-week delay.',
    ]) {
      const xs = extract(`AU summit\n\n${body}`, '2026-03-04');
      expect(only(xs, 'summit'), body).toMatchObject({ status: 'occurred', date: '2026-03-03' });
    }
  });

  it('still reads a delay with no happening, or one of another event, as a delay', () => {
    const due = extract(
      'AU summit\n\nThe African Union summit in Addis Ababa, which was due to open on Tuesday, has been postponed.',
      '2026-03-02',
    );
    expect(only(due, 'summit').status).toBe('postponed');
    const other = extract(
      'AU summit\n\nLeaders held talks in Addis Ababa on Tuesday after the African Union summit was postponed.',
      '2026-03-04',
    );
    expect(only(other, 'summit').status).toBe('postponed');
  });
});

describe('extractEvents: a gathering named "ahead of" another event', () => {
  it('gives "ahead of a G20 summit in Johannesburg on 22 November" to the G20, not to the article’s pair', () => {
    const xs = extract(
      'Egypt, Sudan ministers to meet\n\nThe foreign ministers of Egypt and Sudan will meet in Cairo on Thursday.\n\nThe talks come ahead of a G20 summit in Johannesburg on 22 November.',
      '2026-03-03',
    );
    const summit = only(xs, 'summit');
    expect(summit.participants).toContain('G20');
    expect(summit.participants).not.toContain('Egypt');
    expect(only(xs, 'talks')).toMatchObject({ participants: ['Egypt', 'Sudan'], date: '2026-03-05' });
  });

  it('keeps "days before" or "on the eve of" a summit out of the main event, and its parties out of the summit', () => {
    for (const when of ['days before', 'on the eve of', 'in the run-up to']) {
      const xs = extract(
        `Trade deal\n\nKenya and Uganda signed a trade deal on Monday, ${when} the African Union summit.`,
        '2025-05-07',
      );
      expect(only(xs, 'signing'), when).toMatchObject({
        participants: ['Kenya', 'Uganda'],
        date: '2025-05-05',
      });
      expect(
        xs.filter((x) => x.type === 'summit' && x.participants.includes('Kenya')),
        when,
      ).toEqual([]);
    }
  });
});

describe('extractEvents: a move "from" one day "to" another', () => {
  it('reads "postponed from May 14 to June 17" and "moved from 14 May to 21 May" as the later day', () => {
    const postponed = extract(
      'Summit\n\nThe SADC summit in Lusaka was postponed from May 14 to June 17.',
      '2026-05-01',
    );
    expect(only(postponed, 'summit')).toMatchObject({ status: 'scheduled', date: '2026-06-17' });
    const moved = extract(
      'Summit\n\nThe SADC summit in Lusaka has been moved from 14 May to 21 May.',
      '2026-05-01',
    );
    expect(only(moved, 'summit')).toMatchObject({ status: 'scheduled', date: '2026-05-21' });
  });

  it('moves what the moved meeting carries: "a summit at which they were due to sign ... has been moved from"', () => {
    const xs = extract(
      'Summit moved\n\nA summit between Chile and Peru at which the two presidents were due to sign a border accord has been moved from June 9 to June 30, both foreign ministries said on Tuesday.',
      '2026-05-26',
    );
    expect(only(xs, 'summit')).toMatchObject({ status: 'scheduled', date: '2026-06-30' });
    expect(only(xs, 'signing')).toMatchObject({ status: 'scheduled', date: '2026-06-30' });
  });
});

describe('extractEvents: the new day follows the change', () => {
  it('reads "initially planned for May 14, has been brought forward to May 7" as May 7', () => {
    const xs = extract(
      'Summit\n\nThe SADC summit in Lusaka, initially planned for May 14, has been brought forward to May 7.',
      '2026-05-01',
    );
    expect(only(xs, 'summit')).toMatchObject({ status: 'scheduled', date: '2026-05-07' });
  });
});

describe('extractEvents: a headline that only restates the body', () => {
  const body = [
    'Ministers put off bloc talks',
    '',
    'WINDHOEK, March 3 - Talks between the foreign ministers of Namibia and Angola that were due in Windhoek next week have been postponed, officials said on Tuesday.',
    '',
    'The secretariat, which sits in Gaborone, gave no reason.',
  ].join('\n');

  it('adds no event of its own when the body has the same kind of event in the same state', () => {
    const xs = extract(body, '2026-03-03');
    expect(xs.map((x) => [x.type, x.status, [...x.participants].sort().join('+')])).toEqual([
      ['talks', 'postponed', 'Angola+Namibia'],
    ]);
  });
});

describe('extractEvents: a headline meeting read as the body reads it', () => {
  it('takes the type the body gives the same meeting: talks on the sidelines, not a summit of their own', () => {
    const xs = extract(
      'Leaders to meet\n\nBrazilian President Lula and Chinese President Xi Jinping are scheduled to meet on the sidelines of the G20 summit in Johannesburg on Nov. 22.',
      '2025-11-10',
    );
    expect(xs.map((x) => [x.type, x.status, x.date, x.participants.join('+')])).toEqual([
      ['talks', 'scheduled', '2025-11-22', 'Brazil+China'],
    ]);
  });

  it('keeps a headline meeting of its own when the body tells of no meeting of the same parties', () => {
    const xs = extract(
      'Presidents of Chile and Peru to meet\n\nChile will sign a mining accord with Canada on Friday, officials said.',
      '2025-11-10',
    );
    expect(xs.map((x) => [x.type, x.participants.join('+')])).toContainEqual(['summit', 'Chile+Peru']);
  });
});

describe('extractEvents: a guest hosted for a visit, the nouns a day belongs to', () => {
  // Wednesday 2025-05-07.
  it('reads a visit someone was hosted or arrived for, told in the past, as held on that day', () => {
    for (const body of [
      'State visit\n\nPresident Lula hosted Angolan President Joao Lourenco for a state visit on Thursday.',
      'State visit\n\nAngolan President Joao Lourenco arrived in Brasilia for a state visit on Thursday.',
    ]) {
      const xs = extract(body, '2025-05-07');
      expect(only(xs, 'visit')).toMatchObject({
        status: 'occurred',
        date: '2025-05-01',
        participants: ['Angola', 'Brazil'],
      });
    }
  });

  it('still reads a guest to be hosted for a visit on a day ahead as a plan', () => {
    const xs = extract(
      'State visit\n\nAngolan President Joao Lourenco will be hosted in Brasilia for a state visit on Thursday.',
      '2025-05-07',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'scheduled', date: '2025-05-08' });
  });

  it('reads a lower-case title after a nationality as the guest ("will receive the Saudi crown prince")', () => {
    const xs = extract(
      'Guest\n\nPresident Lula will receive the Angolan president at the Planalto palace on Friday, an aide said.',
      '2025-05-07',
    );
    expect(only(xs, 'visit')).toMatchObject({
      status: 'scheduled',
      date: '2025-05-09',
      participants: ['Angola', 'Brazil'],
    });
    expect(
      extract("Letter\n\nLula will receive the Angolan president's letter on Friday.", '2025-05-07'),
    ).toEqual([]);
  });

  it('gives a day told by "the deadline for the talks" to the deadline, not to the talks', () => {
    const xs = extract(
      'Deadline\n\nThe deadline for the talks between Angola and Namibia expires on Friday.',
      '2025-05-07',
    );
    expect(xs.filter((x) => x.date !== null)).toEqual([]);
    const kept = extract(
      'Agenda\n\nThe agenda for the summit of Angola and Namibia in Luanda on Friday is packed.',
      '2025-05-07',
    );
    expect(only(kept, 'summit')).toMatchObject({ status: 'scheduled', date: '2025-05-09' });
  });

  it('keeps the parties of a later round out of a meeting held "before the fourth round of" talks', () => {
    const xs = extract(
      "Talks\n\nAngola's foreign minister will hold talks with his Namibian counterpart in Windhoek on Sunday before the fourth round of negotiations with Zambia.",
      '2025-05-07',
    );
    expect(only(xs, 'talks')).toMatchObject({
      status: 'scheduled',
      date: '2025-05-11',
      participants: ['Angola', 'Namibia'],
    });
  });
});

describe('extractEvents: earlier occasions and people who are no envoys', () => {
  // Friday 2025-05-23.
  it('reads "last visited ... in January 2024, when they signed" as background, not news', () => {
    const xs = extract(
      'Visit set\n\nPresident Gabriel Boric will pay a state visit to Peru on May 29-30, the foreign ministry said on Friday.\n\nIt will be his second trip to Peru. He last visited Lima in January 2024, when the two countries signed two memoranda on fisheries.',
      '2025-05-23',
    );
    expect(xs.filter((x) => !x.background).map((x) => [x.type, x.status, x.date])).toEqual([
      ['visit', 'scheduled', '2025-05-29'],
    ]);
  });

  it('gives no day to a year-less plan that would fall nearly a year ahead (an old page reprinted)', () => {
    const xs = extract(
      'Visit set\n\nPresident Gabriel Boric will pay a state visit to Peru on May 29-30, the foreign ministry said.',
      '2025-06-03',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'pending', date: null });
    const yearGiven = extract(
      'Visit set\n\nPresident Gabriel Boric will pay a state visit to Peru on May 29, 2026, the foreign ministry said.',
      '2025-06-03',
    );
    expect(only(yearGiven, 'visit')).toMatchObject({ status: 'scheduled', date: '2026-05-29' });
  });

  it('reads a meeting with business leaders or a community as no talks between states', () => {
    for (const body of [
      'Programme\n\nBoric is due to meet Peruvian business leaders on Saturday before flying home.',
      'Programme\n\nBoric will meet members of the Chilean community in Lima on Saturday.',
    ])
      expect(extract(body, '2025-05-28')).toEqual([]);
    const officials = extract('Programme\n\nBoric will meet Peruvian officials on Saturday.', '2025-05-28');
    expect(only(officials, 'talks')).toMatchObject({ status: 'scheduled', date: '2025-05-31' });
  });
});

describe('extractEvents: a third country hosting, offering or mediating', () => {
  // Wednesday 2025-05-07.
  it('reads an offer or a proposal to host a meeting as no plan', () => {
    for (const body of [
      'Offer\n\nKazakh President Kassym-Jomart Tokayev offered last year to host the talks between Georgia and Armenia.',
      'Offer\n\nMalta proposed holding a summit of Libya and Tunisia in Valletta.',
      'Offer\n\nMaltese Foreign Minister Ian Borg said Valletta was ready to host the talks between Libya and Tunisia.',
    ])
      expect(extract(body, '2025-05-07')).toEqual([]);
  });

  it('reads a hedged trip on a condition as no plan, and a firm plan "even if" as a plan', () => {
    for (const body of [
      'Maybe\n\nThe Libyan prime minister said he might fly to Tunisia if it helped the talks.',
      'Maybe\n\nThe Libyan prime minister said he would go to Tunis on Friday if the Tunisian president came in person.',
    ])
      expect(extract(body, '2025-05-07').filter((x) => x.type === 'visit')).toEqual([]);
    const firm = extract(
      'Firm\n\nThe Libyan prime minister will visit Tunisia on Friday even if the storm hits.',
      '2025-05-07',
    );
    expect(only(firm, 'visit')).toMatchObject({ status: 'scheduled', date: '2025-05-09' });
  });

  it('takes the two named after "talks between" as the parties, not the host', () => {
    const xs = extract(
      'Talks\n\nMalta will host talks between Libya and Tunisia on Saturday, the Maltese foreign ministry said.',
      '2025-05-07',
    );
    expect(only(xs, 'talks')).toMatchObject({
      status: 'scheduled',
      date: '2025-05-10',
      participants: ['Libya', 'Tunisia'],
    });
  });

  it('reads talks a country hosted on a day just past as held', () => {
    const xs = extract(
      'Talks\n\nMalta hosted talks between Libya and Tunisia in Valletta on Monday.',
      '2025-05-07',
    );
    expect(only(xs, 'talks')).toMatchObject({
      status: 'occurred',
      date: '2025-05-05',
      participants: ['Libya', 'Tunisia'],
      location: 'Valletta',
    });
  });

  it('reads talks hosted "for months" as background, not as news of a meeting', () => {
    expect(
      extract('Talks\n\nMalta has hosted talks between Libya and Tunisia for months.', '2025-05-07').filter(
        (x) => !x.background,
      ),
    ).toEqual([]);
  });
});

describe('extractEvents: a tour of several countries', () => {
  // Wednesday 2025-04-09.
  it('reads a tour as a visit to each country, the first on the day given, the others without one', () => {
    const xs = extract(
      'Tour\n\nSouth African President Cyril Ramaphosa will visit Ghana, Senegal and Morocco from April 14 to 18, his office said.',
      '2025-04-09',
    );
    expect(xs.map((x) => [x.participants.join('+'), x.status, x.date, x.endDate])).toEqual([
      ['Ghana+South Africa', 'scheduled', '2025-04-14', null],
      ['Senegal+South Africa', 'pending', null, null],
      ['Morocco+South Africa', 'pending', null, null],
    ]);
  });

  it('reads "a tour of" countries as visits, and a trip named again in the sentence as the same trip', () => {
    const xs = extract(
      'Tour\n\nSouth African President Cyril Ramaphosa will embark on a tour of Ghana and Senegal next week, his first trip abroad this year.',
      '2025-04-09',
    );
    expect(xs.map((x) => [x.type, x.participants.join('+'), x.status])).toEqual([
      ['visit', 'Ghana+South Africa', 'pending'],
      ['visit', 'Senegal+South Africa', 'pending'],
    ]);
  });
});

describe('extractEvents: the stops of a journey', () => {
  // Friday 2025-02-07.
  it('keeps another stop of the journey out of this leg and of what is done there', () => {
    const xs = extract(
      'Journey\n\nBefore Nairobi, President Lula will travel to Addis Ababa from Feb. 10 to 12 to co-chair a summit on hunger with Prime Minister Abiy Ahmed.',
      '2025-02-07',
    );
    expect(only(xs, 'visit')).toMatchObject({ participants: ['Brazil', 'Ethiopia'], date: '2025-02-10' });
    for (const x of xs) expect(x.participants).not.toContain('Kenya');
    // A place the travellers come from is theirs.
    const from = extract(
      'Talks\n\nA delegation from Tripoli will hold talks with Tunisian and Maltese officials in Rome on Monday.',
      '2025-02-07',
    );
    expect(only(from, 'talks').participants).toEqual(['Libya', 'Malta', 'Tunisia']);
  });

  it('reads "will travel from Moscow to Beijing" as a trip to the second place', () => {
    const xs = extract('Trip\n\nPutin will travel from Moscow to Beijing on Tuesday.', '2025-02-07');
    expect(only(xs, 'visit')).toMatchObject({
      participants: ['China', 'Russia'],
      status: 'scheduled',
      date: '2025-02-11',
    });
  });

  it('dates a visit by its arrival, told after the day its traveller sets off', () => {
    const xs = extract(
      'Trip\n\nChilean President Gabriel Boric will leave for Japan on Monday, the foreign ministry said on Friday. He is due to arrive in Tokyo on Wednesday after a night in transit.',
      '2025-03-07',
    );
    expect(only(xs, 'visit')).toMatchObject({ participants: ['Chile', 'Japan'], date: '2025-03-12' });
  });

  it('gives each leg of a journey the day told with it', () => {
    // Friday 2025-03-07.
    const legs = extract(
      'Trip\n\nChilean President Gabriel Boric will arrive in Lima on the evening of Monday, March 10, and leave for Ecuador on Wednesday, March 12, officials said.',
      '2025-03-07',
    );
    const to = (host: string) => legs.find((x) => x.type === 'visit' && x.host === host);
    expect(to('Peru')).toMatchObject({ date: '2025-03-10' });
    expect(to('Ecuador')).toMatchObject({ date: '2025-03-12' });
    // A trip told as following another takes no day of the other's.
    const follow = extract(
      'Trip\n\nBoric said his visit to Peru would follow his state visit to Ecuador from March 10 to 12.',
      '2025-03-07',
    );
    expect(follow.find((x) => x.type === 'visit' && x.host === 'Peru')?.date ?? null).toBeNull();
    expect(follow.find((x) => x.type === 'visit' && x.host === 'Ecuador')).toMatchObject({
      date: '2025-03-10',
    });
  });

  it("reads being the chief guest at a country's celebrations as a trip there, on their day", () => {
    const xs = extract(
      "Guest of honour\n\nBrazil's president has accepted Indonesia's invitation to be the chief guest at the Independence Day celebrations on August 17, officials said on Friday.",
      '2025-03-07',
    );
    expect(only(xs, 'visit')).toMatchObject({
      participants: ['Brazil', 'Indonesia'],
      status: 'scheduled',
      date: '2025-08-17',
    });
  });

  it('keeps the act after ", then" apart from the act before it, in parties and day', () => {
    const xs = extract(
      'Lula to meet Macron in Paris on June 5-6, then fly to Portugal\n\nThe Brazilian president will also visit Lisbon, officials said.',
      '2025-06-01',
    );
    const portugal = xs.find((x) => x.type === 'visit' && x.host === 'Portugal');
    expect(portugal).toMatchObject({ participants: ['Brazil', 'Portugal'], date: null });
    for (const x of xs.filter((x) => x.type !== 'visit' || x.host !== 'Portugal'))
      expect(x.participants).not.toContain('Portugal');
  });

  it('gives a visit the day of a landing at a place the gazetteer does not know', () => {
    const xs = extract(
      'Arrival\n\nBrazilian President Lula landed at Bole airport late on Wednesday for a two-day visit to Ethiopia, his office said.',
      '2025-02-12',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'occurred', date: '2025-02-12' });
  });
});

describe('extractEvents: the source of a sentence and the sides of a meeting', () => {
  // Wednesday 2025-05-07.
  it('keeps a speaker named before "said" out of the parties when the rest names two of its own', () => {
    const xs = extract(
      "Talks\n\nMalta's foreign minister said the fifth round of Libya-Tunisia talks would take place in Valletta on Friday.",
      '2025-05-07',
    );
    expect(only(xs, 'talks')).toMatchObject({ participants: ['Libya', 'Tunisia'], date: '2025-05-09' });
    const self = extract('Visit\n\nPresident Lula said he would visit Angola next month.', '2025-05-07');
    expect(only(self, 'visit')).toMatchObject({ participants: ['Angola', 'Brazil'] });
    const invited = extract(
      'Invitation\n\nLula said Lourenco had invited him to visit Angola later this year for a SADC summit.',
      '2025-05-07',
    );
    expect(only(invited, 'visit').participants).toEqual(['Angola', 'Brazil']);
  });

  it('reads capitals named as the sides of talks as parties, not as the venue', () => {
    const xs = extract(
      'Talks\n\nA new round of talks between Tripoli and Tunis is expected next week, an official said.',
      '2025-05-07',
    );
    expect(only(xs, 'talks')).toMatchObject({ participants: ['Libya', 'Tunisia'], location: null });
  });
});

describe('extractEvents: "the meeting" told by a source', () => {
  it('reads a source\'s word on "the meeting" as news of the article\'s talks, not of talks with the source', () => {
    const xs = extract(
      [
        'Montenegro pulls out of Brussels talks with Albania',
        "Montenegro said on Wednesday it would not attend next week's talks with Albania in Brussels.",
        'An EU spokesperson said the meeting had been called off.',
      ].join('\n\n'),
      '2025-03-12',
    );
    expect(xs.map((x) => [x.type, x.participants.join('+'), x.status])).toEqual([
      ['talks', 'Albania+Montenegro', 'cancelled'],
    ]);
  });
});

describe('extractEvents: an attribution in the middle of a sentence', () => {
  it('keeps a source named between commas out of the parties', () => {
    const xs = extract(
      'Back on\n\nAlbania and Montenegro will hold talks on March 18, the European Union said on Saturday, after Montenegro reversed its decision.',
      '2025-03-15',
    );
    expect(xs.map((x) => [x.participants.join('+'), x.status, x.date])).toEqual([
      ['Albania+Montenegro', 'scheduled', '2025-03-18'],
    ]);
  });
});

describe('extractEvents: the guest told in the passive, a visitor described', () => {
  // Wednesday 2025-05-07.
  it('reads "is set to be hosted by" and "was received by" as the guest\'s visit', () => {
    expect(
      only(
        extract('Visit\n\nLula is set to be hosted by Lourenco in Luanda on Friday.', '2025-05-07'),
        'visit',
      ),
    ).toMatchObject({ participants: ['Angola', 'Brazil'], status: 'scheduled', date: '2025-05-09' });
    expect(
      only(extract('Visit\n\nLula was received by Lourenco in Luanda on Friday.', '2025-05-07'), 'visit'),
    ).toMatchObject({ participants: ['Angola', 'Brazil'], status: 'occurred', date: '2025-05-02' });
  });

  it('reads "will be welcomed with military honours in" a place as the guest\'s visit to come', () => {
    expect(
      only(
        extract(
          'Visit\n\nLula will be welcomed with military honours in Luanda on Friday, officials said.',
          '2025-05-07',
        ),
        'visit',
      ),
    ).toMatchObject({ participants: ['Angola', 'Brazil'], status: 'scheduled', date: '2025-05-09' });
  });

  it('reads ", the first leader to visit since ..." as a description, not a visit still to come', () => {
    const xs = extract(
      'Talks\n\nThe king of Jordan held talks with Lula in Brasilia on Tuesday, the first Arab leader to visit since the election.',
      '2025-05-07',
    );
    expect(xs.filter((x) => x.type === 'visit' && x.status === 'pending')).toEqual([]);
  });
});

describe('extractEvents: summits of firms', () => {
  it('reads an investment or business summit, or one with companies, as no summit of states', () => {
    for (const body of [
      'Summit\n\nKenya will host an investment summit with Japanese companies on Friday.',
      'Summit\n\nKenya will host a summit with Japanese business leaders on Friday.',
    ])
      expect(extract(body, '2025-05-07')).toEqual([]);
    expect(
      only(extract('Summit\n\nKenya will hold a summit with Japan on Friday.', '2025-05-07'), 'summit'),
    ).toMatchObject({ participants: ['Japan', 'Kenya'], date: '2025-05-09' });
  });
});

describe("extractEvents: an organisation's summit and its ministers' meeting", () => {
  it('reads "Gulf leaders" as the Gulf Cooperation Council and "with a focus on Gaza" as a topic', () => {
    const xs = extract(
      'Gulf leaders open summit in Kuwait with focus on Gaza\n\nGulf Arab leaders opened their annual summit in Kuwait on Sunday.',
      '2024-12-01',
    );
    expect(only(xs, 'summit')).toMatchObject({ participants: ['GCC', 'Kuwait'], status: 'occurred' });
  });

  it("reads ministers who meet to prepare the leaders' summit as talks, not as the summit", () => {
    const xs = extract(
      "Ministers to meet\n\nForeign ministers of the Gulf Cooperation Council will meet in Kuwait City on Nov. 30 to prepare for the leaders' summit the following day.",
      '2024-11-25',
    );
    expect(xs.find((x) => x.date === '2024-11-30')).toMatchObject({ type: 'talks' });
  });

  it('gives the day of past preparatory talks to the talks, not to the summit they prepare', () => {
    // Saturday 2023-09-02: "on Thursday" is Aug 31, and the summit keeps no day.
    const xs = extract(
      'Ministers pave the way for Sochi summit\n\nTurkish Foreign Minister Hakan Fidan held talks with Russian Foreign Minister Sergei Lavrov in Moscow on Thursday to prepare the summit.',
      '2023-09-02',
    );
    expect(only(xs, 'talks')).toMatchObject({ status: 'occurred', date: '2023-08-31' });
    expect(only(xs, 'summit')).toMatchObject({ status: 'pending', date: null });
  });

  it('does not read ministers who met to prepare for a summit as the summit held', () => {
    const xs = extract(
      'Ministers meet in Geneva\n\nThe foreign ministers of France and Germany met in Geneva on Tuesday to prepare for the summit.',
      '2023-09-02',
    );
    expect(only(xs, 'talks')).toMatchObject({ status: 'occurred', date: '2023-08-29' });
    expect(xs.filter((x) => x.type === 'summit' && x.status === 'occurred')).toEqual([]);
  });
});

describe("extractEvents: an organisation's leaders' meeting", () => {
  // Monday 2025-09-15.
  it('reads it as a summit with its host, not talks with a country on the agenda', () => {
    const xs = extract(
      [
        'Pacific leaders meet in Honiara',
        "Pacific Islands Forum leaders opened their annual meeting in the Solomon Islands capital on Monday, with climate change and China's growing influence high on the agenda.",
        'Australian Prime Minister Anthony Albanese arrived in Honiara on Sunday.',
        'The meeting runs until Friday.',
      ].join('\n\n'),
      '2025-09-15',
    );
    expect(
      xs.filter((x) => x.type !== 'visit').map((x) => [x.type, x.participants.join('+'), x.status]),
    ).toEqual([['summit', 'Pacific Islands Forum+Solomon Islands', 'occurred']]);
  });

  it('takes the venue named after "will now" when a meeting moves', () => {
    const xs = extract(
      "Moved\n\nThe Pacific Islands Forum leaders' meeting, which was to be held in Honiara from Sept. 8 to 12, will now take place in Nuku'alofa, Tonga, from Sept. 15 to 19.",
      '2025-07-10',
    );
    expect(only(xs, 'summit')).toMatchObject({ location: "Nuku'alofa", date: '2025-09-15' });
  });
});

describe('extractEvents: a visit named as the setting of another act', () => {
  it('reads "during Pashinyan\'s visit to Tbilisi on Friday" as the visit\'s day too', () => {
    const xs = extract(
      [
        'Georgia, Armenia to sign accord',
        'Georgia and Armenia will sign a transit accord on Friday, officials said.',
        "The two leaders are expected to sign it during Pashinyan's visit to Tbilisi on Friday.",
      ].join('\n\n'),
      '2025-08-06',
    );
    expect(only(xs, 'visit')).toMatchObject({
      participants: ['Armenia', 'Georgia'],
      status: 'scheduled',
      date: '2025-08-08',
    });
  });

  it('reads "signed ... on Friday during a visit to Yerevan by" a leader as that visit, held that day', () => {
    const xs = extract(
      [
        'Georgia, Armenia sign transit accord',
        'Georgia and Armenia signed a transit accord on Friday during a visit to Yerevan by Georgian Prime Minister Irakli Kobakhidze, who said he was ready to host talks between the leaders of Armenia and Azerbaijan to ease the tension on the border.',
      ].join('\n\n'),
      '2025-08-08',
    );
    expect(only(xs, 'visit')).toMatchObject({
      participants: ['Armenia', 'Georgia'],
      status: 'occurred',
      date: '2025-08-08',
    });
    // What the visitor went on to say, in an aside, names no party of the signing.
    expect(only(xs, 'signing').participants).toEqual(['Armenia', 'Georgia']);
  });
});

describe('extractEvents: mediated talks, their causes and refusals', () => {
  // Saturday 2025-06-14.
  it('keeps a mediator "with Malta mediating" and the parties of a cause after the clause out', () => {
    const held = extract(
      'Talks\n\nLibya and Tunisia held a fifth round of talks in Rome on Friday, with Malta mediating.',
      '2025-06-14',
    );
    expect(only(held, 'talks').participants).toEqual(['Libya', 'Tunisia']);
    const off = extract(
      'Talks off\n\nThe sixth round of Libya-Tunisia talks, set for Sunday in Valletta, has been called off, Malta said, after Egyptian strikes on Libya.',
      '2025-06-14',
    );
    expect(only(off, 'talks')).toMatchObject({ participants: ['Libya', 'Tunisia'], status: 'cancelled' });
  });

  it('reads one side that will not take part in the talks as the talks called off', () => {
    const xs = extract(
      "Talks off\n\nLibya said on Saturday it would not take part in Sunday's talks with Tunisia in Valletta.",
      '2025-06-14',
    );
    expect(only(xs, 'talks')).toMatchObject({ participants: ['Libya', 'Tunisia'], status: 'cancelled' });
    const none = extract(
      'Talks off\n\nLibya and Tunisia were due to meet in Valletta on Sunday. There will be no talks with Tunisia on Sunday, a Libyan spokesman said.',
      '2025-06-14',
    );
    expect(only(none, 'talks')).toMatchObject({ status: 'cancelled' });
    const told = extract(
      'Talks off\n\nLibya and Tunisia were due to meet in Valletta on Sunday. The talks have been called off, a Libyan spokesman said.',
      '2025-06-14',
    );
    expect(only(told, 'talks')).toMatchObject({ status: 'cancelled' });
  });

  it('gives a trip for talks with a third party its own parties, and the talks theirs', () => {
    const xs = extract(
      'Envoy\n\nThe Tunisian foreign minister will travel to Malta this weekend for a sixth round of talks with Libya.',
      '2025-06-14',
    );
    expect(only(xs, 'visit').participants).toEqual(['Malta', 'Tunisia']);
    expect(only(xs, 'talks').participants).toEqual(['Libya', 'Tunisia']);
  });
});

describe('extractEvents: a day that modifies another noun', () => {
  it('gives "the Sept. 3 military parade" its day, not the summit named before it', () => {
    const xs = extract(
      "Plans\n\nPutin and Xi discussed preparations for Putin's visit to China for the SCO summit in Tianjin and the Sept. 3 military parade in Beijing.",
      '2025-08-08',
    );
    expect(xs.filter((x) => x.date === '2025-09-03')).toEqual([]);
  });
});

describe('extractEvents: what a meeting was about', () => {
  it('reads "without a deal on Ukraine" as a topic, not a party', () => {
    const xs = extract(
      'Summit ends\n\nTrump and Putin met in Anchorage on Friday.\n\nThe summit in Alaska ended without a deal on Ukraine.',
      '2025-08-15',
    );
    expect(meetingsOf(xs).map((x) => [x.type, x.participants.join('+')])).toEqual([
      ['summit', 'Russia+United States'],
    ]);
  });
});

describe('extractEvents: the days of a tour', () => {
  // Friday 2025-04-11.
  it('gives each leg the day said right after it, and legs sharing one span the first of them', () => {
    const own = extract(
      'Tour\n\nPresident Lula will visit Ghana on April 14-15, Senegal on April 15-17 and Morocco on April 17-18.',
      '2025-04-11',
    );
    expect(own.map((x) => [x.participants.join('+'), x.date])).toEqual([
      ['Brazil+Ghana', '2025-04-14'],
      ['Brazil+Senegal', '2025-04-15'],
      ['Brazil+Morocco', '2025-04-17'],
    ]);
    const shared = extract(
      'Tour\n\nPresident Lula will pay a state visit to Ghana from April 14 to 15, and to Senegal and Morocco from April 15 to 18.',
      '2025-04-11',
    );
    expect(shared.map((x) => [x.participants.join('+'), x.status, x.date])).toEqual([
      ['Brazil+Ghana', 'scheduled', '2025-04-14'],
      ['Brazil+Senegal', 'scheduled', '2025-04-15'],
      ['Brazil+Morocco', 'pending', null],
    ]);
  });
});

describe('extractEvents: the next leg of a tour, an act that may happen on it', () => {
  // Monday 2025-04-14.
  it('dates the leg a traveller "will then go on to"', () => {
    const xs = extract(
      'Tour\n\nPresident Lula will visit Ghana on April 15-16 and will then go on to Senegal on April 16-17.',
      '2025-04-14',
    );
    expect(xs.map((x) => [x.participants.join('+'), x.status, x.date])).toEqual([
      ['Brazil+Ghana', 'scheduled', '2025-04-15'],
      ['Brazil+Senegal', 'scheduled', '2025-04-16'],
    ]);
  });

  it('leaves an act that "might" be done during a dated visit without its day', () => {
    const xs = extract(
      'Tour\n\nPresident Lula will visit Ghana on April 15. An aide said the two sides might sign a trade agreement during the visit.',
      '2025-04-14',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'scheduled', date: '2025-04-15' });
    expect(only(xs, 'signing')).toMatchObject({ status: 'pending', date: null });
  });

  it('keeps the country a tour began in out of a later leg', () => {
    const xs = extract(
      'Tour\n\nPresident Lula arrived in Dakar on Wednesday for a state visit to Senegal, the second leg of a tour that began in Ghana.',
      '2025-04-17',
    );
    expect(only(xs, 'visit')).toMatchObject({ participants: ['Brazil', 'Senegal'], status: 'occurred' });
  });
});

describe('extractEvents: meetings told by how long they lasted', () => {
  it('reads "the talks lasted two hours" as talks held', () => {
    const xs = extract(
      'Talks\n\nLula and Ghanaian President John Mahama signed a trade agreement in Accra on Tuesday. The talks lasted about two hours, longer than planned.',
      '2025-04-16',
    );
    expect(xs.filter((x) => x.type === 'talks' || x.type === 'summit').map((x) => x.status)).not.toContain(
      'pending',
    );
  });
});

describe('extractEvents: a summit told by the report of it and by what came after it', () => {
  // Saturday 2025-08-09.
  it('dates the report, not the meeting, in "confirmed the meeting early Saturday"', () => {
    const xs = extract(
      'Meeting\n\nLibyan spokesman Ali Hamza confirmed the meeting early Saturday and said Tunisia had invited the Libyan prime minister to a follow-up meeting in Tunis.',
      '2025-08-09',
    );
    expect(xs.map((x) => x.date)).toEqual([null]);
  });

  it('reads "The talks are over" in the lead as the article\'s meeting held, placed where the article says', () => {
    const xs = extract(
      'Djerba meeting\n\nThe talks are over after roughly three hours. The Tunisian president and the Libyan prime minister are giving a joint news conference in Djerba. It is the first meeting of the two since they met in Tripoli in 2021.',
      '2025-08-15',
    );
    const held = xs.filter((x) => x.status === 'occurred' && !x.background);
    expect(held).toHaveLength(1);
    expect(held[0]).toMatchObject({ participants: ['Libya', 'Tunisia'] });
    expect(held[0]!.location).not.toBe('Tripoli');
  });

  it('keeps the parties of "a day after X met Y" out of the plan told before it', () => {
    const xs = extract(
      'Trip\n\nThe Libyan prime minister will travel to Tunis on Monday for talks with the Tunisian president, he said on Saturday, a day after the Tunisian president met the Algerian president in Algiers.',
      '2025-08-16',
    );
    for (const x of xs.filter((x) => !x.background)) expect(x.participants).not.toContain('Algeria');
    expect(only(xs, 'visit')).toMatchObject({ status: 'scheduled', date: '2025-08-18' });
  });

  it('reads a meeting a headline plan comes "after" as its backdrop', () => {
    const xs = extract(
      'Libyan premier to visit Tunis on Monday after Djerba summit\n\nThe Libyan prime minister will travel to Tunis on Monday.',
      '2025-08-16',
    );
    expect(xs.map((x) => x.type)).toEqual(['visit']);
  });
});

describe('extractEvents: a signing taken up again, an accord named by its signing, a departure', () => {
  // Friday 2025-10-17.
  it('reads "The signing will take place at the summit" as the article\'s signing, not one of the summit\'s members', () => {
    const xs = extract(
      'Accord\n\nGhana and Togo will sign a border agreement in Abuja on Oct. 26. The signing will take place on the first day of the ECOWAS summit, which Nigeria hosts this year.',
      '2025-10-17',
    );
    const signings = xs.filter((x) => x.type === 'signing');
    expect(signings).toHaveLength(1);
    expect(signings[0]).toMatchObject({ participants: ['Ghana', 'Togo'], date: '2025-10-26' });
  });

  it('reads "suspending the agreement it signed with X last month" as no signing', () => {
    const xs = extract(
      'Suspended\n\nGhana said on Monday it was suspending the border agreement it signed with Togo in Abuja last month.',
      '2025-11-10',
    );
    expect(xs.filter((x) => x.type === 'signing')).toEqual([]);
  });

  it('reads "left Accra on Friday night for a trip to Nigeria" as the trip begun that day, not next Friday\'s', () => {
    // Saturday 2025-10-25.
    const xs = extract(
      'Trip\n\nGhanaian President John Mahama left Accra on Friday night for a three-day trip to Nigeria.',
      '2025-10-25',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'occurred', date: '2025-10-24' });
  });
});

describe('extractEvents: days written "the 12th of April" or "the evening of April 12"', () => {
  it('dates a plan by either form', () => {
    for (const day of ['on the 12th of April', 'on the evening of April 12', 'on the morning of 12 April']) {
      const xs = extract(`Trip\n\nPresident Lula will land in Beijing ${day}.`, '2023-03-31');
      expect(only(xs, 'visit'), day).toMatchObject({ status: 'scheduled', date: '2023-04-12' });
    }
  });
});

describe('extractEvents: changes told in other words, and a change that is past', () => {
  // Saturday 2023-03-25.
  it('reads "will not happen this week" as postponed and "has decided not to travel" as called off', () => {
    const later = extract(
      "Delay\n\nPresident Lula's visit to Angola will not happen this week, his office said, citing his illness.",
      '2023-03-25',
    );
    expect(only(later, 'visit')).toMatchObject({ status: 'postponed', date: null });
    const off = extract('Off\n\nPresident Lula has decided not to travel to Angola.', '2023-03-25');
    expect(only(off, 'visit')).toMatchObject({ status: 'cancelled' });
  });

  it('reads a plan told after ", which was postponed last month," as the new plan', () => {
    const xs = extract(
      "New date\n\nPresident Lula's visit to Angola, which was postponed last month, will take place on April 14.",
      '2023-03-25',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'scheduled', date: '2023-04-14' });
  });
});

describe("extractEvents: happenings told in reporters' words", () => {
  // Tuesday 2023-09-12.
  it('reads "sat down for talks ... on Sunday" as talks held last Sunday (not "sat" as Saturday)', () => {
    const xs = extract(
      'Talks\n\nPresident Ruto and Tanzanian President Samia Suluhu Hassan sat down for talks at State House on Sunday.',
      '2023-09-12',
    );
    expect(only(xs, 'talks')).toMatchObject({ status: 'occurred', date: '2023-09-10' });
  });

  it('reads "was greeted at the airport by" as the guest\'s visit, and "a three-nation tour in France" as a trip', () => {
    const greeted = extract(
      'Arrival\n\nPresident Ruto was greeted at the airport by Tanzanian President Samia Suluhu Hassan on Monday.',
      '2023-09-12',
    );
    expect(only(greeted, 'visit')).toMatchObject({
      participants: ['Kenya', 'Tanzania'],
      status: 'occurred',
      date: '2023-09-11',
    });
    const tour = extract(
      'Tour\n\nPresident Ruto began a three-nation African tour in Ghana on Sunday.',
      '2023-09-12',
    );
    expect(only(tour, 'visit')).toMatchObject({
      participants: ['Ghana', 'Kenya'],
      status: 'occurred',
      date: '2023-09-10',
    });
  });

  it('reads a person "welcomed in" a capital as a visit made there, and a plan welcomed there as none', () => {
    const welcomed = extract(
      'Arrival\n\nPresident Ruto was welcomed in Accra on Monday at the start of a state visit, officials said.',
      '2023-09-12',
    );
    expect(only(welcomed, 'visit')).toMatchObject({
      participants: ['Ghana', 'Kenya'],
      status: 'occurred',
      date: '2023-09-11',
    });
    const plan = extract('Reaction\n\nThe Kenyan plan was welcomed in Accra on Monday.', '2023-09-12');
    expect(plan.filter((x) => x.type === 'visit')).toEqual([]);
  });

  it('reads "while Sharif is in Beijing" as the stay a plan is set in, not a visit under way', () => {
    const xs = extract(
      'Banquet\n\nXi will host a banquet while Sharif is in Beijing next week, officials said.',
      '2024-05-31',
    );
    expect(xs.filter((x) => x.status === 'occurred')).toEqual([]);
    const now = extract('Arrival\n\nSharif is in Beijing this week for talks with Xi.', '2024-06-05');
    expect(only(now, 'visit')).toMatchObject({ participants: ['China', 'Pakistan'], status: 'occurred' });
  });

  it('takes no party from a name that only sorts a noun ("a Commonwealth country", "a US ally")', () => {
    const xs = extract(
      'Trip\n\nKishida will visit Manila on Friday, the first visit by a Japanese leader to a US ally this year, in what would be his first trip to a Commonwealth country.',
      '2023-09-12',
    );
    expect(only(xs, 'visit')).toMatchObject({ participants: ['Japan', 'Philippines'], date: '2023-09-15' });
  });

  it('reads "is expected to be formally signed" as a plan, whatever adverb comes before the verb', () => {
    const plan = extract(
      'Deal\n\nThe EU-Indonesia agreement is expected to be formally signed later this year, officials said.',
      '2025-07-13',
    );
    expect(only(plan, 'signing')).toMatchObject({ status: 'pending', date: null });
    const done = extract('Deal\n\nThe EU-Indonesia agreement was formally signed on Friday.', '2025-09-27');
    expect(only(done, 'signing')).toMatchObject({ status: 'occurred', date: '2025-09-26' });
  });

  it('reads a meeting "off the table" or one that "will never happen" as called off, and debt cancellation as no change', () => {
    const off = extract(
      'Meeting\n\nThe meeting between Erdogan and Assad is off the table for good, Turkish officials said on Tuesday.',
      '2024-12-10',
    );
    // (A meeting of two leaders: a summit or talks alike; who said it does not make it talks of officials.)
    expect(off).toEqual([
      expect.objectContaining({ participants: ['Syria', 'Turkey'], status: 'cancelled' }),
    ]);
    const never = extract('Meeting\n\nA meeting between Erdogan and Assad will never happen.', '2024-12-10');
    expect(never.map((x) => x.status)).toEqual(['cancelled']);
    const debt = extract(
      'Summit\n\nOutside the EU-AU summit venue protesters gathered to demand debt cancellation.',
      '2022-02-18',
    );
    expect(debt.filter((x) => x.status === 'cancelled')).toEqual([]);
  });

  it('reads a change in a month gone by this year as history, and a day told as a change as moved', () => {
    const history = extract(
      'Meeting\n\nA planned meeting between Albanese and Trump on the sidelines of the G7 summit in Kananaskis in June was cancelled when Trump left early.',
      '2025-10-02',
    );
    expect(history.filter((x) => x.status === 'cancelled')).toEqual([]);
    const moved = extract(
      "Visit\n\nPresident Marcos's state visit to Vietnam, originally set for May 29-30, will now begin on May 30.",
      '2025-05-27',
    );
    expect(only(moved, 'visit')).toMatchObject({ status: 'scheduled', date: '2025-05-30', moved: true });
  });

  it('leaves the day of an invitation to the invitation, and reads "exchange MoUs" and "leave X for Y"', () => {
    const invited = extract(
      "Invitation\n\nKuwait's foreign minister on Wednesday handed Modi a letter from the Amir inviting him to visit Kuwait.",
      '2024-12-04',
    );
    expect(only(invited, 'visit')).toMatchObject({ status: 'pending', date: null });
    const exchange = extract(
      'MoUs\n\nIndia and Indonesia will exchange MoUs on maritime safety and health on Saturday.',
      '2025-01-21',
    );
    expect(only(exchange, 'signing')).toMatchObject({ status: 'scheduled', date: '2025-01-25' });
    const leave = extract('Trip\n\nPrabowo will leave New Delhi for Kuala Lumpur on Monday.', '2025-01-21');
    expect(only(leave, 'visit')).toMatchObject({
      participants: ['Indonesia', 'Malaysia'],
      status: 'scheduled',
      date: '2025-01-27',
    });
  });

  it('leaves the day of "said in Moscow on Thursday" to the statement, whatever clause follows', () => {
    const xs = extract(
      'Trip\n\nPutin will travel to India later this year, Doval said in Moscow on Thursday, as New Delhi comes under pressure.',
      '2025-08-07',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'pending', date: null });
  });

  it('dates no meeting only wondered about or set as a condition', () => {
    const wondered = extract(
      'Tariffs\n\nTrump on Friday threatened higher tariffs and questioned whether he would still sit down with Xi later this month.',
      '2025-10-10',
    );
    expect(wondered.map((x) => x.date)).not.toContain('2025-10-10');
    const condition = extract(
      'Sanctions\n\nEurope will reimpose sanctions unless Tehran resumes talks with Washington.',
      '2025-08-27',
    );
    expect(condition).toEqual([]);
  });

  it('dates a signing "where" a dated one-day trip goes, and none where a stay of days goes', () => {
    const cairo = extract(
      'Trip\n\nAraghchi will travel to Cairo on Monday, where he and IAEA chief Grossi are scheduled to sign a document on inspections.',
      '2025-09-06',
    );
    expect(only(cairo, 'signing')).toMatchObject({ status: 'scheduled', date: '2025-09-08' });
    const stay = extract(
      'Trip\n\nAraghchi will travel to Cairo on Monday for a three-day visit, where he and Grossi are to sign a document.',
      '2025-09-06',
    );
    expect(only(stay, 'signing')).toMatchObject({ status: 'pending', date: null });
  });

  it('leaves the day of a journey to the journey when the summit it goes to has its own day after it', () => {
    const xs = extract(
      'SCO\n\nModi will fly to Tianjin on Saturday evening for the summit of the Shanghai Cooperation Organisation, which China is hosting on August 31 and September 1.',
      '2025-08-27',
    );
    expect(xs.filter((x) => x.type === 'summit' && x.date === '2025-08-30')).toEqual([]);
  });

  it('reads an arrival "hours after" which a pact was signed as happening, and exchanges held "regularly" as none', () => {
    const xs = extract(
      'Pact\n\nThe crown prince and Sharif signed the agreement in Riyadh on Wednesday, hours after Sharif arrived in the Saudi capital for a two-day visit.',
      '2025-09-17',
    );
    expect(only(xs, 'visit')).toMatchObject({
      participants: ['Pakistan', 'Saudi Arabia'],
      status: 'occurred',
    });
    const habit = extract(
      'Trip\n\nSharif is expected to visit Saudi Arabia next week.\n\nAsked about the trip, the spokesperson said high-level exchanges took place regularly.',
      '2025-09-12',
    );
    expect(only(habit, 'visit')).toMatchObject({ status: 'pending' });
  });

  it('reads "their first talks since 2019" as the meeting just told, and changes counted since a year as history', () => {
    const met = extract(
      'Busan\n\nTrump and Xi met at an air base in Busan on Thursday, their first talks since 2019.',
      '2025-10-31',
    );
    expect(met.map((x) => `${x.status} ${x.date}`)).toEqual(['occurred 2025-10-30']);
    const counted = extract(
      "Trip\n\nTebboune's trip to France has already been put off twice since 2023.",
      '2024-08-01',
    );
    expect(counted.filter((x) => x.status === 'postponed')).toEqual([]);
    const port = extract(
      'Trip\n\nPutin will visit the Chinese port city of Tianjin on Friday.',
      '2025-10-29',
    );
    expect(only(port, 'visit')).toMatchObject({ participants: ['China', 'Russia'], date: '2025-10-31' });
  });

  it('takes no party and no day from a deed told of a place ("attacked by Hamas on Oct. 7")', () => {
    const xs = extract(
      'Trip\n\nMilei will visit Kibbutz Nir Oz, one of the communities attacked by Hamas on Oct. 7, and meet Netanyahu in Jerusalem on Wednesday.',
      '2024-02-05',
    );
    for (const x of xs) expect(x.participants).toEqual(['Argentina', 'Israel']);
    expect(xs.map((x) => x.date)).not.toContain('2024-10-07');
  });

  it('reads an arrival "a day after" which the visit went on as the visit under way', () => {
    const xs = extract(
      'Deals\n\nModi and Putin signed a series of agreements on Friday, a day after Putin arrived in the Indian capital.',
      '2025-12-05',
    );
    expect(only(xs, 'visit')).toMatchObject({ participants: ['India', 'Russia'], status: 'occurred' });
  });

  it("reads a headline's present arrival as the visit under way, and never dates a happening tomorrow", () => {
    const begins = extract(
      'King Charles and Queen Camilla begin Kenya state visit\n\nCrowds lined the streets.',
      '2023-10-31',
    );
    expect(only(begins, 'visit')).toMatchObject({
      participants: ['Kenya', 'United Kingdom'],
      status: 'occurred',
    });
    const lands = extract(
      'PM lands in London, FTA to be signed tomorrow\n\nModi was greeted by officials.',
      '2025-07-23',
    );
    expect(only(lands, 'visit')).toMatchObject({
      participants: ['India', 'United Kingdom'],
      status: 'occurred',
    });
    expect(only(lands, 'visit').date).not.toBe('2025-07-24');
  });

  it('reads "cannot go ahead as planned" and "will not be meeting ..., pushed back" as a delay, not an end', () => {
    const cannot = extract(
      'Delay\n\nThe Commonwealth summit in Kigali cannot go ahead as planned in June, Rwanda said.',
      '2020-04-21',
    );
    expect(only(cannot, 'summit')).toMatchObject({
      participants: ['Commonwealth', 'Rwanda'],
      status: 'postponed',
    });
    const pushed = extract(
      'Delay\n\nCommonwealth leaders will not be meeting in Kigali in June, and the summit would be pushed back again, Rwanda said.',
      '2021-01-22',
    );
    expect(only(pushed, 'summit').status).toBe('postponed');
    const off = extract('Off\n\nRuto will not travel to Lagos, Kenya said.', '2021-01-22');
    expect(only(off, 'visit').status).toBe('cancelled');
  });

  it('reads "the Arab summit" and "Arab heads of state" as the Arab League, and bin Zayed as the UAE', () => {
    const arab = extract('Algiers\n\nThe Arab summit will be held in Algiers on November 1.', '2022-09-07');
    expect(only(arab, 'summit')).toMatchObject({
      participants: ['Algeria', 'Arab League'],
      status: 'scheduled',
      date: '2022-11-01',
    });
    const mbz = extract(
      "Visit\n\nNetanyahu will meet Abu Dhabi's Crown Prince Mohammed bin Zayed on Thursday.",
      '2021-03-08',
    );
    expect(mbz[0]?.participants).toEqual(['Israel', 'United Arab Emirates']);
  });

  it('reads "put their names to" and "have put their signatures to" as signing, planned or done', () => {
    const plan = extract(
      'Deal\n\nMinisters from EFTA and Mercosur countries are expected to put their names to the trade agreement in Rio de Janeiro on Monday 15 September.',
      '2025-09-10',
    );
    expect(only(plan, 'signing')).toMatchObject({
      participants: ['EFTA', 'Mercosur'],
      status: 'scheduled',
      date: '2025-09-15',
    });
    const done = extract(
      'Deal\n\nThe Mercosur and EFTA ministers have put their signatures to the agreement.',
      '2025-09-16',
    );
    expect(only(done, 'signing').status).toBe('occurred');
  });

  it('dates "on September 15 last year" in the year before, and a signing "since" which a trip is counted as no plan', () => {
    const since = extract(
      'Trip\n\nNetanyahu will fly to Abu Dhabi, the first trip by an Israeli leader since the signing of the accords between Israel and the United Arab Emirates on September 15 last year.',
      '2021-03-11',
    );
    expect(since.filter((x) => x.type === 'signing' && x.status !== 'occurred')).toEqual([]);
    const last = extract(
      'Anniversary\n\nIsrael and the United Arab Emirates signed the accords in Washington on September 15 last year.',
      '2021-09-10',
    );
    expect(only(last, 'signing').date).toBe('2020-09-15');
  });

  it('gives a day inside ", which ... ," to the relative clause, not to what the main clause will do', () => {
    const xs = extract(
      "Chair\n\nBrazil, which takes over the chair of the group on January 1, will host next year's BRICS summit.",
      '2024-10-24',
    );
    expect(only(xs, 'summit')).toMatchObject({ status: 'pending', date: null });
  });

  it('reads "no meeting ... planned" as no plan, "Charles and Camilla" as the UK, and no Grenada in St George\'s Chapel', () => {
    expect(
      extract(
        'Tirana\n\nThere is no bilateral meeting between Vucic and Kurti planned, officials said.',
        '2022-12-05',
      ),
    ).toEqual([]);
    const royal = extract(
      "Rome\n\nCharles and Camilla will fly into Rome on Monday 7 April for a state visit to Italy, after a service at St George's Chapel, Windsor.",
      '2025-04-03',
    );
    expect(only(royal, 'visit')).toMatchObject({
      participants: ['Italy', 'United Kingdom'],
      status: 'scheduled',
      date: '2025-04-07',
    });
  });

  it('reads a summit an arrival comes "ahead of" as still to come, and a witness to a signing as no party', () => {
    const ahead = extract(
      "Niamey\n\nBurkina Faso's Ibrahim Traore arrived in Niamey on Friday afternoon ahead of tomorrow's summit with Niger and Mali.",
      '2024-07-05',
    );
    expect(only(ahead, 'visit')).toMatchObject({ status: 'occurred', date: '2024-07-05' });
    expect(only(ahead, 'summit')).toMatchObject({ status: 'scheduled', date: '2024-07-06' });
    const witness = extract(
      'Deal\n\nVucic said the document would be signed by Serbia and Kosovo on Friday in the Oval Office in the presence of President Donald Trump.',
      '2020-09-01',
    );
    expect(only(witness, 'signing').participants).toEqual(['Kosovo', 'Serbia']);
  });

  it('reads regional leaders by their bloc, the external affairs minister as India, and "on Thursday agreed to" as the decision\'s day', () => {
    const chiefs = extract(
      "Accra\n\nWest African military chiefs will meet in Ghana's capital on Saturday to discuss the crisis, officials said.",
      '2023-08-09',
    );
    expect(only(chiefs, 'talks')).toMatchObject({
      participants: ['ECOWAS', 'Ghana'],
      status: 'scheduled',
      date: '2023-08-12',
    });
    const agreed = extract(
      'Talks\n\nIndia on Thursday agreed to a meeting between the external affairs minister and the Pakistani foreign minister.',
      '2018-09-21',
    );
    expect(only(agreed, 'talks')).toMatchObject({
      participants: ['India', 'Pakistan'],
      status: 'pending',
      date: null,
    });
  });

  it('dates a signing "after the talks on Saturday" by those talks, still ahead, and reads "a bilateral with" as talks', () => {
    const after = extract(
      'Deals\n\nSeveral agreements between India and Bangladesh would be signed after the talks on Saturday, officials said.',
      '2024-06-20',
    );
    expect(only(after, 'signing')).toMatchObject({ status: 'scheduled', date: '2024-06-22' });
    expect(only(after, 'talks')).toMatchObject({ status: 'scheduled', date: '2024-06-22' });
    const bilateral = extract(
      'Kazan\n\nModi held a bilateral with Xi Jinping on Wednesday on the sidelines of the BRICS summit.',
      '2024-10-23',
    );
    expect(bilateral.find((x) => x.participants.join() === 'China,India')).toMatchObject({
      status: 'occurred',
      date: '2024-10-23',
    });
  });

  it('dates a signing "during the meeting" by the summit the article dated before it', () => {
    const xs = extract(
      'Leaders to meet\n\nThe leaders of Kenya and Tanzania will hold a summit in Arusha on Friday, officials said.\n\nThe two presidents are expected to sign a border trade pact during the meeting.',
      '2024-03-04',
    );
    expect(only(xs, 'signing')).toMatchObject({ status: 'scheduled', date: '2024-03-08' });
  });

  it('reads "was not signed as planned" as a delay, "hopes to have it signed" as a plan, and an envoy recalled "for consultations" as no talks', () => {
    const notSigned = extract(
      'Visit\n\nThe prime minister held talks in Port Vila on Sunday, but the security agreement between Australia and Vanuatu was not signed as planned.',
      '2025-09-08',
    );
    expect(only(notSigned, 'signing')).toMatchObject({ status: 'postponed', date: null });
    const hopes = extract(
      'Pact\n\nCanberra hopes to have the agreement with Vanuatu signed before the end of the year.',
      '2025-05-05',
    );
    expect(only(hopes, 'signing')).toMatchObject({ status: 'pending', date: null });
    const recalled = extract(
      'Envoy\n\nTurkey recalled its ambassador to Israel for consultations on Saturday, the foreign ministry said.',
      '2023-11-05',
    );
    expect(recalled).toEqual([]);
  });

  it('leaves every country listed after "without" out of a meeting', () => {
    const xs = extract(
      'Forum\n\nThe Pacific Islands Forum meeting in Honiara opened on Monday without China, the US or other partners.',
      '2025-09-09',
    );
    expect(only(xs, 'talks').participants).toEqual(['Pacific Islands Forum', 'Solomon Islands']);
  });

  it("reads a topic page's newest story by the page's day and its older excerpts without their weekdays", () => {
    const xs = extract(
      [
        'Topic: Kenya-Uganda relations',
        'Page 1 of 9',
        'Ruto to host Museveni in Nairobi on Monday',
        'NAIROBI (Wire) - Kenyan President William Ruto will host Ugandan President Yoweri Museveni in Nairobi on Monday, State House said on Wednesday.',
        '',
        'Kenya and Tanzania to sign border deal',
        'Kenya and Tanzania are expected to sign a border demarcation agreement in Arusha on Saturday, officials said.',
        '',
        'Load more',
      ].join('\n'),
      '2025-07-23',
    );
    expect(xs.find((x) => x.type === 'visit')).toMatchObject({ status: 'scheduled', date: '2025-07-28' });
    expect(only(xs, 'signing')).toMatchObject({ participants: ['Kenya', 'Tanzania'], date: null });
  });

  it('does not date a visit by the day it lasts until', () => {
    const xs = extract(
      'Visit\n\nPresident Tinubu is to be hosted by President Macron in Paris on a state visit lasting until Friday, the presidency said.',
      '2024-11-26',
    );
    expect(xs.find((x) => x.type === 'visit' && x.date === '2024-11-29')).toBeUndefined();
    const leg = extract(
      'Trip\n\nSouth Korean President Lee Jae-myung stays in Tokyo through Sunday, then flies to Washington.',
      '2025-08-22',
    );
    expect(leg.find((x) => x.date === '2025-08-24')).toBeUndefined();
  });

  it('reads "sat down together" and "held ... discussions" as meetings held, and a country tension is "over" as no party', () => {
    const sat = extract(
      'Talks\n\nAfter months of tension over Taiwan and trade, Biden and Xi finally sat down together in Bali on Monday.',
      '2022-11-15',
    );
    expect(sat).toHaveLength(1);
    expect(sat[0]).toMatchObject({
      participants: ['China', 'United States'],
      status: 'occurred',
      date: '2022-11-14',
    });
    const held = extract(
      'Talks\n\nPhilippine and Chinese officials held what both sides described as "frank and candid" discussions in Xiamen on Thursday.',
      '2025-01-17',
    );
    expect(only(held, 'talks')).toMatchObject({
      participants: ['China', 'Philippines'],
      status: 'occurred',
      date: '2025-01-16',
    });
  });

  it('gives a signing "during the stopover" or "while the leader is in" a capital the dated visit\'s day', () => {
    const stop = extract(
      'Stopover\n\nAlbanese will make a stop in Vanuatu on Sunday on his way to Port Moresby. The security agreement between Australia and Vanuatu is expected to be signed during the stopover.',
      '2025-09-04',
    );
    expect(only(stop, 'signing')).toMatchObject({ status: 'scheduled', date: '2025-09-07' });
    const whileIn = extract(
      'Visit\n\nKishida will visit London on Wednesday. Japan and Britain are expected to sign the defence pact while Kishida is in the British capital.',
      '2023-01-05',
    );
    expect(only(whileIn, 'signing')).toMatchObject({ status: 'scheduled', date: '2023-01-11' });
  });

  it('reads a leaders\' retreat as a summit, and one that "will not take place this month" as put off, not called off', () => {
    const dated = extract(
      "Retreat\n\nThe prime ministers of Malaysia and Singapore will hold their annual leaders' retreat in Putrajaya on Jan 7.",
      '2024-12-31',
    );
    expect(only(dated, 'summit')).toMatchObject({
      participants: ['Malaysia', 'Singapore'],
      status: 'scheduled',
      date: '2025-01-07',
    });
    const month = extract(
      "Retreat\n\nThe annual leaders' retreat between Malaysia and Singapore will no longer take place this month, sources said.",
      '2024-12-09',
    );
    expect(only(month, 'summit').status).toBe('postponed');
    const never = extract(
      'Summit\n\nThe summit between Malaysia and Singapore will not take place, officials said.',
      '2024-12-09',
    );
    expect(only(never, 'summit').status).toBe('cancelled');
  });

  it('reads a visit to a site on a trip ("will visit the irrigation system") as no state visit', () => {
    const xs = extract(
      'Chengdu\n\nJapanese Prime Minister Shinzo Abe met South Korean President Moon Jae-in in Chengdu on Tuesday. Abe will visit the Dujiangyan irrigation system on Wednesday before returning to Tokyo.',
      '2019-12-24',
    );
    expect(xs.filter((x) => x.type === 'visit')).toEqual([]);
  });

  it('gives the change of "plans to sign ... at next week\'s summit" to the signing, not the summit', () => {
    const xs = extract(
      "Deal\n\nPlans to sign the European Union's updated agreements with Chile at next week's summit have been shelved, diplomats said.",
      '2023-07-10',
    );
    expect(only(xs, 'signing').status).toBe('postponed');
    expect(xs.filter((x) => x.status === 'postponed')).toHaveLength(1);
  });

  it('reads trips set in a month or year already past as recalled, and "the absence of a signed pact" as no signing', () => {
    const past = extract(
      'Trip\n\nThe trip follows his visit to Brussels for a summit with the European Union in December 2022 and a working visit to London in May 2023.',
      '2024-03-14',
    );
    expect(past).toEqual([]);
    const ahead = extract('Trip\n\nXi is expected to pay a state visit to Japan in 2020.', '2019-11-23');
    expect(only(ahead, 'visit').status).toBe('pending');
    const absent = extract(
      'Trip\n\nThe Philippine president left Germany on Wednesday despite the absence of a signed defence pact with Berlin.',
      '2024-03-14',
    );
    expect(absent.filter((x) => x.type === 'signing')).toEqual([]);
  });

  it('leaves a side that boycotts a summit or sends no one out of its parties', () => {
    const boycott = extract(
      "Summit\n\nThe G20 leaders' summit in Johannesburg is set for November 22, but the United States is boycotting the meeting.",
      '2025-11-10',
    );
    expect(only(boycott, 'summit').participants).toEqual(['G20', 'South Africa']);
    const none = extract(
      "Summit\n\nThe G20 leaders' summit is set for November 22 in Johannesburg, though no US official will attend.",
      '2025-11-10',
    );
    expect(only(none, 'summit').participants).toEqual(['G20', 'South Africa']);
  });

  it('reads "after it is signed" as a time still ahead, not a signing done', () => {
    const xs = extract(
      'Pact\n\nMarape said the text of the defence agreement with the United States would be released after it is signed and before Parliament ratifies it.',
      '2023-05-20',
    );
    expect(xs.filter((x) => x.status === 'occurred')).toEqual([]);
  });

  it('dates a trip "to the French city of Nancy on May 5 to sign" and the signing it is made for', () => {
    const xs = extract(
      'Treaty\n\nPolish Prime Minister Donald Tusk will travel to the French city of Nancy on May 5 to sign the new treaty with France.',
      '2025-04-28',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'scheduled', date: '2025-05-05' });
    expect(only(xs, 'signing')).toMatchObject({ status: 'scheduled', date: '2025-05-05' });
  });

  it('reads a trip given up "instead of going on to" a place as called off', () => {
    const xs = extract(
      'Trip\n\nBiden will still attend the G7 summit in Hiroshima, but will fly home on Sunday instead of going on to Port Moresby.',
      '2023-05-17',
    );
    expect(xs.find((x) => x.type === 'visit' && x.participants.includes('Papua New Guinea'))?.status).toBe(
      'cancelled',
    );
  });

  it('reads a "2+2 ministerial dialogue" as talks, and a call for dialogue as none', () => {
    const dialogue = extract(
      'Talks\n\nIndia and the United States will hold their 2+2 ministerial dialogue in New Delhi on October 27.',
      '2020-10-20',
    );
    expect(only(dialogue, 'talks')).toMatchObject({ status: 'scheduled', date: '2020-10-27' });
    const call = extract('Appeal\n\nIndia and China called for dialogue to ease the standoff.', '2020-10-20');
    expect(call).toEqual([]);
  });

  it('reads advice "not to make the trip" as no plan of it', () => {
    const xs = extract(
      'Health\n\nPope Francis will miss the climate talks. Doctors told him on Tuesday not to make the trip to Dubai.',
      '2023-11-30',
    );
    expect(xs.filter((x) => x.status === 'scheduled')).toEqual([]);
  });

  it('reads "is to be in Paris from June 21" as a dated visit', () => {
    const xs = extract('Trip\n\nXi Jinping is to be in Paris on June 21, officials said.', '2023-06-14');
    expect(only(xs, 'visit')).toMatchObject({
      participants: ['China', 'France'],
      status: 'scheduled',
      date: '2023-06-21',
    });
  });

  it('gives "the summit" named alone the parties of the summit the article named, not the pair just before', () => {
    const xs = extract(
      'Summit\n\nThailand will host the sixth BIMSTEC summit in Bangkok. Indian Prime Minister Narendra Modi will arrive in Bangkok on Thursday. The summit itself takes place on Friday.',
      '2025-03-31',
    );
    expect(only(xs, 'summit')).toMatchObject({
      participants: ['BIMSTEC', 'Thailand'],
      status: 'scheduled',
      date: '2025-04-04',
    });
  });

  it('dates what happens "the next day" by the day the article told just before', () => {
    const xs = extract(
      'Tour\n\nErdogan will visit Saudi Arabia on Monday. He will fly to Qatar the next day.',
      '2023-07-13',
    );
    expect(xs.map((x) => [x.participants.join('+'), x.date])).toEqual([
      ['Saudi Arabia+Turkey', '2023-07-17'],
      ['Qatar+Turkey', '2023-07-18'],
    ]);
  });

  it('reads "before wrapping up the trip in X on Monday" after a plan as planned, not done', () => {
    const xs = extract(
      'Tour\n\nJapanese Prime Minister Fumio Kishida will fly to Samarkand on Sunday before wrapping up the trip in Ulaanbaatar on Monday.',
      '2024-08-07',
    );
    expect(xs.find((x) => x.participants.includes('Mongolia'))).toMatchObject({
      status: 'scheduled',
      date: '2024-08-12',
    });
  });

  it("lets the headline's word settle a body that tells both an end and a delay", () => {
    const xs = extract(
      'Rwanda summit shelved again as Commonwealth waits\n\nFor the second time, Commonwealth leaders will not be meeting in Kigali in June.\n\nOrganisers said on Tuesday that the Commonwealth summit, which had been rescheduled to open in the Rwandan capital on 21 June, would be pushed back again.',
      '2021-04-27',
    );
    expect(only(xs, 'summit').status).toBe('postponed');
  });

  it('never dates a stay by the day it "will end"', () => {
    const xs = extract(
      'Trip\n\nThe state visit of King Charles to Italy will end in Ravenna on Thursday 10 April.',
      '2025-04-03',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'pending', date: null });
    const both = extract(
      'Trip\n\nKing Charles will begin his visit to Italy on April 7 and will end it in Ravenna on Thursday 10 April.',
      '2025-04-03',
    );
    expect(only(both, 'visit')).toMatchObject({ status: 'scheduled', date: '2025-04-07' });
  });

  it('reads a trip to New York for the UN as no visit to the United States, unless the White House is in it', () => {
    expect(
      extract(
        "UNGA\n\nPakistan's foreign minister Shah Mahmood Qureshi leaves for New York on Sunday for the UN General Assembly.",
        '2018-09-21',
      ),
    ).toEqual([]);
    const white = extract(
      'Trip\n\nModi will travel to New York on Saturday and meet Biden at the White House on Monday.',
      '2021-09-21',
    );
    expect(only(white, 'visit').participants).toEqual(['India', 'United States']);
  });

  it("reads talks held as 'the 12th round of the joint commission's talks' (three words between round and talks)", () => {
    const xs = extract(
      "Border round\n\nKenya and Somalia on Tuesday held the 12th round of the joint commission's talks in Nairobi.",
      '2025-03-05',
    );
    expect(only(xs, 'talks')).toMatchObject({
      participants: ['Kenya', 'Somalia'],
      status: 'occurred',
      date: '2025-03-04',
    });
  });

  it('keeps the UN as a party of talks it sponsors or brokers, but not a mediating state or a UN backer', () => {
    const sponsored = extract(
      'Peace push\n\nThe Houthis and the Yemeni government will resume UN-sponsored talks on Thursday.',
      '2025-03-03',
    );
    expect(only(sponsored, 'talks').participants).toEqual(['Houthis', 'United Nations', 'Yemen']);
    const by = extract(
      'Peace push\n\nThe Houthis and the Yemeni government will meet on Thursday for talks sponsored by the United Nations.',
      '2025-03-03',
    );
    expect(only(by, 'talks').participants).toEqual(['Houthis', 'United Nations', 'Yemen']);
    const backed = extract(
      'Peace push\n\nThe Houthis and the Yemeni government will resume UN-backed talks on Thursday.',
      '2025-03-03',
    );
    expect(only(backed, 'talks').participants).toEqual(['Houthis', 'Yemen']);
    const omani = extract(
      'Peace push\n\nThe Houthis and the Yemeni government will resume Omani-brokered talks on Thursday.',
      '2025-03-03',
    );
    expect(only(omani, 'talks').participants).toEqual(['Houthis', 'Yemen']);
  });

  it("does not make the city a convener's talks meet in a party when the article names its country no other way", () => {
    const xs = extract(
      'Talks\n\nThe UN secretary-general has invited the two sides to consultations in Vienna starting 9 March, a statement said.',
      '2025-03-03',
    );
    expect(xs.flatMap((x) => x.participants)).not.toContain('Austria');
  });

  it('leaves out a mediator told "again acting as mediator" or in "the US and Saudi-brokered talks"', () => {
    const again = extract(
      'Talks\n\nIranian and US negotiators began a second round of talks in Rome on Saturday, with Oman again acting as mediator.',
      '2025-04-19',
    );
    expect(only(again, 'talks').participants).toEqual(['Iran', 'United States']);
    const pair = extract(
      'Talks\n\nThe army suspended its part in the US and Saudi-brokered talks with the Rapid Support Forces in Geneva.',
      '2023-06-01',
    );
    expect(pair.flatMap((x) => x.participants)).not.toContain('United States');
  });

  it('keeps what a visitor will do ", where he will ..." out of the visit, and a witnessed signing to its signers', () => {
    const xs = extract(
      'Trip\n\nTrump will arrive in Kuala Lumpur on Sunday, where he will attend a dinner with leaders of the Association of Southeast Asian Nations, hold talks with Malaysian Prime Minister Anwar Ibrahim and witness the signing of a peace accord between Thailand and Cambodia.',
      '2025-10-22',
    );
    expect(only(xs, 'visit').participants).toEqual(['Malaysia', 'United States']);
    expect(only(xs, 'signing')).toMatchObject({
      participants: ['Cambodia', 'Thailand'],
      status: 'scheduled',
      date: '2025-10-26',
    });
  });

  it('reads "put off rather than called off", "will not be convened before ..., a new date will be agreed" as delays, and a question as no change', () => {
    const rather = extract(
      'Visit\n\nOfficials said the visit of Egyptian President Sisi to Turkey had been put off rather than called off.',
      '2024-02-01',
    );
    expect(only(rather, 'visit').status).toBe('postponed');
    const before = extract(
      'Summit\n\nThe Arab summit will not be convened before Ramadan, and a new date will be agreed between Algeria and the member states.',
      '2022-01-20',
    );
    expect(only(before, 'summit').status).toBe('postponed');
    expect(
      extract(
        'Talks\n\nAsked whether the meeting with Xi was off, Trump said he had not cancelled it, the White House and China said.',
        '2025-10-15',
      ).filter((x) => x.status === 'cancelled'),
    ).toEqual([]);
  });

  it('reads a person named by an organisation\'s post as the organisation ("European Council President Donald Tusk")', () => {
    const xs = extract(
      'Trade\n\nAbe will sit down with European Council President Donald Tusk for their annual summit in Brussels on Wednesday.',
      '2018-07-06',
    );
    expect(xs[0]?.participants).toEqual(['European Union', 'Japan']);
    const national = extract(
      'Berlin\n\nPolish Prime Minister Donald Tusk will meet Scholz in Berlin on Wednesday.',
      '2024-02-05',
    );
    expect(national[0]?.participants).toEqual(['Germany', 'Poland']);
  });

  it("reads two leaders meeting at one side's seat as the other side's visit made, to update a visit, never to make one", () => {
    const xs = extract(
      'Talks\n\nRussian President Vladimir Putin held talks with Saudi Crown Prince Mohammed bin Salman in Riyadh on Wednesday evening.',
      '2023-12-07',
    );
    expect(only(xs, 'visit')).toMatchObject({
      participants: ['Russia', 'Saudi Arabia'],
      host: 'Saudi Arabia',
      status: 'occurred',
      date: '2023-12-06',
      canCreate: false,
    });
    const white = extract(
      'Talks\n\nCanadian Prime Minister Mark Carney told President Donald Trump on Tuesday that Canada is not for sale, as the two leaders met at the White House.',
      '2025-05-06',
    );
    expect(only(white, 'visit')).toMatchObject({
      host: 'United States',
      status: 'occurred',
      date: '2025-05-06',
    });
    const neutral = extract(
      'Talks\n\nUS and Russian officials held talks in Geneva on Monday.',
      '2025-05-06',
    );
    expect(neutral.filter((x) => x.type === 'visit')).toEqual([]);
    // Met on the sidelines of a summit at one side's seat: the guest came for the summit, no visit.
    const sidelines = extract(
      'Talks\n\nThe two leaders, Ghana President John Mahama and Nigerian President Bola Tinubu, met briefly on the sidelines of the ECOWAS summit in Abuja on Sunday.',
      '2025-05-06',
    );
    expect(sidelines.filter((x) => x.type === 'visit')).toEqual([]);
    const next = extract(
      'Reply\n\nModi replied that the next time they met, he hoped to host Morrison in Gujarat.',
      '2020-06-04',
    );
    expect(next.filter((x) => x.status === 'occurred')).toEqual([]);
  });

  it('takes the new day when the sentence opens with the one given up ("Instead of Wednesday, ...")', () => {
    const xs = extract(
      'Moved\n\nInstead of Wednesday, the Serbian and Kosovo delegations will now meet on Thursday, September 3.',
      '2020-08-31',
    );
    expect(only(xs, 'talks')).toMatchObject({ status: 'scheduled', date: '2020-09-03' });
  });

  it('reads a happening denied ("has not visited", "No ... has visited") as none, and "steps off the plane" as an arrival', () => {
    for (const body of [
      'Abiy has not visited Eritrea since taking office.',
      'No Ethiopian head of government has visited Eritrea in two decades.',
      'Never before has an Ethiopian leader visited Eritrea.',
    ])
      expect(extract(`Background\n\n${body}`, '2018-07-06')).toEqual([]);
    const arrived = extract(
      'Arrival\n\nEritrean President Isaias Afwerki stepped off the plane in Addis Ababa on Saturday.',
      '2018-07-14',
    );
    expect(only(arrived, 'visit')).toMatchObject({
      participants: ['Eritrea', 'Ethiopia'],
      status: 'occurred',
      date: '2018-07-14',
    });
    const live = extract(
      'Live\n\nEritrean President Isaias Afwerki steps off the plane at Bole International Airport in Addis Ababa.',
      '2018-07-14',
    );
    expect(only(live, 'visit')).toMatchObject({ participants: ['Eritrea', 'Ethiopia'], status: 'occurred' });
    const ahead = extract(
      'Preview\n\nWhen Xi Jinping steps off his plane in the North Korean capital tomorrow, the choreography will matter.',
      '2019-06-19',
    );
    expect(only(ahead, 'visit')).toMatchObject({ status: 'scheduled', date: '2019-06-20' });
  });

  it('reads "is holding talks on Wednesday" as the plan for the Wednesday ahead, not the one gone', () => {
    const xs = extract('Talks\n\nLaos is holding talks with Thailand on Wednesday.', '2018-05-15');
    expect(only(xs, 'talks')).toMatchObject({ status: 'scheduled', date: '2018-05-16' });
  });

  it('reads a train pulling out of a city as a departure, and "closing his journey" as a trip made', () => {
    const xs = extract(
      "Train\n\nPresident Lula's train pulled out of Montevideo on Wednesday evening, closing his second journey to Uruguay.",
      '2023-07-13',
    );
    expect(only(xs, 'visit')).toMatchObject({
      participants: ['Brazil', 'Uruguay'],
      status: 'occurred',
      date: '2023-07-12',
    });
    const quit = extract(
      'Walkout\n\nBrazil pulled out of the talks with Uruguay on Wednesday.',
      '2023-07-13',
    );
    expect(only(quit, 'talks').status).toBe('cancelled');
  });

  it("reads a headline's host welcoming a guest named bare as the visit under way, not a welcomed decision", () => {
    const welcomes = extract('Xi welcomes Putin to Beijing\n\nCrowds lined the avenue.', '2024-05-16');
    expect(only(welcomes, 'visit')).toMatchObject({
      participants: ['China', 'Russia'],
      host: 'China',
      status: 'occurred',
    });
    const carpet = extract(
      'Trump rolls out red carpet for Saudi crown prince at White House\n\nJets flew overhead.',
      '2025-11-18',
    );
    expect(only(carpet, 'visit')).toMatchObject({
      participants: ['Saudi Arabia', 'United States'],
      status: 'occurred',
    });
    expect(extract('China welcomes EU decision on tariffs\n\nOfficials spoke.', '2025-11-18')).toEqual([]);
  });

  it("reads a live page's key point written like a headline as news, but not a full sentence in a list", () => {
    const live = extract(
      'LIVE: talks in Washington\n\nKey points\n- Carney arrives at the White House for talks with Trump\n- Press conference expected later\n\n10:05 GMT\nThe two men are due to speak to reporters.',
      '2025-05-06',
    );
    expect(only(live, 'visit')).toMatchObject({
      participants: ['Canada', 'United States'],
      status: 'occurred',
    });
    const plan = extract(
      'Diary\n\nThe week ahead:\n- Carney arrives at the White House on Tuesday for talks with Trump.\n- Parliament sits on Wednesday.',
      '2025-05-04',
    );
    expect(only(plan, 'visit')).toMatchObject({ status: 'scheduled', date: '2025-05-06' });
  });

  it('reads "on the first day of his state visit" told in the past as the visit under way', () => {
    const xs = extract(
      'Regret\n\nKing Charles expressed his deepest regret on the first day of his state visit to Kenya.',
      '2023-11-01',
    );
    expect(only(xs, 'visit')).toMatchObject({
      participants: ['Kenya', 'United Kingdom'],
      status: 'occurred',
    });
  });

  it('reads "was in Beijing on Monday for talks" as a visit made, and "was in charge" as none', () => {
    const xs = extract('Trip\n\nPutin was in Beijing on Monday for talks with Xi.', '2023-11-24');
    expect(only(xs, 'visit')).toMatchObject({
      participants: ['China', 'Russia'],
      status: 'occurred',
      date: '2023-11-20',
    });
    expect(extract('Talks\n\nThe Russian minister was in charge of the talks.', '2023-11-24')).toEqual([]);
  });

  it('reads "a second round" named alone in a sentence about talking as talks, and a second round of voting as none', () => {
    const xs = extract(
      'Talks\n\nIsrael and Syria agreed to keep talking, and a second round, mediated by the United States, would be held in Paris later this month.',
      '2025-07-12',
    );
    expect(only(xs, 'talks')).toMatchObject({ status: 'pending', location: 'Paris' });
    expect(only(xs, 'talks').participants).toEqual(expect.arrayContaining(['Israel', 'Syria']));
    expect(
      extract('Vote\n\nBrazil and Chile will hold a second round of voting on Sunday.', '2025-07-12'),
    ).toEqual([]);
  });

  it('dates a happening told on two days by the first of them', () => {
    const xs = extract(
      'Summit\n\nThe SCO meeting of heads of state was held in Tianjin on Monday.\n\nThe SCO summit opened on Sunday evening with a welcome banquet.',
      '2025-09-01',
    );
    expect(only(xs, 'summit')).toMatchObject({ status: 'occurred', date: '2025-08-31' });
  });

  it('dates a summit that "ended" after N days from its first day', () => {
    const xs = extract(
      'Summit\n\nThe European Union and the African Union ended a two-day summit in Brussels on Friday with a joint declaration.',
      '2022-02-18',
    );
    expect(only(xs, 'summit')).toMatchObject({ status: 'occurred', date: '2022-02-17' });
  });

  it('keeps the place a journey set out from out of the visit', () => {
    const xs = extract(
      'Arrival\n\nPresident Ruto flew into Accra on Sunday evening from Lagos.',
      '2023-09-12',
    );
    expect(only(xs, 'visit')).toMatchObject({ participants: ['Ghana', 'Kenya'], date: '2023-09-10' });
  });

  it('reads no plan into "issued a joint statement after their talks on Thursday"', () => {
    const xs = extract(
      'Statement\n\nRuto and Samia Suluhu Hassan issued a joint statement after their talks on Thursday.',
      '2023-09-12',
    );
    expect(xs.filter((x) => x.status === 'scheduled')).toEqual([]);
  });
});

describe('extractEvents: summits moved, and who stays away', () => {
  // Wednesday 2025-05-07.
  it('reads "..., originally planned for Brussels, will be held in Beijing on July 24" as the new plan and venue', () => {
    const xs = extract(
      'Summit\n\nThe EU-Japan summit, originally planned for Brussels, will be held in Tokyo on July 24.',
      '2025-05-07',
    );
    expect(only(xs, 'summit')).toMatchObject({ status: 'scheduled', date: '2025-07-24', location: 'Tokyo' });
  });

  it('keeps a country a summit opened "without" out of its parties', () => {
    const xs = extract(
      'Summit\n\nThe G20 summit opened in Johannesburg on Saturday without the United States.',
      '2025-05-07',
    );
    expect(only(xs, 'summit').participants).not.toContain('United States');
  });
});

describe('extractEvents: groupings of countries, lists of sides, and travellers named before', () => {
  // Monday 2025-07-21.
  it('reads "the E3" and "European powers" as Britain, France and Germany, and not the host city as a side', () => {
    for (const side of ['the E3', 'European powers', 'three European powers']) {
      const xs = extract(`Talks\n\nIran will hold talks with ${side} in Istanbul on Friday.`, '2025-07-21');
      expect(only(xs, 'talks'), side).toMatchObject({
        participants: ['France', 'Germany', 'Iran', 'United Kingdom'],
        date: '2025-07-25',
      });
    }
  });

  it('reads groupings with no organisation (Caspian, Central Asian, Nordic, Baltic, Normandy) as their member countries', () => {
    const caspian = extract(
      'Caspian Summit to be held in Baku on August 12, minister says\n\nOfficials gave no more detail.',
      '2025-07-21',
    );
    expect(only(caspian, 'summit')).toMatchObject({
      participants: ['Azerbaijan', 'Iran', 'Kazakhstan', 'Russia', 'Turkmenistan'],
      date: '2025-08-12',
    });
    const central = extract(
      'Summit\n\nChinese President Xi Jinping will host a summit with Central Asian leaders in Xian on Friday.',
      '2025-07-21',
    );
    expect(only(central, 'summit').participants).toEqual([
      'China',
      'Kazakhstan',
      'Kyrgyzstan',
      'Tajikistan',
      'Turkmenistan',
      'Uzbekistan',
    ]);
    const normandy = extract(
      'Ukraine crisis: Normandy Four leaders to meet in Berlin on Wednesday\n\nOfficials gave no more detail.',
      '2016-10-18',
    );
    expect(meetingsOf(normandy).map((x) => x.participants)).toEqual([
      ['France', 'Germany', 'Russia', 'Ukraine'],
    ]);
    // The region named, not its adjective: "the heads of state of Central Asia".
    const region = extract(
      'Summit\n\nThe next consultative meeting of the heads of state of Central Asia will be held on August 6 in Turkmenistan, the Uzbek presidency said.',
      '2021-07-16',
    );
    expect(only(region, 'summit')).toMatchObject({
      participants: ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan'],
      date: '2021-08-06',
    });
    const named = extract(
      'Summit\n\nChinese President Xi Jinping will chair the China-Central Asia Summit in Beijing on May 18, officials said.',
      '2025-05-05',
    );
    expect(only(named, 'summit').participants).toHaveLength(6);
    const baltic = extract(
      'Talks\n\nPoland will hold talks with the Baltic states in Riga on Friday.',
      '2025-07-21',
    );
    expect(only(baltic, 'talks').participants).toEqual(['Estonia', 'Latvia', 'Lithuania', 'Poland']);
    const ibsa = extract(
      'Forum\n\nLeaders of the IBSA forum held a meeting in Johannesburg on Sunday.',
      '2025-11-24',
    );
    expect(ibsa.find((x) => x.status === 'occurred')?.participants).toEqual([
      'Brazil',
      'India',
      'South Africa',
    ]);
    const b9 = extract(
      'Summit\n\nThe Bucharest Nine will meet in Warsaw on Wednesday, officials said.',
      '2023-02-20',
    );
    expect(b9.find((x) => x.type === 'talks' || x.type === 'summit')?.participants).toContain(
      'Bucharest Nine',
    );
  });

  it('takes every side listed after "talks between"', () => {
    const xs = extract(
      'Talks\n\nTalks between Iran and Britain, France and Germany will be held in Geneva on Tuesday.',
      '2025-07-21',
    );
    expect(only(xs, 'talks').participants).toEqual(['France', 'Germany', 'Iran', 'United Kingdom']);
  });

  it('gives a tour told with "he" to the traveller the article names, leg by leg', () => {
    const xs = extract(
      'Tour\n\nPresident Lula will travel to Ghana on July 5. He will then travel to Senegal on July 6 and to Morocco on July 7.',
      '2025-07-01',
    );
    expect(xs.map((x) => [x.participants.join('+'), x.date])).toEqual([
      ['Brazil+Ghana', '2025-07-05'],
      ['Brazil+Senegal', '2025-07-06'],
      ['Brazil+Morocco', '2025-07-07'],
    ]);
  });

  it('gives a trip told of "the pope" to the Vatican, not to the country named before', () => {
    const xs = extract(
      'Trip\n\nPope Francis will travel to Malta on July 5. The pope will also visit Warsaw on July 6.',
      '2025-07-01',
    );
    expect(xs.map((x) => [x.participants.join('+'), x.date])).toEqual([
      ['Malta+Vatican', '2025-07-05'],
      ['Poland+Vatican', '2025-07-06'],
    ]);
  });
});

describe('extractEvents: a change and the cause told with it', () => {
  // Friday 2025-02-28.
  it('keeps "called off ... after a meeting between X and Y ended in a row" off the meeting, which was held', () => {
    const xs = extract(
      'Deal off\n\nThe signing was called off on Friday after a meeting between the Kenyan and Ugandan presidents in Nairobi ended in a shouting match.',
      '2025-02-28',
    );
    expect(xs.filter((x) => x.type !== 'signing' && x.status === 'cancelled')).toEqual([]);
  });

  it('reads a plan "after all, a week after the signing was called off" as the plan, not the cancellation', () => {
    const xs = extract(
      'Back on\n\nKenya and Uganda will sign the border deal after all, officials said, a week after the signing was called off. No date has been set.',
      '2025-03-05',
    );
    expect(only(xs, 'signing')).toMatchObject({ status: 'pending', date: null });
  });

  it('keeps a signing done "days before the summit was postponed" a signing done', () => {
    const xs = extract(
      'Deal\n\nKenya and Uganda signed a border deal on Monday, days before the regional summit was postponed.',
      '2025-03-05',
    );
    expect(only(xs, 'signing')).toMatchObject({ status: 'occurred', date: '2025-03-03' });
  });
});

describe('extractEvents: a signing at a summit, appeals, approvals and talks under way', () => {
  // Wednesday 2025-12-03.
  it('gives a signing "at the summit in Brazil on Dec. 20" the summit\'s day', () => {
    const xs = extract(
      'Deal\n\nThe European Union will sign its trade agreement with Mercosur at the summit in Brazil on Dec. 20.',
      '2025-12-03',
    );
    expect(only(xs, 'signing')).toMatchObject({ status: 'scheduled', date: '2025-12-20' });
  });

  it('reads "the long-delayed summit will take place on Dec. 20" as a plan, not a delay', () => {
    const xs = extract(
      'Summit\n\nThe long-delayed EU-Mercosur summit will take place on Dec. 20.',
      '2025-12-03',
    );
    expect(only(xs, 'summit')).toMatchObject({ status: 'scheduled', date: '2025-12-20' });
  });

  it('reads no summit into the attribution "..., she told EU leaders at a summit on Thursday"', () => {
    const xs = extract(
      'Delay\n\nThe signing of the EU-Mercosur trade agreement has been pushed back to January, von der Leyen told EU leaders at a summit on Thursday.',
      '2025-12-19',
    );
    expect(xs.map((x) => [x.type, x.status])).toEqual([['signing', 'postponed']]);
  });

  it('gives the approval, not the signing, the day in "approved it on Friday, clearing the way for it to be signed next week"', () => {
    const xs = extract(
      "Approval\n\nEuropean Union governments gave their approval to the trade agreement with Mercosur on Friday, clearing the way for the deal to be signed in Paraguay's capital next week.",
      '2026-01-09',
    );
    expect(only(xs, 'signing')).toMatchObject({ status: 'pending', date: null });
  });

  it('keeps who a statement urges out of the summit, and reads the appeal as no plan', () => {
    const xs = extract(
      'Summit\n\nMercosur leaders wrapped up their summit on Saturday with a joint statement urging the European Union to sign the trade agreement.',
      '2025-12-22',
    );
    expect(xs.map((x) => [x.type, x.participants.includes('European Union')])).toEqual([['summit', false]]);
  });

  it('reads talks that "have begun" or that officials "are holding" as under way', () => {
    for (const body of [
      'The talks between the United States and China have begun in Geneva.',
      'US and Chinese officials are holding talks in Geneva.',
    ]) {
      const xs = extract(`Live\n\n${body}`, '2025-05-10');
      expect(only(xs, 'talks'), body).toMatchObject({
        status: 'occurred',
        participants: ['China', 'United States'],
      });
    }
  });
});

describe('extractEvents: live pages, topic pages and rounds in other cities', () => {
  it('reads a timestamped "The talks have begun at <venue of X>" deep in a live page as the article\'s talks under way', () => {
    const xs = extract(
      [
        'LIVE: Kenya-Uganda talks in Geneva',
        'Officials say the Kenyan and Ugandan delegations will meet again on Sunday morning.',
        'A source describes the atmosphere as constructive.',
        'No statement is expected tonight.',
        'Lunch break. Cameras show the two ministers shaking hands.',
        "10:05 - The talks have begun at the Villa Rosa, the residence of Switzerland's UN ambassador, an official tells us.",
      ].join('\n\n'),
      '2025-05-10',
    );
    const held = xs.filter((x) => x.status === 'occurred');
    expect(held.map((x) => x.participants)).toEqual([['Kenya', 'Uganda']]);
  });

  it('reads "The talks will be hosted by the Swedish government" as a venue, not a trip or a side', () => {
    const xs = extract(
      'Third round\n\nKenyan and Ugandan negotiators will meet in Stockholm on Monday for a third round of talks. The talks will be hosted by the Swedish government at Rosenbad.',
      '2025-07-23',
    );
    expect(xs.filter((x) => x.type === 'visit')).toEqual([]);
    for (const x of xs) expect(x.participants).not.toContain('Sweden');
  });

  it('reads a topic-page paragraph by its own dateline, and keeps rounds in two cities apart', () => {
    const xs = extract(
      [
        'Topic: Kenya-Uganda talks',
        'Kenyan and Ugandan negotiators will meet in Stockholm on Monday for a third round of talks.',
        'LONDON, June 8 (Wire) - Kenyan and Ugandan officials will meet in London on Monday for a second round of talks.',
        'GENEVA, May 12 (Wire) - Kenya and Uganda said on Monday they would cut tariffs, after two days of talks in Geneva ended with progress.',
      ].join('\n\n'),
      '2025-07-23',
    );
    const talks = xs.filter((x) => x.type === 'talks' || x.type === 'summit');
    expect(talks.find((x) => x.location === 'Stockholm')).toMatchObject({
      status: 'scheduled',
      date: '2025-07-28',
    });
    expect(talks.find((x) => x.location === 'London')?.date).toBe('2025-06-09');
  });
});

describe('extractEvents: the other side of talks held in a third country', () => {
  it('completes "Iranian and European diplomats began talks in Istanbul" with the side the article names, not Turkey', () => {
    const xs = extract(
      [
        'Diplomats meet in Istanbul',
        "Iranian and European diplomats began talks on Tehran's nuclear programme at the Iranian consulate in Istanbul on Friday morning.",
        'A deputy foreign minister leads the Iranian delegation, while political directors from Britain, France and Germany represent the European side.',
      ].join('\n\n'),
      '2025-07-25',
    );
    const talks = only(xs, 'talks');
    expect(talks).toMatchObject({ status: 'occurred', date: '2025-07-25', location: 'Istanbul' });
    expect(talks.participants).toContain('Iran');
    expect(talks.participants).not.toContain('Turkey');
  });
});

describe('extractEvents: change words that describe, and attributions that run on', () => {
  it('reads "its long-delayed agreement" and "without further delay" as no delay of the meeting', () => {
    const plan = extract(
      "Deal\n\nThe European Union intends to sign its long-delayed trade agreement with Mercosur at the bloc's summit in Brasilia on Dec. 20.",
      '2025-12-03',
    );
    expect(plan.filter((x) => x.status === 'postponed')).toEqual([]);
    const done = extract(
      'Summit\n\nMercosur leaders wrapped up their summit in Brasilia on Saturday with a call to sign the agreement "without further delay".',
      '2025-12-20',
    );
    expect(only(done, 'summit')).toMatchObject({ status: 'occurred', date: '2025-12-20' });
  });

  it('keeps a meeting named in ", X told EU leaders at a summit on Thursday, according to two diplomats" out', () => {
    const xs = extract(
      'Delay\n\nThe signing of the trade agreement between the European Union and Mercosur has been pushed back to January, von der Leyen told EU leaders at a summit on Thursday, according to two diplomats.',
      '2025-12-18',
    );
    expect(xs.map((x) => [x.type, x.status])).toEqual([['signing', 'postponed']]);
  });
});

describe('extractEvents: a trip told of "the pope", a trip described as delayed', () => {
  it('gives "the pope will visit the capital Kinshasa" to the Vatican, not to the other country of the tour', () => {
    const xs = extract(
      'Trip\n\nPope Francis will travel to Congo from July 2 to 5 and then to South Sudan from July 5 to 7. In Congo the pope will visit the capital Kinshasa and the eastern city of Goma.',
      '2022-03-03',
    );
    for (const x of xs) expect(x.participants, x.evidence).toContain('Vatican');
  });

  it('reads "to make delayed Africa trip" as a plan, not a new delay', () => {
    const xs = extract(
      'Francis to make delayed Africa trip early next year, Goma stop dropped\n\nPope Francis will now visit Congo from January 31 to February 3 and South Sudan from February 3 to 5.',
      '2022-12-01',
    );
    expect(xs.filter((x) => x.status === 'postponed')).toEqual([]);
  });
});

describe('extractEvents: a meeting something came after', () => {
  it('reads "was called off on Friday after a meeting between X and Y descended into a row" as the meeting held', () => {
    const xs = extract(
      'Deal off\n\nA planned signing of the border agreement between Kenya and Uganda was called off on Friday after a televised meeting between the two presidents in Nairobi descended into a shouting match.',
      '2025-02-28',
    );
    expect(
      meetingsOf(xs)
        .filter((x) => x.type !== 'signing')
        .map((x) => x.status),
    ).toEqual(['occurred']);
    expect(only(xs, 'signing').status).toBe('cancelled');
  });
});

describe("extractEvents: an organisation's members listed after it", () => {
  it('reads "Mercosur leaders from Brazil, Argentina, Paraguay and Uruguay will meet" as the bloc\'s summit', () => {
    const xs = extract(
      'Summit\n\nMercosur leaders from Brazil, Argentina, Paraguay and Uruguay will meet in the border city on Dec. 20.',
      '2025-12-03',
    );
    expect(only(xs, 'summit')).toMatchObject({ participants: ['Mercosur'], date: '2025-12-20' });
    const asean = extract(
      'Summit\n\nASEAN leaders, including Indonesia and Vietnam, will meet in Kuala Lumpur on Monday.',
      '2025-12-03',
    );
    expect(only(asean, 'summit').participants).toEqual(['ASEAN', 'Malaysia']);
    // A plain list of sides is no list of members.
    const sides = extract(
      'Summit\n\nThe EU, China and Japan will hold a summit in Tokyo on Friday.',
      '2025-12-03',
    );
    expect(only(sides, 'summit').participants).toEqual(['China', 'European Union', 'Japan']);
  });
});

describe('extractEvents: wire styles from other outlets', () => {
  it('reads no day into a plan from a meeting named in the attribution', () => {
    const xs = extract(
      'Summit\n\nThe SCO summit will be held in Astana in early July, Tokayev said at a meeting with Wang Yi on Friday.',
      '2024-06-21',
    );
    expect(only(xs, 'summit')).toMatchObject({ status: 'pending', date: null });
  });

  it('strips an upper-case dateline with a date ("ISLAMABAD, Feb 14:") instead of reading its day as the event\'s', () => {
    const xs = extract(
      'Visit delayed\n\nISLAMABAD, Feb 14: The visit of Saudi Crown Prince Mohammed bin Salman to Pakistan has been delayed by one day, Information Minister Fawad Chaudhry said on Thursday evening.',
      '2019-02-14',
    );
    // The delay moves the event's own day (lifecycle), not the dateline's.
    expect(only(xs, 'visit')).toMatchObject({ status: 'postponed', date: null, shiftDays: 1 });
  });

  it('reads "consultations" as talks, and "who is also on a state visit" as a visit under way', () => {
    const talks = extract(
      'Talks\n\nThe deputy foreign ministers of Russia, Iran, Syria and Turkey will hold consultations in Moscow on April 3-4.',
      '2023-03-31',
    );
    expect(only(talks, 'talks')).toMatchObject({ status: 'scheduled', date: '2023-04-03' });
    const also = extract(
      'Trip\n\nChinese President Xi Jinping, who is also on a state visit to Kazakhstan, will fly to Dushanbe later on Thursday.',
      '2024-07-04',
    );
    expect(also.find((x) => x.participants.includes('Kazakhstan'))?.status).toBe('occurred');
  });

  it('keeps where a leg sets out from and where it goes next out of it', () => {
    const xs = extract(
      'Trip\n\nFrom Islamabad, Saudi Crown Prince Mohammed bin Salman will travel to New Delhi on February 19, before continuing on to China.',
      '2019-02-11',
    );
    expect(only(xs, 'visit')).toMatchObject({ participants: ['India', 'Saudi Arabia'], date: '2019-02-19' });
    const stop = extract(
      "Trip\n\nJoe Biden will stop in Port Moresby on May 22 on his way to the Quad leaders' summit in Sydney.",
      '2023-05-03',
    );
    expect(stop.find((x) => x.type === 'visit')).toMatchObject({
      participants: ['Papua New Guinea', 'United States'],
      date: '2023-05-22',
    });
  });

  it('reads "postponed his trips to Germany and Angola" as both trips put off', () => {
    const xs = extract('Trips off\n\nBiden has postponed his trips to Germany and Angola.', '2024-10-08');
    expect(xs.map((x) => [x.participants.join('+'), x.status])).toEqual([
      ['Germany+United States', 'postponed'],
      ['Angola+United States', 'postponed'],
    ]);
  });
});

describe('extractEvents: a visit timed with a summit', () => {
  it('keeps the organisation of "timed to coincide with the summit of the SCO" out of the visit, and the long attribution\'s day out of both', () => {
    const xs = extract(
      'Visit\n\nChinese President Xi Jinping is expected to pay a state visit to Kazakhstan in early July, timed to coincide with the summit of the Shanghai Cooperation Organisation in Astana, President Kassym-Jomart Tokayev said at a meeting with Chinese Foreign Minister Wang Yi on Friday.',
      '2024-06-21',
    );
    expect(only(xs, 'visit')).toMatchObject({
      participants: ['China', 'Kazakhstan'],
      status: 'pending',
      date: null,
    });
  });

  it('reads "arrived ... for the SCO meeting and a state visit to Kazakhstan" as the visit begun', () => {
    const xs = extract(
      'Arrival\n\nChinese President Xi Jinping arrived here on Tuesday afternoon for the meeting of the Council of Heads of State of the Shanghai Cooperation Organisation and a state visit to Kazakhstan.',
      '2024-07-02',
    );
    const visit = only(xs, 'visit');
    expect(visit.status).toBe('occurred');
    expect(visit.participants).toEqual(expect.arrayContaining(['China', 'Kazakhstan']));
  });
});

describe("extractEvents: the body's word for a change", () => {
  it('takes the body\'s "has postponed" over the headline\'s "scraps"', () => {
    const xs = extract(
      'Biden scraps Germany, Angola trip as hurricane nears Florida\n\nPresident Joe Biden has postponed his trip to Germany and Angola to oversee the response to the hurricane, the White House said on Tuesday.',
      '2024-10-08',
    );
    expect(xs.filter((x) => x.type === 'visit').map((x) => x.status)).not.toContain('cancelled');
  });
});

describe('extractEvents: a leg told with "where he is due"', () => {
  it('dates the trip by "where he is due on February 19" and gives it to the traveller, not the stop it leaves from', () => {
    const xs = extract(
      [
        'Crown prince to visit Pakistan and India',
        'Saudi Crown Prince Mohammed bin Salman will arrive in Islamabad on Feb 16 for a two-day visit and hold talks with Prime Minister Imran Khan.',
        'From Islamabad, the crown prince will travel to New Delhi, where he is due on February 19, before continuing on to China.',
      ].join('\n\n'),
      '2019-02-11',
    );
    expect(xs.find((x) => x.type === 'visit' && x.participants.includes('India'))).toMatchObject({
      participants: ['India', 'Saudi Arabia'],
      status: 'scheduled',
      date: '2019-02-19',
    });
  });
});

describe('extractEvents: a summit named by its place, a meeting to sign, a day of another predicate', () => {
  it('reads "the Singapore summit with Kim" as a summit held in Singapore, not with it', () => {
    const xs = extract(
      'Off\n\nTrump cancelled the Singapore summit with North Korean leader Kim Jong Un.',
      '2018-05-24',
    );
    expect(only(xs, 'summit')).toMatchObject({
      participants: ['North Korea', 'United States'],
      status: 'cancelled',
      location: 'Singapore',
    });
  });

  it('reads "would meet in the coming weeks to sign agreements" as the signing only', () => {
    const xs = extract(
      'Accord\n\nDelegations from Israel and the UAE would meet in the coming weeks to sign bilateral agreements.',
      '2020-08-13',
    );
    expect(xs.map((x) => [x.type, x.status])).toEqual([['signing', 'pending']]);
  });

  it('gives "agreed on Friday ... and will sign ... on Tuesday" the signing Tuesday\'s day', () => {
    const xs = extract(
      'Accord\n\nBahrain agreed on Friday to normalise relations with Israel and will sign a declaration at the White House ceremony on Tuesday.',
      '2020-09-11',
    );
    expect(only(xs, 'signing')).toMatchObject({ status: 'scheduled', date: '2020-09-15' });
  });
});

describe('extractEvents: a meeting sat down for, a meeting that never was', () => {
  it('reads "sat down for their first face-to-face meeting ... on Thursday" as held, and "never met" as no meeting', () => {
    const held = extract(
      'Meeting\n\nMaduro and Guyanese President Irfaan Ali sat down for their first face-to-face meeting in St Vincent on Thursday.',
      '2023-12-14',
    );
    expect(held.map((x) => [x.status, x.date])).toEqual([['occurred', '2023-12-14']]);
    const never = extract('Talks\n\nThe Lebanese and Israeli teams never met face to face.', '2022-10-27');
    expect(never).toEqual([]);
  });
});

describe('extractEvents: a leader named again by surname', () => {
  it('reads "Kim" and "Ali" as the leaders the article named in full', () => {
    const kim = extract(
      'Summit\n\nNorth Korean leader Kim Jong Un arrived in Singapore on Sunday for his summit with Trump.\n\nTrump and Kim met at a hotel on Sentosa island on Tuesday.',
      '2018-06-12',
    );
    expect(
      kim.find((x) => (x.type === 'summit' || x.type === 'talks') && x.status === 'occurred'),
    ).toMatchObject({
      participants: ['North Korea', 'United States'],
      date: '2018-06-12',
    });
    const ali = extract(
      'Meeting\n\nGuyanese President Irfaan Ali and Venezuelan President Nicolas Maduro met in St Vincent on Thursday.\n\nPresidents Ali and Maduro will meet again in Brazil within three months.',
      '2023-12-15',
    );
    expect(ali.filter((x) => x.status === 'pending').map((x) => x.participants)).toEqual([
      ['Guyana', 'Venezuela'],
    ]);
  });
});

describe('extractEvents: a signing told by its signatures, talks told by their length', () => {
  it('reads "Signatures were exchanged ... on Friday" as the signing done', () => {
    const xs = extract(
      'Deal\n\nSignatures were exchanged at State House on Friday as Kenya and Haiti formalised the reciprocal agreement.',
      '2024-03-01',
    );
    expect(only(xs, 'signing')).toMatchObject({ status: 'occurred', date: '2024-03-01' });
  });

  it('reads "issued after nearly seven hours of talks between their leaders ... on Thursday" as talks held', () => {
    const xs = extract(
      'Declaration\n\nGuyana and Venezuela agreed not to use force, in a joint declaration issued after nearly seven hours of talks between their leaders in St Vincent on Thursday.',
      '2024-03-01',
    );
    expect(only(xs, 'talks')).toMatchObject({ status: 'occurred', date: '2024-02-29' });
  });
});

describe('extractEvents: questions, doubts and no plans', () => {
  // Wednesday 2025-05-07.
  it('gives no day to a plan asked about or in doubt', () => {
    for (const body of [
      'Question\n\nWill Lula visit Angola on Friday?',
      'Doubt\n\nIt is unclear whether Lula will visit Angola on Friday.',
    ])
      expect(only(extract(body, '2025-05-07'), 'visit')).toMatchObject({ status: 'pending', date: null });
  });

  it('reads "has no plans to visit" as no plan at all, and a postponement with "no plans for a new date" as one', () => {
    expect(
      extract('No plan\n\nLula has no plans to visit Angola on Friday, his office said.', '2025-05-07'),
    ).toEqual([]);
    expect(
      only(
        extract(
          "Delayed\n\nLula's visit to Angola has been postponed and there are no plans for a new date.",
          '2025-05-07',
        ),
        'visit',
      ),
    ).toMatchObject({ status: 'postponed' });
  });
});

describe('extractEvents: a visit under way told without a day', () => {
  // Thursday 2025-12-04.
  it('reads "arrived in ..., his first trip since 2021" and "is in New Delhi for talks" as happening', () => {
    for (const body of [
      'Arrival\n\nLula arrived in Luanda, his first trip to Angola since 2021.',
      'Visit\n\nLula is in Luanda for talks with Lourenco.',
    ])
      expect(only(extract(body, '2025-12-04'), 'visit')).toMatchObject({
        participants: ['Angola', 'Brazil'],
        status: 'occurred',
        background: false,
      });
    expect(
      extract('Last time\n\nLula last visited Angola in 2021.', '2025-12-04').filter((x) => !x.background),
    ).toEqual([]);
  });
});

describe('extractEvents: signings told of "both sides"', () => {
  it('reads "witnessed the signing of" and "both sides signed" as a signing of the article\'s parties', () => {
    for (const line of [
      'The two leaders witnessed the signing of 12 agreements on trade and energy.',
      'Both sides also signed a memorandum on food security.',
    ]) {
      const xs = extract(
        `Visit\n\nBrazilian President Lula held talks with Angolan President Joao Lourenco in Luanda on Tuesday.\n\n${line}`,
        '2025-05-07',
      );
      expect(only(xs, 'signing')).toMatchObject({ participants: ['Angola', 'Brazil'], status: 'occurred' });
    }
  });
});

describe('extractEvents: what was discussed, and talks named as a setting', () => {
  // Tuesday 2025-05-27.
  it('reads "leaders discussed Myanmar" as a topic and "during talks in Beijing on Monday" as the talks', () => {
    const topic = extract(
      'Summit\n\nAt the ASEAN summit in Kuala Lumpur on Monday, leaders discussed Myanmar.',
      '2025-05-27',
    );
    expect(only(topic, 'summit').participants).toEqual(['ASEAN', 'Malaysia']);
    const talks = extract(
      'Talks\n\nLula and Lourenco discussed trade during talks in Luanda on Monday.',
      '2025-05-27',
    );
    expect(only(talks, 'talks')).toMatchObject({
      participants: ['Angola', 'Brazil'],
      status: 'occurred',
      date: '2025-05-26',
    });
  });
});

describe("extractEvents: a visit's programme", () => {
  it('dates a signing the programme of a one-day visit includes, not one of a visit of several days', () => {
    const programme = (days: string) =>
      extract(
        [
          'Visit programme',
          `At the invitation of President Joao Lourenco, President Lula will pay a state visit to Angola on ${days}.`,
          'The programme of the visit includes official talks, a state banquet and the signing of several bilateral agreements.',
        ].join('\n\n'),
        '2025-05-12',
      );
    expect(only(programme('20 May'), 'signing')).toMatchObject({
      participants: ['Angola', 'Brazil'],
      status: 'scheduled',
      date: '2025-05-20',
    });
    expect(only(programme('20-22 May'), 'signing')).toMatchObject({ status: 'pending', date: null });
  });

  it('names no day for what is signed during a visit told as several days long', () => {
    const xs = extract(
      "Yunus to China\n\nBangladesh's interim leader Muhammad Yunus will travel to China on March 26 for a four-day visit, the foreign ministry said.\n\nBangladesh and China are expected to sign several agreements during the visit.",
      '2025-03-10',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'scheduled', date: '2025-03-26' });
    expect(only(xs, 'signing')).toMatchObject({ status: 'pending', date: null });
  });
});

describe("extractEvents: an organisation's grounds, a mediator handed the papers, a live page's signing", () => {
  it('does not make the organisation whose headquarters host a signing one of its sides', () => {
    const xs = extract(
      'Peru and Ecuador settle river border\n\nPeru and Ecuador have agreed the text of a deal on their river border, officials said.\n\nThe two neighbours are expected to sign the accord in the coming weeks at the headquarters of the UN mission in Tumbes, an official said.',
      '2025-03-04',
    );
    expect(only(xs, 'signing')).toMatchObject({ participants: ['Ecuador', 'Peru'], status: 'pending' });
  });

  it('reads "the agreement was signed" at the top of a live page as the signing done, without the mediator', () => {
    const xs = extract(
      'LIVE: Peru and Ecuador sign river border deal\n\n16:10 GMT - Done: the agreement was signed and the copies have been handed to the Brazilian mediator, an official said.\n\n09:00 GMT - Peru and Ecuador are due to sign the river border agreement today.',
      '2025-03-04',
    );
    const done = xs.filter((x) => x.type === 'signing' && x.status === 'occurred');
    expect(done).toHaveLength(1);
    expect(done[0]!.participants).toEqual(['Ecuador', 'Peru']);
  });

  it('still reads a leader who signed letters or a decree as no accord signed', () => {
    const xs = extract(
      "Peruvian leader signs decree\n\nPeru and Ecuador agreed on a border accord last month. Peru's president signed the new decree on Monday.",
      '2025-03-04',
    );
    expect(xs.filter((x) => x.type === 'signing' && x.status === 'occurred')).toEqual([]);
  });
});

describe('extractEvents: appeals for a change, what a ceremony is not, a day denied', () => {
  it('reads an appeal to postpone a trip as no postponement', () => {
    for (const appeal of [
      'Opposition lawmakers have urged the chancellor to postpone the trip to Hanoi.',
      'Critics in the coalition had called for the trip to be postponed.',
      'Business groups demanded a postponement of the trip.',
    ]) {
      const xs = extract(
        `Austrian leader to visit Vietnam\n\nAustrian Chancellor Karl Nehammer will visit Vietnam next week, his office said. ${appeal}`,
        '2025-03-04',
      );
      expect(
        xs.map((x) => x.status),
        appeal,
      ).not.toContain('postponed');
    }
  });

  it('does not take "would not be the formal signing" as a signing on that day', () => {
    const xs = extract(
      "Georgia and Armenia leaders to meet\n\nGeorgia and Armenia are preparing to sign a border treaty, with no date set. An aide stressed that Thursday's ceremony would not be the formal signing of the treaty.",
      '2025-03-04',
    );
    expect(xs.filter((x) => x.type === 'signing').map((x) => x.status)).toEqual(['pending']);
  });

  it('reads "not going to sign it tomorrow" as a day denied, not a signing called off', () => {
    const xs = extract(
      'Georgia and Armenia leaders to meet\n\nGeorgia and Armenia are preparing to sign a border treaty. "We are not going to sign the border treaty tomorrow," the Armenian prime minister said.',
      '2025-03-04',
    );
    const statuses = xs.filter((x) => x.type === 'signing').map((x) => x.status);
    expect(statuses).not.toContain('cancelled');
    expect(statuses).not.toContain('scheduled');
  });
});

describe('extractEvents: "this evening", "are now meeting", a weekday inside a name', () => {
  it('dates "later this evening" and "this afternoon" to the reference day', () => {
    const xs = extract(
      'Finnish president to land in Tokyo\n\nFinnish President Alexander Stubb is expected to land in Tokyo later this evening.',
      '2025-03-04',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'scheduled', date: '2025-03-04' });
  });

  it('reads "are now meeting" as a meeting under way', () => {
    const xs = extract(
      "Finnish president in Tokyo\n\nFinnish President Alexander Stubb and Japanese Prime Minister Shigeru Ishiba are now meeting at the prime minister's office.",
      '2025-03-04',
    );
    expect(xs.map((x) => x.status)).toContain('occurred');
  });

  it('does not read "Sun" in "Sun Yat-sen University" as a Sunday', () => {
    const xs = extract(
      'Finnish president to visit China\n\nFinnish President Alexander Stubb will travel to Guangzhou on April 7, where he will speak at Sun Yat-sen University and meet Chinese President Xi Jinping.',
      '2025-03-04',
    );
    expect(xs.map((x) => x.date).filter((d) => d !== null && d !== '2025-04-07')).toEqual([]);
  });
});

describe('extractEvents: times still ahead, passive "met", talks under way, people who are no envoys', () => {
  it('reads "until the talks are over" as no happening', () => {
    const xs = extract(
      'Sudan and South Sudan to hold talks\n\nSudan and South Sudan will hold talks in Addis Ababa on Saturday, officials said. Both sides had agreed to keep the truce in place "until the Addis Ababa talks are over".',
      '2025-03-04',
    );
    expect(xs.map((x) => x.status)).not.toContain('occurred');
    expect(only(xs, 'talks')).toMatchObject({ status: 'scheduled', date: '2025-03-08' });
  });

  it('reads "is now under way" as talks under way', () => {
    const xs = extract(
      'Sudan and South Sudan talks\n\nThe second round of talks between Sudan and South Sudan is now under way in Addis Ababa, officials say.',
      '2025-03-04',
    );
    expect(only(xs, 'talks').status).toBe('occurred');
  });

  it('does not read demands "not met" or a greeting "was met by" as a meeting', () => {
    const xs = extract(
      'Sudan and Egypt\n\nSudanese leader Abdel Fattah al-Burhan is expected to hold talks with Egyptian President Abdel Fattah al-Sisi in April. Khartoum says its demands on the dam have not been met.',
      '2025-03-04',
    );
    expect(xs.map((x) => x.status)).toEqual(['pending']);
    const greeted = extract(
      'Austrian leader in Tunisia\n\nAustrian Chancellor Karl Nehammer landed at the airport on Monday, where he was met by Tunisian Prime Minister Kamel Madouri.',
      '2025-03-04',
    );
    expect(greeted.filter((x) => x.type === 'talks' || x.type === 'summit')).toEqual([]);
  });

  it('reads "a few minutes ago" as the reference day', () => {
    const xs = extract(
      'LIVE: Tunisian leader in Vienna\n\nAustrian Chancellor Karl Nehammer and Tunisian President Kais Saied signed a migration agreement a few minutes ago.',
      '2025-03-04',
    );
    expect(only(xs, 'signing')).toMatchObject({ status: 'occurred', date: '2025-03-04' });
  });

  it('reads meeting firefighters or a cultural world on a visit as no talks', () => {
    const xs = extract(
      'Austrian leader to visit Greece\n\nAustrian Chancellor Karl Nehammer will visit Greece on March 26. He is also expected to meet firefighters who fought the blazes and representatives of the Greek cultural world.',
      '2025-03-04',
    );
    expect(xs.map((x) => x.type)).toEqual(['visit']);
  });
});

describe('extractEvents: more ways to tell a trip or an accord', () => {
  // Friday 2024-07-26.
  it('reads "will leave for China on Saturday" as the trip, and an action plan as an accord signed', () => {
    const xs = extract(
      "Italian premier to China\n\nItaly's prime minister will leave for China on Saturday and will sign a three-year action plan with the Chinese premier on Sunday.",
      '2024-07-26',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'scheduled', date: '2024-07-27', host: 'China' });
    expect(only(xs, 'signing')).toMatchObject({ status: 'scheduled', date: '2024-07-28' });
  });

  it('makes a visit of each stop a trip is planned with', () => {
    const xs = extract(
      'Gulf tour\n\nPresident Donald Trump is planning to travel to Saudi Arabia in May, with stops also planned in Qatar and the United Arab Emirates, two officials said.',
      '2025-04-01',
    );
    expect(xs.filter((x) => x.type === 'visit').map((x) => [x.host, x.participants.length])).toEqual([
      ['Saudi Arabia', 2],
      ['Qatar', 2],
      ['United Arab Emirates', 2],
    ]);
  });

  it('dates the question, not the trip, in "asked about the trip on Monday"', () => {
    const xs = extract(
      'Gulf trip\n\nPresident Donald Trump is planning to travel to Saudi Arabia in May, officials said.\n\nAsked about the trip on Monday, the White House press secretary said only that details would follow.',
      '2025-04-01',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'pending', date: null });
  });
});

describe('extractEvents: plans, history and home affairs', () => {
  it('reads "could be signed", "may be signed", "should be signed" as a plan, not a signing done', () => {
    for (const modal of ['could', 'may', 'should']) {
      const xs = extract(
        `Accord\n\nThe treaty between Chile and Peru ${modal} be signed next month.`,
        '2025-03-04',
      );
      expect(only(xs, 'signing')).toMatchObject({ status: 'pending', date: null });
    }
  });

  it('gives negotiations the day of the clause that tells when they resume', () => {
    const xs = extract(
      'Talks resume\n\nIsrael and Hamas will hold a new round of indirect negotiations, which will resume in Doha on Friday, officials said on Thursday.',
      '2025-01-02',
    );
    expect(only(xs, 'talks')).toMatchObject({ status: 'scheduled', date: '2025-01-03' });
  });

  it("holds no talks when a state's cabinet or parliament meets", () => {
    const xs = extract(
      "Truce agreed\n\nIsrael and Hamas reached a ceasefire agreement in Doha, the mediators said.\n\nThe prime minister's office said the security cabinet would convene on Friday to approve it.\n\nThe Israeli parliament will meet on Sunday.",
      '2025-01-16',
    );
    expect(xs.filter((x) => x.type === 'talks' || x.type === 'summit')).toEqual([]);
  });

  it('reads the purpose of a journey told in a past year as history, but not a first trip "since" that year', () => {
    const past = extract(
      'Hanoi ties\n\nThe US president last travelled to Vietnam in 2016 for talks with its leaders.',
      '2023-09-08',
    );
    expect(past.filter((x) => x.type === 'talks')).toEqual([]);
    const now = extract(
      'Biden in Hanoi\n\nPresident Joe Biden arrived in Hanoi on Thursday for talks with Vietnamese leaders, his first trip since 2016.',
      '2023-09-08',
    );
    expect(only(now, 'talks')).toMatchObject({ status: 'pending' });
  });
});

describe('extractEvents: two visits, old changes, no accords', () => {
  // Friday 2023-03-10.
  it('keeps a visit made today apart from one planned weeks ahead between the same countries', () => {
    const xs = extract(
      'LIVE: UK-France summit\n\nRishi Sunak has arrived at the Elysee Palace, where he was greeted on the steps by Emmanuel Macron.\n\nMacron has confirmed that King Charles III will make a state visit to France starting on March 26, his first foreign state visit as monarch.',
      '2023-03-10',
    );
    const visits = xs.filter((x) => x.type === 'visit');
    expect(visits.map((x) => [x.status, x.date])).toEqual([
      ['occurred', null],
      ['scheduled', '2023-03-26'],
    ]);
  });

  it('keeps the day a postponed visit was due as its last day', () => {
    const xs = extract(
      "Visit off\n\nKing Charles III's state visit to France, which was due to start on Sunday, has been postponed.",
      '2023-03-24',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'postponed', date: null, previousDate: '2023-03-26' });
  });

  it('reads a meeting called off in a year gone as history', () => {
    const xs = extract(
      'Ties\n\nRelations soured over fishing rights, and in 2021 Paris cancelled a meeting of interior ministers of France and Britain after a row.',
      '2023-03-10',
    );
    expect(xs).toEqual([]);
  });

  it('reads "no agreements would be signed" as no signing', () => {
    const xs = extract(
      "Lula to Washington\n\nDiplomats said no agreements would be signed during the trip of Brazil's president to the United States.",
      '2023-02-08',
    );
    expect(xs.filter((x) => x.type === 'signing')).toEqual([]);
  });
});

describe('extractEvents: people who are no party', () => {
  it('does not make a party of the nationality of prisoners or civilians spoken of', () => {
    const xs = extract(
      'Signing delayed\n\nIsrael and Hamas are due to sign the ceasefire deal in Doha on Thursday.\n\nThe signing of the agreement in Doha has been postponed, an official said, as negotiators try to settle disputes over the identity of some of the Palestinian prisoners to be freed.',
      '2025-01-16',
    );
    expect(xs.filter((x) => x.participants.includes('Palestine'))).toEqual([]);
  });
});

describe('extractEvents: the plain present, a greeting, a standard met', () => {
  // Friday 2023-03-10.
  it('reads "the leaders meet in Paris today" as a meeting planned for today', () => {
    for (const body of [
      'Today the leaders of Britain and France meet in Paris.',
      'The leaders of Britain and France meet in Paris on Friday.',
    ]) {
      const xs = extract(`Summit day\n\n${body}`, '2023-03-10');
      expect(xs.find((x) => x.type === 'summit' || x.type === 'talks')).toMatchObject({
        status: 'scheduled',
        date: '2023-03-10',
      });
    }
    // A habit is no plan.
    expect(
      extract('Habit\n\nThe leaders of Britain and France often meet on Fridays.', '2023-03-10'),
    ).toEqual([]);
  });

  it("reads a host greeting a leader as the guest's visit under way, hosted by the greeter", () => {
    const xs = extract(
      'Welcome\n\nChinese President Xi Jinping greeted Russian President Vladimir Putin at the Great Hall of the People on Tuesday.',
      '2023-03-21',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'occurred', host: 'China', date: '2023-03-21' });
  });

  it('reads "does not meet the definition" as no meeting', () => {
    const xs = extract(
      'Refugee row\n\nSouth African officials rejected the claim, saying the group of US-bound farmers does not meet the definition of refugees.',
      '2025-05-14',
    );
    expect(xs).toEqual([]);
  });
});

describe('extractEvents: a tour of four countries', () => {
  const lead =
    'Pope to visit Indonesia, Papua New Guinea, East Timor and Singapore in September\n\nPope Francis will travel to Indonesia, Papua New Guinea, East Timor and Singapore from Sept. 2 to 13, the Vatican said on Friday.';

  it('gives a later leg told with "he" the traveller, not a country of the tour', () => {
    const xs = extract(`${lead}\n\nHe will end the trip in Singapore from Sept. 11 to 13.`, '2024-04-12');
    const singapore = xs.filter((x) => x.type === 'visit' && x.host === 'Singapore');
    expect(singapore.map((x) => x.participants)).toEqual([['Singapore', 'Vatican']]);
    expect(singapore[0]).toMatchObject({ status: 'scheduled', date: '2024-09-11', canCreate: true });
  });

  it('dates a later leg told as "He will then be in ...", and reads a landmark visited as no state visit', () => {
    const xs = extract(
      `${lead}\n\nHe will then be in Papua New Guinea from Sept. 6 to 9, visiting the capital Port Moresby.`,
      '2024-04-12',
    );
    expect(xs.find((x) => x.type === 'visit' && x.host === 'Papua New Guinea')).toMatchObject({
      status: 'scheduled',
      date: '2024-09-06',
    });
    expect(
      extract('Jakarta\n\nOn Thursday Pope Francis visits the Istiqlal mosque in Jakarta.', '2024-09-03'),
    ).toEqual([]);
  });

  it('does not make a party of the city the trip leaves, and dates the arrival by its own day', () => {
    const xs = extract(
      'Pope to Asia\n\nPope Francis will leave Rome on Sept. 2 and arrive in Jakarta on Sept. 3, officials said.',
      '2024-04-12',
    );
    expect(xs.filter((x) => x.participants.includes('Italy'))).toEqual([]);
    expect(only(xs, 'visit')).toMatchObject({ host: 'Indonesia', date: '2024-09-03' });
  });
});

describe('extractEvents: later today, a change denied, a meeting refused', () => {
  // Monday 2025-10-13.
  it('dates "later in the day", "within the hour" and "in a couple of hours" to the article\'s day', () => {
    for (const body of [
      'The two presidents are expected to sign the agreement between Russia and Mongolia later in the day.',
      'The summit between Egypt and the United States is due to open within the hour.',
      'The Russian president is due in Mongolia in a couple of hours.',
      'The Russian president is due to land in Mongolia in the next hour or so.',
    ]) {
      const xs = extract(`Today\n\n${body}`, '2025-10-13');
      expect(xs, body).toHaveLength(1);
      expect(xs[0], body).toMatchObject({ status: 'scheduled', date: '2025-10-13' });
    }
  });

  it('reads "had not been suspended" as no change and "refused to meet" as no plan', () => {
    expect(
      extract(
        'Talks\n\nThe delegation said the talks between Colombia and the ELN had not been suspended.',
        '2025-10-13',
      ),
    ).toEqual([]);
    expect(
      extract(
        'Rivals\n\nSudan army chief Burhan and RSF commander Dagalo have so far refused to meet face to face.',
        '2025-10-13',
      ),
    ).toEqual([]);
  });
});

describe('extractEvents: a peace conference held about a country', () => {
  // Wednesday 2024-04-10.
  it('reads it as a summit of its host with the country it is about, dated past a relative clause', () => {
    const xs = extract(
      'Peace conference dates set\n\nThe conference on peace in Ukraine that Switzerland promised to organise will be held at a resort above Lake Lucerne on 15 and 16 June, the government announced on Wednesday.',
      '2024-04-10',
    );
    expect(only(xs, 'summit')).toMatchObject({
      participants: ['Switzerland', 'Ukraine'],
      status: 'scheduled',
      date: '2024-06-15',
    });
  });

  it('keeps a country discussed out of a meeting that has two parties of its own', () => {
    const xs = extract(
      'Congo summit\n\nKenya and Uganda will hold a summit on Congo on June 15.',
      '2024-04-10',
    );
    expect(only(xs, 'summit').participants).toEqual(['Kenya', 'Uganda']);
    // A press conference is no gathering of states.
    expect(
      extract('Kyiv\n\nZelensky told a press conference in Kyiv that Switzerland would help.', '2024-04-10'),
    ).toEqual([]);
  });
});

describe('extractEvents: a visit the subject is on', () => {
  it('reads "X, on a state visit to China, told ..." as the visit under way, and a plan as a plan', () => {
    const xs = extract(
      'Macron in Guangzhou\n\nMacron, on a three-day state visit to China, told students in Guangzhou that Europe must not be a follower.',
      '2023-04-07',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'occurred', host: 'China' });
    const plan = extract('Macron\n\nMacron will be on a state visit to China next week.', '2023-04-07');
    expect(only(plan, 'visit')).toMatchObject({ status: 'pending' });
  });
});

describe('extractEvents: an act after a dated one', () => {
  it('gives "after which the two sides will sign" the day of the talks before it', () => {
    const xs = extract(
      'Putin in Ulaanbaatar\n\nPutin will hold talks with Mongolian President Ukhnaagiin Khurelsukh on Tuesday, after which the two sides will sign agreements on energy and transport.',
      '2024-09-02',
    );
    expect(only(xs, 'signing')).toMatchObject({ status: 'scheduled', date: '2024-09-03' });
  });
});

describe('extractEvents: negotiators and cabinets', () => {
  it("reads a negotiating team's arrival as its talks, not a state visit", () => {
    const xs = extract(
      'Talks in Doha\n\nThe Israeli team arrived in Doha on Friday morning and held several hours of meetings with Qatari officials.',
      '2025-01-04',
    );
    expect(xs.filter((x) => x.type === 'visit')).toEqual([]);
    // A delegation led by a minister still makes a visit.
    const led = extract(
      'Delegation\n\nA Chinese delegation led by Vice Premier He Lifeng arrived in Washington on Friday.',
      '2025-01-04',
    );
    expect(only(led, 'visit')).toMatchObject({ status: 'occurred', host: 'United States' });
  });

  it('holds no talks when a leader addresses a joint meeting of Congress', () => {
    const xs = extract(
      'Netanyahu to address Congress\n\nIsraeli Prime Minister Benjamin Netanyahu will address a joint meeting of the U.S. Congress on July 24, the House speaker announced on Thursday.',
      '2024-06-27',
    );
    expect(xs.filter((x) => x.type === 'talks' || x.type === 'summit')).toEqual([]);
  });

  it('holds no talks when "the security cabinet and government" meet', () => {
    const xs = extract(
      "Deal agreed\n\nIsrael and Hamas are expected to sign the final documents in Doha on Thursday, after which Israel's security cabinet and government will meet to approve the agreement.",
      '2025-01-15',
    );
    expect(xs.map((x) => x.type)).toEqual(['signing']);
  });
});

describe('extractEvents: two legs told of "the royal couple"', () => {
  it('dates each leg for the traveller, not the first country for the second leg', () => {
    const xs = extract(
      'Royal tour\n\nKing Charles and Queen Camilla will travel to France and Germany later this month on the first state visits of his reign, the palace said on Friday.\n\nThe royal couple will be in France from March 26 to March 29, with engagements in Paris and in Bordeaux, before flying on to Germany, where they will stay from March 29 to March 31.',
      '2023-03-10',
    );
    expect(xs.filter((x) => x.type === 'visit').map((x) => [x.participants.join('+'), x.date])).toEqual([
      ['France+United Kingdom', '2023-03-26'],
      ['Germany+United Kingdom', '2023-03-29'],
    ]);
  });
});

describe('extractEvents: a trip moved to a day told in full', () => {
  // Wednesday 2024-10-16.
  it('takes the new day told after "pushed back by a day", and counts "on Friday" from it', () => {
    const xs = extract(
      "Scholz delayed\n\nScholz's trip to India has been pushed back by a day: he will now arrive in New Delhi on Thursday, Oct. 24, and hold consultations with Modi on Friday.",
      '2024-10-16',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'scheduled', date: '2024-10-24' });
    expect(only(xs, 'talks')).toMatchObject({ status: 'scheduled', date: '2024-10-25' });
  });

  it('reads "has no plans to postpone" as no postponement', () => {
    const xs = extract(
      "Manila\n\nThe Philippine government has no plans to postpone President Ferdinand Marcos Jr.'s state visit to China, officials said.",
      '2024-10-16',
    );
    expect(xs.filter((x) => x.status === 'postponed')).toEqual([]);
  });
});

describe('extractEvents: reaching a place, not confirming a visit', () => {
  it('reads "reached Hainan on Wednesday" as an arrival, and "reached an agreement" as none', () => {
    const xs = extract(
      'Yunus in China\n\nChief Adviser Muhammad Yunus of Bangladesh reached Hainan on Wednesday afternoon, beginning a four-day visit to China.',
      '2025-03-27',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'occurred', date: '2025-03-26', host: 'China' });
    expect(extract('Deal\n\nBangladesh and China reached an agreement on Friday.', '2025-03-27')).toEqual([]);
  });

  it('does not read "did not confirm the visit on Tuesday" as the visit made on Tuesday', () => {
    const xs = extract(
      "Zelensky to visit Washington\n\nUkrainian President Volodymyr Zelensky will travel to Washington on Wednesday to meet Joe Biden, officials said.\n\nUkrainian officials did not confirm the visit on Tuesday and Zelensky's office gave no details of his route.",
      '2022-12-21',
    );
    expect(xs.filter((x) => x.status === 'occurred')).toEqual([]);
    expect(only(xs, 'visit')).toMatchObject({ status: 'scheduled', date: '2022-12-21' });
  });
});

describe('extractEvents: a host with two guests', () => {
  it('reads "will host A and B" as a summit of the three, and one guest as a visit', () => {
    const two = extract(
      'AUKUS\n\nPresident Joe Biden will host British Prime Minister Rishi Sunak and Australian Prime Minister Anthony Albanese in San Diego on Monday, March 13, the White House said.',
      '2023-03-07',
    );
    expect(only(two, 'summit')).toMatchObject({
      participants: ['Australia', 'United Kingdom', 'United States'],
      status: 'scheduled',
      date: '2023-03-13',
    });
    expect(two.filter((x) => x.type === 'visit')).toEqual([]);
    const one = extract(
      'Sunak\n\nPresident Joe Biden will host British Prime Minister Rishi Sunak in Washington on Monday.',
      '2023-03-07',
    );
    expect(only(one, 'visit')).toMatchObject({ host: 'United States', date: '2023-03-13' });
  });
});

describe('extractEvents: the first to meet since', () => {
  it('reads "the first EU head of government to sit down with Putin since ..." as a description, not a plan', () => {
    const xs = extract(
      'Orban in Moscow?\n\nIt would also make him the first EU head of government to sit down with Putin in Russia since Austrian Chancellor Karl Nehammer went to Moscow in April 2022.',
      '2024-07-03',
    );
    expect(xs).toEqual([]);
  });

  it('reads "Southeast Asian nations" as ASEAN', () => {
    const xs = extract(
      "Gulf and ASEAN\n\nSoutheast Asian nations and the six-member Gulf Cooperation Council will hold their first-ever leaders' summit in Saudi Arabia later this year.",
      '2023-07-13',
    );
    expect(only(xs, 'summit').participants).toEqual(expect.arrayContaining(['ASEAN', 'GCC']));
  });
});

describe('extractEvents: "the two leaders"', () => {
  it('are the pair named through their leaders just before, not the country of those who speak of them', () => {
    const xs = extract(
      'Biden, Xi in Bali\n\nUS President Joe Biden will meet Chinese President Xi Jinping in Bali on Monday, the White House said.\n\nIndonesian foreign ministry officials said the two leaders were expected to hold their first face-to-face talks on the margins of the G20 summit.',
      '2022-11-10',
    );
    expect(xs.filter((x) => x.participants.includes('Indonesia'))).toEqual([]);
  });
});

describe('extractEvents: days of reports, departures and old announcements', () => {
  it('dates nothing by "government sources told this newspaper on Thursday"', () => {
    const told = extract(
      'Kishida to Washington\n\nPrime Minister Fumio Kishida is arranging to make a state visit to the United States in the spring, government sources told this newspaper on Thursday.',
      '2024-01-25',
    );
    expect(only(told, 'visit')).toMatchObject({ status: 'pending', date: null });
  });

  it('does not read "EU-mediated talks" as talks held', () => {
    const xs = extract(
      'Ohrid\n\nSerbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti meet in Ohrid on Saturday for EU-mediated talks on normalising relations.',
      '2023-03-17',
    );
    expect(xs.filter((x) => x.status === 'occurred')).toEqual([]);
  });

  it('reads "had announced on Tuesday that he would visit" beside a postponement as the plan given up', () => {
    const xs = extract(
      'Lavrov trip delayed\n\nThe visit of Russian Foreign Minister Sergei Lavrov to Pyongyang has been postponed.\n\nNorth Korea had announced on Tuesday that Lavrov would visit from November 18 to 20.',
      '2024-11-15',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'postponed', previousDate: '2024-11-18' });
  });

  it('does not date a visit by the departure "ahead of" it', () => {
    const xs = extract(
      'Ramaphosa to London\n\nPresident Cyril Ramaphosa will leave for London on Monday evening ahead of his state visit to the United Kingdom.',
      '2022-11-21',
    );
    expect(only(xs, 'visit')).toMatchObject({ date: null });
  });
});

describe('extractEvents: a trip with no host', () => {
  it('creates no event when three parties or more are named and none is the destination', () => {
    const xs = extract(
      'Defence ties\n\nSouth African officials defended the timing of the trip and of planned naval drills with Russia and China next month.',
      '2023-01-23',
    );
    expect(xs.filter((x) => x.type === 'visit' && x.canCreate)).toEqual([]);
    // A tour names its hosts: each leg may create its visit.
    const tour = extract(
      "Tour\n\nBrazil's president will visit Argentina and Chile next month, officials said.",
      '2023-01-23',
    );
    expect(tour.filter((x) => x.type === 'visit' && x.canCreate).map((x) => x.host)).toEqual([
      'Argentina',
      'Chile',
    ]);
  });
});

describe('extractEvents: the entries of a live page', () => {
  const page = (entries: string[]) =>
    `LIVE: Chilean president in Peru\n\n${entries.map((e, i) => `${String(12 - i).padStart(2, '0')}:15\n${e}`).join('\n\n')}`;

  it('reads a happening at the top of an older entry as news, not background', () => {
    const xs = extract(
      page([
        'The two leaders are expected to speak to reporters later. Officials described the mood as cordial. No statement has been issued yet.',
        'Crowds gathered outside the palace. Security was tight around the square. Traffic was diverted.',
        'Chilean President Gabriel Boric arrived in Lima. He was greeted by a military band.',
      ]),
      '2025-03-04',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'occurred', background: false });
  });

  it('keeps the same sentence deep in an ordinary article as background', () => {
    const xs = extract(
      'Chilean president in Peru\n\nThe two leaders are expected to speak to reporters later. Officials described the mood as cordial. No statement has been issued yet.\n\nCrowds gathered outside the palace. Security was tight around the square.\n\nChilean President Gabriel Boric arrived in Lima. He was greeted by a military band.',
      '2025-03-04',
    );
    expect(xs.filter((x) => x.type === 'visit' && x.status === 'occurred' && !x.background)).toEqual([]);
  });
});

describe('extractEvents: a trip made for a gathering', () => {
  it('dates a trip with no day of its own by the summit it is made to address', () => {
    const xs = extract(
      'Israeli leader to address West African bloc\n\nPrime Minister Benjamin Netanyahu will travel to Monrovia, Liberia, this weekend to address the summit of the Economic Community of West African States on June 4, his office said on Tuesday.',
      '2017-05-30',
    );
    expect(only(xs, 'visit')).toMatchObject({ host: 'Liberia', status: 'scheduled', date: '2017-06-04' });
  });

  it("keeps a trip's own day when it has one", () => {
    const xs = extract(
      'Israeli leader to address West African bloc\n\nPrime Minister Benjamin Netanyahu will travel to Monrovia, Liberia, on Saturday to address the summit of the Economic Community of West African States on June 4, his office said on Tuesday.',
      '2017-05-30',
    );
    expect(only(xs, 'visit')).toMatchObject({ host: 'Liberia', date: '2017-06-03' });
  });
});

describe('extractEvents: a day and the next deed of the same subject', () => {
  const body =
    "Israeli president to visit Turkey\n\nIsraeli President Isaac Herzog will be received by President Recep Tayyip Erdogan at the presidential complex in Ankara on March 9, and will travel on to Istanbul the following day to meet leaders of the city's Jewish community, officials said.";

  it('dates the reception, not the next leg after ", and will travel on"', () => {
    expect(only(extract(body, '2022-03-03'), 'visit')).toMatchObject({
      host: 'Turkey',
      status: 'scheduled',
      date: '2022-03-09',
    });
  });

  it('reads "to meet leaders of the city\'s Jewish community" as no meeting of states', () => {
    expect(meetingsOf(extract(body, '2022-03-03')).filter((x) => x.type !== 'visit')).toEqual([]);
  });
});

describe('extractEvents: a day that opens the second verb of a pair', () => {
  it('dates the signing, not the talks, in "will hold talks and on Sunday witness the signing"', () => {
    const xs = extract(
      'Tanzanian president to visit Uganda\n\nPresident Samia Suluhu Hassan of Tanzania will travel to Uganda on Saturday for a two-day visit. During the visit, the two leaders will hold talks and on Sunday witness the signing of three pipeline agreements, the statement said.',
      '2021-04-09',
    );
    expect(only(xs, 'signing')).toMatchObject({ status: 'scheduled', date: '2021-04-11' });
    expect(xs.filter((x) => x.type === 'talks' && x.date === '2021-04-11')).toEqual([]);
  });
});

describe('extractEvents: a meeting one side deems impossible', () => {
  it('reads "we do not consider it possible to hold the proposed meeting ... on November 20" as called off', () => {
    const xs = extract(
      'Baku rejects Washington meeting\n\n"We do not consider it possible to hold the proposed meeting of the foreign ministers of Azerbaijan and Armenia in Washington on November 20," the ministry said.',
      '2023-11-16',
    );
    expect(xs.filter((x) => x.type !== 'visit')).toEqual([
      expect.objectContaining({ participants: ['Armenia', 'Azerbaijan'], status: 'cancelled' }),
    ]);
  });
});

describe('extractEvents: the last of past deeds', () => {
  it('reads "most recently meeting Putin in the Kremlin on May 30" as a past meeting, not one next May', () => {
    const xs = extract(
      'Saudi king to visit Moscow\n\nKing Salman is expected to visit Russia within weeks. His son has travelled to Russia several times, most recently meeting Putin in the Kremlin on May 30.',
      '2017-09-18',
    );
    expect(xs.filter((x) => x.date !== null && x.date > '2017-09-18')).toEqual([]);
  });
});

describe('extractEvents: a change of a trip named by a past month', () => {
  it('reads "called off a January 2017 trip to Washington" in 2018 as history, and this month\'s as news', () => {
    const old = extract(
      'Mexico and the US\n\nThe two leaders have no visit planned. Pena Nieto called off a January 2017 trip to Washington days after Trump took office.',
      '2018-02-02',
    );
    expect(old.filter((x) => x.status === 'cancelled')).toEqual([]);
    const now = extract(
      'Mexico and the US\n\nMexican President Enrique Pena Nieto called off a February 2018 trip to Washington after a tense phone call with Trump.',
      '2018-02-24',
    );
    expect(only(now, 'visit')).toMatchObject({ status: 'cancelled', host: 'United States' });
  });
});

describe('extractEvents: an accord the change is told of', () => {
  it('reads "The action plan that the two had been hoping to sign this summer has been put on hold" as postponed', () => {
    const xs = extract(
      'Plan on hold\n\nThe action plan that Italy and Germany had been hoping to sign this summer has been put on hold after the premier resigned, sources said on Friday.',
      '2022-07-22',
    );
    expect(only(xs, 'signing')).toMatchObject({ status: 'postponed' });
  });
});

describe('extractEvents: who meets, not who speaks', () => {
  it('reads "Heads of state from SADC will meet ..., officials said" as a summit, not talks of officials', () => {
    const xs = extract(
      "Regional leaders to meet on Mozambique\n\nHeads of state from the Southern African Development Community (SADC) will meet in Maputo on Thursday next week, April 29, to consider a regional response to the insurgency in Mozambique's north, officials said.",
      '2021-04-22',
    );
    expect(xs.filter((x) => x.type !== 'visit')).toEqual([
      expect.objectContaining({ type: 'summit', status: 'scheduled', date: '2021-04-29' }),
    ]);
  });
});

describe('extractEvents: changes and holdings that are something else', () => {
  it('reads "More than a month after the launch was called off, talks remain stuck" as no calling-off now', () => {
    const xs = extract(
      'Colombia talks stuck\n\nMore than a month after the planned launch of negotiations in Quito was called off, talks between the Colombian government and the ELN remain stuck on the fate of a hostage.',
      '2016-12-02',
    );
    expect(xs.filter((x) => x.status === 'cancelled' || x.status === 'postponed')).toEqual([]);
  });

  it('reads "whose captivity had held up the negotiations" as no talks held', () => {
    const held =
      "Colombia, ELN to launch talks\n\nColombia's government and the ELN rebel group will formally launch peace talks in Ecuador on Feb. 7, the two sides said on Wednesday, after agreeing on the release of a former lawmaker whose captivity had held up the negotiations for months.";
    const xs = extract(held, '2017-01-18');
    expect(xs.find((x) => x.type === 'talks')).toMatchObject({ status: 'scheduled', date: '2017-02-07' });
    // (Alone it is outvoted by the plan; beside other news of the talks it made them held.)
    const told = traceMentions(cleanArticle({ body: held }), { referenceDay: '2017-01-18' });
    expect(told.filter((m) => m.cue === 'occurred')).toEqual([]);
  });
});

describe('extractEvents: a meeting said to be under way', () => {
  it('reads "The summit is officially under way" as the summit held', () => {
    const xs = extract(
      'Mercosur leaders gather in Asuncion\n\nThe Mercosur summit is officially under way in Asuncion: Paraguayan President Santiago Pena greeted the leaders of Argentina, Brazil and Uruguay at the palace.',
      '2025-03-04',
    );
    expect(only(xs, 'summit')).toMatchObject({ status: 'occurred' });
  });
});

describe('extractEvents: the plain present of a live entry', () => {
  const page = (entry: string) =>
    `LIVE: Chilean president in Peru\n\n10:40 - Crowds gathered outside the palace in Lima.\n\n09:04 - ${entry}\n\n08:15 - Boric's motorcade left the hotel.`;

  it('reads "Boric and Boluarte meet in front of the flags" in a timed entry as the meeting under way', () => {
    const xs = meetingsOf(
      extract(
        page('Handshake. Boric and Boluarte meet in front of a row of Chilean and Peruvian flags.'),
        '2025-03-04',
      ),
    );
    expect(xs.filter((x) => x.status === 'occurred').map((x) => x.participants)).toEqual([['Chile', 'Peru']]);
  });

  it('keeps the plain present as no happening outside a live page, with a time ahead, or inside a quotation', () => {
    const plain = meetingsOf(
      extract(
        'Chilean president in Peru\n\nHandshake. Boric and Boluarte meet in front of a row of Chilean and Peruvian flags.',
        '2025-03-04',
      ),
    );
    expect(plain.filter((x) => x.status === 'occurred')).toEqual([]);
    const ahead = meetingsOf(
      extract(page('Boric and Boluarte meet later this afternoon at the palace.'), '2025-03-04'),
    );
    expect(ahead.filter((x) => x.status === 'occurred')).toEqual([]);
    const quoted = meetingsOf(
      extract(page('Boluarte told reporters: "Boric and I meet as neighbours and friends."'), '2025-03-04'),
    );
    expect(quoted.filter((x) => x.status === 'occurred')).toEqual([]);
  });

  it('reads "The three leaders are now meeting" as the meeting of the parties the article is about', () => {
    const xs = meetingsOf(
      extract(
        "LIVE: Egypt, Jordan leaders in Baghdad\n\n13:05 - The three leaders are now meeting behind closed doors at the government palace, an official says.\n\n11:50 - Jordan's King Abdullah II has landed in Baghdad and was welcomed by Iraqi Prime Minister Mustafa al-Kadhimi.\n\n10:20 - Egyptian President Abdel Fattah al-Sisi arrives in Baghdad.",
        '2021-06-27',
      ),
    );
    const held = xs.filter((x) => x.type !== 'visit' && x.status === 'occurred');
    expect(held).toHaveLength(1);
    expect(held[0]!.participants.length).toBeGreaterThanOrEqual(2);
    expect(['Egypt', 'Iraq', 'Jordan']).toEqual(expect.arrayContaining([...held[0]!.participants]));
  });
});

describe('extractEvents: a country named again by its region', () => {
  it('reads "the Gulf state" as the Gulf country named before it, not the other side', () => {
    const xs = extract(
      'Kuwait invites Indian leader\n\nKuwaiti Foreign Minister Abdullah Al-Yahya on Wednesday handed Prime Minister Narendra Modi a letter inviting him to visit the Gulf state. Al-Yahya, on his first visit to India, met his counterpart on Tuesday.',
      '2024-12-04',
    );
    const visits = xs.filter((x) => x.type === 'visit' && x.status === 'pending');
    expect(visits.map((x) => x.host)).toEqual(['Kuwait']);
  });

  it('reads "the Himalayan nation" as the nearest Himalayan country, and leaves one it fits none of alone', () => {
    const nepal = extract(
      'Chinese envoy in Kathmandu\n\nNepal and China discussed trade on Monday. Premier Li Qiang will visit the Himalayan nation on March 20, officials said.',
      '2025-03-04',
    );
    expect(only(nepal, 'visit')).toMatchObject({ host: 'Nepal', date: '2025-03-20' });
    const none = extract(
      'Chinese envoy in Paris\n\nFrance and China discussed trade on Monday. Premier Li Qiang will visit the Himalayan nation on March 20, officials said.',
      '2025-03-04',
    );
    expect(none.filter((x) => x.type === 'visit' && x.host === 'France')).toEqual([]);
  });
});

describe('extractEvents: the day of a decision', () => {
  it('dates the agreement, not the meeting it agrees on ("agreed on Monday to meet")', () => {
    const dated = extract(
      'Leaders to meet again\n\nPutin and Trump agreed on Monday to meet again in Geneva on March 20.',
      '2025-03-04',
    );
    expect(only(dated, 'summit')).toMatchObject({ status: 'scheduled', date: '2025-03-20' });
    const undated = extract(
      'Nepal, China set visit\n\nNepal and China agreed on Monday that Prime Minister Oli will visit Beijing next month.',
      '2025-03-04',
    );
    expect(only(undated, 'visit')).toMatchObject({ status: 'pending', date: null });
  });
});

describe('extractEvents: what is done after a dated meeting', () => {
  it('gives "After the talks, the two sides will sign" the day of the talks told before', () => {
    const xs = extract(
      'Modi in Kuwait\n\nPrime Minister Narendra Modi landed in Kuwait on Saturday. He will hold talks with the Amir of Kuwait on Sunday. After the talks, the two sides will sign agreements on defence cooperation, officials said.',
      '2024-12-21',
    );
    expect(only(xs, 'signing')).toMatchObject({ status: 'scheduled', date: '2024-12-22' });
  });

  it('gives none when the talks told before have no day', () => {
    const xs = extract(
      'Modi in Kuwait\n\nPrime Minister Narendra Modi landed in Kuwait on Saturday. He will hold talks with the Amir of Kuwait during the visit. After the talks, the two sides will sign agreements on defence cooperation, officials said.',
      '2024-12-21',
    );
    expect(only(xs, 'signing')).toMatchObject({ status: 'pending', date: null });
  });
});

describe('extractEvents: what a signing is not', () => {
  it('reads no accord signed in "signed a joint communique" or in "any deal the country has signed"', () => {
    const communique = extract(
      'Leaders meet\n\nAnthony Albanese and James Marape signed a joint communique in Port Moresby on Wednesday setting out the main points of their planned defence treaty.',
      '2025-09-18',
    );
    expect(communique.filter((x) => x.type === 'signing' && x.status === 'occurred')).toEqual([]);
    const anyDeal = extract(
      'Trade pact near\n\nIndia and EFTA will sign the pact next month. The investment pledge has no precedent in any trade deal the country has signed.',
      '2024-02-27',
    );
    expect(only(anyDeal, 'signing')).toMatchObject({ status: 'pending', participants: ['EFTA', 'India'] });
  });
});

describe('extractEvents: a signing allowed is not a signing done', () => {
  it('reads "approved the signing of the agreement" as a plan, its day the approval\'s', () => {
    const xs = extract(
      'EU clears Kenya pact\n\nEU ministers on Tuesday approved the signing of the trade agreement with Kenya.',
      '2023-12-13',
    );
    expect(only(xs, 'signing')).toMatchObject({ status: 'pending', date: null });
  });
});

describe('extractEvents: auxiliaries with an adverb, and plans of the past', () => {
  it('reads "will therefore not be signed" as called off and "will therefore be signed" as a plan', () => {
    const off = extract(
      'Summit off\n\nThe peace agreement between Congo and Rwanda will therefore not be signed, the presidency said.',
      '2025-03-18',
    );
    expect(only(off, 'signing')).toMatchObject({ status: 'cancelled' });
    const on = extract(
      'Deal on\n\nThe peace agreement between Congo and Rwanda will therefore be signed on Friday.',
      '2025-03-18',
    );
    expect(only(on, 'signing')).toMatchObject({ status: 'scheduled', date: '2025-03-21' });
  });

  it('dates no signing from "a summit at which the presidents were to sign" a year back', () => {
    const xs = extract(
      'Mediation ends\n\nIts high point - a summit at which Presidents Felix Tshisekedi of Congo and Paul Kagame of Rwanda were to sign a peace agreement in Luanda on December 15 - was cancelled.',
      '2025-03-24',
    );
    expect(xs.filter((x) => x.type === 'signing' && x.status === 'scheduled')).toEqual([]);
  });

  it('reads a host receiving two leaders as a summit of the three', () => {
    const xs = extract(
      'Ankara meeting\n\nErdogan will host Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud in Ankara on Wednesday.',
      '2024-12-09',
    );
    expect(only(xs, 'summit')).toMatchObject({
      participants: ['Ethiopia', 'Somalia', 'Turkey'],
      date: '2024-12-11',
    });
  });
});

describe('extractEvents: arrivals at a spot the gazetteer does not know', () => {
  it('reads "arrived at Haneda airport in Tokyo on Friday for talks" as the trip, on Friday', () => {
    const xs = extract(
      'Modi in Japan\n\nModi arrived at Haneda airport in Tokyo on Friday for talks with Japanese leaders.',
      '2025-02-07',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'occurred', date: '2025-02-07', host: 'Japan' });
  });

  it('reads "arrived at Joint Base Andrews near Washington" as a trip to the United States', () => {
    const xs = extract(
      'Ishiba lands\n\nIshiba arrived at Joint Base Andrews near Washington on Thursday evening, ahead of his first summit with Trump.',
      '2025-02-07',
    );
    expect(only(xs, 'visit')).toMatchObject({
      status: 'occurred',
      date: '2025-02-06',
      host: 'United States',
    });
  });
});

describe('extractEvents: two legs on one day', () => {
  it('gives "will visit the UAE and Saudi Arabia on Wednesday" to both legs', () => {
    const xs = extract(
      'Putin to Gulf\n\nKremlin aide Yuri Ushakov said Putin will visit the United Arab Emirates and Saudi Arabia on Wednesday.',
      '2023-12-04',
    );
    const visits = xs.filter((x) => x.type === 'visit');
    expect(visits.map((x) => [x.host, x.date]).sort()).toEqual([
      ['Saudi Arabia', '2023-12-06'],
      ['United Arab Emirates', '2023-12-06'],
    ]);
  });
});

describe('extractEvents: a gathering dated by the clause around it', () => {
  it('dates "the Commonwealth Heads of Government Meeting, which Apia will host from 21 to 26 October"', () => {
    const xs = extract(
      'Samoa gets ready\n\nSamoa is preparing for the Commonwealth Heads of Government Meeting, which Apia will host from 21 to 26 October.',
      '2024-10-01',
    );
    expect(only(xs, 'summit')).toMatchObject({ status: 'scheduled', date: '2024-10-21' });
  });

  it('gives "will sign a partnership at the summit" the day of the summit told before', () => {
    const xs = extract(
      'UK-EU summit\n\nThe first UK-EU summit will take place in London on Monday, May 19. The two sides will sign a security and defence partnership at the summit, officials said.',
      '2025-05-10',
    );
    expect(only(xs, 'signing')).toMatchObject({ status: 'scheduled', date: '2025-05-19' });
  });

  it("keeps a trip's own day when an unplaced visit before the comma has another", () => {
    const xs = extract(
      'King to Samoa\n\nAfter a community barbecue and a visit to the Sydney Opera House on Tuesday, King Charles will leave for Samoa on Wednesday.',
      '2024-10-21',
    );
    expect(only(xs, 'visit')).toMatchObject({ host: 'Samoa', date: '2024-10-23' });
  });
});

describe('extractEvents: intentions not carried out, rules of conduct', () => {
  it('reads no plan in "had sought to meet Trump in November" and no meeting called off in "would not meet foreign leaders"', () => {
    const xs = extract(
      "Ishiba and Trump\n\nIshiba had sought to meet Trump in November, but the idea was dropped after Trump's transition team told Tokyo that he would not meet foreign leaders before his inauguration.",
      '2025-01-10',
    );
    expect(xs).toEqual([]);
  });
});

describe("extractEvents: a bloc's summit with one attendee named", () => {
  it('keeps the attendee and adds the host of "the G7 summit in Canada"', () => {
    const xs = extract(
      'Merz travels\n\nGerman Chancellor Friedrich Merz is due to attend the G7 summit in Canada from June 15.',
      '2025-06-05',
    );
    expect(only(xs, 'summit')).toMatchObject({
      participants: ['Canada', 'G7', 'Germany'],
      date: '2025-06-15',
    });
  });
});

describe('extractEvents: days of other clauses', () => {
  it('keeps the day of "who on Saturday became" away from the visit told after it', () => {
    const xs = extract(
      "Japan's new leader\n\nSanae Takaichi, who on Saturday became the first woman to lead Japan's governing party, faces an early test in a visit by U.S. President Donald Trump that is expected later this month.",
      '2025-10-06',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'pending', date: null });
  });

  it('dates a meeting told "as" the clause before happened on its day', () => {
    const xs = extract(
      'Carney at the White House\n\nCanadian Prime Minister Mark Carney told U.S. President Donald Trump to his face on Tuesday that Canada would never be for sale, as the two leaders met at the White House for their first meeting.',
      '2025-05-07',
    );
    expect(only(xs, 'summit')).toMatchObject({ status: 'occurred', date: '2025-05-06' });
  });
});

describe('extractEvents: the speaker as the traveller', () => {
  it('reads "Carney said he will be in Washington on Tuesday" as his trip', () => {
    const xs = extract(
      'Carney to Washington\n\nCanadian Prime Minister Mark Carney said he will be in Washington on Tuesday to meet with President Donald Trump.',
      '2025-05-02',
    );
    expect(only(xs, 'visit')).toMatchObject({
      status: 'scheduled',
      date: '2025-05-06',
      host: 'United States',
    });
  });
});

const LIVE_IST = [
  'Putin in India LIVE: all the updates from day one',
  "Follow our live coverage of the Russian president's state visit to India.",
  'Updated: December 4, 2025 22:35 IST',
  '22:50 IST\nSecurity remains tight around the residence.',
  "22:30 IST\nThe two leaders have reached the prime minister's residence for a private dinner.",
  '20:05 IST\nModi posted photographs of the welcome on social media.',
  "19:20 IST\nPutin's aircraft touched down at Palam Air Force Station a few minutes after 7 pm.",
  '17:00 IST\nPutin is due to land in Delhi within the next two hours.',
].join('\n\n');

describe('extractEvents: live pages stamped in local time zones', () => {
  it('reads each IST-stamped entry as news, wherever it sits on the page', () => {
    const xs = extract(LIVE_IST, '2025-12-04');
    expect(xs.filter((x) => x.type === 'visit' && x.status === 'occurred' && !x.background)).toHaveLength(1);
    const landing = traceMentions(cleanArticle({ body: LIVE_IST }), { referenceDay: '2025-12-04' }).find(
      (m) => m.sentence.includes('touched down'),
    );
    expect(landing).toMatchObject({ cue: 'occurred', background: false });
  });
});

describe('extractEvents: a day officials would not confirm', () => {
  it('keeps a visit "likely to coincide with" a date officials declined to confirm pending', () => {
    const xs = extract(
      'Lula to Portugal\n\nBrazilian President Lula will make an official visit to Portugal in April. Diplomats in Lisbon said the visit was likely to coincide with the celebrations of April 25, although officials declined to confirm the date.',
      '2023-02-01',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'pending', date: null });
  });
});

describe('extractEvents: changes of the pandemic years', () => {
  it('reads "first planned for 2020, but postponed because of the Covid-19 pandemic" as history', () => {
    const xs = extract(
      'Emperor to visit Britain\n\nEmperor Naruhito is expected to make a state visit to the United Kingdom in June. A State Visit was first planned for 2020, but it was postponed because of the Covid-19 pandemic.',
      '2024-03-12',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'pending' });
  });
});

describe('extractEvents: a body meeting on its own', () => {
  it('reads no talks in "the Federal Council had approved the text at its meeting on Wednesday"', () => {
    const xs = extract(
      "Swiss approve pact\n\nIndia and Switzerland will sign the trade pact on Sunday. The Indian cabinet approved the agreement on Thursday. The Federal Council had approved the text at its meeting on Wednesday and authorised Switzerland's economy minister Guy Parmelin to sign.",
      '2024-03-08',
    );
    expect(xs.filter((x) => x.type === 'talks' || x.type === 'summit')).toEqual([]);
  });
});

describe('extractEvents: where someone comes back from', () => {
  it('reads no visit with the UN in "not expected before the President returns from the UN General Assembly"', () => {
    const xs = extract(
      'Muizzu visit to India\n\nMaldives President Mohamed Muizzu is expected to visit India soon. An official told Male Dispatch that the visit was not expected before the President returns from the United Nations General Assembly.',
      '2024-09-10',
    );
    expect(only(xs, 'visit')).toMatchObject({ participants: ['India', 'Maldives'], status: 'pending' });
  });
});

describe('extractEvents: stop 19 wording', () => {
  it('reads a signing that "will also have to wait" as put off, but not "will have to wait and see"', () => {
    const wait = extract(
      'Deal delayed\n\nThe leaders of Peru and Chile put off their summit. The signing of the port agreement between Peru and Chile, which had been expected this month, will also have to wait, officials said.',
      '2024-12-09',
    );
    expect(only(wait, 'signing').status).toBe('postponed');
    const see = extract(
      'Deal\n\nPeru and Chile will sign a port agreement in the coming weeks. Traders will have to wait and see what it holds.',
      '2024-12-09',
    );
    expect(only(see, 'signing').status).toBe('pending');
  });

  it('reads an accord "set to be formalised" when leaders meet as a signing planned, and "was formalised" as done', () => {
    const planned = extract(
      'Zone\n\nThe agreement setting up a free trade zone between Kenya and Tanzania is set to be formalised when the two presidents meet in Arusha, officials said.',
      '2024-11-20',
    );
    expect(only(planned, 'signing')).toMatchObject({
      participants: ['Kenya', 'Tanzania'],
      status: 'pending',
    });
    const done = extract(
      'Zone\n\nThe border agreement between Kenya and Tanzania was formalised in Arusha on Monday.',
      '2024-11-20',
    );
    expect(only(done, 'signing')).toMatchObject({ status: 'occurred', date: '2024-11-18' });
  });

  it('gives a day in "had informed us late on Thursday and that the visit would take place later" to the telling, not the visit', () => {
    const xs = extract(
      "Visit\n\nGhana's foreign minister said Accra had informed Abuja of the decision late on Thursday and that the visit to Nigeria would take place at a convenient time.",
      '2025-04-25',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'pending', date: null });
  });
});

describe('extractEvents: a signing when the leaders meet', () => {
  it('gives a signing planned "when the two leaders meet ... on Monday" the meeting\'s day', () => {
    const xs = extract(
      'Minerals\n\nChilean President Gabriel Boric is expected to sign a lithium framework with Argentine President Javier Milei when the two leaders meet in Santiago on Monday, officials said on Friday.',
      '2025-10-17',
    );
    expect(only(xs, 'signing')).toMatchObject({ status: 'scheduled', date: '2025-10-20' });
  });
});

describe('extractEvents: a kind of event, none in particular', () => {
  it('reads no summit in "leaders have come to Washington for summits and working visits"', () => {
    const xs = extract(
      'Visit\n\nPresident Ruto will be honoured with a state visit to the United States on Thursday. Since then, African heads of state have come to Washington for summits and working visits, but not for the full ceremony.',
      '2024-05-20',
    );
    expect(xs.filter((x) => x.type === 'summit')).toEqual([]);
    const held = extract(
      'Talks\n\nThe Israeli team arrived in Doha on Friday morning and held several hours of meetings with Qatari officials.',
      '2025-01-03',
    );
    expect(only(held, 'talks')).toMatchObject({ status: 'occurred', date: '2025-01-03' });
  });

  it('reads a summit with "African leaders" as one with the African Union', () => {
    const xs = extract(
      'Summit\n\nSaudi Arabia will host its first summit with African leaders in Riyadh on October 24, the foreign ministry said.',
      '2023-09-28',
    );
    expect(only(xs, 'summit')).toMatchObject({
      participants: ['African Union', 'Saudi Arabia'],
      status: 'scheduled',
      date: '2023-10-24',
    });
  });
});

describe('extractEvents: a high-level council, and a day that ends speculation', () => {
  it('reads a High-Level Cooperation Council as a summit, dated and held', () => {
    const dated = extract(
      'Council\n\nSpain and Turkey will hold their High-Level Cooperation Council in Madrid on February 12, the government spokesman said on Wednesday, confirming weeks of speculation.',
      '2025-01-22',
    );
    expect(only(dated, 'summit')).toMatchObject({
      participants: ['Spain', 'Turkey'],
      status: 'scheduled',
      date: '2025-02-12',
    });
    const held = extract(
      'Council\n\nPrime Minister Pedro Sanchez and President Tayyip Erdogan held the High-Level Cooperation Council between Spain and Turkey in Madrid on Wednesday.',
      '2025-04-10',
    );
    expect(only(held, 'summit')).toMatchObject({ status: 'occurred', date: '2025-04-09' });
  });

  it('still reads a day told as speculation as no confirmed day', () => {
    const xs = extract(
      'Summit\n\nThere is speculation that Spain and Turkey will hold a summit in Madrid on February 12.',
      '2025-01-22',
    );
    expect(only(xs, 'summit')).toMatchObject({ status: 'pending', date: null });
  });
});

describe('extractEvents: a quoted participle', () => {
  it('reads \'would be "signed here, in the palace"\' as a signing planned, not done', () => {
    const xs = extract(
      'Deal\n\nChile and Mexico will sign their trade agreement in Mexico City on November 13. President Claudia Sheinbaum confirmed the date, saying the agreement between Chile and Mexico would be "signed here, in the National Palace".',
      '2025-10-16',
    );
    expect(only(xs, 'signing')).toMatchObject({ status: 'scheduled', date: '2025-11-13' });
  });
});

describe('extractEvents: a programme told over sentences', () => {
  it('gives "Following the negotiations, the heads of state will sign" the day of the negotiations told before', () => {
    const xs = extract(
      'Visit\n\nThe President of Kyrgyzstan will pay a state visit to Uzbekistan on 15-16 December. Negotiations between Kyrgyzstan and Uzbekistan will take place on 16 December at the Kuksaroy residence. Following the negotiations, the heads of state of Kyrgyzstan and Uzbekistan will sign a treaty on the state border.',
      '2022-12-09',
    );
    expect(only(xs, 'signing')).toMatchObject({ status: 'scheduled', date: '2022-12-16' });
  });

  it('reads no new start in "is due to continue his visit on Friday in Andijan"', () => {
    const xs = extract(
      'Treaty\n\nThe presidents of Uzbekistan and Kyrgyzstan signed a border treaty in Tashkent on Thursday. Japarov is due to continue his visit to Uzbekistan on Friday in the city of Andijan, officials said.',
      '2023-01-26',
    );
    expect(xs.filter((x) => x.type === 'visit' && x.status === 'scheduled')).toEqual([]);
  });
});

describe('extractEvents: a leader named again by title alone', () => {
  it('reads "The President" as the president the article named', () => {
    const xs = extract(
      'Trip\n\nPresident Donald J. Trump will travel to Poland on August 31. The President will then travel to Copenhagen, where he will make a state visit to the Kingdom of Denmark on September 2 and 3.',
      '2019-07-12',
    );
    const visits = xs.filter((x) => x.type === 'visit');
    expect(visits.find((x) => x.host === 'Denmark')).toMatchObject({
      participants: ['Denmark', 'United States'],
      status: 'scheduled',
      date: '2019-09-02',
    });
  });

  it('reads "The President" opening a sentence as the first president named, when two were', () => {
    const xs = extract(
      'Trip\n\nPresident Donald J. Trump will travel to Warsaw on August 31 to meet President Andrzej Duda. The President will then travel to Copenhagen, where he will make a state visit to the Kingdom of Denmark on September 2.',
      '2019-07-12',
    );
    expect(xs.find((x) => x.type === 'visit' && x.host === 'Denmark')).toMatchObject({
      participants: ['Denmark', 'United States'],
      date: '2019-09-02',
    });
  });

  it('reads no talks in "The pope will meet victims of violence"', () => {
    const xs = extract(
      'Trip\n\nPope Francis will visit Congo from January 31. The pope will celebrate Mass in Kinshasa and meet victims of violence there.',
      '2022-12-01',
    );
    expect(xs.filter((x) => x.type === 'talks' || x.type === 'summit')).toEqual([]);
  });
});

describe('extractEvents: the legs of a tour', () => {
  it('dates only the first leg of "to begin a tour of Kenya, Rwanda and Tanzania on Wednesday"', () => {
    const xs = extract(
      'Tour\n\nThe Emir of Qatar will begin a tour of Kenya, Rwanda and Tanzania on Wednesday, the Amiri Diwan said.',
      '2024-02-05',
    );
    const visits = xs.filter((x) => x.type === 'visit');
    expect(visits.find((x) => x.host === 'Kenya')).toMatchObject({ status: 'scheduled', date: '2024-02-07' });
    expect(visits.find((x) => x.host === 'Rwanda')).toMatchObject({ status: 'pending', date: null });
    expect(visits.find((x) => x.host === 'Tanzania')).toMatchObject({ status: 'pending', date: null });
  });

  it('reads "the emir\'s planned stop in Tanzania, which was due on Sunday, has been called off" as called off', () => {
    const xs = extract(
      "Tour\n\nThe Amiri Diwan in Doha says the emir's planned stop in Tanzania, which was due on Sunday, has been called off.",
      '2024-02-09',
    );
    expect(only(xs, 'visit')).toMatchObject({ participants: ['Qatar', 'Tanzania'], status: 'cancelled' });
  });
});

describe('extractEvents: a programme told in the present', () => {
  it('dates "departs for Uzbekistan and Kazakhstan on Sunday" on the first leg only', () => {
    const xs = extract(
      'Trip\n\nChancellor Olaf Scholz departs for Uzbekistan and Kazakhstan on Sunday, his spokesman said.',
      '2024-09-13',
    );
    const visits = xs.filter((x) => x.type === 'visit');
    expect(visits.find((x) => x.host === 'Uzbekistan')).toMatchObject({ date: '2024-09-15' });
    expect(visits.find((x) => x.host === 'Kazakhstan')).toMatchObject({ status: 'pending', date: null });
  });

  it('gives "In the evening he flies on to Astana" the day told before, and the traveller to "he will meet"', () => {
    const xs = extract(
      'Trip\n\nOn Monday, Chancellor Olaf Scholz will hold talks with Uzbek President Shavkat Mirziyoyev in Samarkand. In the evening he flies on to Astana, where he will meet President Kassym-Jomart Tokayev on Tuesday morning.',
      '2024-09-13',
    );
    expect(xs.find((x) => x.type === 'visit' && x.host === 'Kazakhstan')).toMatchObject({
      participants: ['Germany', 'Kazakhstan'],
      status: 'scheduled',
      date: '2024-09-16',
    });
    expect(xs.find((x) => x.type !== 'visit' && x.participants.includes('Kazakhstan'))).toMatchObject({
      participants: ['Germany', 'Kazakhstan'],
      date: '2024-09-17',
    });
  });
});

describe('extractEvents: an arrival that begins a visit', () => {
  it('reads "arrived at Haneda International Airport, Tokyo, beginning their State visit" as the visit under way', () => {
    const xs = extract(
      'Arrival\n\nOn the afternoon of 27 November (local time), State President Vo Van Thuong and his spouse arrived at Haneda International Airport, Tokyo, beginning their State visit to Japan from 27 to 30 November at the invitation of Emperor Naruhito.',
      '2023-11-27',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'occurred', date: '2023-11-27' });
  });

  it('still reads "will arrive on Monday, beginning a three-day visit" as a plan', () => {
    const xs = extract(
      'Arrival\n\nVietnamese President Vo Van Thuong will arrive in Tokyo on Monday, beginning a three-day State visit to Japan.',
      '2023-11-23',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'scheduled', date: '2023-11-27' });
  });
});

describe('extractEvents: two clauses joined by ", and" with subjects of their own', () => {
  it('gives each event the parties of its own clause, and "the same day" the day told before', () => {
    const xs = extract(
      'Gathering set\n\nThe annual summit of the Shanghai Cooperation Organisation will be held in Astana on July 4, and Chinese President Xi Jinping plans to hold a three-way meeting with the leaders of Kyrgyzstan and Tajikistan on its margins the same day, officials said on Friday.',
      '2026-06-19',
    );
    const summit = xs.find((x) => x.participants.includes('SCO'));
    expect(summit).toMatchObject({ status: 'scheduled', date: '2026-07-04' });
    expect(summit?.participants).not.toContain('Tajikistan');
    const meeting = xs.find((x) => x.participants.includes('Tajikistan'));
    expect(meeting).toMatchObject({
      participants: ['China', 'Kyrgyzstan', 'Tajikistan'],
      status: 'scheduled',
      date: '2026-07-04',
    });
  });
});

describe("extractEvents: a planned meeting at one side's seat", () => {
  it('reads "will meet X in <X\'s capital> next Tuesday", the guest named first, as the guest\'s visit too', () => {
    const xs = extract(
      'Leaders to meet\n\nPeruvian President Dina Boluarte will meet her Chilean counterpart Gabriel Boric in Santiago next Tuesday, her office said on Friday.',
      '2026-03-13',
    );
    expect(only(xs, 'visit')).toMatchObject({
      participants: ['Chile', 'Peru'],
      host: 'Chile',
      status: 'scheduled',
      date: '2026-03-17',
    });
  });

  it("makes no visit of a planned summit in one side's capital, nor of a host named first", () => {
    const summit = extract(
      'Summit\n\nBoric and Boluarte will hold a summit in Santiago on Tuesday to discuss migration, officials said.',
      '2026-03-13',
    );
    expect(summit.filter((x) => x.type === 'visit')).toEqual([]);
    const host = extract(
      "Talks\n\nChilean President Gabriel Boric will meet Peru's Dina Boluarte in Santiago next Tuesday, officials said.",
      '2026-03-13',
    );
    expect(host.filter((x) => x.type === 'visit')).toEqual([]);
  });
});

describe('extractEvents: "the same day" after a sentence with a day', () => {
  it('dates a summit that "will take place the same day" by the day told before, not an old plan so told', () => {
    const xs = extract(
      'Visit set\n\nThe Chilean president will be received by the King in Madrid on May 12. The annual Chile-Spain summit will take place the same day, officials said.',
      '2026-04-20',
    );
    expect(only(xs, 'summit')).toMatchObject({ status: 'scheduled', date: '2026-05-12' });
    const stale = extract(
      'Visit set\n\nThe Chilean president will be received by the King in Madrid on May 12. The annual Chile-Spain summit, which Madrid was to host the same day, has been postponed.',
      '2026-04-20',
    );
    expect(stale.find((x) => x.type === 'summit')?.status).not.toBe('scheduled');
  });
});

describe('extractEvents: a day that belongs to something else', () => {
  it('leaves a summit agreed on Monday "in March, where they will sign" without a day', () => {
    const xs = extract(
      'Bloc meeting ends\n\nThe ordinary session of the ECOWAS Authority closed in Abuja on Monday with leaders agreeing to convene an extraordinary summit in the Ghanaian capital Accra in March, where they are expected to sign the new customs code.',
      '2026-01-26',
    );
    for (const x of xs.filter((x) => x.type === 'summit' || x.type === 'signing'))
      expect(x).toMatchObject({ status: 'pending', date: null });
  });

  it('reads "a summit convened by President X" as no sitting, and "preceded by a business summit on March 20" as not its day', () => {
    const xs = extract(
      "Preparations\n\nThe minister said the signing ceremony would take place on March 21 during an extraordinary summit of ECOWAS convened by Ghanaian President John Mahama. The leaders' meeting will be preceded by a business summit on March 20, she said.",
      '2026-03-10',
    );
    expect(xs.filter((x) => x.status === 'occurred')).toEqual([]);
    expect(xs.filter((x) => x.date === '2026-03-20')).toEqual([]);
  });
});

describe('extractEvents: a change feared, preparations going on, a meeting named by its host', () => {
  it('reads "could be called off" as no cancellation and "preparations for the summit are under way" as no sitting', () => {
    const feared = extract(
      'Doubts\n\nThe BIMSTEC summit set for December in Kathmandu could be called off after three members said they would not attend, officials said.',
      '2026-10-01',
    );
    expect(feared.filter((x) => x.status === 'cancelled')).toEqual([]);
    const preparing = extract(
      'Ready\n\n"Preparations for successfully hosting the BIMSTEC summit in Kathmandu are under way," the foreign ministry said.',
      '2026-10-01',
    );
    expect(preparing.filter((x) => x.status === 'occurred')).toEqual([]);
    // (An initialism's dots, "U.S. President", do not hide the preparations.)
    const initials = extract(
      "Ready\n\nPreparations for U.S. President Joe Biden's visit to Nepal are under way, officials said.",
      '2026-10-01',
    );
    expect(initials.filter((x) => x.status === 'occurred')).toEqual([]);
  });

  it('takes "the December 9-10 meeting", told with its host city alone, as the summit named before', () => {
    const xs = extract(
      'India to skip Kathmandu summit\n\nIndia said on Tuesday it would not attend the BIMSTEC summit set to be held in Kathmandu in December, citing strains with Nepal. Indian officials accused Nepal of ignoring its concerns. In Kathmandu, there was no word on whether the December 9-10 meeting would go ahead.',
      '2026-10-01',
    );
    expect(xs.find((x) => x.date === '2026-12-09')).toMatchObject({ participants: ['BIMSTEC', 'Nepal'] });
  });
});

describe('extractEvents: what a venue clause and a past year tell', () => {
  it('keeps the parties of "where allies hope to welcome Sweden" out of the summit held there', () => {
    const xs = extract(
      "Alliance meets in July\n\nNATO leaders are due to meet in Vilnius on July 11-12, where allies hope to welcome Sweden and where Ukraine's bid will top the agenda.",
      '2023-04-29',
    );
    expect(meetingsOf(xs).find((x) => x.date === '2023-07-11')).toMatchObject({
      participants: ['Lithuania', 'NATO'],
    });
  });

  it('reads "Trump\'s 2018 summit with Putin" as a meeting recalled, and "their 2024 summit" as one planned', () => {
    const old = extract(
      "A trip to Helsinki\n\nA visit by the US president would offer a contrast with Donald Trump's 2018 summit with Russian President Vladimir Putin, which may yet be remembered.",
      '2023-04-29',
    );
    expect(old.filter((x) => x.type === 'summit')).toEqual([]);
    const planned = extract(
      'Leaders to meet\n\nXi Jinping and Vladimir Putin will hold their 2024 summit in Kazan, officials in Beijing said.',
      '2023-04-29',
    );
    expect(only(planned, 'summit')).toMatchObject({ participants: ['China', 'Russia'], status: 'pending' });
  });
});

describe('extractEvents: the one a pronoun names meeting others', () => {
  it('counts the article\'s traveller among those "he is scheduled to meet" by name, not among a group he meets', () => {
    const xs = extract(
      "Putin's busy schedule in Samarkand\n\nRussian President Vladimir Putin will meet Chinese President Xi Jinping on Thursday in Samarkand, a Kremlin aide said on Tuesday. Putin will also hold talks with Uzbek President Shavkat Mirziyoyev. On Friday, he is scheduled to meet Indian Prime Minister Narendra Modi and Turkish President Recep Tayyip Erdogan, among others.",
      '2022-09-13',
    );
    expect(meetingsOf(xs).find((x) => x.date === '2022-09-16')).toMatchObject({
      participants: ['India', 'Russia', 'Turkey'],
    });
    const group = extract(
      "Biden heads to Warsaw\n\nIn Warsaw, US President Joe Biden will meet Polish President Andrzej Duda. He will also meet leaders of the Bucharest Nine, the group of NATO's eastern flank allies.",
      '2023-02-10',
    );
    expect(
      meetingsOf(group).find((x) => x.participants.includes('Bucharest Nine'))?.participants,
    ).not.toContain('Poland');
  });
});

describe('extractEvents: an invitation, an old announcement and a day given up', () => {
  it('reads "Modi on Tuesday invited Bennett to make an official visit" as an undated plan', () => {
    const xs = extract(
      'Modi invites Bennett\n\nPrime Minister Narendra Modi on Tuesday invited his Israeli counterpart Naftali Bennett to make an official visit to India, the foreign secretary told reporters.',
      '2021-11-02',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'pending', date: null, host: 'India' });
  });

  it('reads "had informed ... that he will come from 3-5 April" as the old plan, and "will not come on 3 April now" with new dates to come as postponed', () => {
    const xs = extract(
      "Israeli PM's India tour put back\n\nIsrael's embassy said Prime Minister Naftali Bennett will not come to India on 3 April now. New dates of the tour will be decided later by both countries. The Government of India had informed about the tour of Bennett that he will come on visit of India from 3-5 April.",
      '2022-03-29',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'postponed' });
  });
});

describe('extractEvents: a venue told by its country and its city', () => {
  it('reads "talks in the Qatari capital Doha" as held in Doha, not with Qatar', () => {
    const xs = extract(
      'Talks to open in Doha\n\nAfghan government negotiators and the Taliban will begin talks in the Qatari capital Doha on Saturday, officials said.',
      '2020-09-09',
    );
    expect(only(xs, 'talks')).toMatchObject({
      participants: ['Afghanistan', 'Taliban'],
      location: 'Doha',
      date: '2020-09-12',
    });
  });
});

describe('extractEvents: talks inside one country', () => {
  it('reads "the government and armed groups to open AU-led talks" as talks with the African Union, and "a US-brokered deal" between two states without the broker', () => {
    const xs = extract(
      'Central African Republic: government and armed groups to open AU-led talks in Khartoum on Thursday\n\nSeven earlier peace deals have failed.',
      '2019-01-22',
    );
    expect(only(xs, 'talks')).toMatchObject({
      participants: ['African Union', 'Central African Republic'],
      date: '2019-01-24',
    });
    const two = extract(
      'Deal signed\n\nIsrael and Lebanon signed a US-brokered deal on Thursday.',
      '2022-10-27',
    );
    expect(only(two, 'signing').participants).toEqual(['Israel', 'Lebanon']);
  });
});

describe('extractEvents: talks the United Nations hosts', () => {
  it('reads "an eighth round of talks at the United Nations in Geneva" of one country\'s sides as talks with the UN', () => {
    const xs = extract(
      "Syria talks resume\n\nThe Syrian Constitutional Committee will resume its work on Monday with an eighth round of talks at the United Nations in Geneva, the envoy's office said.",
      '2022-05-27',
    );
    expect(only(xs, 'talks')).toMatchObject({
      participants: ['Syria', 'United Nations'],
      date: '2022-05-30',
    });
  });

  it('reads "invited the members for a ninth session", said after a round of talks, as the next talks', () => {
    const xs = extract(
      'Syria constitution talks end in Geneva, UN envoy sets late-July date for next round\n\nA week of UN-backed talks on a new constitution for Syria ended in Geneva on Friday, UN envoy Geir Pedersen said, as he announced that the committee would meet again at the end of July. "I have invited the members for a ninth session, from the 25th to the 29th of July," UN envoy Geir Pedersen told reporters, after the eighth round of talks between the government and the opposition.',
      '2022-06-03',
    );
    expect(xs.find((x) => x.date === '2022-07-25')).toMatchObject({ type: 'talks', status: 'scheduled' });
  });
});

describe('extractEvents: the day an accord takes effect', () => {
  it('does not date a trip "once the trade agreement comes into force on July 1"', () => {
    const xs = extract(
      'AMLO weighs trip\n\nMexican President Andres Manuel Lopez Obrador said on Wednesday he is considering a trip to Washington to meet President Donald Trump once the new North American trade agreement comes into force on July 1, in what would be his first foreign trip since taking office.',
      '2020-06-10',
    );
    expect(only(xs, 'visit')).toMatchObject({ host: 'United States', date: null, status: 'pending' });
  });
});

describe('extractEvents: the day of an agreement to meet', () => {
  it('reads "on Monday promised a new start and agreed to hold joint government consultations" as a plan with no day', () => {
    const xs = extract(
      'Scholz and Tusk promise new start\n\nChancellor Olaf Scholz and Polish Prime Minister Donald Tusk on Monday promised a new start in relations between their two countries and agreed to hold joint government consultations, the first since 2018.',
      '2024-02-12',
    );
    expect(meetingsOf(xs).filter((x) => x.date !== null)).toEqual([]);
    expect(meetingsOf(xs)[0]).toMatchObject({ participants: ['Germany', 'Poland'], status: 'pending' });
  });
});

describe('extractEvents: a statement made after a meeting', () => {
  it('reads "Putin said after talks with Erdogan on Tuesday that ..." as talks held that Tuesday', () => {
    const xs = extract(
      'Pipeline back on\n\nPresident Vladimir Putin said after talks with Turkish President Tayyip Erdogan on Tuesday that the gas pipeline project would resume.',
      '2016-08-10',
    );
    expect(only(meetingsOf(xs), 'talks')).toMatchObject({ status: 'occurred', date: '2016-08-09' });
  });
});

describe('extractEvents: a session of talks', () => {
  it('dates "return to Barbados on Thursday for a new session of Norwegian-brokered talks" by that Thursday', () => {
    const xs = extract(
      'Talks to resume\n\nDelegations of the Venezuelan government and the opposition are expected to return to Barbados on Thursday for a new session of Norwegian-brokered talks, people familiar with the process said.',
      '2019-08-04',
    );
    expect(only(meetingsOf(xs), 'talks')).toMatchObject({ status: 'scheduled', date: '2019-08-08' });
  });
});

describe('extractEvents: the stops of a tour', () => {
  it('reads "his first stop would be Nairobi on Wednesday" and "then scheduled to proceed to Harare on Thursday" as dated visits', () => {
    const xs = extract(
      "Raisi to tour Africa\n\nIranian President Ebrahim Raisi will tour Africa this week, his spokesman said. The president's first stop would be Nairobi on Wednesday, the spokesman said. He is then scheduled to proceed to Harare on Thursday to meet President Emmerson Mnangagwa.",
      '2023-07-10',
    );
    const visits = xs.filter((x) => x.type === 'visit' && x.date);
    expect(visits.map((x) => [x.host, x.date])).toEqual(
      expect.arrayContaining([
        ['Kenya', '2023-07-12'],
        ['Zimbabwe', '2023-07-13'],
      ]),
    );
  });
});

describe('extractEvents: a page of dated entries', () => {
  const page = (first: string) =>
    `Northern Territories -- latest\n\n${first}\nAbe aims for spring trip to Russia\nPrime Minister Shinzo Abe is considering a visit to Russia in the spring, government sources said on Thursday. [Read more]\n\nDec 13, 2016\nKremlin: Putin to sign deals in Tokyo\nRussian President Vladimir Putin will arrive in Japan on Thursday for talks with Prime Minister Shinzo Abe, a Kremlin aide told reporters.\n\nNov 20, 2016\nAbe says treaty not easy\nPrime Minister Shinzo Abe said on Saturday that the dispute would not be easy to resolve. [Read more]\n\nLoad more`;

  it('reads a story under "Dec 13, 2016" as of that day, not as of the page\'s', () => {
    const xs = extract(page('Jan 05, 2017'), '2017-01-05');
    expect(xs.filter((x) => x.type === 'visit' && x.host === 'Japan').map((x) => x.date)).toEqual([
      '2016-12-15',
    ]);
  });
});

describe('extractEvents: a tour that goes on elsewhere', () => {
  it('keeps "which will also take him to Argentina, Brazil and Namibia" out of the next leg\'s parties', () => {
    const xs = extract(
      "Modi in Ghana\n\nPrime Minister Narendra Modi on Thursday addressed Ghana's Parliament, a day after he arrived in Accra. Modi will depart for Port of Spain later on Thursday for the second leg of his tour, which will also take him to Argentina, Brazil and Namibia.",
      '2025-07-03',
    );
    expect(xs.find((x) => x.type === 'visit' && x.host === 'Trinidad and Tobago')).toMatchObject({
      participants: ['India', 'Trinidad and Tobago'],
      date: '2025-07-03',
    });
  });
});

describe('extractEvents: the day of a vote on a signing', () => {
  it('reads "on Friday voted against giving the government the power to sign the deal" as no signing that Friday', () => {
    const xs = extract(
      "CETA in doubt\n\nThe parliament of Wallonia, Belgium's French-speaking region, on Friday voted against giving the federal government in Brussels the power to sign the EU's trade deal with Canada, putting the deal in doubt.",
      '2016-10-14',
    );
    expect(xs.filter((x) => x.type === 'signing' && x.date !== null)).toEqual([]);
  });
});

describe('extractEvents: a meeting commented on', () => {
  it('reads "declined to comment on the Monday meeting" as no meeting held last Monday', () => {
    const xs = extract(
      "Abe and Park to meet\n\nJapan's chief cabinet secretary declined to comment on the Monday meeting between Prime Minister Shinzo Abe and South Korean President Park Geun-hye at a regular news conference on Wednesday.",
      '2015-10-28',
    );
    expect(xs.filter((x) => x.status === 'occurred')).toEqual([]);
  });
});

describe('extractEvents: hosting told with a pronoun, and visits to an exercise', () => {
  it('reads "Trump said ... troops could go to Poland, as he hosted Polish President Duda" as Duda\'s visit to the US', () => {
    const xs = extract(
      'Duda at the White House\n\nPresident Donald Trump said on Wednesday that the United States would probably move some of the troops it plans to withdraw from Germany to Poland, as he hosted Polish President Andrzej Duda at the White House.',
      '2020-06-24',
    );
    expect(xs.find((x) => x.type === 'visit' && x.status === 'occurred')).toMatchObject({
      host: 'United States',
      participants: ['Poland', 'United States'],
      date: '2020-06-24',
    });
  });

  it('reads "visited a Polish-US training exercise" as no visit between states', () => {
    const xs = extract(
      'Troop deal near\n\nDefence Minister Mariusz Blaszczak on Wednesday visited a Polish-US training exercise in the north-west of the country.',
      '2020-08-12',
    );
    expect(xs.filter((x) => x.type === 'visit')).toEqual([]);
  });
});

describe('extractEvents: a day of a visit under way', () => {
  it('reads "told lawmakers on Wednesday ..., on the first day of a state visit to the United Kingdom" as a visit under way', () => {
    const xs = extract(
      'King addresses Parliament\n\nKing Felipe VI of Spain told British lawmakers on Wednesday he hoped the two countries could settle their differences over Gibraltar, on the first day of a state visit to the United Kingdom.',
      '2017-07-12',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'occurred', host: 'United Kingdom' });
  });
});

describe('extractEvents: the day of a decision about a signing', () => {
  it('dates neither "on Sunday threw their weight behind ..., urging the factions to go ahead with signing" nor "on Wednesday adopted a resolution endorsing the agreement" by their own day', () => {
    const rome = extract(
      "Rome meeting backs Libya deal\n\nForeign ministers from more than a dozen countries and the United Nations on Sunday threw their weight behind a plan to form a Libyan unity government, urging the country's rival factions to go ahead with signing the UN-brokered agreement on Wednesday.",
      '2015-12-13',
    );
    expect(rome.filter((x) => x.type === 'signing').map((x) => x.date)).toEqual(['2015-12-16']);
    const council = extract(
      'Council backs Libya deal\n\nThe UN Security Council on Wednesday unanimously adopted a resolution endorsing the agreement to form a Libyan government of national accord, signed by rival delegations in Skhirat, Morocco, on Dec. 17.',
      '2015-12-23',
    );
    expect(council.filter((x) => x.type === 'signing' && x.date === '2015-12-23')).toEqual([]);
  });
});

describe('extractEvents: a delay only suggested', () => {
  it('reads "brushing off suggestions that he should put the trip on hold" and "advisers have suggested delaying the trip" as no postponement', () => {
    const xs = extract(
      "Bolsonaro says Russia trip still on\n\nBrazilian President Jair Bolsonaro said on Thursday he intends to travel to Moscow next month as planned to meet Russian President Vladimir Putin, brushing off suggestions that he should put the trip on hold. Some of Bolsonaro's own advisers have also suggested delaying the trip until the situation is clearer, two people said.",
      '2022-01-27',
    );
    expect(xs.filter((x) => x.status === 'postponed')).toEqual([]);
    expect(xs.find((x) => x.type === 'visit' && x.host === 'Russia')?.status).toBe('pending');
  });
});

describe('extractEvents: what two leaders then agree, and talks a dated trip is for', () => {
  it('keeps "..., and the two agreed to work together to ease tension between Iran and the United States" out of the talks\' parties', () => {
    const xs = extract(
      'Abe in Abu Dhabi\n\nJapanese Prime Minister Shinzo Abe held talks in Abu Dhabi on Monday with Crown Prince Sheikh Mohammed bin Zayed Al Nahyan, and the two agreed to work together to ease tension between Iran and the United States.',
      '2020-01-13',
    );
    expect(meetingsOf(xs).find((x) => x.status === 'occurred')?.participants).toEqual([
      'Japan',
      'United Arab Emirates',
    ]);
  });

  it('makes no talks event of "will fly to the United Arab Emirates on Monday for talks with the crown prince"', () => {
    const xs = extract(
      'Abe tour goes on\n\nJapanese Prime Minister Shinzo Abe will fly to the United Arab Emirates on Monday for talks with Abu Dhabi Crown Prince Sheikh Mohammed bin Zayed Al Nahyan.',
      '2020-01-12',
    );
    expect(only(xs, 'visit')).toMatchObject({ date: '2020-01-13', canCreate: true });
    expect(xs.filter((x) => x.type === 'talks' && x.canCreate)).toEqual([]);
  });

  it('keeps the talks of "expects to meet his Indonesian counterpart next week" beside a trip told as past ("last travelled to Jakarta on March 3")', () => {
    const xs = extract(
      "Wang to meet Indonesian counterpart\n\nChinese Foreign Minister Wang Yi said on Thursday he expects to meet his Indonesian counterpart next week to prepare a leaders' summit.\n\nWang last travelled to Jakarta on March 3, when he met President Joko Widodo and discussed the high-speed railway.",
      '2025-06-10',
    );
    expect(only(xs, 'talks')).toMatchObject({
      participants: ['China', 'Indonesia'],
      status: 'pending',
      canCreate: true,
    });
  });
});

describe('extractEvents: who held a meeting told first as a plan', () => {
  it('reads "The two leaders later held talks", after a lead where the traveller "is expected to meet" a third leader, as talks of the two', () => {
    const xs = extract(
      "Lee lands in Hanoi\n\nSouth Korean President Lee Jae-myung landed in Vietnam on Tuesday, as he heads for a regional summit at which he is expected to meet Japan's Shigeru Ishiba.\n\nVietnamese President Luong Cuong welcomed Lee at the airport in Hanoi with an honour guard. The two leaders later held talks at the presidential palace and agreed to expand trade.\n\nThe two countries signed agreements on energy and shipbuilding during the visit.",
      '2025-06-10',
    );
    const held = xs.filter((x) => x.type === 'talks' && x.status === 'occurred');
    expect(held.map((x) => x.participants)).toEqual([['South Korea', 'Vietnam']]);
  });
});

describe('extractEvents: a joint cabinet meeting', () => {
  it('reads "French and German ministers are due to gather ... on 26 October for a joint cabinet meeting" as a meeting of the two, and "a cabinet meeting" as none', () => {
    const xs = extract(
      'Ministers to meet\n\nFrench and German ministers are due to gather at the chateau of Fontainebleau south of Paris on 26 October for a joint cabinet meeting, officials in both capitals said on Wednesday.',
      '2022-10-12',
    );
    expect(meetingsOf(xs)[0]).toMatchObject({ participants: ['France', 'Germany'], date: '2022-10-26' });
    const home = extract(
      'Cabinet to meet\n\nThe French cabinet meeting will be held on 26 October in Paris.',
      '2022-10-12',
    );
    expect(meetingsOf(home)).toEqual([]);
  });
});

describe("extractEvents: a bloc's summit on a topic", () => {
  it('reads "Emergency Arab summit on Gaza postponed to March 4" as the Arab League\'s summit, not one with Palestine', () => {
    const xs = extract(
      'Emergency Arab summit on Gaza postponed to March 4\n\nDiplomats said the extra days would let Arab governments finish a plan for Gaza. Aid agencies warned that conditions in Gaza were worsening, and Gaza officials asked for more help.',
      '2025-02-18',
    );
    expect(only(xs, 'summit')).toMatchObject({ participants: ['Arab League'], date: '2025-03-04' });
  });
});

describe('extractEvents: a first still ahead, and ASEAN Plus Three', () => {
  it('reads "It will be the first time ASEAN leaders have held a full summit online" as no summit held', () => {
    const xs = extract(
      'Online summit\n\nIt will be the first time ASEAN leaders have held a full summit entirely online.',
      '2020-04-10',
    );
    expect(xs.filter((x) => x.status === 'occurred')).toEqual([]);
  });

  it('reads "ASEAN+3 leaders to hold video summit next Tuesday" as a summit of ASEAN, China, Japan and South Korea', () => {
    const xs = extract(
      'ASEAN+3 leaders to hold video summit on Covid-19 next Tuesday\n\nOfficials said.',
      '2020-04-10',
    );
    expect(only(xs, 'summit')).toMatchObject({
      participants: ['ASEAN', 'China', 'Japan', 'South Korea'],
      date: '2020-04-14',
    });
  });
});

describe('extractEvents: the day of a conversation, and of the occasion a trip is for', () => {
  it('reads "had spoken to Lula on Wednesday morning to say that he will not be able to visit" as no day for the trip', () => {
    const xs = extract(
      'Sánchez calls off Brazil trip\n\nSpanish Prime Minister Pedro Sánchez has called off his visit to Brazil next month because of flooding at home, his office said on Wednesday.\n\nA spokeswoman said Sánchez had spoken to Luiz Inácio Lula da Silva on Wednesday morning to say that he will not be able to visit Brazil as planned.',
      '2025-05-14',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'cancelled', date: null });
  });

  it('dates "will be in Jakarta for the parade on August 17" by the parade\'s day', () => {
    const xs = extract(
      "Macron accepts invitation\n\nFrench President Emmanuel Macron has accepted an invitation to be guest of honour at Indonesia's independence celebrations, officials said on Monday.\n\nMacron will be in Jakarta for the parade on August 17, the Elysee said.",
      '2025-06-16',
    );
    expect(only(xs, 'visit')).toMatchObject({
      participants: ['France', 'Indonesia'],
      status: 'scheduled',
      date: '2025-08-17',
    });
  });
});

describe('extractEvents: a trip\'s advance team, and a visit that "would not take place"', () => {
  it('reads "An advance team of officials ... left for Abuja on Monday" as no happening of the visit', () => {
    const xs = extract(
      'Ghana president to leave for Abuja on Monday\n\nPresident John Mahama will leave for Abuja on Monday, June 9, on a three-day state visit to Nigeria, the foreign ministry said on Tuesday.\n\nAn advance team of officials from the Jubilee House protocol office left for Abuja on Monday.',
      '2025-06-03',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'scheduled', date: '2025-06-09' });
  });

  it('reads "on Friday informed Abuja ... that the visit would not take place" as called off, not dated Friday', () => {
    const xs = extract(
      "Ghana calls off state visit\n\nGhana has cancelled President John Mahama's state visit to Nigeria over a trade dispute.\n\nThe foreign ministry on Friday informed Abuja through diplomatic channels that the visit would not take place.",
      '2025-06-06',
    );
    expect(only(xs, 'visit')).toMatchObject({ status: 'cancelled', date: null });
  });
});

describe('extractEvents: the next trip of a sentence', () => {
  it('reads "travels to Abidjan later on Tuesday for the summit, which opens on Wednesday, and will visit Ghana on Thursday" as a Thursday visit to Ghana alone', () => {
    const xs = extract(
      'Macron heads to Ghana after Abidjan\n\nFrench President Emmanuel Macron travels to Abidjan later on Tuesday for the summit, which opens on Wednesday, and will visit Ghana on Thursday.',
      '2017-11-28',
    );
    expect(only(xs, 'visit')).toMatchObject({ participants: ['France', 'Ghana'], date: '2017-11-30' });
    expect(only(xs, 'summit').participants).not.toContain('Ghana');
  });
});

describe('extractEvents: the summits of two blocs', () => {
  it('reads "summits of the CSTO on October 14 and of the CIS on October 15" as two summits, each on its day', () => {
    const xs = extract(
      'Kazakhstan sets dates for bloc meetings\n\nKazakhstan will host summits of the Collective Security Treaty Organization on October 14 and of the Commonwealth of Independent States on October 15, the foreign ministry said on Thursday.',
      '2025-09-04',
    );
    expect(xs.filter((x) => x.type === 'summit').map((x) => [x.participants, x.date])).toEqual([
      [['CSTO', 'Kazakhstan'], '2025-10-14'],
      [['CIS', 'Kazakhstan'], '2025-10-15'],
    ]);
  });

  it('reads "BRICS, SCO leaders to meet by video in November" as a meeting of each bloc', () => {
    const xs = extract(
      'BRICS, SCO leaders to meet by video in November\n\nRussia said on Thursday it would host the two groups online.',
      '2020-10-08',
    );
    expect(xs.filter((x) => x.type === 'summit').map((x) => x.participants)).toEqual([['BRICS'], ['SCO']]);
  });

  it('reads "will attend Gulf and Arab summits on Friday" as two summits that day', () => {
    const xs = extract(
      'Modi to visit Riyadh, Gulf and Arab summits on Friday\n\nIndian Prime Minister Narendra Modi will visit Saudi Arabia from Wednesday, and will attend Gulf and Arab summits on Friday, the Saudi foreign ministry said.',
      '2025-09-01',
    );
    const summits = xs.filter((x) => x.type === 'summit');
    expect(summits.map((x) => x.date)).toEqual(['2025-09-05', '2025-09-05']);
    expect(summits.map((x) => x.participants.filter((p) => p === 'GCC' || p === 'Arab League'))).toEqual([
      ['GCC'],
      ['Arab League'],
    ]);
  });
});

describe('extractEvents: a meeting called off and another held instead', () => {
  it('keeps "cancels meeting with Milei ..., will see Boric instead" and "will instead meet Boric on Tuesday" apart, the first with no day', () => {
    const xs = extract(
      'Lula cancels meeting with Milei after insult, will see Boric instead\n\nBRASILIA - The Brazilian presidency on Monday called off a planned meeting between President Luiz Inácio Lula da Silva and Argentine President Javier Milei, hours after Milei insulted him in a speech.\n\nLula will instead meet Chilean President Gabriel Boric on Tuesday, his spokesman said.',
      '2024-07-08',
    );
    expect(meetingsOf(xs).map((x) => [x.participants, x.status, x.date])).toEqual([
      [['Argentina', 'Brazil'], 'cancelled', null],
      [['Brazil', 'Chile'], 'scheduled', '2024-07-09'],
    ]);
  });
});

describe('extractEvents: the stops of a tour beside its meetings', () => {
  it('keeps Chile out of "for talks with President Milei, before flying on to Santiago de Chile, where he will be received by President Boric"', () => {
    const xs = extract(
      'Sánchez begins Latin America tour\n\nSpanish Prime Minister Pedro Sánchez will arrive in Buenos Aires on Saturday for talks with President Javier Milei, before flying on to Santiago de Chile, where he will be received by President Gabriel Boric on Sunday.',
      '2025-03-13',
    );
    expect(only(xs, 'talks').participants).toEqual(['Argentina', 'Spain']);
  });

  it('keeps "a South American tour that will take him to Chile on Sunday and Brazil on Monday" out of the meeting held', () => {
    const xs = extract(
      'Sánchez in Buenos Aires\n\nSpanish Prime Minister Pedro Sánchez met President Javier Milei at the Casa Rosada on Saturday, on the first leg of a South American tour that will take him to Chile on Sunday and Brazil on Monday.',
      '2025-03-15',
    );
    expect(only(xs, 'talks')).toMatchObject({
      participants: ['Argentina', 'Spain'],
      status: 'occurred',
      date: '2025-03-15',
    });
  });

  it('reads "agreed on Sunday to strengthen cooperation ..., during a meeting at La Moneda palace" as a meeting held on Sunday', () => {
    const xs = extract(
      'Boric and Sánchez agree on lithium\n\nPresident Gabriel Boric and Spanish Prime Minister Pedro Sánchez agreed on Sunday to strengthen cooperation on lithium, during a meeting at La Moneda palace.',
      '2025-03-17',
    );
    expect(only(xs, 'talks')).toMatchObject({
      participants: ['Chile', 'Spain'],
      status: 'occurred',
      date: '2025-03-16',
    });
  });
});

describe('extractEvents: a leader at an inauguration abroad', () => {
  it('reads "asked Congress for permission to leave the country so that she can attend the inauguration ... in Quito on November 23" as a dated trip', () => {
    const xs = extract(
      "Boluarte asks Congress to let her travel to Quito\n\nPresident Dina Boluarte has formally asked Congress for permission to leave the country so that she can attend the inauguration of Ecuador's president-elect Daniel Noboa in Quito on November 23, the presidency said on Thursday.",
      '2023-11-09',
    );
    expect(only(xs, 'visit')).toMatchObject({
      participants: ['Ecuador', 'Peru'],
      status: 'scheduled',
      date: '2023-11-23',
    });
  });

  it('reads "refused to give President Boluarte permission to travel to Ecuador" as the trip called off', () => {
    const xs = extract(
      "Congress blocks Boluarte trip\n\nPeru's Congress on Thursday refused to give President Dina Boluarte permission to travel to Ecuador for Noboa's inauguration.",
      '2023-11-17',
    );
    expect(only(xs, 'visit')).toMatchObject({ participants: ['Ecuador', 'Peru'], status: 'cancelled' });
  });

  it('does not make Iran the host of a planned trip to Iraq because an Iraqi leader attended a swearing-in in Tehran a month before', () => {
    const xs = extract(
      "Iraq will be Raisi's first stop abroad\n\nIraq will be the first country Iranian President Ebrahim Raisi visits abroad, a government spokesman said on Wednesday, adding that the timing was still being finalised.\n\nIraqi Prime Minister Mohammed Shia al-Sudani attended Raisi's swearing-in ceremony in Tehran on August 5.",
      '2023-09-06',
    );
    expect(xs.filter((x) => x.type === 'visit' && x.status === 'pending').map((x) => x.host)).not.toContain(
      'Iran',
    );
  });
});

describe('extractEvents: what is signed on a stay of several days', () => {
  it('gives no day to agreements "signed during the visit" when the visit runs "from April 4 to 6", whatever day the headline gives its arrival', () => {
    const xs = extract(
      'Modi to arrive in Colombo on April 4, official talks with AKD on April 5\n\nIndian Prime Minister Narendra Modi will pay a state visit to Sri Lanka from April 4 to 6, the foreign ministry in Colombo said on Friday.\n\nA number of agreements, including one on defence cooperation, would be signed during the visit, the ministry said.',
      '2025-03-28',
    );
    expect(only(xs, 'signing')).toMatchObject({ status: 'pending', date: null });
    // ("AKD" is Sri Lanka's president.)
    expect(only(xs, 'talks')).toMatchObject({ participants: ['India', 'Sri Lanka'], date: '2025-04-05' });
  });
});

describe("extractEvents: a dated headline over the body's account", () => {
  it('reads "peace talks to open in Oslo on Saturday; Blinken to attend" over the body\'s talks of Colombia and the ELN that Saturday as those talks alone', () => {
    const xs = extract(
      "Norway says Colombian peace talks to open in Oslo on Saturday; Blinken to attend\n\nNegotiations between the Colombian government and the ELN will begin in Oslo on Saturday, Norway's foreign ministry announced on Thursday.",
      '2025-09-11',
    );
    expect(xs.filter((x) => x.type === 'talks').map((x) => [x.participants, x.date])).toEqual([
      [['Colombia', 'ELN'], '2025-09-13'],
    ]);
  });
});

describe('extractEvents: a meeting a day ahead', () => {
  it('reads "arrived in Tokyo on Wednesday night, a day ahead of the inaugural Australia-Japan 2+2 ministerial dialogue" as the dialogue planned for Thursday', () => {
    const xs = extract(
      'Wong in Tokyo\n\nAustralian Foreign Minister Penny Wong arrived in Tokyo on Wednesday night after a brief stopover in Manila, a day ahead of the inaugural Australia-Japan 2+2 ministerial dialogue.',
      '2025-09-03',
    );
    expect(only(xs, 'talks')).toMatchObject({ status: 'scheduled', date: '2025-09-04' });
  });
});

describe('extractEvents: "arrived here" under a dateline', () => {
  it('reads "KATHMANDU, Sept 5 - Wang Yi arrived here on Wednesday" as a visit to Nepal that day, and "landed here" with no dateline as no trip', () => {
    const xs = extract(
      'Wang arrives\n\nKATHMANDU, Sept 5 - Chinese Foreign Minister Wang Yi arrived here on Wednesday for a three-day official visit.',
      '2018-09-05',
    );
    expect(only(xs, 'visit')).toMatchObject({
      participants: ['China', 'Nepal'],
      host: 'Nepal',
      status: 'occurred',
      date: '2018-09-05',
    });
    const bare = extract(
      'Wang arrives\n\nChinese Foreign Minister Wang Yi landed here on Wednesday.',
      '2018-09-05',
    );
    expect(bare.filter((x) => x.type === 'visit')).toEqual([]);
  });
});

describe('extractEvents: ", opening a summit"', () => {
  it('reads "said on Saturday, opening a Japan-Africa summit in Tunis by video link" as the summit opened that Saturday, and ", opening a three-day agenda that includes the summit" as no opening of it', () => {
    const xs = extract(
      'Japan pledges $30 billion\n\nJapan will invest $30 billion in Africa, Prime Minister Fumio Kishida said on Saturday, opening a Japan-Africa summit in Tunis by video link from Tokyo.',
      '2022-08-27',
    );
    expect(only(xs, 'summit')).toMatchObject({ status: 'occurred', date: '2022-08-27' });
    const agenda = extract(
      'Lula to Buenos Aires\n\nPresident Lula will depart for Buenos Aires on Sunday evening, the foreign ministry said on Thursday, opening a three-day agenda in the Argentine capital that includes the CELAC summit.',
      '2023-01-19',
    );
    expect(agenda.filter((x) => x.type === 'summit' && x.status === 'occurred')).toEqual([]);
  });
});

describe('extractEvents: who presses, told as the backdrop', () => {
  it('reads "as China steps up activity around the islands" as why the leaders meet, not a party to their summit', () => {
    const xs = extract(
      'Leaders to meet\n\nOfficials in Manila want an early in-person summit between Marcos and Albanese as China steps up patrols around the Scarborough Shoal.',
      '2024-02-05',
    );
    expect(only(xs, 'summit').participants).toEqual(['Australia', 'Philippines']);
  });
});

describe('extractEvents: a day counted from', () => {
  it('does not date talks by the day a war they are the first since began on', () => {
    const body =
      'Sudan talks in Geneva on June 2\n\nThe UN has invited the warring sides of Sudan to talks in Geneva on June 2. The consultations would be the first time since the fighting began on March 20 that delegations of the Sudanese army and the RSF were in the same city.';
    const days = traceMentions(cleanArticle({ body }), { referenceDay: '2023-05-20' }).map((m) => m.day);
    expect(days).toContain('2023-06-02');
    expect(days.filter((d) => d !== null && d !== '2023-06-02')).toEqual([]);
    const own =
      'Deal reached\n\nThe Sudanese army and the RSF reached their first deal since the talks began on Monday, the mediators said on Wednesday.';
    const talks = traceMentions(cleanArticle({ body: own }), { referenceDay: '2023-05-24' });
    expect(talks.map((m) => [m.type, m.cue, m.day])).toEqual([['talks', 'occurred', '2023-05-22']]);
  });
});

describe('extractEvents: armed movements the gazetteer knows', () => {
  it('reads the government beside the OLA or the NDFP as that movement’s own state', () => {
    const ola = extract(
      'Talks set\n\nThe government and the Oromo Liberation Army (OLA) will open peace talks on Tuesday, mediators said.',
      '2023-04-23',
    );
    expect(only(ola, 'talks')).toMatchObject({
      participants: ['Ethiopia', 'Oromo Liberation Army'],
      date: '2023-04-25',
    });
    const ndfp = extract(
      'Talks set\n\nThe government and the NDFP will resume formal peace negotiations next month, officials said.',
      '2016-07-12',
    );
    expect(only(ndfp, 'talks').participants).toEqual([
      'National Democratic Front of the Philippines',
      'Philippines',
    ]);
  });
});

describe('extractEvents: "will be the chief guest at"', () => {
  it('reads the guest of honour at a country’s day, told in the future, as a trip there on that day', () => {
    const own = extract(
      'Guest named\n\nGhana’s president will be the chief guest at Kenya’s Madaraka Day celebrations on June 1, the foreign ministry said on Sunday.',
      '2025-05-11',
    );
    expect(only(own, 'visit')).toMatchObject({
      participants: ['Ghana', 'Kenya'],
      host: 'Kenya',
      status: 'scheduled',
      date: '2025-06-01',
    });
    const city = extract(
      'Guest named\n\nGhana’s president will be the chief guest at the Madaraka Day celebrations in Nairobi on June 1.',
      '2025-05-11',
    );
    expect(only(city, 'visit')).toMatchObject({ host: 'Kenya', date: '2025-06-01' });
  });
});

describe('extractEvents: two acts on either side of a semicolon', () => {
  it('keeps each act’s own parties, the traveller named first in both, a bloc in both', () => {
    const onward = traceMentions(
      cleanArticle({
        body: 'Ruto, Ramaphosa sign energy pact; president to fly to Maputo on Friday\n\nNo more.',
      }),
      { referenceDay: '2025-10-22' },
    ).filter((m) => m.type === 'visit');
    expect(onward.map((m) => [m.participants, m.day])).toEqual([[['Kenya', 'Mozambique'], '2025-10-24']]);
    const first = traceMentions(
      cleanArticle({
        body: 'Ruto leaves for Pretoria tomorrow; Maputo stop under consideration\n\nNo more.',
      }),
      { referenceDay: '2025-10-22' },
    ).filter((m) => m.type === 'visit');
    expect(first.map((m) => m.participants)).toEqual([['Kenya', 'South Africa']]);
    const bloc = traceMentions(
      cleanArticle({
        body: 'Japanese minister to fly to Brussels on Oct 27; envoy to see EU negotiators this week\n\nNo more.',
      }),
      { referenceDay: '2025-10-22' },
    ).filter((m) => m.type === 'visit');
    expect(bloc[0]?.participants).toContain('European Union');
  });
});

describe('extractEvents: a group of leaders gathered or hosted', () => {
  it('reads leaders or ministers who gather as a meeting, and not the noun or a crowd', () => {
    const xs = extract(
      'Andean diplomacy\n\nThe foreign ministers of Chile, Peru and Ecuador will gather in Geneva on Monday, officials said.',
      '2025-03-04',
    );
    expect(only(xs, 'talks')).toMatchObject({
      participants: ['Chile', 'Ecuador', 'Peru'],
      status: 'scheduled',
      date: '2025-03-10',
    });
    const held = extract(
      'Andean diplomacy\n\nThe foreign ministers of Chile, Peru and Ecuador gathered in Geneva on Monday to discuss migration.',
      '2025-03-11',
    );
    expect(only(held, 'talks')).toMatchObject({ status: 'occurred', date: '2025-03-10' });
    const crowd = extract(
      'Protest in Lima\n\nCrowds gathered outside the Chilean and Peruvian embassies in Quito on Monday.',
      '2025-03-11',
    );
    expect(crowd).toEqual([]);
  });

  it('reads a host receiving a group’s leaders as their summit, with the host among its parties', () => {
    const xs = extract(
      'Ready for the summit\n\nPresident Lula will receive the leaders of the Group of 20 on November 18 and 19, the foreign ministry said.',
      '2024-10-30',
    );
    expect(only(xs, 'summit')).toMatchObject({
      participants: ['Brazil', 'G20'],
      status: 'scheduled',
      date: '2024-11-18',
    });
  });

  it('reads an undated headline plan as the dated meeting the body tells, not a second event', () => {
    const xs = extract(
      'Island leaders to meet in Apia in August\n\nLeaders of the Pacific Islands Forum will hold their annual meeting in Apia, Samoa, from Aug. 4 to 7, the secretariat said on Tuesday.\n\nAustralia and New Zealand have pledged new funding.',
      '2025-06-03',
    );
    expect(xs.filter((x) => x.canCreate).map((x) => [x.type, x.participants, x.status, x.date])).toEqual([
      ['summit', ['Pacific Islands Forum', 'Samoa'], 'scheduled', '2025-08-04'],
    ]);
  });
});

describe('extractEvents: days of other deeds and counted occasions', () => {
  it('dates the acceptance of an invitation, not the summit it is to attend', () => {
    const xs = extract(
      'Chile’s leader to attend summit\n\nSANTIAGO, June 6 - President Gabriel Boric on Friday accepted an invitation from Japan’s prime minister to attend this month’s G7 summit in Hiroshima.',
      '2025-06-06',
    );
    expect(only(xs, 'summit')).toMatchObject({ status: 'pending', date: null });
  });

  it('reads "it is the third time the leaders have gathered there" as history beside the dated summit', () => {
    const xs = extract(
      'Resort readies for summit\n\nPrime Minister Albanese will host the G20 summit at the coastal resort from June 15 to 17. It is the third time G20 leaders have gathered in Australia.',
      '2025-05-20',
    );
    expect(only(xs, 'summit')).toMatchObject({ status: 'scheduled', date: '2025-06-15' });
  });
});

describe('extractEvents: a meeting named with a past participle', () => {
  it('reads "the bloc’s summit, held virtually" as the summit held, on the day the sentence gives', () => {
    const xs = extract(
      'New chair for the bloc\n\nGhana’s President on Friday handed the ECOWAS chairmanship to Senegal’s President at the bloc’s annual summit, held virtually because of the pandemic.',
      '2025-03-08',
    );
    expect(only(xs, 'summit')).toMatchObject({ status: 'occurred', date: '2025-03-07' });
  });
});

describe('extractEvents: a trip given up, put off or made good', () => {
  it('reads a trip called off while both sides look for a new date as put off', () => {
    const xs = extract(
      'Minister calls off Oslo stop\n\nCanada’s foreign minister has cancelled his planned stop in Oslo on Tuesday at short notice, the Norwegian ministry said. Both sides would look for a new date as soon as possible, a spokesman added.',
      '2025-03-04',
    );
    expect(only(xs, 'visit')).toMatchObject({ participants: ['Canada', 'Norway'], status: 'postponed' });
  });

  it('reads "dropped a visit to Oslo and flew instead to Riga" as two trips, the first given up', () => {
    const xs = extract(
      'Change of plan\n\nOn Tuesday the Canadian foreign minister dropped a visit to Oslo and flew instead, unannounced, to Riga, where he met Latvian leaders.',
      '2025-03-06',
    );
    const oslo = xs.find((x) => x.type === 'visit' && x.participants.includes('Norway'));
    expect(oslo).toMatchObject({ participants: ['Canada', 'Norway'], status: 'cancelled' });
  });

  it('reads a change told in the pluperfect with a past time as history beside the talks held now', () => {
    const xs = extract(
      'Minister in Oslo\n\nOSLO - Canada’s foreign minister held talks with his Norwegian counterpart in Oslo on Friday, making good on a visit he had called off at the last minute earlier this month.',
      '2025-03-21',
    );
    expect(xs.filter((x) => x.status === 'cancelled' || x.status === 'postponed')).toEqual([]);
    expect(only(xs, 'talks')).toMatchObject({ status: 'occurred', date: '2025-03-21' });
  });
});

describe('extractEvents: a day only the press reports, which officials deny', () => {
  it('keeps the visit pending when a newspaper’s day meets "there is no agreed date"', () => {
    const body = (denial: string) =>
      `Officials prepare state visit\n\nA Kenyan daily reported on Tuesday that Ghana’s president would land in Nairobi on November 26. ${denial}`;
    const denied = extract(
      body('A foreign ministry spokesman called the report premature. "There is no agreed date," he said.'),
      '2025-11-14',
    );
    expect(only(denied, 'visit')).toMatchObject({ status: 'pending', date: null });
    const standing = extract(body('The foreign ministry did not comment.'), '2025-11-14');
    expect(only(standing, 'visit')).toMatchObject({ status: 'scheduled', date: '2025-11-26' });
  });
});

describe('extractEvents: a colon before a lower-case clause', () => {
  it('dates the meeting by the day after the colon, not the announcement’s day before it', () => {
    const xs = extract(
      'Date set at last\n\nThe presidency fixed it only late on Friday: leaders of Brazil, Chile and Peru are to meet in Lima on Monday, December 9.',
      '2019-11-16',
    );
    expect(only(xs, 'summit')).toMatchObject({ status: 'scheduled', date: '2019-12-09' });
  });
});

describe('extractEvents: a bare weekday after a day named in full', () => {
  it('reads "on Friday" as the Friday the article has already named, not the nearest one', () => {
    const xs = extract(
      'Prime minister’s Asia trip set\n\nCanada’s prime minister will arrive in Tokyo on Friday, March 14, his office said on Thursday. He will hold talks with Japan’s prime minister on Friday, before a dinner at the palace.',
      '2025-03-06',
    );
    const talks = xs.find((x) => x.type === 'talks' && x.participants.includes('Japan'));
    expect(talks).toMatchObject({ participants: ['Canada', 'Japan'], date: '2025-03-14' });
  });
});

describe('extractEvents: a signing in a relative clause on the meeting a dated trip is for', () => {
  it('gives "..., at which the two leaders are due to sign" the trip’s day', () => {
    const xs = extract(
      'Cabinets to meet in Lima\n\nChile’s president will fly to Lima on Thursday for a joint meeting of the two cabinets, at which the two presidents are due to sign a border accord, officials said on Monday.',
      '2025-05-12',
    );
    expect(only(xs, 'signing')).toMatchObject({
      participants: ['Chile', 'Peru'],
      status: 'scheduled',
      date: '2025-05-15',
    });
  });
});

describe('extractEvents: memoranda exchanged in a set', () => {
  it('reads "exchanged a set of memoranda of understanding" as a signing held that day', () => {
    const xs = extract(
      'Nairobi and Accra deepen ties\n\nKenya and Ghana on Friday exchanged a set of memoranda of understanding on trade and health, officials said.',
      '2025-06-07',
    );
    expect(only(xs, 'signing')).toMatchObject({
      participants: ['Ghana', 'Kenya'],
      status: 'occurred',
      date: '2025-06-06',
    });
  });
});

describe('extractEvents: a signing in a relative clause after dated talks', () => {
  it('gives "..., following which agreements are expected to be signed" the talks’ day', () => {
    const xs = extract(
      'Programme released\n\nOn 12 June, the Kenyan president will hold talks with the Ghanaian president at State House, following which several agreements are expected to be signed.',
      '2025-06-09',
    );
    expect(only(xs, 'signing')).toMatchObject({
      participants: ['Ghana', 'Kenya'],
      status: 'scheduled',
      date: '2025-06-12',
    });
  });
});

describe('extractEvents: a day in an opening "With ..." phrase', () => {
  it('does not give the visit of the main clause the day of what the phrase tells', () => {
    const xs = extract(
      'Kenyan leader’s Accra trip put off\n\nA visit to Ghana by Kenya’s president, which both sides had worked towards for July, has been put off, officials said. With Ghana’s election results due on July 9 and a new cabinet to follow, the visit is now expected only later in the year.',
      '2025-06-20',
    );
    expect(only(xs, 'visit')).toMatchObject({
      participants: ['Ghana', 'Kenya'],
      status: 'postponed',
      date: null,
    });
  });
});

describe('extractEvents: meetings a place "has hosted before"', () => {
  it('reads "both of which have hosted such meetings before" as history, not a meeting held today', () => {
    const xs = extract(
      'Venue still open\n\nThe presidents of Kenya and Ghana are expected to meet later this year. Talk of a venue has settled on Kigali and Addis Ababa, both of which have hosted Kenyan-Ghanaian meetings before.',
      '2025-06-20',
    );
    expect(xs.filter((x) => !x.background)).toMatchObject([
      { participants: ['Ghana', 'Kenya'], status: 'pending', date: null },
    ]);
  });
});

describe('extractEvents: a trip that lays the groundwork for a meeting', () => {
  it('keeps the meeting pending with no day, and dates only the trip', () => {
    const xs = extract(
      'Envoy heads to Accra\n\nKenya’s foreign minister will travel to Accra on Tuesday to lay the groundwork for a possible summit of the two presidents, officials said.',
      '2025-06-20',
    );
    expect(only(xs, 'visit')).toMatchObject({
      participants: ['Ghana', 'Kenya'],
      status: 'scheduled',
      date: '2025-06-24',
    });
    expect(only(xs, 'summit')).toMatchObject({
      participants: ['Ghana', 'Kenya'],
      status: 'pending',
      date: null,
    });
  });
});

describe('extractEvents: a day in messages the ministry dismisses', () => {
  it('keeps the visit pending when the ministry dismissed messages that claimed a day', () => {
    const xs = extract(
      'Presidential trip next month\n\nGhana’s president will pay an official visit to Kenya next month, a spokesman said. The foreign ministry dismissed messages shared online which claimed that the president would fly to Nairobi on 10th July.',
      '2025-06-08',
    );
    expect(only(xs, 'visit')).toMatchObject({
      participants: ['Ghana', 'Kenya'],
      status: 'pending',
      date: null,
    });
  });
});

describe('extractEvents: memoranda "to be exchanged" after talks with the visiting guest', () => {
  it('dates the exchange by the talks, not by the guest’s visit', () => {
    const xs = extract(
      'Ghana’s president to visit Kenya\n\nGhana’s president will pay an official visit to Kenya on 20-21 July, the foreign ministry said. Kenya’s president will hold talks with the visiting dignitary on 21 July, following which memoranda of understanding in several fields are expected to be exchanged.',
      '2025-07-14',
    );
    expect(only(xs, 'signing')).toMatchObject({
      participants: ['Ghana', 'Kenya'],
      status: 'scheduled',
      date: '2025-07-21',
    });
  });

  it('reads memoranda that "were exchanged" as a signing held', () => {
    const xs = extract(
      'Talks in Nairobi\n\nKenya’s president held talks with Ghana’s president in Nairobi on Friday, after which memoranda of understanding on trade were exchanged.',
      '2025-06-07',
    );
    expect(only(xs, 'signing')).toMatchObject({
      participants: ['Ghana', 'Kenya'],
      status: 'occurred',
      date: '2025-06-06',
    });
  });
});

describe('extractEvents: a summit moved for a clash with another', () => {
  it('does not make the other gathering a party of the summit moved', () => {
    const xs = extract(
      'ECOWAS summit moved up to July 3 after clash with AU meeting\n\nLeaders of the West African bloc will now meet in Abuja on July 3, officials said on Tuesday.',
      '2025-06-17',
    );
    const summits = xs.filter((x) => x.type === 'summit');
    expect(summits.length).toBeGreaterThan(0);
    for (const s of summits) {
      expect(s.participants).toContain('ECOWAS');
      expect(s.participants).not.toContain('African Union');
    }
  });
});

describe('extractEvents: a visit and the group summit the visitor then joins', () => {
  it('reads "Central Asia-" before a hyphen as the five, and keeps them out of the visit', () => {
    const xs = extract(
      'Spanish leader to Tashkent\n\nSpain’s prime minister will pay an official visit to Uzbekistan on Monday and take part in the first Central Asia-Spain summit in Tashkent on Tuesday, officials said.',
      '2025-03-05',
    );
    expect(only(xs, 'visit')).toMatchObject({ participants: ['Spain', 'Uzbekistan'], date: '2025-03-10' });
    expect(only(xs, 'summit')).toMatchObject({
      participants: ['Kazakhstan', 'Kyrgyzstan', 'Spain', 'Tajikistan', 'Turkmenistan', 'Uzbekistan'],
      date: '2025-03-11',
    });
  });
});

describe('extractEvents: a past summit and a coming one told in one sentence', () => {
  it('gives the coming summit no day of the past one told before "and said"', () => {
    const xs = extract(
      'Kenya takes the chair\n\nKenya’s president took over the chair of ECOWAS at a summit in Accra on Tuesday and said his country would host the bloc’s next summit with the European Union in Mombasa.',
      '2025-06-19',
    );
    const summits = xs.filter((x) => x.type === 'summit');
    expect(summits.filter((s) => s.status === 'scheduled')).toEqual([]);
    expect(summits.filter((s) => s.status === 'pending')).toMatchObject([{ date: null }]);
  });

  it('reads "held talks on Wednesday" as held when a later clause of the sentence tells something else', () => {
    const xs = extract(
      'Kenya and Ghana talk again\n\nThe presidents of Kenya and Ghana held their first formal bilateral talks in five years on Wednesday, on the sidelines of the AU summit in Addis Ababa, and agreed to revive a trade commission frozen since a row in 2020.',
      '2025-06-19',
    );
    expect(meetingsOf(xs).filter((x) => !x.background)).toMatchObject([
      { participants: ['Ghana', 'Kenya'], status: 'occurred', date: '2025-06-18' },
    ]);
  });
});

describe('extractEvents: a possessive day nearer the summit than the sentence’s own day', () => {
  it('dates "on Friday ahead of Sunday’s opening of the summit" by Sunday', () => {
    const xs = extract(
      'Mombasa gets ready\n\nRoads were being closed in Mombasa on Friday ahead of Sunday’s opening of the summit between Kenya and Ghana, organisers said.',
      '2025-11-07',
    );
    expect(only(xs, 'summit')).toMatchObject({
      participants: ['Ghana', 'Kenya'],
      status: 'scheduled',
      date: '2025-11-09',
    });
  });
});

describe('extractEvents: the next day of a meeting under way', () => {
  it('gives a summit that opened on Sunday no new day from "talks were due to continue on Monday"', () => {
    const xs = extract(
      'Summit opens in Mombasa\n\nThe presidents of Kenya and Ghana opened a two-day summit in Mombasa on Sunday. Talks were due to continue on Monday, when a joint communique is expected.',
      '2025-11-09',
    );
    expect(meetingsOf(xs)).toMatchObject([
      { participants: ['Ghana', 'Kenya'], status: 'occurred', date: '2025-11-09' },
    ]);
  });
});

describe('extractEvents: a row or tensions with a third country', () => {
  it('keeps the country of "tensions with" and of "a feud between" out of the meeting’s parties', () => {
    for (const sentence of [
      'Talks between Kenya and Ghana opened in Accra on Sunday, with both sides pointing to tensions with Nigeria.',
      'Kenya and Ghana began their summit on Sunday amid a feud between Kenya and Uganda.',
    ]) {
      const xs = extract(`Meeting opens\n\n${sentence}`, '2025-11-09');
      expect(meetingsOf(xs)).toMatchObject([{ participants: ['Ghana', 'Kenya'], status: 'occurred' }]);
    }
  });
});

describe('extractEvents: a country that will not take part in a summit', () => {
  it('keeps the absentee of "will not take part in Saturday’s ... summit" out of its parties', () => {
    const xs = extract(
      'Kenya skips bloc meeting\n\nKenya is not a member of ECOWAS and will not take part in Saturday’s ECOWAS summit in Abuja, officials said.',
      '2025-06-18',
    );
    const summits = xs.filter((x) => x.type === 'summit');
    expect(summits.length).toBeGreaterThan(0);
    for (const s of summits) {
      expect(s.participants).toContain('ECOWAS');
      expect(s.participants).not.toContain('Kenya');
    }
  });

  it('reads "the Islamic summit" as the OIC’s', () => {
    const xs = extract(
      'Leaders head to Jeddah\n\nThe Islamic summit will open in Jeddah on Sunday, Saudi officials said.',
      '2025-06-18',
    );
    expect(only(xs, 'summit').participants).toContain('OIC');
  });
});
