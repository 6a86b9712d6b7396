/**
 * Turns an Alert into what subscribers read: an email subject and body (quoting the evidence
 * sentence and its source) and an SMS text of at most 160 GSM-7 characters. Pure: used by the
 * SNS publisher adapter (MessageStructure json) and by the local runtime's console printer.
 */
import type { Alert, AlertKind, IsoDay } from './domain/model.js';

/** SNS rejects subjects of 100 characters or more, and non-ASCII ones. */
export const SUBJECT_MAX = 99;
/** One SMS segment in the GSM-7 alphabet. */
export const SMS_MAX = 160;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const KIND_LABELS: Record<AlertKind, string> = {
  date_confirmed: 'Date confirmed',
  rescheduled: 'Rescheduled',
  occurred: 'Went ahead',
  postponed: 'Postponed',
  cancelled: 'Cancelled',
};

export interface FormattedAlert {
  readonly subject: string;
  readonly email: string;
  readonly sms: string;
}

/** `2025-01-17` -> `17 Jan 2025`; anything else is returned as is. */
function shortDay(day: IsoDay): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : day;
}

/** `2025-01-17` -> `Friday 17 Jan 2025`. */
function longDay(day: IsoDay): string {
  const time = Date.parse(`${day}T00:00:00Z`);
  const weekday = Number.isNaN(time) ? undefined : WEEKDAYS[new Date(time).getUTCDay()];
  return weekday ? `${weekday} ${shortDay(day)}` : shortDay(day);
}

/** What happened, in a few words: the start of the subject and of the SMS. */
function headline(alert: Alert): string {
  switch (alert.kind) {
    case 'date_confirmed':
      return alert.date ? `Confirmed for ${shortDay(alert.date)}` : 'Date confirmed';
    case 'rescheduled':
      if (alert.date && alert.previousDate) {
        return `Moved from ${shortDay(alert.previousDate)} to ${shortDay(alert.date)}`;
      }
      return alert.date ? `Moved to ${shortDay(alert.date)}` : 'Rescheduled';
    case 'occurred':
      return alert.date ? `Went ahead on ${shortDay(alert.date)}` : 'Went ahead';
    case 'postponed':
      return 'Postponed, no new date';
    case 'cancelled':
      return 'Cancelled';
  }
}

function explanation(alert: Alert): string {
  const day = alert.date ? longDay(alert.date) : null;
  const previous = alert.previousDate ? longDay(alert.previousDate) : null;
  switch (alert.kind) {
    case 'date_confirmed':
      return `It now has a confirmed day: ${day ?? 'not given'}.`;
    case 'rescheduled':
      return `Its day changed${previous ? ` from ${previous}` : ''} to ${day ?? 'a day not given'}.`;
    case 'occurred':
      return `It is reported as under way or held${day ? ` (${day})` : ''}.`;
    case 'postponed':
      return `It was pushed back without a new day${previous ? ` (it was set for ${previous})` : ''}.`;
    case 'cancelled':
      return `It was called off${day ? ` (it was set for ${day})` : ''}.`;
  }
}

/** Folds to printable ASCII: accents dropped, typographic quotes and dashes made plain. */
function toAscii(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u201a\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/[^\x20-\x7e]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** GSM-7 extension characters count twice in an SMS; swap them for plain ones. */
function toGsm(text: string): string {
  return toAscii(text)
    .replace(/[[{]/g, '(')
    .replace(/[\]}]/g, ')')
    .replace(/[\\^~|`]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cuts `text` to at most `max` characters, marking the cut with "...". */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 3) return text.slice(0, max);
  return `${text.slice(0, max - 3).trimEnd()}...`;
}

/** Builds `prefix + title`, shortening only the title so the whole fits in `max`. */
function withTitle(prefix: string, title: string, max: number): string {
  return truncate(`${prefix}${truncate(title, Math.max(0, max - prefix.length))}`, max);
}

/**
 * The email subject: ASCII, under 100 characters, e.g. `Confirmed for 17 Jan 2025: Iranian
 * president's visit to Russia`.
 */
export function alertSubject(alert: Alert): string {
  return withTitle(`${toAscii(headline(alert))}: `, toAscii(alert.title), SUBJECT_MAX);
}

/**
 * The SMS text, at most 160 GSM-7 characters, e.g. `agendawatch: Confirmed for 17 Jan 2025:
 * Iranian president's visit to Russia (Iran, Russia)`.
 */
export function alertSms(alert: Alert): string {
  const who = alert.participants.length > 0 ? ` (${alert.participants.join(', ')})` : '';
  return withTitle(`agendawatch: ${headline(alert)}: `, toGsm(`${alert.title}${who}`), SMS_MAX);
}

/** The plain-text email body: what changed, the event, and the sentence that says so, with its source. */
export function alertEmailBody(alert: Alert): string {
  const { evidence } = alert;
  const source = [evidence.source ?? 'unnamed source', `published ${evidence.publishedAt}`].join(', ');
  return [
    `${KIND_LABELS[alert.kind]}: ${alert.title}`,
    '',
    explanation(alert),
    '',
    'Event',
    `  Type:          ${alert.eventType}`,
    `  Participants:  ${alert.participants.join(', ') || 'unknown'}`,
    `  Status:        ${alert.status}`,
    `  Day:           ${alert.date ?? 'none'}`,
    `  Previous day:  ${alert.previousDate ?? 'none'}`,
    '',
    'Evidence',
    `  "${evidence.sentence.trim()}"`,
    `  -- ${source}`,
    ...(evidence.url ? [`  ${evidence.url}`] : []),
    '',
    `Event id ${alert.eventId}, alert id ${alert.id}.`,
    '',
  ].join('\n');
}

/**
 * Everything a subscriber can receive for one alert.
 * @example
 * const { subject, email, sms } = formatAlert(alert);
 */
export function formatAlert(alert: Alert): FormattedAlert {
  return { subject: alertSubject(alert), email: alertEmailBody(alert), sms: alertSms(alert) };
}
