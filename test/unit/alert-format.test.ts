/**
 * What a subscriber reads: the email subject and body and the SMS text built from an alert.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alertEmailBody, alertSms, alertSubject, SMS_MAX, SUBJECT_MAX } from '../../shared/alert-format.js';
import { ALERT_KINDS, type Alert } from '../../shared/domain/model.js';

const base: Alert = {
  id: 'al_1',
  kind: 'date_confirmed',
  eventId: 'ev_1',
  eventType: 'visit',
  title: 'Visit to Russia by Iran',
  participants: ['Iran', 'Russia'],
  status: 'scheduled',
  date: '2025-01-17',
  previousDate: null,
  evidence: {
    articleId: 'a3',
    sentence: 'The president will visit Moscow on Jan. 17, the ambassador said.',
    publishedAt: '2024-12-26T19:13:00Z',
    source: 'Test Wire',
    url: 'https://example.org/story',
  },
};

describe('alert texts', () => {
  it('says what changed and when in the subject and the SMS', () => {
    expect(alertSubject(base)).toBe('Confirmed for 17 Jan 2025: Visit to Russia by Iran');
    expect(alertSms(base)).toBe(
      'agendawatch: Confirmed for 17 Jan 2025: Visit to Russia by Iran (Iran, Russia)',
    );
    expect(alertSubject({ ...base, kind: 'rescheduled', previousDate: '2025-01-10' })).toBe(
      'Moved from 10 Jan 2025 to 17 Jan 2025: Visit to Russia by Iran',
    );
    expect(alertSubject({ ...base, kind: 'postponed', date: null })).toBe(
      'Postponed, no new date: Visit to Russia by Iran',
    );
  });

  it('quotes the evidence sentence with its source in the email body', () => {
    const body = alertEmailBody(base);
    expect(body).toContain('"The president will visit Moscow on Jan. 17, the ambassador said."');
    expect(body).toContain('-- Test Wire, published 2024-12-26T19:13:00Z');
    expect(body).toContain('https://example.org/story');
    expect(body).toContain('Friday 17 Jan 2025');
  });

  it('keeps every SMS within one GSM-7 segment and every subject within what SNS accepts', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ALERT_KINDS),
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { maxLength: 12 }),
        (kind, title, participants) => {
          const alert = { ...base, kind, title, participants, previousDate: '2025-01-10' };
          const sms = alertSms(alert);
          const subject = alertSubject(alert);
          expect(sms.length).toBeLessThanOrEqual(SMS_MAX);
          // Printable ASCII without GSM-7 extension characters (those count twice).
          expect(sms).toMatch(/^[\x20-\x7e]*$/);
          expect(sms).not.toMatch(/[[\]{}\\^~|`]/);
          expect(subject.length).toBeLessThanOrEqual(SUBJECT_MAX);
          expect(subject).toMatch(/^[\x20-\x7e]*$/);
        },
      ),
    );
  });

  it('folds accents and typographic punctuation rather than dropping the words', () => {
    const alert = { ...base, title: 'Visite d’État à Brasília – “sommet”' };
    expect(alertSms(alert)).toContain('Visite d\'Etat a Brasilia - "sommet"');
  });
});
