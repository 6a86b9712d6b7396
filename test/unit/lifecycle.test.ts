import { describe, expect, it } from 'vitest';
import { type Claim, initialState, type LifecycleState, transition } from '../../shared/domain/lifecycle.js';

const day = '2025-03-10'; // publication day of the claiming article
const pending: LifecycleState = { status: 'pending', date: null, endDate: null, lastDate: null };
const scheduled: LifecycleState = {
  status: 'scheduled',
  date: '2025-03-20',
  endDate: '2025-03-22',
  lastDate: '2025-03-20',
};
const postponedAfterDay: LifecycleState = {
  status: 'postponed',
  date: null,
  endDate: null,
  lastDate: '2025-03-20',
};
const postponedNeverDated: LifecycleState = {
  status: 'postponed',
  date: null,
  endDate: null,
  lastDate: null,
};
const cancelledDated: LifecycleState = {
  status: 'cancelled',
  date: '2025-03-20',
  endDate: null,
  lastDate: '2025-03-20',
};
const occurred: LifecycleState = {
  status: 'occurred',
  date: '2025-03-05',
  endDate: null,
  lastDate: '2025-03-05',
};

const claim = (status: Claim['status'], date: string | null = null): Claim => ({
  status,
  date,
  endDate: null,
});

describe('lifecycle: alerts on changes', () => {
  const table: Array<[string, LifecycleState, Claim, string | null, string, string | null]> = [
    // name, from, claim, alert, next status, next date
    [
      'pending gets a day',
      pending,
      claim('scheduled', '2025-04-01'),
      'date_confirmed',
      'scheduled',
      '2025-04-01',
    ],
    ['pending happens', pending, claim('occurred', '2025-03-09'), 'occurred', 'occurred', '2025-03-09'],
    ['pending pushed back', pending, claim('postponed'), 'postponed', 'postponed', null],
    ['pending called off', pending, claim('cancelled'), 'cancelled', 'cancelled', null],
    [
      'scheduled is moved to a day inside its span ("will now begin on March 21")',
      scheduled,
      { ...claim('scheduled', '2025-03-21'), moved: true },
      'rescheduled',
      'scheduled',
      '2025-03-21',
    ],
    [
      'scheduled moves to another day',
      scheduled,
      claim('scheduled', '2025-03-25'),
      'rescheduled',
      'scheduled',
      '2025-03-25',
    ],
    ['scheduled happens', scheduled, claim('occurred', '2025-03-09'), 'occurred', 'occurred', '2025-03-09'],
    ['scheduled pushed back', scheduled, claim('postponed'), 'postponed', 'postponed', null],
    [
      'scheduled called off keeps its day',
      scheduled,
      claim('cancelled'),
      'cancelled',
      'cancelled',
      '2025-03-20',
    ],
    [
      'postponed back on a new day',
      postponedAfterDay,
      claim('scheduled', '2025-04-11'),
      'rescheduled',
      'scheduled',
      '2025-04-11',
    ],
    [
      'postponed back on the same day',
      postponedAfterDay,
      claim('scheduled', '2025-03-20'),
      'date_confirmed',
      'scheduled',
      '2025-03-20',
    ],
    [
      'postponed, never dated, gets a day',
      postponedNeverDated,
      claim('scheduled', '2025-06-27'),
      'date_confirmed',
      'scheduled',
      '2025-06-27',
    ],
    [
      'postponed happens',
      postponedAfterDay,
      claim('occurred', '2025-03-09'),
      'occurred',
      'occurred',
      '2025-03-09',
    ],
    ['postponed then called off', postponedAfterDay, claim('cancelled'), 'cancelled', 'cancelled', null],
    [
      'cancelled back on a new day',
      cancelledDated,
      claim('scheduled', '2025-05-01'),
      'rescheduled',
      'scheduled',
      '2025-05-01',
    ],
    [
      'cancelled back on the same day',
      cancelledDated,
      claim('scheduled', '2025-03-20'),
      'date_confirmed',
      'scheduled',
      '2025-03-20',
    ],
  ];
  for (const [name, from, c, alert, status, date] of table) {
    it(`${name}: ${alert}`, () => {
      const r = transition(from, c, day);
      expect(r.alert).toBe(alert);
      expect(r.changed).toBe(true);
      expect(r.next.status).toBe(status);
      expect(r.next.date).toBe(date);
    });
  }

  it('a day inside a scheduled span is a leg of it: nothing changes, nobody is alerted', () => {
    // A visit due March 20-22; "On Saturday he will travel to the coast".
    const r = transition(scheduled, claim('scheduled', '2025-03-21'), day);
    expect(r).toMatchObject({ alert: null, changed: false, confirmed: true });
    expect(r.next).toEqual(scheduled);
  });

  it('an occurred claim without a day takes the scheduled day when it has come', () => {
    const r = transition({ ...scheduled, date: '2025-03-09' }, claim('occurred'), day);
    expect(r.next.date).toBe('2025-03-09');
  });
  it('an occurred claim without a day, before the scheduled day, takes the publication day', () => {
    expect(transition(scheduled, claim('occurred'), day).next.date).toBe(day);
  });
  it('a postponement by so many days moves a scheduled day and its end by that much: rescheduled', () => {
    const r = transition(scheduled, { ...claim('postponed'), shiftDays: 2 }, day);
    expect(r.alert).toBe('rescheduled');
    expect(r.next).toEqual({
      status: 'scheduled',
      date: '2025-03-22',
      endDate: '2025-03-24',
      lastDate: '2025-03-22',
      droppedDate: '2025-03-20',
    });
  });
  it('a postponement by so many days of an event with no day is a plain postponement', () => {
    const r = transition(pending, { ...claim('postponed'), shiftDays: 7 }, day);
    expect(r.alert).toBe('postponed');
    expect(r.next.status).toBe('postponed');
  });
  it('a rescheduled event remembers the new day as its last day', () => {
    expect(transition(scheduled, claim('scheduled', '2025-03-25'), day).next.lastDate).toBe('2025-03-25');
  });
});

describe('lifecycle: no alert for repeats and backward moves', () => {
  const quiet: Array<[string, LifecycleState, Claim]> = [
    ['pending repeated', pending, claim('pending')],
    ['scheduled repeated with its day', scheduled, claim('scheduled', '2025-03-20')],
    ['scheduled told "pending" (no day)', scheduled, claim('pending')],
    ['scheduled told a plan without a day', scheduled, claim('scheduled', null)],
    ['postponed repeated', postponedAfterDay, claim('postponed')],
    ['postponed told "pending"', postponedAfterDay, claim('pending')],
    ['cancelled repeated', cancelledDated, claim('cancelled')],
    ['cancelled told "postponed"', cancelledDated, claim('postponed')],
    ['occurred told "scheduled"', occurred, claim('scheduled', '2025-03-20')],
    ['occurred told "pending"', occurred, claim('pending')],
    ['occurred told "postponed"', occurred, claim('postponed')],
    ['occurred told "cancelled"', occurred, claim('cancelled')],
    ['occurred repeated', occurred, claim('occurred', '2025-03-05')],
    [
      'moved from March 20 to March 25, then told "on March 20" with no word of a change (the old plan repeated)',
      { ...scheduled, date: '2025-03-25', endDate: null, lastDate: '2025-03-25', droppedDate: '2025-03-20' },
      claim('scheduled', '2025-03-20'),
    ],
  ];
  for (const [name, from, c] of quiet) {
    it(`${name}: no alert, no change`, () => {
      const r = transition(from, c, day);
      expect(r.alert).toBeNull();
      expect(r.changed).toBe(false);
      expect(r.next).toEqual(from);
    });
  }
  it('a cancelled event reported as happening changes status but alerts nobody', () => {
    const r = transition(cancelledDated, claim('occurred', '2025-03-09'), day);
    expect(r.next.status).toBe('occurred');
    expect(r.alert).toBeNull();
  });
});

describe('lifecycle: the day given up at a move', () => {
  it('keeps the day a reschedule gives up, so that day told again is known as the old plan', () => {
    const r = transition(scheduled, claim('scheduled', '2025-03-25'), day);
    expect(r).toMatchObject({
      alert: 'rescheduled',
      next: { date: '2025-03-25', droppedDate: '2025-03-20' },
    });
  });

  it('still moves back to the day given up when the article tells it as a change', () => {
    const moved = {
      ...scheduled,
      date: '2025-03-25',
      endDate: null,
      lastDate: '2025-03-25',
      droppedDate: '2025-03-20',
    };
    const r = transition(moved, { ...claim('scheduled', '2025-03-20'), moved: true }, day);
    expect(r).toMatchObject({
      alert: 'rescheduled',
      next: { date: '2025-03-20', droppedDate: '2025-03-25' },
    });
  });
});

describe('lifecycle: first sighting', () => {
  it('creates a pending event silently', () => {
    expect(initialState(claim('pending'))).toEqual({ state: pending, alert: null });
  });
  it('creates a scheduled event with date_confirmed', () => {
    expect(initialState(claim('scheduled', '2025-04-01'))?.alert).toBe('date_confirmed');
  });
  it('does not create an event first seen as already happened', () => {
    expect(initialState(claim('occurred', '2025-03-01'))).toBeNull();
  });
  it('keeps an event first seen postponed or cancelled silently, with the day it had been due', () => {
    expect(initialState({ ...claim('postponed'), previousDate: '2025-03-20' })).toEqual({
      state: { status: 'postponed', date: null, endDate: null, lastDate: '2025-03-20' },
      alert: null,
    });
    expect(initialState(claim('cancelled'))?.alert).toBeNull();
  });
  it('tells a rescheduling, not a first day, when an event first seen postponed comes back on another day', () => {
    const first = initialState({ ...claim('postponed'), previousDate: '2025-03-20' })!;
    expect(transition(first.state, claim('scheduled', '2025-04-02'), day).alert).toBe('rescheduled');
  });
});
