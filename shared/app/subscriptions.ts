/**
 * Use case: manage alert subscriptions. Flow: POST/GET/DELETE /subscriptions -> these functions ->
 * SubscriptionGateway (SNS subscriptions on the alerts topic, with filter policies on the message
 * attributes the notifier sets: kind, event_type, countries, status). SNS runs its own confirmation
 * flow for email: the address receives a link and gets nothing until it is followed.
 */
import { NotFoundError } from '../domain/errors.js';
import type { AlertKind, EventStatus, EventType } from '../domain/model.js';

export type SubscriptionProtocol = 'email' | 'sms';

export interface SubscriptionFilter {
  readonly countries?: readonly string[];
  readonly eventTypes?: readonly EventType[];
  readonly alertKinds?: readonly AlertKind[];
  readonly statuses?: readonly EventStatus[];
}

export interface Subscription {
  /** Null while an email subscription awaits confirmation (SNS gives it no id it will list). */
  readonly id: string | null;
  readonly protocol: SubscriptionProtocol;
  readonly endpoint: string;
  readonly pendingConfirmation: boolean;
  readonly filter: SubscriptionFilter;
}

/** An SNS filter policy: attribute name -> allowed values. */
export type FilterPolicy = Readonly<Record<string, readonly string[]>>;

/** The subscription backend (SNS in the cloud, fauxqs locally). */
export interface SubscriptionGateway {
  subscribe(protocol: SubscriptionProtocol, endpoint: string, policy: FilterPolicy): Promise<Subscription>;
  /** Email and SMS subscriptions of the alerts topic. */
  list(): Promise<readonly Subscription[]>;
  /** False when no email/SMS subscription of the alerts topic has this id. */
  unsubscribe(id: string): Promise<boolean>;
}

/**
 * The SNS filter policy for a subscriber's filter, on the notifier's message attribute names.
 * An empty filter is an empty policy: every alert.
 *
 * @example
 * filterPolicy({ countries: ['Norway'], alertKinds: ['date_confirmed'] });
 * // => { countries: ['Norway'], kind: ['date_confirmed'] }
 */
export function filterPolicy(filter: SubscriptionFilter): FilterPolicy {
  const policy: Record<string, readonly string[]> = {};
  if (filter.countries?.length) policy['countries'] = [...filter.countries];
  if (filter.eventTypes?.length) policy['event_type'] = [...filter.eventTypes];
  if (filter.alertKinds?.length) policy['kind'] = [...filter.alertKinds];
  if (filter.statuses?.length) policy['status'] = [...filter.statuses];
  return policy;
}

/** The filter a stored policy expresses (the reverse of `filterPolicy`). */
export function filterFromPolicy(policy: Readonly<Record<string, unknown>>): SubscriptionFilter {
  const strings = (value: unknown): string[] | undefined =>
    Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
  const countries = strings(policy['countries']);
  const eventTypes = strings(policy['event_type']) as EventType[] | undefined;
  const alertKinds = strings(policy['kind']) as AlertKind[] | undefined;
  const statuses = strings(policy['status']) as EventStatus[] | undefined;
  return {
    ...(countries ? { countries } : {}),
    ...(eventTypes ? { eventTypes } : {}),
    ...(alertKinds ? { alertKinds } : {}),
    ...(statuses ? { statuses } : {}),
  };
}

/**
 * Subscribes an email address or phone number to the alerts its filter selects.
 * @example
 * await subscribe(gateway, { protocol: 'email', endpoint: 'desk@example.org', filter: { countries: ['Chile'] } });
 */
export function subscribe(
  gateway: SubscriptionGateway,
  request: { protocol: SubscriptionProtocol; endpoint: string; filter: SubscriptionFilter },
): Promise<Subscription> {
  return gateway.subscribe(request.protocol, request.endpoint, filterPolicy(request.filter));
}

export function listSubscriptions(gateway: SubscriptionGateway): Promise<readonly Subscription[]> {
  return gateway.list();
}

/**
 * @throws NotFoundError when no subscription has this id.
 */
export async function unsubscribe(gateway: SubscriptionGateway, id: string): Promise<void> {
  if (!(await gateway.unsubscribe(id))) {
    throw new NotFoundError(`no subscription has id ${id}; list them with GET /subscriptions`);
  }
}
