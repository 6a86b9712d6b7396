/**
 * The iCalendar feed (shared/api/ics.ts) as a calendar app reads it: CRLF lines of at most 75
 * octets, escaped text, all-day entries with an exclusive end, one VEVENT per event with a day.
 */
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../shared/api/ics.js';
import type { StoredEvent } from '../../shared/domain/model.js';

function event(overrides: Partial<StoredEvent>): StoredEvent {
  return {
    id: 'ev_0123456789abcdef',
    type: 'summit',
    participants: ['Norway', 'Chile'],
    host: 'Norway',
    location: 'Oslo',
    title: 'Summit: Norway – Chile in Oslo',
    status: 'scheduled',
    date: '2025-05-03',
    endDate: '2025-05-04',
    lastDate: '2025-05-03',
    knownAsOf: '2025-04-01T08:00:00.000Z',
    firstSeenAt: '2025-04-01T08:00:00.000Z',
    sourceCount: 2,
    version: 3,
    evidence: {
      articleId: 'art_1',
      sentence: 'The leaders will meet in Oslo on May 3-4; officials said so.',
      publishedAt: '2025-04-01T08:00:00.000Z',
      source: 'Example Wire',
      url: 'https://news.example/a?x=1,2',
    },
    updatedAt: '2025-04-02T09:10:11.123Z',
    ...overrides,
  };
}

const NOW = new Date('2025-04-03T10:00:00Z');

function unfold(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n');
}

describe('buildCalendar', () => {
  it('writes one all-day VEVENT per event with a day, its end the day after the last day', () => {
    const ics = buildCalendar([event({})], { now: NOW, url: 'https://api.example/events.ics' });
    const lines = unfold(ics);
    expect(lines.slice(0, 4)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//agendawatch//events//EN',
      'SOURCE;VALUE=URI:https://api.example/events.ics',
    ]);
    expect(lines).toEqual(
      expect.arrayContaining([
        'UID:ev_0123456789abcdef@agendawatch',
        'SEQUENCE:3',
        'DTSTAMP:20250403T100000Z',
        'DTSTART;VALUE=DATE:20250503',
        'DTEND;VALUE=DATE:20250505',
        'SUMMARY:Summit: Norway – Chile in Oslo',
        'LOCATION:Oslo',
        'STATUS:CONFIRMED',
        'LAST-MODIFIED:20250402T091011Z',
        'URL;VALUE=URI:https://news.example/a?x=1\\,2',
        'DESCRIPTION:Status: scheduled\\nParticipants: Norway\\, Chile\\nEvidence: "The leaders will meet in Oslo on May 3-4\\; officials said so." (Example Wire\\, 2025-04-01T08:00:00.000Z)',
      ]),
    );
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(ics.endsWith('\r\n')).toBe(false);
  });

  it('marks tentative and cancelled entries and keeps a postponed event on its last day', () => {
    const lines = unfold(
      buildCalendar(
        [
          event({ id: 'ev_1', status: 'pending', date: '2025-06-01', endDate: null }),
          event({ id: 'ev_2', status: 'postponed', date: null, endDate: null, lastDate: '2025-07-09' }),
          event({ id: 'ev_3', status: 'cancelled', date: null, endDate: null, lastDate: null }),
        ],
        { now: NOW },
      ),
    );
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines).toEqual(
      expect.arrayContaining([
        'SUMMARY:Tentative: Summit: Norway – Chile in Oslo',
        'SUMMARY:Postponed: Summit: Norway – Chile in Oslo',
        'DTSTART;VALUE=DATE:20250709',
        'DTEND;VALUE=DATE:20250710',
      ]),
    );
    expect(lines.filter((line) => line === 'STATUS:TENTATIVE')).toHaveLength(2);
    expect(lines.some((line) => line.startsWith('SOURCE'))).toBe(false);
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const title = `Visit to Côte d’Ivoire by ${'Ünïcödé délégation '.repeat(6)}😀 end`;
    const ics = buildCalendar([event({ title })], { now: NOW });
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics).not.toContain('\uFFFD');
    expect(unfold(ics)).toContain(`SUMMARY:${title}`);
  });
});
