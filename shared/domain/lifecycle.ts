/**
 * The event lifecycle: what an article's claim does to an event's status and
 * day, and which alert (if any) that change sends. Pipeline stage: after
 * matching, before the store. One table, read top to bottom:
 *
 *   from \ claim | pending | scheduled(d)                 | occurred  | postponed | cancelled
 *   (new)        | create  | create + date_confirmed      | -         | -         | -
 *   pending      | same    | date_confirmed               | occurred  | postponed | cancelled
 *   scheduled(D) | same    | d=D or inside D's span: same; else rescheduled | occurred | postponed | cancelled
 *   postponed    | same    | d=last or none: date_confirmed; else rescheduled | occurred | same | cancelled
 *   cancelled    | same    | d=last or none: date_confirmed; else rescheduled | (no alert) | same | same
 *   occurred     | same    | same                         | same      | same      | same
 *
 * A postponement by so many days ("delayed by two days", no new day named) moves a scheduled
 * event's day by that much: it is the scheduled(D + n) claim, a reschedule. A visit's traveller
 * arriving or setting off the day before D (d = D - 1, told as the trip's start, no change of plan
 * named) is the plan told again: "same".
 *
 * "same" means nothing changes (a repeat: no alert). Status never goes
 * backwards: an occurred event stays occurred, and a stale article (older
 * than what is known) changes nothing; the caller checks that.
 */
import { addDays } from './dates.js';
import type { AlertKind, EventStatus, IsoDay } from './model.js';

export interface LifecycleState {
  readonly status: EventStatus;
  readonly date: IsoDay | null;
  readonly endDate: IsoDay | null;
  readonly lastDate: IsoDay | null;
  /** The day given up at the last move to another day (see StoredEvent). */
  readonly droppedDate?: IsoDay | null;
}

export interface Claim {
  readonly status: EventStatus;
  readonly date: IsoDay | null;
  readonly endDate: IsoDay | null;
  /** The day of an abandoned plan named with a postponement or cancellation, when the article gives one. */
  readonly previousDate?: IsoDay | null;
  /** For a postponement: the days it moves the plan by, when the article says ("by two days"). */
  readonly shiftDays?: number | null;
  /** The day is told as a change of plan ("will now begin on May 30"). */
  readonly moved?: boolean;
  /** The day is a trip's setting off or arrival ("will land in Bogota later today"), not its main day. */
  readonly tripStart?: boolean;
}

export interface TransitionResult {
  readonly next: LifecycleState;
  /** The alert to send, or null (a repeat, or a change that alerts nobody). */
  readonly alert: AlertKind | null;
  /** The state changed. */
  readonly changed: boolean;
  /** The claim agrees with what is known (a repeat that corroborates it). */
  readonly confirmed: boolean;
}

const same = (state: LifecycleState, confirmed: boolean): TransitionResult => ({
  next: state,
  alert: null,
  changed: false,
  confirmed,
});

/**
 * Applies a claim to an event's state.
 * @param publishedDay the article's day: an `occurred` claim without a day of its own takes the
 *   scheduled day when that is not in the future, else this day.
 *
 * @example
 * transition({ status: 'pending', date: null, endDate: null, lastDate: null },
 *            { status: 'scheduled', date: '2025-01-17', endDate: null }, '2024-12-26')
 * // -> { next: { status: 'scheduled', date: '2025-01-17', ... }, alert: 'date_confirmed', ... }
 */
export function transition(state: LifecycleState, claim: Claim, publishedDay: IsoDay): TransitionResult {
  const { status } = state;
  if (status === 'occurred') return same(state, claim.status === 'occurred');

  switch (claim.status) {
    case 'pending':
      return same(state, status === 'pending');

    case 'scheduled': {
      const day = claim.date;
      if (day === null) return same(state, status === 'scheduled');
      if (status === 'scheduled') {
        // "On Thursday, Trump will travel to Chequers" during a visit due from Wednesday to Friday: a
        // day inside the known span is a part of it, not a new day (unless a change names the old one).
        if (
          state.date !== null &&
          state.endDate !== null &&
          claim.endDate === null &&
          !claim.previousDate &&
          !claim.moved &&
          day > state.date &&
          day <= state.endDate
        )
          return same(state, true);
        // "The King is due to land later today and will attend tomorrow's ceremony", for a visit due
        // tomorrow: a traveller arriving the evening before is on the plan, not a move of it.
        if (
          state.date !== null &&
          claim.tripStart === true &&
          claim.endDate === null &&
          !claim.previousDate &&
          !claim.moved &&
          day === addDays(state.date, -1)
        )
          return same(state, true);
        if (day === state.date) {
          const endDate = state.endDate ?? claim.endDate;
          return endDate === state.endDate
            ? same(state, true)
            : { ...same({ ...state, endDate }, true), changed: true };
        }
        // "Egypt will host the summit on February 27", read after it moved from the 27th to March 4:
        // the old plan told again, not a move back (which would say so: "brought forward again").
        if (day === state.droppedDate && !claim.moved) return same(state, false);
        return {
          next: {
            status: 'scheduled',
            date: day,
            endDate: claim.endDate,
            lastDate: day,
            droppedDate: state.date,
          },
          alert: 'rescheduled',
          changed: true,
          confirmed: false,
        };
      }
      // pending, postponed or cancelled getting a day
      const previous = status === 'cancelled' ? (state.date ?? state.lastDate) : state.lastDate;
      const alert: AlertKind = previous === null || previous === day ? 'date_confirmed' : 'rescheduled';
      return {
        next: { status: 'scheduled', date: day, endDate: claim.endDate, lastDate: day },
        alert,
        changed: true,
        confirmed: false,
      };
    }

    case 'occurred': {
      const scheduled = state.date !== null && state.date <= publishedDay ? state.date : null;
      const day = claim.date ?? scheduled ?? publishedDay;
      return {
        next: { status: 'occurred', date: day, endDate: state.endDate ?? claim.endDate, lastDate: day },
        alert: status === 'cancelled' ? null : 'occurred',
        changed: true,
        confirmed: false,
      };
    }

    case 'postponed':
      if (status === 'scheduled' && state.date && claim.shiftDays) {
        const shift = claim.shiftDays;
        return transition(
          state,
          {
            status: 'scheduled',
            date: addDays(state.date, shift),
            endDate: state.endDate ? addDays(state.endDate, shift) : null,
          },
          publishedDay,
        );
      }
      if (status === 'postponed' || status === 'cancelled') return same(state, status === 'postponed');
      return {
        next: {
          status: 'postponed',
          date: null,
          endDate: null,
          lastDate: state.date ?? state.lastDate ?? claim.previousDate ?? null,
        },
        alert: 'postponed',
        changed: true,
        confirmed: false,
      };

    case 'cancelled':
      if (status === 'cancelled') return same(state, true);
      return {
        next: {
          status: 'cancelled',
          date: state.date,
          endDate: state.endDate,
          lastDate: state.date ?? state.lastDate ?? claim.previousDate ?? null,
        },
        alert: 'cancelled',
        changed: true,
        confirmed: false,
      };
  }
}

/**
 * The state and alert of an event first seen in an article. A plan creates it (a dated one alerts);
 * one first seen postponed or cancelled is kept silently, so its coming back on is told right.
 * One first seen as already happened is not an event to follow.
 */
export function initialState(claim: Claim): { state: LifecycleState; alert: AlertKind | null } | null {
  if (claim.status === 'postponed' || claim.status === 'cancelled') {
    const lastDate = claim.previousDate ?? null;
    return { state: { status: claim.status, date: null, endDate: null, lastDate }, alert: null };
  }
  if (claim.status === 'pending')
    return { state: { status: 'pending', date: null, endDate: null, lastDate: null }, alert: null };
  if (claim.status === 'scheduled' && claim.date) {
    return {
      state: { status: 'scheduled', date: claim.date, endDate: claim.endDate, lastDate: claim.date },
      alert: 'date_confirmed',
    };
  }
  return null;
}
