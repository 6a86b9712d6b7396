import { describe, expect, it } from 'vitest';
import { findDays, resolveWeekday, resolveYear, type Tense } from '../../shared/domain/dates.js';

// Reference day: Thursday 2024-12-26 unless a case says otherwise.
const cases: Array<{
  text: string;
  ref?: string;
  tense: Tense;
  day: string | null;
  end?: string;
  /** Published late in the UTC day, when places east of UTC are on the next one. */
  late?: boolean;
}> = [
  { text: 'She will visit Lisbon on Jan. 17.', tense: 'future', day: '2025-01-17' },
  { text: 'She arrived in Lisbon on Friday.', ref: '2025-01-17', tense: 'past', day: '2025-01-17' },
  { text: 'She will arrive in Lisbon on Friday.', tense: 'future', day: '2024-12-27' },
  { text: 'The delegation left on Monday.', tense: 'past', day: '2024-12-23' },
  // A local day one ahead of the UTC one: a Moscow report stamped late on Thursday UTC.
  {
    text: 'She arrived in Moscow on Friday.',
    ref: '2025-01-16',
    tense: 'past',
    day: '2025-01-17',
    late: true,
  },
  // Stamped earlier in the day, tomorrow's weekday told in the past is last week's.
  { text: 'She arrived in Moscow on Friday.', ref: '2025-01-16', tense: 'past', day: '2025-01-10' },
  { text: 'The two leaders met on Thursday.', ref: '2025-05-07', tense: 'past', day: '2025-05-01' },
  // Days in digits with their year: ISO and day-first; a slashed date is ambiguous and names none.
  { text: 'Putin will visit Ankara on 2025-01-17.', ref: '2025-01-06', tense: 'future', day: '2025-01-17' },
  { text: 'The talks will take place on 05.06.2025.', ref: '2025-05-01', tense: 'future', day: '2025-06-05' },
  { text: 'The talks will take place on 05/06/2025.', ref: '2025-05-01', tense: 'future', day: null },
  { text: 'She arrived in Moscow on Saturday.', ref: '2025-01-16', tense: 'past', day: '2025-01-11' },
  { text: 'Talks are expected on Wednesday.', ref: '2023-09-12', tense: 'future', day: '2023-09-13' },
  {
    text: 'The train crossed the border on Tuesday morning.',
    ref: '2023-09-12',
    tense: 'past',
    day: '2023-09-12',
  },
  {
    text: 'The summit is set for March 28-29.',
    ref: '2022-02-28',
    tense: 'future',
    day: '2022-03-28',
    end: '2022-03-29',
  },
  {
    text: 'They will meet on 28 and 29 March.',
    ref: '2022-03-01',
    tense: 'future',
    day: '2022-03-28',
    end: '2022-03-29',
  },
  {
    text: 'The stay runs from 20 to 22 March.',
    ref: '2023-03-17',
    tense: 'future',
    day: '2023-03-20',
    end: '2023-03-22',
  },
  {
    text: 'The forum runs Oct. 31 to Nov. 1.',
    ref: '2025-10-23',
    tense: 'future',
    day: '2025-10-31',
    end: '2025-11-01',
  },
  { text: 'The deal was signed on April 30.', ref: '2025-05-06', tense: 'past', day: '2025-04-30' },
  {
    text: 'The summit is scheduled for Aug. 31-Sept. 1 in Tianjin.',
    ref: '2025-05-07',
    tense: 'future',
    day: '2025-08-31',
    end: '2025-09-01',
  },
  {
    text: 'The summit is set for 31 August–1 September.',
    ref: '2025-05-07',
    tense: 'future',
    day: '2025-08-31',
    end: '2025-09-01',
  },
  {
    text: 'Talks run Dec. 30-Jan. 2.',
    ref: '2025-12-01',
    tense: 'future',
    day: '2025-12-30',
    end: '2026-01-02',
  },
  { text: 'The visit is set for March 20-22, 2023.', ref: '2023-03-17', tense: 'future', day: '2023-03-20' },
  { text: 'They will meet tomorrow.', tense: 'future', day: '2024-12-27' },
  { text: 'She will travel the day after tomorrow.', tense: 'future', day: '2024-12-28' },
  { text: 'They met the day before yesterday.', tense: 'past', day: '2024-12-24' },
  { text: "They will meet in two days' time.", tense: 'future', day: '2024-12-28' },
  { text: 'The talks resume three days from now.', tense: 'future', day: '2024-12-29' },
  { text: 'They will meet within two days.', tense: 'future', day: null },
  { text: 'The president arrived two days ago.', tense: 'past', day: '2024-12-24' },
  { text: 'They met yesterday.', tense: 'past', day: '2024-12-25' },
  { text: 'They will meet next week.', tense: 'future', day: null },
  { text: 'They will meet within two weeks.', tense: 'future', day: null },
  { text: 'The signing is planned for mid-June.', tense: 'future', day: null },
  { text: 'A visit is expected this month.', tense: 'future', day: null },
  { text: 'A trip is planned in the coming days.', tense: 'future', day: null },
  { text: 'Details come next Friday.', tense: 'future', day: null },
  // A Wednesday's "next Tuesday" is six days on, whichever way it is read; a Monday's "last Friday" three days back.
  { text: 'Kenya will host the talks next Tuesday.', ref: '2025-05-07', tense: 'future', day: '2025-05-13' },
  { text: 'They met last Friday.', ref: '2025-05-05', tense: 'past', day: '2025-05-02' },
  { text: 'They met last Tuesday.', ref: '2025-05-07', tense: 'past', day: null },
  { text: 'They will meet this Friday.', tense: 'future', day: '2024-12-27' },
  { text: 'They met this Monday.', tense: 'past', day: '2024-12-23' },
  { text: 'They will meet on Wednesday next week.', ref: '2025-08-11', tense: 'future', day: '2025-08-20' },
  { text: 'They will meet next week on Monday.', ref: '2025-08-15', tense: 'future', day: '2025-08-18' },
  { text: 'They will meet on Sunday of next week.', ref: '2025-08-17', tense: 'future', day: '2025-08-24' },
];

describe('findDays: tense-aware day resolution', () => {
  for (const c of cases) {
    it(`${c.text} (${c.tense}, ref ${c.ref ?? '2024-12-26'}${c.late ? ', late' : ''}) -> ${c.day ?? 'no specific day'}`, () => {
      const days = findDays(c.text, c.ref ?? '2024-12-26', c.tense, c.late).filter((d) => !d.attribution);
      if (c.day === null) {
        expect(days).toEqual([]);
      } else {
        expect(days[0]?.day).toBe(c.day);
        if (c.end) expect(days[0]?.endDay).toBe(c.end);
      }
    });
  }

  it('marks a day introduced by a reporting verb as attribution, not an event day', () => {
    const days = findDays(
      'He will visit Riga on Jan. 17, the agency reported on Dec. 26.',
      '2024-12-26',
      'future',
    );
    expect(days.map((d) => [d.day, d.attribution])).toEqual([
      ['2025-01-17', false],
      ['2024-12-26', true],
    ]);
  });

  it('marks the day of a schedule released by someone as attribution', () => {
    const days = findDays(
      'According to the schedule released by the presidency on Tuesday, he will meet senators.',
      '2023-02-08',
      'future',
    );
    expect(days.map((d) => d.attribution)).toEqual([true]);
  });
});

describe('resolveYear and resolveWeekday', () => {
  it('puts a year-less future day in the coming months, across new year', () => {
    expect(resolveYear(1, 17, '2024-12-26', 'future')).toBe('2025-01-17');
    expect(resolveYear(12, 20, '2025-01-05', 'past')).toBe('2024-12-20');
  });
  it('counts the reference day itself for both tenses', () => {
    expect(resolveWeekday(5, '2025-06-27', 'future')).toBe('2025-06-27');
    expect(resolveWeekday(5, '2025-06-27', 'past')).toBe('2025-06-27');
  });
});

describe('findDays: a day of the month with no month ("on the 17th")', () => {
  it('reads it in the month the tense points to', () => {
    expect(findDays('The ministers will meet in Nairobi on the 17th.', '2026-01-05', 'future')[0]?.day).toBe(
      '2026-01-17',
    );
    expect(
      findDays('The ministers will meet on the 2nd, officials said.', '2026-01-05', 'future')[0]?.day,
    ).toBe('2026-02-02');
    expect(findDays('The ministers met on the 3rd in Nairobi.', '2026-01-05', 'past')[0]?.day).toBe(
      '2026-01-03',
    );
    expect(findDays('The ministers met on the 30th in Nairobi.', '2026-01-05', 'past')[0]?.day).toBe(
      '2025-12-30',
    );
  });

  it('leaves alone an ordinal that names something else', () => {
    expect(
      findDays('The talks will be held on the 17th floor of the ministry.', '2026-01-05', 'future'),
    ).toEqual([]);
    expect(findDays('Leaders agreed on the 17th summit communique.', '2026-01-05', 'past')).toEqual([]);
  });
});

describe('findDays: British ranges with "from"', () => {
  it('reads "from 14 to 15 May" and "from 14 May to 15 May" as a range starting on the 14th', () => {
    for (const text of ['Leaders will meet from 14 to 15 May.', 'Leaders will meet from 14 May to 15 May.']) {
      const [d] = findDays(text, '2026-05-01', 'future');
      expect(d, text).toMatchObject({ day: '2026-05-14', endDay: '2026-05-15' });
    }
  });
});

describe('findDays: a range of days written out ("from the 25th to the 29th of July")', () => {
  it('reads the range from its first day to its last', () => {
    expect(
      findDays(
        'He invited the members for a session from the 25th to the 29th of July.',
        '2022-06-03',
        'future',
      )[0],
    ).toMatchObject({ day: '2022-07-25', endDay: '2022-07-29' });
  });
});

describe('findDays: two weekdays joined ("on Sunday and Monday")', () => {
  // Thursday 2024-05-23.
  it('reads them as one span from the first to the second', () => {
    for (const text of [
      'He will pay a state visit to Uzbekistan on Sunday and Monday.',
      'The visit runs from Friday to Sunday.',
    ]) {
      const days = findDays(text, '2024-05-23', 'future');
      expect(days, text).toHaveLength(1);
      expect(days[0]!.endDay, text).not.toBeNull();
    }
    expect(findDays('He will be there on Sunday and Monday.', '2024-05-23', 'future')[0]).toMatchObject({
      day: '2024-05-26',
      endDay: '2024-05-27',
    });
  });
  it('keeps two weekdays told of two acts apart', () => {
    const days = findDays('He arrives on Sunday and on Tuesday he flies home.', '2024-05-23', 'future');
    expect(days.map((d) => [d.day, d.endDay])).toEqual([
      ['2024-05-26', null],
      ['2024-05-28', null],
    ]);
  });
});
