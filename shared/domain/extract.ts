/**
 * Extraction: from a cleaned article to the scheduled events it talks about,
 * each with what the article claims (pending, scheduled for a day, occurred,
 * postponed, cancelled), its participants, and the sentence that says so.
 * Flow: clean -> **extract** -> match + lifecycle (ingest.ts).
 *
 * The rules are general: triggers and cues from cues.ts, days from dates.ts,
 * participants from the gazetteer. A sentence-level mention becomes a claim;
 * mentions of one event in one article are merged into a single extraction.
 */
import type { CleanArticle, Sentence } from './clean.js';
import {
  AGREEMENT_NOUN,
  ATTRIBUTION_TAIL,
  BLOCKER_NOUN,
  CLAUSE_BREAK,
  CUES,
  type Cue,
  DURING_VISIT,
  LEADER_WORD,
  MEDIATOR_PHRASE,
  MEETING_SUBJECT,
  NOT_A_SIGNING,
  OFFICIAL_WORD,
  REPORTING_VERB,
  SIDELINES_PHRASE,
  SIGNED_OBJECT,
  SPECULATIVE,
  TIME_SPAN,
  TOPIC_COMPOUND,
  TOPIC_PHRASE,
  TRIGGERS,
  VAGUE_PAST,
} from './cues.js';
import { paragraphDateline } from './dateline.js';
import {
  addDays,
  type DayExpression,
  daysBetween,
  delayInDays,
  findDays,
  mayNameADay,
  resolveYear,
  type Tense,
} from './dates.js';
import { countryOfPlace, type EntityMention, entityKind, findEntities, standsAlone } from './entities.js';
import { REGIONS } from './gazetteer/regions.js';
import { participantOverlap } from './matching.js';
import type { EventStatus, EventType, IsoDay } from './model.js';
import { MONTH_NAME, monthNumber } from './months.js';

/** One event as one article describes it. */
export interface Extraction {
  readonly type: EventType;
  /** Canonical names, sorted. */
  readonly participants: readonly string[];
  /** For a visit: the country visited, when the article says. */
  readonly host: string | null;
  readonly location: string | null;
  readonly status: EventStatus;
  /** The day claimed (scheduled or occurred), else null. */
  readonly date: IsoDay | null;
  readonly endDate: IsoDay | null;
  /** The sentence that carries the claim. */
  readonly evidence: string;
  /** 0..1: how sure the rules are (lead sentence, explicit day, agreement of mentions). */
  readonly confidence: number;
  /** May this extraction create a new event (its participants are what the article is about)? */
  readonly canCreate: boolean;
  /** An "occurred" claim about something well before the article: only confirms an event already dated that day. */
  readonly background: boolean;
  /** The day of an abandoned plan the article mentions ("had been due on March 5"): the last day the event had. */
  readonly previousDate: IsoDay | null;
  /** For a postponement: the days it moves the event by ("delayed by two days"), when it says so. */
  readonly shiftDays: number | null;
  /** The day is told as a change of plan ("will now begin on May 30", "moved to", "originally set for"). */
  readonly moved?: boolean;
  /** A meeting told as one more of a series ("a second round", "agreed to meet again"): never one already held. */
  readonly another?: boolean;
  /** A planned visit dated by its traveller's setting off or arrival ("will land later today"). */
  readonly tripStart?: boolean;
}

interface Mention {
  type: EventType | 'meeting';
  participants: string[];
  host: string | null;
  location: string | null;
  cue: Cue;
  day: DayExpression | null;
  speculative: boolean;
  background: boolean;
  sentence: Sentence;
  position: number;
  leaders: boolean;
  officials: boolean;
  duringVisit: boolean;
  /** "the meeting" with no party named in its clause: a reference back to a gathering told elsewhere. */
  anaphoric: boolean;
  /** A visit read from a meeting at one side's seat, not told as a trip: it updates one, never makes one. */
  implied?: boolean;
  /**
   * Told in a clause that opens with "when" (", when the two countries will sign the deal"), or
   * joined to the trip by "and" ("will visit Japan on Aug. 23-24 and hold a summit"): at the trip's time.
   */
  alongTrip: boolean;
  /** A postponement by so many days ("delayed by two days") with no day of its own to move. */
  shiftDays: number | null;
  /** Its trigger names the next meeting of a series ("the next round", "a third round of talks"). */
  nextOfSeries?: boolean;
  /** A visit told by its setting off or arrival ("leaves for Finland", "is due to land"). */
  tripStart?: boolean;
  /** A visit told by its setting off from home ("will leave Rome on Sept. 2"). */
  departure?: boolean;
}

const LEAD_SENTENCES = 3;
/** Before a passive signing verb: the accord named by a definite noun ("the agreement was"). */
const THE_ACCORD_WAS =
  /\bthe\s+(?:[\w'’-]+\s+){0,3}(?:agreement|accord|deal|treaty|pact|declaration|memorandum)\s+(?:was|were|has been|have been|had been)\s+(?:(?:now|finally|formally|officially)\s+)?$/i;
/** An occurrence reported more than this many days after the fact is background. */
const RECENT_OCCURRENCE_DAYS = 4;
/** Year-less plans further ahead than this are not trusted. */
const MAX_FUTURE_DAYS = 400;
/**
 * A day named without its year that falls this far ahead is most likely a day just past, told by a
 * page that repeats an old announcement ("will visit on May 29", read on June 3): not a plan.
 */
const YEARLESS_AHEAD_DAYS = 320;
const NAMES_A_YEAR = /\b(?:19|20)\d\d\b/;

interface Span {
  start: number;
  end: number;
}

/** Every clause break holds one of these ("... on Tuesday and said ..." has no comma). */
const BREAK_MARK = /[;:,—–-]|\bround|\band (?:that|said|announced|added|confirmed)\s/;

function clauseSpans(text: string): Span[] {
  const spans: Span[] = [];
  let last = 0;
  if (BREAK_MARK.test(text)) {
    CLAUSE_BREAK.lastIndex = 0;
    for (let m = CLAUSE_BREAK.exec(text); m !== null; m = CLAUSE_BREAK.exec(text)) {
      spans.push({ start: last, end: m.index });
      last = m.index + m[0].length;
    }
  }
  spans.push({ start: last, end: text.length });
  return spans;
}

function spanOf(spans: Span[], at: number): Span {
  return spans.find((s) => at >= s.start && at < s.end) ?? spans[spans.length - 1]!;
}

interface FoundCue {
  cue: Cue;
  start: number;
  end: number;
}

function findCues(text: string): FoundCue[] {
  const out: FoundCue[] = [];
  for (const { cue, pattern, hint } of CUES) {
    if (hint !== undefined && !hint.test(text)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      // "to be signed", "will be held": a plan, not a happening.
      const planned =
        cue === 'occurred' &&
        // (A quoted participle too: 'would be "signed here, in the National Palace"'.)
        (/\b(?:to|will|would|shall|could|may|might|should|must|can)(?: be| have)?\s*["“'‘]?\s*$/i.test(
          text.slice(Math.max(0, m.index - 18), m.index),
        ) ||
          // "It will be the first time ASEAN leaders have held a full summit online": a first still ahead.
          /\b(?:will|would)\s+(?:also\s+)?be\s+the\s+(?:first|second|third|last)\s+time\b[^.;]{0,60}$/i.test(
            text.slice(Math.max(0, m.index - 90), m.index),
          ) ||
          // "will fly to Samarkand on Sunday before wrapping up the trip in Ulaanbaatar": the end of a
          // trip told after a plan is planned too.
          (/^(?:ending|concluding|closing|capping|wrapping up|rounding off)$/i.test(m[0]) &&
            /\b(?:before|then)\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index)) &&
            /\b(?:will|would|is to|are to|is due to|are due to|is set to|are set to|is scheduled to)\b/i.test(
              text.slice(0, m.index),
            )));
      // "until the Doha talks are over", "once the summit has ended": a time still ahead, no news.
      if (cue === 'occurred' && UNTIL_BEFORE.test(text.slice(Math.max(0, m.index - 50), m.index))) continue;
      // "the talks had not been suspended", "the summit will not be postponed": a change denied.
      if (
        (cue === 'postponed' || cue === 'cancelled') &&
        CHANGE_DENIED_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))
      )
        continue;
      // "Preparations for hosting the summit are under way": what goes on is the preparing. (The dots of
      // an initialism, "U.S. President", end nothing.)
      if (
        cue === 'occurred' &&
        /under ?way$/i.test(m[0]) &&
        /\b(?:preparations?|arrangements|groundwork|planning|efforts|work)\s+(?:for|to|towards?|on)\b(?:[^.;,]|(?<=\b[A-Z])\.){0,80}$/i.test(
          text.slice(Math.max(0, m.index - 100), m.index),
        )
      )
        continue;
      // "The summit could be called off", "might be postponed": a change only feared, none made.
      if (
        (cue === 'postponed' || cue === 'cancelled') &&
        /\b(?:could|may|might)\s+(?:yet\s+|still\s+|even\s+|well\s+|now\s+)?(?:be\s+|have\s+to\s+be\s+)?$/i.test(
          text.slice(Math.max(0, m.index - 30), m.index),
        )
      )
        continue;
      // "Asked whether the meeting with Xi was off": a question, no change.
      if (
        (cue === 'postponed' || cue === 'cancelled') &&
        /\bwhether\b[^,.;:]{0,60}$/i.test(text.slice(Math.max(0, m.index - 70), m.index))
      )
        continue;
      // "urged Scholz to postpone the trip", "called for the trip to be postponed": an appeal, no change.
      if (
        (cue === 'postponed' || cue === 'cancelled') &&
        APPEAL_BEFORE.test(text.slice(Math.max(0, m.index - 70), m.index))
      )
        continue;
      out.push({ cue: planned ? 'future' : cue, start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

/**
 * Before a happening word: a time clause still ahead ("until the talks are over", "once the visit has
 * ended", "after it is signed").
 */
const UNTIL_BEFORE =
  /\b(?:until|till|once|by the time|(?:the\s+)?next\s+time|whenever)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}(?:has\s+|have\s+)?$|\b(?:after|when|before|as soon as)\s+(?:(?:it|they)\s+|(?:the|this|that)\s+(?:[\w'’-]+\s+){0,3})(?:is|are)\s+$/i;
/** Before a change word: it is denied ("had not been", "will not be", "has no plans to"). */
const CHANGE_DENIED_BEFORE =
  /\b(?:(?:not|never|n['’]t)\s+(?:(?:been|be|yet|formally|officially|actually)\s+)*|no\s+(?:plans?|intention|reason)\s+(?:to|of)\s+|not\s+(?:planning|plan|intend|intending)\s+to\s+|rather\s+than\s+(?:being\s+)?)$/i;
/** Before a change word: someone asks for it ("urged X to", "called for the trip to be", "demanded a"). */
const APPEAL_BEFORE =
  /\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)? (?:on|for)|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|appeal(?:s|ed|ing)? (?:to|for)|demand(?:s|ed|ing)?|petition(?:s|ed|ing)?|lobb(?:y|ies|ied|ying)|suggest(?:s|ed|ing|ions?)?|advi[cs]e)\b(?:[^.;:]{0,50}?\bto(?: be)?|(?: that)?[^.;:]{0,40}?\b(?:should|must)(?: be)?(?:\s+(?:put|push|call|move)\b[^.;:]{0,25}?)?|(?: for)? (?:a|an|the|its|his|her|their)(?: [\w'’-]+)?)?\s+$/i;

/** Cue carried by the words just before a verb trigger ("will visit", "to sign", "was signed"). */
function auxiliaryCue(before: string): Cue | null {
  // "is expected to be formally signed", "will officially open": an adverb before the verb changes nothing.
  const tail = before
    .slice(-60)
    .toLowerCase()
    // ('would be "signed here"': a quotation opening before the verb.)
    .replace(/\s*["“'‘]\s*$/, ' ')
    .replace(
      /\b(?:[a-z]{3,}ly|also|then|jointly|finally|now|soon|therefore|thus|hence|still|again|instead)\s+$/,
      '',
    )
    // ("will therefore be signed": the adverb between the auxiliary and "be" too.)
    .replace(
      /\b(will|would|shall|could|may|might|should|must|can)\s+(?:[a-z]{3,}ly|also|then|now|therefore|thus|still|again)\s+(?=be\s*$)/,
      '$1 ',
    );
  if (
    /\b(had|has|have) (?:been )?(?:originally |initially |first )?(?:due|meant|supposed|scheduled|set|expected|slated) to( be)?\s*$/.test(
      tail,
    )
  )
    return 'stale';
  // "a summit at which the two presidents were to sign a peace agreement": a plan of the past.
  // "Ishiba had sought to meet Trump in November": an intention told in the past perfect was not carried out.
  if (/\bhad (?:sought|hoped|wanted|intended|tried|aimed) to\s*$/.test(tail)) return 'stale';
  if (/\b(?:was|were) (?:(?:meant|supposed|originally|initially|first)\s+)?to( be)?\s*$/.test(tail))
    return 'stale';
  if (/\b(?:often|usually|routinely|typically)\s*$/.test(tail)) return 'stale';
  if (
    /\b(?:will|would|shall|'ll|to|to be|is to be|are to be|(?:will|would|shall|could|may|might|should|must|can|'ll) be|could|may|might|expected to( be)?|due to( be)?|set to( be)?|going to|plans? to|intends? to|preparing to)\s*$/.test(
      tail,
    )
  )
    return 'future';
  if (/\bfor\s+(?:the\s+|a\s+|an\s+)?\s*$/.test(tail)) return 'purpose';
  return null;
}

/** "for talks", "for a state visit", "to prepare the summit": purpose, i.e. planned. */
function purposeBefore(before: string): boolean {
  // "a date for the meeting", "no venue for the talks": about the event, not a plan of it.
  if (
    /\b(?:date|day|time|venue|location|nothing|reason|timetable|schedule)\s+for\s+(?:the|a|an|this|that)?\s*(?:[\w'’-]+\s+){0,2}$/i.test(
      before.slice(-60),
    )
  ) {
    return false;
  }
  return (
    /\b(?:[Ff]or|to prepare(?: for)?|ahead of|in preparation for|before)\s+(?:(?:the|a|an|his|her|their|its|this|that|further|new|formal|high-level|bilateral|planned|expected|upcoming|possible|official|state|working|leaders'?|two-day|three-day|special|annual|regular|joint|first|next|emergency|extraordinary|informal|trilateral|ministerial|\w+-\w+|[A-Z][\w'’-]*)\s+){0,3}$/.test(
      before.slice(-80),
    ) ||
    // "a day ahead of the inaugural India-US 2+2 ministerial dialogue": what a deed comes before.
    /\bahead\s+of\s+(?:the|a|an|his|her|their|its)\s+(?:[\w'’+-]+\s+){0,5}$/i.test(before.slice(-80))
  );
}

function nearestCue(cues: FoundCue[], start: number, end: number): FoundCue | null {
  let best: FoundCue | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of cues) {
    const distance = c.end <= start ? start - c.end : c.start >= end ? c.start - end : 0;
    // Prefer a cue before the trigger on ties: the governing verb usually precedes its object.
    const score = distance + (c.start >= end ? 0.5 : 0);
    if (score < bestDistance) {
      bestDistance = score;
      best = c;
    }
  }
  return best;
}

function isLeaderEntity(e: EntityMention): boolean {
  return e.via === 'leader';
}

function isOfficialEntity(e: EntityMention): boolean {
  return e.via === 'official';
}

/** A word every PRESSURE_BY match holds. */
const PRESSURE_WORD = /(?:steps|stepped|ramps|ramped|builds|built) up|intensifi|escalat|flex/;
/** Blank out topic phrases ("the war in Ukraine") so their countries do not become parties. */
const ON_THE_AGENDA = /\bwith\s+[^,;]{0,80}?\bon\s+the\s+agenda\b/g;
const ANY_TOPIC = new RegExp(
  String.raw`agenda|discuss|deal|breakthrough|progress|consensus|compromise|war|conflict|invasion|crisis|fighting|offensive|aggression|situation|unrest|peace|ceasefire|reconstruction|issue|dispute|question|file|troops|soldiers|peacekeepers|mission|focus|centred|centered|summit|talks|meeting|conference|-\w+ed\b|brokered|mediat|facilitat|sponsored|witnessed|sidelines|margins|\bat |during|ahead of|eve of|run-up|before|headquarters|premises|compound|seat of|prisoners|detainees|hostages|captives|civilians|refugees|migrants|nationals|citizens|fishermen|pilgrims|tourists|countr|nation|member|state|all(?:y|ies)|partner|(?:ed|struck|hit|overrun) by|${PRESSURE_WORD.source}`,
  'i',
);
/** A word every TOPIC_PHRASE and TOPIC_COMPOUND match holds (both are case-sensitive). */
const TOPIC_WORD =
  /discuss|tension|differences|row|rift|feud|standoff|spat|friction|deal|breakthrough|progress|consensus|compromise|war|conflict|invasion|crisis|fighting|offensive|aggression|situation|unrest|peace|ceasefire|reconstruction|issue|dispute|question|file|troops|soldiers|peacekeepers|mission|focus|centred|centered/;
/** A word every MEDIATOR_PHRASE match holds. */
const MEDIATOR_WORD = /brokered|backed|mediat|sponsored|led|facilitated|drafted|hosted|witnessed/;

/** A word every PEOPLE_OF match holds. */
const PEOPLE_WORD =
  /prisoners|detainees|hostages|captives|civilians|refugees|migrants|nationals|citizens|fishermen|pilgrims|tourists/;
/** A nationality before people who are no state's envoys: "Palestinian prisoners", "Ukrainian civilians". */
const PEOPLE_OF =
  /\b[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?(?=\s+(?:prisoners|detainees|hostages|captives|civilians|refugees|migrants|nationals|citizens|fishermen|pilgrims|tourists)\b)/g;

/**
 * A name that only sorts the noun after it: "a Commonwealth country", "another NATO ally", "a fellow
 * BRICS member". (The article before it keeps "the EU member states", a body that may take part.)
 */
const KIND_OF =
  /\b(?:a|an|any|another|other|one|each|every|fellow)\s+((?:[A-Z][\w'’-]*\s+){1,2})(?=(?:country|countries|nation|nations|member|members|member state|member states|state|states|ally|allies|partner|partners)\b)/g;
const KIND_WORD = /countr|nation|member|state|all(?:y|ies)|partner/;

/** Where someone comes back from: "returns from the United Nations General Assembly". */
const BACK_FROM =
  /\b(?:(?:before|after|until|once|when)\s+(?:[\w'’.-]+\s+){1,4}?(?:returns?|returned|returning|comes? back|came back|gets? back|is back)\s+from)\s+(?:the\s+)?((?:[A-Z][\w'’.-]*\s*)+)/g;

/** Deeds done to a place or people by someone named after "by". */
const DEED_VERBS =
  'attacked|struck|hit|bombed|shelled|raided|captured|seized|occupied|destroyed|damaged|invaded|annexed|overrun';
/** The agent of a deed done to a place or people: "attacked by Hamas", "occupied by Russia". */
const AGENT_OF_PAST_DEED = new RegExp(
  `\\b(?:${DEED_VERBS})\\s+by\\s+(?:the\\s+)?((?:[A-Z][\\w'’-]*\\s*)+)`,
  'g',
);
/** Right before a day: the deed of an agent ("attacked by Hamas on"), whose day it is. */
const DEED_BEFORE_DAY = new RegExp(
  `\\b(?:${DEED_VERBS})\\s+by\\s+(?:the\\s+)?(?:[A-Z][\\w'’-]*\\s+){1,4}(?:on|in)\\s+$`,
);

/**
 * Who presses, told as the backdrop of a meeting: "as China steps up activity around the islands",
 * "while Pyongyang intensified its missile tests". The presser is the reason for the talks, no party.
 */
const PRESSURE_BY =
  /\b(?:as|while|with)\s+(?:the\s+)?((?:[A-Z][\w'’.-]*\s+){1,3})(?=(?:(?:steps|stepped|ramps|ramped|builds|built)\s+up|intensifies|intensified|escalates|escalated|flexes|flexed)\s+(?:(?:its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:activity|activities|pressure|patrols|incursions|drills|exercises|attacks|strikes|offensive|tests|launches|provocations|muscles?|presence|build-?up)\b)/g;

/** Right before a day: what something is counted from ("since the war began on"). */
const SINCE_BEFORE_DAY =
  /\bsince\s+(?:[\w'’.-]+\s+){1,8}?(?:began|started|erupted|broke out|took office|came to power|was launched|were launched|was signed|took place)\s+(?:on|in)\s+$/i;

/** The owner of a meeting's grounds: "the headquarters of the UN force", "the premises of the OSCE". */
const VENUE_OWNER = /\b(?:headquarters|premises|compound|seat)\s+of\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s*)+/g;
const VENUE_WORD = /headquarters|premises|compound|seat of/;

/** The UN as the one who brokers or convenes (a MEDIATOR_PHRASE match naming it, not a backer). */
const UN_CONVENER =
  /^(?:(?:UN|U\.N\.|United Nations)-(?:brokered|sponsored|led|mediated|facilitated|hosted)|(?:brokered|mediated|facilitated|sponsored) by (?:the\s+)?(?:UN|U\.N\.|United Nations)\b)/;

function blank(m: string): string {
  return ' '.repeat(m.length);
}

function maskTopics(text: string): string {
  if (!ANY_TOPIC.test(text)) return text;
  let out = text;
  // Blanking only turns characters into spaces, so a word the text lacks stays missing at every step.
  if (TOPIC_WORD.test(text)) out = out.replace(TOPIC_PHRASE, blank).replace(TOPIC_COMPOUND, blank);
  // "UN-brokered talks", "sponsored by the United Nations": the UN convenes the parties and sits with
  // them, so it is one; a mediating state ("Qatari-mediated") or a backer ("UN-backed government") is not.
  if (MEDIATOR_WORD.test(text))
    out = out.replace(MEDIATOR_PHRASE, (m) => (UN_CONVENER.test(m) ? m : blank(m)));
  if (/\s(?:on|ON)\s/.test(text)) out = out.replace(MEETING_SUBJECT, blank);
  // "with climate change and China's growing influence high on the agenda": what is discussed.
  if (text.includes('agenda')) out = out.replace(ON_THE_AGENDA, blank);
  // "at the headquarters of the UN force in Naqoura": whose grounds host a meeting is its venue.
  if (VENUE_WORD.test(text)) out = out.replace(VENUE_OWNER, blank);
  // "over the identity of the Palestinian prisoners to be freed": whose people are spoken of is no party.
  if (PEOPLE_WORD.test(text)) out = out.replace(PEOPLE_OF, blank);
  // "one of the communities attacked by Hamas on Oct. 7": who did what is told of a place takes no part.
  if (/\bby\s+[A-Z]/.test(text))
    out = out.replace(AGENT_OF_PAST_DEED, (m, name: string) => m.replace(name, blank(name)));
  // "as China steps up activity around the islands": who presses is why the leaders meet, not who meets.
  if (PRESSURE_WORD.test(text))
    out = out.replace(PRESSURE_BY, (m, name: string) => m.replace(name, blank(name)));
  // "not expected before the President returns from the United Nations General Assembly": where someone
  // comes back from dates the plan, it takes no part.
  if (/\breturn|\bback from/i.test(text))
    out = out.replace(BACK_FROM, (m, name: string) => m.replace(name, blank(name)));
  // "its first state visit to a Commonwealth country": the name sorts the country, it takes no part.
  if (KIND_WORD.test(text)) out = out.replace(KIND_OF, (m, name: string) => m.replace(name, blank(name)));
  // "during Modi's visit": the backdrop's traveller is a party of the visit (and of what is done on it).
  return out.replace(SIDELINES_PHRASE, (m, offset: number) =>
    /['’]s$/.test(m) && TRIP_AFTER_NAME.test(text.slice(offset + m.length, offset + m.length + 40))
      ? m
      : blank(m),
  );
}

/** Right after a possessive name: the trip it names ("'s state visit", "'s trip"). */
const TRIP_AFTER_NAME =
  /^\s+(?:(?:state|official|working|first|planned|upcoming|two-day|three-day)\s+)?(?:visit|trip|tour|stay)\b/;

function uniq<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

interface Focus {
  /** Entities the article is about, by weight. */
  readonly ranked: readonly string[];
  readonly weights: ReadonlyMap<string, number>;
  /** The set allowed to create events. */
  readonly core: ReadonlySet<string>;
  /** For each party, the parties it is named with in one sentence, most often first. */
  readonly partners: ReadonlyMap<string, readonly string[]>;
  /** Parties the article names through a person (a leader or an official): the likely travellers. */
  readonly people: ReadonlySet<string>;
  /** Countries the article names only by a place in them (a city, a capital, a seat): "Geneva" alone. */
  readonly onlyPlaces: ReadonlySet<string>;
}

/** What extraction reads of a sentence, found once per article and shared by the focus and the mentions. */
interface SentenceFacts {
  readonly entities: EntityMention[];
  /** Where a trailing attribution (", the minister told reporters.") starts, else the text's length. */
  readonly attributionStart: number;
  /** The text before the attribution with topic phrases blanked, then blanks: computed when first asked. */
  masked: string | null;
}

type FactsCache = Map<string, SentenceFacts>;

/** Every ATTRIBUTION_TAIL match has a comma and one of these. */
const ATTRIBUTION_WORD =
  /said|says|told|tells|reported|reports|announced|added|wrote|stated|confirmed|according to/i;

/** ", the European Union said on Saturday," in the middle of a sentence. */
const MID_ATTRIBUTION =
  /,\s*[^,]{0,60}?\b(?:said|says|told reporters|announced|confirmed|reported)\b(?:\s+(?:on|late on|early on)\s+\w+)?\s*(?=,)/gi;

function factsOf(text: string, cache: FactsCache): SentenceFacts {
  let facts = cache.get(text);
  if (!facts) {
    const m = text.includes(',') && ATTRIBUTION_WORD.test(text) ? ATTRIBUTION_TAIL.exec(text) : null;
    facts = { entities: findEntities(text), attributionStart: m ? m.index : text.length, masked: null };
    cache.set(text, facts);
  }
  return facts;
}

/**
 * The text with its attribution and topic phrases blanked. No mask pattern spans a comma and the
 * attribution starts at one, so masking the text before it equals masking it with the tail blanked.
 */
function maskedOf(text: string, facts: SentenceFacts): string {
  if (facts.masked === null) {
    const cut = facts.attributionStart;
    let head = maskTopics(cut === text.length ? text : text.slice(0, cut));
    // "..., the European Union said on Saturday, after ...": an attribution between commas is the
    // source too (not a leader, who may speak of their own trip).
    if (head.includes(',') && ATTRIBUTION_WORD.test(head)) {
      MID_ATTRIBUTION.lastIndex = 0;
      for (let m = MID_ATTRIBUTION.exec(head); m !== null; m = MID_ATTRIBUTION.exec(head)) {
        const start = m.index;
        const end = start + m[0].length;
        if (facts.entities.some((e) => e.via === 'leader' && e.start >= start && e.end <= end)) continue;
        head = head.slice(0, start) + ' '.repeat(end - start) + head.slice(end);
      }
    }
    facts.masked = cut === text.length ? head : head + ' '.repeat(text.length - cut);
  }
  return facts.masked;
}

/** The entities of `text` that lie outside what `masked` (same length) blanked out. */
function entitiesOutside(text: string, masked: string, all: EntityMention[]): EntityMention[] {
  if (masked === text) return all;
  return all.filter((e) => masked.charCodeAt(e.start) !== 32 && masked.charCodeAt(e.end - 1) !== 32);
}

/** What the article is about: entity weights, headline and lead counting more. */
function articleFocus(sentences: readonly Sentence[], cache: FactsCache): Focus {
  const weights = new Map<string, number>();
  const together = new Map<string, Map<string, number>>();
  const people = new Set<string>();
  const named = new Set<string>();
  const placed = new Set<string>();
  let body = 0;
  for (const s of sentences) {
    const weight = s.headline ? 3 : body < LEAD_SENTENCES ? 2 : 1;
    if (!s.headline) body++;
    // Masks are costly regexes: only worth running on sentences that name someone.
    const facts = factsOf(s.text, cache);
    if (facts.entities.length === 0) continue;
    for (const e of facts.entities) (e.place === null ? named : placed).add(e.canonical);
    const masked = maskedOf(s.text, facts);
    const seen = new Set<string>();
    for (const e of entitiesOutside(s.text, masked, facts.entities)) {
      if (e.via === 'leader' || e.via === 'official') people.add(e.canonical);
      if (seen.has(e.canonical)) continue;
      seen.add(e.canonical);
      // A place is often only the venue ("at the White House", "in Geneva"): it says less about who
      // takes part than a name or a leader.
      const place = e.via === 'capital' || e.via === 'city' || e.via === 'metonym';
      if (place && /\bat\s+(?:the\s+)?$/i.test(masked.slice(Math.max(0, e.start - 8), e.start))) continue;
      const share = place ? 0.5 : 1;
      weights.set(e.canonical, (weights.get(e.canonical) ?? 0) + weight * share);
    }
    for (const a of seen) {
      for (const b of seen) {
        if (a === b) continue;
        const row = together.get(a) ?? new Map<string, number>();
        row.set(b, (row.get(b) ?? 0) + 1);
        together.set(a, row);
      }
    }
  }
  // At equal weight, a party named through a person (the traveller of a four-country tour) comes first.
  const ranked = [...weights.entries()]
    .sort(
      (a, b) =>
        b[1] - a[1] || Number(people.has(b[0])) - Number(people.has(a[0])) || a[0].localeCompare(b[0]),
    )
    .map(([k]) => k);
  const top = weights.get(ranked[0] ?? '') ?? 0;
  // Four parties at most, and the first one named through a person among those weighty enough (the
  // traveller of a tour of four countries named in the headline).
  const weighty = ranked.filter((k) => (weights.get(k) ?? 0) >= Math.max(1, top * 0.25));
  const core = new Set([...weighty.slice(0, 4), ...weighty.filter((k) => people.has(k)).slice(0, 1)]);
  const partners = new Map<string, string[]>();
  for (const [a, row] of together) {
    const ranked = [...row.entries()].sort(
      (x, y) =>
        y[1] - x[1] || (weights.get(y[0]) ?? 0) - (weights.get(x[0]) ?? 0) || x[0].localeCompare(y[0]),
    );
    partners.set(
      a,
      ranked.map(([k]) => k),
    );
  }
  const onlyPlaces = new Set([...placed].filter((c) => !named.has(c)));
  return { ranked, weights, core, partners, people, onlyPlaces };
}

interface SentenceContext {
  readonly reference: IsoDay;
  readonly localDayAhead: boolean;
  /**
   * An excerpt on a tag or archive page, below its newest story, of a story of unknown day: "on
   * Saturday" or "tomorrow" in it cannot be counted from the page's own day, so only days with a month
   * name are read.
   */
  readonly listing: boolean;
  readonly facts: FactsCache;
  readonly focus: Focus;
  /** Whether the article's text (sentences joined) matches these: asked rarely, so found when first asked. */
  readonly articleHasVisit: () => boolean;
  readonly articleHasSummit: () => boolean;
  readonly articleHasAgreement: () => boolean;
  /** The article speaks of a new day to be found ("New dates of the tour will be decided later"). */
  readonly articleHasNewDate: () => boolean;
  /** The article says no day is agreed ("There is no agreed date", "no date has been set"). */
  readonly articleDeniesDate: () => boolean;
  /** The article tells that a new day is being sought ("both sides would look for a new date"). */
  readonly articleSeeksNewDate: () => boolean;
  /** The last two parties a sentence before this one named through their leaders or officials. */
  readonly lastPair?: readonly string[];
  /** The parties of the last summit a sentence before this one named with an organisation among them. */
  readonly lastSummit?: readonly string[];
  /** The sentence is in an entry of a live page that opens with a clock time ("09:04 - ..."). */
  readonly liveEntry?: boolean;
}

function daysFor(
  text: string,
  ctx: SentenceContext,
  tense: Tense,
  cache: Map<Tense, DayExpression[]>,
): DayExpression[] {
  let days = cache.get(tense);
  if (!days) {
    days = findDays(text, ctx.reference, tense, ctx.localDayAhead);
    if (ctx.listing) days = days.filter((d) => d.kind === 'explicit');
    cache.set(tense, days);
  }
  return days;
}

function tenseOf(cue: Cue): Tense {
  return cue === 'occurred' ? 'past' : cue === 'future' || cue === 'purpose' ? 'future' : 'unknown';
}

interface RawTrigger {
  type: EventType | 'meeting';
  start: number;
  end: number;
  inherent: Cue | null;
  verb: boolean;
}

/** One pass to rule out sentences that mention no event at all (most of them). */
const ANY_TRIGGER =
  /\b(?:visit|trip|journey|tour|travel|arriv|attend|land|leav|left|depart|conference|reached|touched down|cross|enter|com(?:e|es|ing)\s+to|go(?:es|ing)?\s+(?:on\s+)?to|head|fl(?:y|ies|ying|ew)|due (?:in|at)|expected (?:in|at)|be in|is in|are in|was in|were in|was at|were at|round|sign|ink|summit|talks|negotiations|meet|met\b|encounter|sit down|sat down|discussions|retreat|dialogue|host|welcom|receiv|conven|gather|stepped off|steps off|bilateral with|pen to paper|signatures? (?:to|on)|names? (?:to|on)|initial|greeted|consultations|stop|exchang|formali|high[- ]level\s+(?:strategic\s+)?(?:co-?operation\s+)?council|chief guest)/i;

/** Every trigger's hint words, and for each, the hint words it starts with (itself included). */
const HINT_WORDS = [...new Set(TRIGGERS.flatMap((t) => t.hints ?? []))];
const HINT_PREFIXES = new Map(
  HINT_WORDS.map((w) => [w, HINT_WORDS.flatMap((h, i) => (w.startsWith(h) ? [i] : []))]),
);
const TRIGGER_HINTS = TRIGGERS.map((t) => t.hints?.map((h) => HINT_WORDS.indexOf(h)) ?? null);
/**
 * Finds every hint word a lower-cased text holds in one scan (not one search per word). Longer words
 * come first, so at each place the longest word found there is matched, and the words it starts with
 * are the only others that can start there.
 */
const HINT_SCAN = new RegExp(
  [...HINT_WORDS]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'g',
);
const hintSeen = new Uint8Array(HINT_WORDS.length);

/** Marks in `hintSeen` the hint words `lower` includes. */
function scanHints(lower: string): void {
  hintSeen.fill(0);
  HINT_SCAN.lastIndex = 0;
  for (let m = HINT_SCAN.exec(lower); m !== null; m = HINT_SCAN.exec(lower)) {
    for (const i of HINT_PREFIXES.get(m[0])!) hintSeen[i] = 1;
    // Words may overlap ('visit' and 'sit down' in 'visit down'): resume one place on.
    HINT_SCAN.lastIndex = m.index + 1;
  }
}

/**
 * A headline's host receiving a guest by name alone, in the present: "Xi welcomes Putin to Beijing",
 * "Trump rolls out red carpet for Saudi crown prince". In a body sentence such a verb needs a title after
 * it (`cues.ts`), as "welcomes Japanese investment" is no visit; a headline names people bare.
 */
const HEADLINE_HOSTING =
  /\b(?:welcomes|receives|greets|hosts|rolls out (?:the )?red carpet for)\b(?=\s+(?:his\s+|her\s+|the\s+)?[A-Z])/g;
const HEADLINE_HOSTING_WORD = /^(?:welcomes|receives|greets|hosts|rolls)\b/i;

function findTriggers(text: string, headline = false): RawTrigger[] {
  const found: RawTrigger[] = [];
  if (headline) {
    HEADLINE_HOSTING.lastIndex = 0;
    for (let m = HEADLINE_HOSTING.exec(text); m !== null; m = HEADLINE_HOSTING.exec(text))
      found.push({ type: 'visit', start: m.index, end: m.index + m[0].length, inherent: null, verb: true });
  }
  if (found.length === 0 && !ANY_TRIGGER.test(text)) return [];
  scanHints(text.toLowerCase());
  for (let k = 0; k < TRIGGERS.length; k++) {
    const t = TRIGGERS[k]!;
    const hints = TRIGGER_HINTS[k];
    if (hints && !hints.some((i) => hintSeen[i] === 1)) continue;
    const pattern = t.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      found.push({
        type: t.type,
        start: m.index,
        end: m.index + m[0].length,
        inherent: t.inherent ?? null,
        verb: t.verb ?? false,
      });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RawTrigger[] = [];
  for (const t of found) {
    const prev = out[out.length - 1];
    if (prev && t.start < prev.end) continue;
    out.push(t);
  }
  return out;
}

/**
 * A noun that names an event only as the backdrop of something else: "during Modi's visit",
 * "the reality of the talks", "on the sidelines of the summit". It makes no claim of its own.
 */
function isReference(text: string, t: RawTrigger): boolean {
  if (t.verb) return false;
  const before = text.slice(Math.max(0, t.start - 60), t.start);
  // "have come to Washington for summits and working visits": a bare plural is a kind of event, none in
  // particular.
  if (
    /^(?:summits|visits|trips|meetings)$/i.test(text.slice(t.start, t.end)) &&
    /\b(?:for|to|at)\s+$/i.test(before)
  )
    return true;
  return (
    /\b(?:during|amid|amidst|throughout)\s+(?:(?:the|a|an|his|her|their|its|this|that)\s+)?(?:[\w'’-]+\s+){0,3}$/i.test(
      before,
    ) ||
    /\b(?:reality|outcome|result|results|agenda|course|progress|success|failure|sidelines|margins|side|eve|end|start|spirit|format|venue|host|hosts|theme)\s+of\s+(?:the|this|that|these|those|a)\s+(?:[\w'’-]+\s+){0,2}$/i.test(
      before,
    ) ||
    // "the first trip since the signing of the accords in Washington": a yardstick from the past ("since
    // the talks began" still tells the talks under way).
    (/\bsince\s+(?:(?:the|a|an|his|her|their|its|that|last)\s+)?(?:[\w'’-]+\s+){0,3}$/i.test(before) &&
      !/^\s+(?:began|begun|opened|started|got|were|was|have|has|had|are|is)\b/i.test(
        text.slice(t.end, t.end + 12),
      ))
  );
}

/** "the emir's planned stop in Tanzania": a plan word used as an adjective of the trigger says nothing of its fate. */
function describesTrigger(text: string, c: FoundCue, trig: RawTrigger): boolean {
  return (
    c.end <= trig.start &&
    /^(?:planned|proposed|expected|scheduled|mooted|long-awaited|upcoming|forthcoming)$/i.test(
      text.slice(c.start, c.end),
    ) &&
    /^[\s-]+(?:[\w'’-]+\s+){0,2}$/.test(text.slice(c.end, trig.start)) &&
    /(?:['’]s|\b(?:the|his|her|their|its|a|an|this|that))\s+$/i.test(
      text.slice(Math.max(0, c.start - 8), c.start),
    )
  );
}

/** A change participle used as an adjective of a noun: "its long-delayed agreement", "the postponed vote". */
function describesNoun(text: string, c: FoundCue): boolean {
  if ((c.cue !== 'postponed' && c.cue !== 'cancelled') || !/ed$/i.test(text.slice(c.start, c.end)))
    return false;
  const lead = text.slice(Math.max(0, c.start - 12), c.start);
  if (
    !/\b(?:the|their|its|his|her|a|an|this|that|these|those|our)\s+$|\b(?:long|much|oft|often|twice|once|repeatedly)-$/i.test(
      lead,
    )
  )
    return false;
  return /^\s+(?!(?:by|until|till|to|from|for|in|on|at|again|indefinitely|twice|once)\b)[a-z][\w'’-]*\b/.test(
    text.slice(c.end, c.end + 30),
  );
}

/** "the postponed summit", "their cancelled trip": a change word between a determiner and the trigger. */
function isAdjectivalChange(text: string, c: FoundCue, trig: RawTrigger): boolean {
  if ((c.cue !== 'postponed' && c.cue !== 'cancelled') || c.end > trig.start) return false;
  if (!/^\s+(?:[\w'’-]+\s+){0,2}$/.test(text.slice(c.end, trig.start))) return false;
  const lead = text.slice(Math.max(0, c.start - 12), c.start);
  if (/\b(?:the|their|its|his|her|a|an|this|that|these|those|our|twice|once)\s+$/i.test(lead)) return true;
  // "The long-delayed EU-Mercosur summit", "the much-postponed visit".
  if (/\b(?:long|much|oft|often|twice|once|repeatedly)-$/i.test(lead)) return true;
  // "to make delayed Africa trip": a participle right before the noun phrase, not after an auxiliary.
  if (
    /ed$/i.test(text.slice(c.start, c.end)) &&
    /^\s+(?!(?:the|a|an|his|her|their|its|this|that|our)\b)/i.test(text.slice(c.end, trig.start)) &&
    /\b(?:make|makes|making|made|take|takes|took|hold|holds|resume|resumes|begin|begins|start|starts)\s+$/i.test(
      lead,
    )
  )
    return true;
  // Headlines drop the article: "sets June 17 for delayed summit". Only a participle after a preposition.
  return /ed$/i.test(text.slice(c.start, c.end)) && /\b(?:for|of|on|over|after|with)\s+$/i.test(lead);
}

/**
 * "The summit, which was delayed by three weeks, opened on Tuesday", "opened on Tuesday after a
 * three-week delay": a change told in a relative clause or after "after" is the past of a happening
 * the sentence reports, not news of its own. Only when the sentence has a happening cue elsewhere.
 */
function isHistoryOfHappening(text: string, c: FoundCue, cues: readonly FoundCue[]): boolean {
  if (c.cue !== 'postponed' && c.cue !== 'cancelled') return false;
  const lead = text.slice(Math.max(0, c.start - 40), c.start);
  const word = text.slice(c.start, c.end);
  const told =
    /\b(?:which|that)\s+(?:was|were|had been|has been|have been)\s+(?:\w+\s+)?$/i.test(lead) ||
    /\bafter being\s+$/i.test(lead) ||
    (/^(?:delay|postponement)$/i.test(word) &&
      /\bafter\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+)?$/i.test(lead));
  return told && cues.some((o) => o.cue === 'occurred' && (o.end <= c.start || o.start >= c.end));
}

/**
 * "signed the accord on Wednesday after talks": a day followed by "after"/"before"/"following" and
 * then the trigger dates what came before it, not the event named in the trailing phrase.
 */
function dayGovernsEarlierVerb(text: string, d: DayExpression, t: RawTrigger): boolean {
  return (
    t.start >= d.end &&
    (/^[\s,]*(?:after|before|following|ahead of|to prepare(?:\s+for)?|in preparation for)\s+(?:(?:the|a|an|their|his|her|its)\s+)?(?:[\w'’-]+\s+){0,2}$/i.test(
      text.slice(d.end, t.start),
    ) ||
      GROUNDWORK_BEFORE.test(text.slice(d.end, t.start)) ||
      // "Modi on Tuesday invited his Israeli counterpart to make an official visit": the day of the
      // invitation, told right before its verb.
      INVITED_AFTER_DAY.test(text.slice(d.end, t.start)) ||
      // "The Security Council on Wednesday unanimously adopted a resolution endorsing the agreement ...,
      // signed in Skhirat on Dec. 17": the day of a decision or a statement about it.
      DECIDED_AFTER_DAY.test(text.slice(d.end, t.start)))
  );
}

/**
 * Right after a day: a decision or statement the day dates, with the act told later its object (also
 * the calling off of a plan: "The White House on Monday called off a planned meeting" is no Monday meeting).
 */
const DECIDED_AFTER_DAY =
  /^\s+(?:(?:unanimously|formally|also|quickly|overwhelmingly)\s+)?(?:adopted|approved|passed|endorsed|ratified|issued|published|released|warned|criticised|criticized|praised|denied|condemned|informed|notified|told|assured|called\s+off|cancel(?:l)?ed|scrapped|postponed|put\s+off|delayed)\b/i;

/**
 * Right after a day: a verb of inviting, accepting, asking, agreeing or deciding that the day dates ("on
 * Tuesday invited ... to", "on Friday accepted an invitation ... to attend this month's summit", "on
 * Monday promised a new start ... and agreed to hold", "on Friday voted against giving the government
 * the power to sign", "on Sunday threw their weight behind ..., urging the factions to go ahead with
 * signing").
 */
const INVITED_AFTER_DAY =
  /^[\s,]*(?:invited|renewed (?:an|his|her|the) invitation|extended (?:an|his|her|the) invitation|accepted|asked|urged|agreed|promised|pledged|decided|vowed|voted|refused|rejected|approved|authori[sz]ed|blocked|threw|backed|endorsed|welcomed|called|announced|confirmed|said)\s[^;]*\bto\s+(?:[\w'’-]+\s+){0,5}$/i;

/**
 * Between a day and a later verb: the sentence goes on to a next deed of the same subject ("on March 9,
 * and will travel on to Istanbul"), which the day before it does not date.
 */
const AND_NEXT_VERB =
  /^\s*,\s*and\s+(?:then\s+)?(?:will|would|is to|are to|is due to|are due to|then)\s+(?:[\w'’-]+\s+){0,12}$/i;

/**
 * Between a day and a verb trigger right after it: ", and" or ", then" ("will arrive in Nairobi on Friday,
 * July 24, and leave for Ethiopia on Sunday", "to meet Modi on Oct 11-12, then fly to Nepal"). The verb
 * starts the next act; the day before it is the act before's. (AND_NEXT_VERB reads ", and will ...".)
 */
const NEXT_ACT_JOINED = /^\s*,\s*(?:and\s+(?:then\s+)?|then\s+)$/i;

/** Right before a day: "and" joins the next verb to the one before ("will hold talks and on Sunday witness"). */
const AND_BEFORE_DAY = /\band\s+(?:then\s+)?(?:on\s+)?$/i;

/** Leaving a place: "leave", "departed" ("will leave Rome on Sept. 2", "leave for London ahead of"). */
const DEPARTURE_WORDS = 'leave|leaves|leaving|left|depart|departs|departing|departed';
/** A trip's first step: setting off, flying or arriving ("leaves for", "flies to", "will land"). */
const TRIP_START_WORD = new RegExp(`^(?:${DEPARTURE_WORDS}|arriv\\w*|land\\w*|fl(?:y|ies|ying|ew))\\b`, 'i');
const DEPARTURE_START = new RegExp(`^(?:${DEPARTURE_WORDS})\\b`, 'i');
const DEPARTURE_BEFORE = new RegExp(`\\b(?:${DEPARTURE_WORDS})\\s+(?:from\\s+)?$`, 'i');

/** A movement told before "from <place>": the place is where the journey set out from. */
const JOURNEY_VERB =
  /\b(?:fl(?:ew|own|y|ies|ying)|travell?(?:ed|ing|s)?|arriv(?:ed|es|ing)|came|com(?:es|ing)|head(?:ed|s|ing)|land(?:ed|s|ing)|drove|went|go(?:es|ing)?)\b[^;]*\s(?:to|into|in)\s[^;]*$/i;

/** Right before a verb: someone is urged to do it ("urging the European Union to", "called on Kyiv to"). */
const URGED_TO =
  /\b(?:urg(?:ing|ed|es)|call(?:ing|ed|s) on|ask(?:ing|ed|s)|press(?:ing|ed|es)|appeal(?:ing|ed|s) to)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}(?:\w+\s+){0,2}to\s+$/;

/** Before a passive signing verb: no accord is ("no agreements would be signed", "no deal is expected to be"). */
const NO_ACCORD_BEFORE =
  /\bno\s+(?:[\w-]+\s+){0,2}(?:agreements?|deals?|accords?|treat(?:y|ies)|documents?|pacts?|declarations?|memorand(?:um|a|ums))\s+(?:(?:would|will|is|are|was|were|could|can|should)\s+)?(?:(?:be|been|expected to be|likely to be|due to be|set to be)\s+)?$/i;

/** Before the day a postponed or cancelled event had: "which was due to start on", "had been set for". */
const WAS_DUE_BEFORE =
  /\b(?:was|were|had been|has been|have been)\s+(?:originally\s+|initially\s+|first\s+)?(?:due|scheduled|set|planned|expected|slated)\s+(?:to\s+(?:[\w-]+\s+){1,3}?|for\s+)(?:on\s+|from\s+)?$/i;

/** After "visit": a place within a country, not the country ("the Istiqlal mosque", "a car factory"). */
const LANDMARK_AFTER =
  /^\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}(?:mosque|cathedral|church|basilica|temple|shrine|synagogue|museum|memorial|monument|factory|plant|port|harbour|harbor|university|school|hospital|site|base|shipyard|mausoleum|cemetery|parliament|palace|market|farm|refinery|exercise|exercises|drills|manoeuvres|maneuvers|troops|camp|garrison)\b(?!\s+(?:city|town|capital|area|region)\b)/i;

/** A trip said to last several days: "a four-day visit", "a three-day state visit". */
const MULTI_DAY_TRIP =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)[- ]day\s+(?:(?:state|official|working)\s+)?(?:visit|trip|tour)\b/i;

/** After a day: a plan agreed then, or a month only ("agreeing to convene a summit", "in March"). */
const LATER_PLAN_AFTER_DAY =
  /\b(?:agreed|agreeing|decided|deciding)\s+to\b|\b(?:in|early|late)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)/;

/** A clause told as following the one before it, the same day: "after which", "at which". */
const AFTER_WHICH = /^\s*(?:after|following|at|during)\s+which\b/i;
/** "on its sidelines the same day": a clause dated by the day the one before it gives. */
const SAME_DAY = /\b(?:the|that) same day\b/i;
/** A clause told as going on at the time of the one before it: ", as the two leaders met". */
const AS_CLAUSE = /^\s*,?\s*as\s+(?:the|both|they|he|she|[A-Z])/;
/** A clause told as done where the one before it goes: "will travel to Cairo on Monday, where". */
const WHERE_CLAUSE = /^\s*where\b/i;

/** Right before a trigger, the month and year it was set for: "a January 2017 trip", "its March 2020 summit". */
const MONTH_YEAR_BEFORE =
  /\b(?:a|an|the|its|his|her|their)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+((?:19|20)\d{2})\s+(?:[\w-]+\s+)?$/i;

/** "Trump's 2018 summit", "the 2016 Astana talks": a year right before a meeting's noun (one name between). */
const YEAR_BEFORE =
  /(?:['’]s|\b(?:a|an|the|its|his|her|their))\s+((?:19|20)\d{2})\s+(?:\p{Lu}[\p{L}-]*\s+)?$/u;

/** Right before a meeting's noun: a statement made after it ("said after talks with", "told reporters after their"). */
const SAID_AFTER =
  /\b(?:said|says|told\s+(?:[\w'’-]+\s+){0,2}|announced|declared|stated|added|wrote|tweeted)\s+(?:after|following)\s+(?:(?:the|their|his|her|its|a|an)\s+)?(?:[\w'’-]+\s+){0,2}$/i;

/** Right before a day: an accord takes effect ("comes into force on", "took effect"). */
const INTO_FORCE_BEFORE =
  /\b(?:com(?:es|e|ing)|came|enter(?:s|ed|ing)?|go(?:es)?|went|tak(?:es|e|ing)|took)\s+into\s+(?:force|effect)\s+(?:on\s+)?$|\b(?:tak(?:es|e|ing)|took)\s+effect\s+(?:on\s+)?$/i;

/** After a trip's clause, up to a place: the tour goes on elsewhere ("which will also take him to"). */
const TOUR_TAKES_TO =
  /^[\s,]*(?:which|that)\s+(?:will|would)\s+(?:also\s+|then\s+)?(?:take|bring)\s+(?:him|her|them)\s+(?:on\s+)?to\s+[^;.]*$/i;

/** A venue of the United Nations: "at the United Nations in Geneva", "at the Palais des Nations". */
const UN_VENUE =
  /\bat\s+the\s+(?:United\s+Nations|U\.?N\.?)(?:['’]s)?(?:\s+(?:headquarters|offices?|compound|building))?\b|\bPalais\s+des\s+Nations\b|\b(?:United\s+Nations|UN|U\.N\.)\s+(?:headquarters|Office)\b/;

/** After a meeting: what its two sides then did ("..., and the two agreed to", "and they discussed"). */
const THE_TWO_THEN =
  /,\s+and\s+(?:the\s+two|both|they)\s+(?:(?:leaders|sides|men|women|countries|presidents|ministers)\s+)?(?:also\s+)?(?:agreed|discussed|pledged|vowed|called|said|stressed|expressed|reaffirmed|underlined|welcomed|exchanged|spoke)\b/i;

/** Between a country's word and its city: "(the Qatari) capital (Doha)", "(the Saudi) city of (Jeddah)". */
const CITY_AFTER_COUNTRY =
  /^\s+(?:capital|city|port city|port|resort town|resort city|resort|town)\s*,?\s+(?:of\s+)?$/i;

/** "in December 2022", "in 2019": a month or year named with its year. */
const MONTH_YEAR =
  /\bin\s+(?:(January|February|March|April|May|June|July|August|September|October|November|December)\s+)?((?:19|20)\d{2})\b/g;

/** Whether the clause sets what it tells in a month or year wholly before the reference day. */
function inPastPeriod(clause: string, reference: IsoDay): boolean {
  if (/\b(?:next|upcoming|coming|planned)\b/i.test(clause)) return false;
  const year = Number(reference.slice(0, 4));
  const month = Number(reference.slice(5, 7));
  for (const m of clause.matchAll(MONTH_YEAR)) {
    // ("the first by a Chinese leader since Hu Jintao in 2008": a year compared with, not the trip's.)
    if (/\bsince\b/i.test(clause.slice(Math.max(0, m.index - 40), m.index))) continue;
    const y = Number(m[2]);
    if (y < year) return true;
    if (y === year && m[1] && monthNumber(m[1]) < month) return true;
  }
  return false;
}

/** A word every ABSENT_AFTER match holds. */
const ABSENT_WORD = /boycott|attend|take part|participate|skip|stay/i;
/** After a side: it stays away ("is boycotting the meeting", "official will attend" after "no"). */
const ABSENT_AFTER =
  /^\s*(?:(?:officials?|leaders?|delegation|delegates|representatives?)\s+)?(?:(?:is|are|was|were|will be|has been)\s+)?(?:boycott(?:ing|s|ed)?\b|(?:will|would|did|does|do)\s+not\s+(?:attend|take part|participate)\b|won['’]t\s+(?:attend|take part|participate)\b|(?:is|are)\s+skipping\b|skipp(?:ed|ing)\b|stay(?:s|ed|ing)?\s+away\b)/i;
/** After a side named after "no": "no US official will attend". */
const NONE_ATTEND_AFTER =
  /^\s*(?:officials?|leaders?|delegation|representatives?)\s+(?:will|would)\s+(?:attend|take part)\b/i;

/** After a country's adjective: the place it qualifies ("city of Nancy", "resort town of Sochi"). */
const PLACE_OF_AFTER =
  /^\s+(?:[a-z]+\s+)?(?:city|town|capital|port|resort|region|province|island)\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}/;

/** A clause's opening that makes the act after it a plan: "Plans to", "The plan to". */
const PLANS_TO = /^\s*(?:the\s+|their\s+|its\s+|his\s+|her\s+)?plans?\s+to\s+$/i;
/** An accord as the subject, its act told in a clause on it: "The action plan that the two had hoped to (sign)". */
const ACCORD_THAT = new RegExp(
  `^\\s*(?:the|a|an|their|its)\\s+(?:[\\w'’-]+\\s+){0,3}${AGREEMENT_NOUN.source}\\s+(?:that|which)\\s+[^,;]{0,80}$`,
  'i',
);

/** After "visit": a site, not a state ("the Dujiangyan irrigation system", "a car factory"). */
const SITE_AFTER =
  /^\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:irrigation system|factory|plant|museum|memorial|temple|shrine|mosque|church|cathedral|monastery|facility|shipyard|farm|university|school|hospital|exhibition|expo|trade fair|zoo|mausoleum|cemetery|tomb|campus|laboratory|mine|dam|power station|refinery|market|wind farm|solar park|science park|industrial park)\b/i;

/** Between a meeting noun and its day: a relative clause, then the noun's own verb of being held. */
const NOUN_HELD_AFTER_RELATIVE =
  /^\s+(?:[\w'’-]+\s+){0,5}?(?:that|which)\s+[^,;]{1,80}?\s(?:will|is to|is due to|is set to|is scheduled to)\s+(?:be\s+held|take\s+place|open|begin|start|convene)\b/i;

/** Between a meeting noun and the country it is about: "on", "on peace in", "for peace in". */
const MEETING_ABOUT =
  /^\s+(?:on|for)\s+(?:(?:peace|security|stability|reconstruction|the\s+war|the\s+future)\s+(?:in|of|for)\s+)?(?:the\s+)?$/i;

/** After "meet": a standard or a demand met ("the definition of", "the criteria", "the deadline"). */
const MET_STANDARD_AFTER =
  /^\s+(?:(?:the|its|their|his|her|our|all|these|those|any|some|most|key|basic|minimum)\s+)*(?:[\w-]+\s+)?(?:definition|criteria|criterion|requirements?|standards?|conditions?|expectations?|demands?|targets?|goals?|needs?|deadlines?|obligations?|thresholds?|terms|benchmarks?|quotas?|costs?)\b/i;

/** A relative clause telling when the meeting before it is held ("which will resume on Friday"). */
const MEETING_HELD_RELATIVE =
  /^\s*(?:which|that)\s+(?:(?:will|would|is|are|is due to|are due to|is set to|are set to|is expected to|are expected to|is scheduled to|are scheduled to)\s+)?(?:(?:now|also|then|finally)\s+)?(?:resume|resumes|begin|begins|start|starts|open|opens|continue|continues|take place|takes place|be held|is held|are held|get under way|gets under way|reconvene|reconvenes)\b/i;

/** Right before a meeting: its subject is a state's own body ("the cabinet will", "a parliamentary"). */
const DOMESTIC_BODY_BEFORE =
  /\b(?:cabinet|parliament|parliamentary|congress|congressional|senate|legislature|lawmakers|legislators|MPs|Knesset|Duma|politburo|national assembly|central committee|party congress|plenary|plenum)(?:\s+(?:and|or)\s+(?:the\s+)?(?:full\s+)?(?:government|cabinet|parliament))?\s+(?:(?:will|would|shall|is|are|was|were|has|have|had|to|be|due|expected|set|also|again|now|then|first|later|itself)\s+){0,3}$/i;

/** Right before a meeting noun: "after the", "following Alaska". */
const AFTER_MEETING =
  /\b(?:after|following)\s+(?:(?:the|a|an|his|her|their|its|this|that|last|nearly|almost|more than|some)\s+)?(?:[\w'’-]+\s+){0,3}(?:(?:hours?|days?|rounds?)\s+of\s+)?$/i;
/** After a meeting verb: nobody in particular ("meet foreign leaders", "meet anyone"). */
const GENERIC_COUNTERPART =
  /^\s+(?:with\s+)?(?:any(?:one|body)\b|(?:any|other|foreign|world)\s+(?:[\w-]+\s+)?(?:leaders|heads of state|officials|dignitaries)\b)/i;
/** A plan told before it. */
const PLAN_BEFORE =
  /\b(?:will|is to|are to|set to|due to|plans? to|expected to|to (?:visit|travel|meet|fly|go|sign|hold|host))\b/i;

/** Before a trigger in its clause: "a day after", "hours after" (a past event dating another). */
const SOME_TIME_AFTER = new RegExp(`\\b${TIME_SPAN}\\s+after\\s+[^,;]{0,80}$`, 'i');

/** Right before a meeting noun: a report, a question or a judgement of it ("confirmed the meeting", "asked about the trip"). */
const REPORTED_OBJECT =
  /\b(?:confirm|confirmed|confirms|announce|announced|announces|disclosed|revealed|welcomed|welcomes|praised|hailed|critici[sz]ed|denounced|deny|denied|denies|discuss|discussed|(?:asked|questioned|pressed) (?:about|on)|comment(?:ed|s|ing)? on)\s+(?:the|a|an|this|that|their|his|her|its)\s+(?:[\w'’-]+\s+){0,2}$/i;

/** Right before a gathering an act is done at: "at the", "on the sidelines of a", "when the two leaders" (meet). */
const GATHERING_BEFORE =
  /\b(?:at|during|on the (?:sidelines|margins) of)\s+(?:the|a|an|this|its|their)\s+(?:[\w'’-]+\s+){0,3}$|\b(?:when|as)\s+(?:the\s+)?(?:two\s+|three\s+|both\s+)?(?:leaders|presidents|prime ministers|heads of state|sides|ministers|men|women|delegations|countries)\s+$/i;

/** Between a trip and the gathering it is made for: "to Monrovia to address the", "to attend a". */
const TO_ATTEND_BEFORE =
  /\bto\s+(?:attend|address|take part in|participate in|join|speak at|chair|co-chair)\s+(?:the|a|an|this|its|their)\s+(?:[\w'’-]+\s+){0,3}$/i;

/** Between a day and the gathering it is at: "on Monday at a summit", "on Sunday on the sidelines of the". */
const AT_GATHERING =
  /^[\s,]*(?:at|during|on the (?:sidelines|margins) of)\s+(?:(?:the|a|an|this|its)\s+)?(?:[\w'’-]+\s+){0,3}$/i;

/** Right after a trigger: it was held on the telephone ("held talks by phone on Thursday"). */
const PHONE_AFTER = /^\s*(?:[\w'’-]+\s+){0,3}?(?:by|over the|on the|via) (?:tele)?phone\b/i;

/**
 * A verb in the past tense that is not a report of what someone said ("produced", "was", "agreed";
 * not "said" or "announced", which date a statement) nor a participle that describes a plan.
 */
const PAST_TOLD =
  /\b(?:was|were|did|met|held|made|took|came|saw|gave|spoke|brought|began|went|got|won|lost|drew|ran|kept|found|paid|stood)\b|\b(?!(?:said|announced|confirmed|reported|added|noted|stated|claimed|quoted|cited|told|planned|scheduled|expected|proposed|anticipated|awaited|delayed|postponed|rescheduled|related|based|limited|united|detailed|armed|advanced|unexpected|unprecedented|interested|concerned|involved|needed|required|intended|supposed|used|aimed|designed|dedicated|devoted|tied|called|named|invited|hosted)\b)[a-z]{3,}ed\b/i;
/** Words that put a sentence's event ahead of it. */
const FUTURE_TOLD =
  /\b(?:will|would|shall|is to|are to|to be|expected|scheduled|set to|set for|due|plans?|planned|planning|upcoming|forthcoming|next|coming|ahead|later|invited|preparing|preparations)\b|['’]ll\b/i;

/** "has been moved from": a change of plan whose span of days runs from the old day to the new one. */
const MOVED_FROM_BEFORE =
  /\b(?:moved|pushed back|put back|brought forward|rescheduled|shifted|changed|postponed|delayed)\s+from\s+$/i;

/** A day told as a change of plan: "will now begin", "instead", "moved to", "originally set for". */
const DAY_CHANGE_TOLD =
  /\b(?:now|instead|originally|initially|rescheduled|moved|shifted|brought forward|pushed back|postponed|delayed|new date)\b|\b(?:earlier|later)\s+than\s+(?:first\s+|originally\s+|initially\s+|previously\s+)?(?:announced|planned|scheduled|expected|billed)\b/i;
/** The future tense itself (FUTURE_TOLD also counts words such as "planned" that describe a past plan). */
const WILL_TOLD = /\b(?:will|would|shall|is to|are to)\b|['’]ll\b/i;
/** "in June", "in early March": a month with no day or year after it. */
const IN_MONTH = new RegExp(
  `\\bin\\s+(?:early\\s+|mid-|late\\s+)?${MONTH_NAME}(?![\\w.]*\\s*(?:\\d|,\\s*\\d))`,
);

/** The years of the coronavirus pandemic, named by it. */
const PANDEMIC = /\b(?:coronavirus|covid(?:-19)?)\s+(?:pandemic|outbreak|crisis)\b|\bthe pandemic\b/i;

/** Right before a summit: someone stays away from it ("will not attend the G20", "pulled out of the"). */
const ABSENT_BEFORE =
  /\b(?:(?:will|would|did|does|do|is|are|was|were)(?: not|n['’]t) (?:be )?(?:attend(?:ing)?|go(?:ing)? to|travel(?:ling)? to|tak(?:e|ing) part in|participat(?:e|ing) in|join(?:ing)?)|skip(?:s|ped|ping)?|pull(?:s|ed|ing)? out of|boycott(?:s|ed|ing)?|stay(?:s|ed|ing)? away from|miss(?:es|ed|ing)?|withdr(?:ew|aws?|awn) from|sit(?:s|ting)? out)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}$/;

/** Future cues that state someone's intention to do what follows them. */
const INTENTION_CUE = /^(?:agreed to|aims? to|hopes? to|wants? to|plan to|plans|intends?)$/i;

/** An intention between a day and the event ("... on Thursday and agreed to meet"): its own time. */
const AGREED_TO =
  /\b(?:agreed|agreeing|decided|deciding|promised|pledged|vowed|offered|proposed|resolved|undertook|committed)\s+(?:themselves\s+)?to\s+(?:(?:convene|hold|host|call|organi[sz]e)\s+(?:an?|the|their)\s+(?:[\w'’-]+\s+){0,2})?$/i;

/** A relative clause that holds a gathering: ", which Apia will host from", ", which will be held on". */
const HOSTED_WHICH =
  /^\s*,?\s*which\b[^.;]{0,40}?\b(?:will host|is hosting|hosts|will be held|is being held|is to be held|will take place|takes place|will run|runs|will open|opens)\b/i;
/** After a meeting noun: a relative clause that gives it a day of its own ("which China is hosting on"). */
const OWN_DAY_AFTER = /^[^.;]{0,80}?,\s*(?:which|that)\b[^.;]{0,60}?\b(?:on|from)\s+\S/i;

/** Right before a day: someone spoken with ("had spoken to Narendra Modi", "talked with the emir"). */
const SPOKE_WITH_BEFORE =
  /\b(?:spoke|spoken|speaks|speaking|talked|talks|phoned|telephoned)\s+(?:by\s+(?:tele)?phone\s+)?(?:to|with)\s+(?:(?:the|his|her|their)\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+(?:(?:da|de|di|do|dos|van|von|bin|al|el)\s+)?|(?:[a-z]+\s+)?(?:counterpart|president|prime minister|emir|king)\s+){1,5}$/u;

/** Between a trip and a day: the occasion it is made for ("for the parade on", "for the celebrations on"). */
const FOR_OCCASION =
  /^[^,;]*\bfor\s+(?:the|a|an|its|this|next)\s+(?:[\w'’-]+\s+){0,3}(?:parade|celebrations?|anniversary|ceremony|inauguration|festival|forum|conference|congress)\s+(?:on\s+|,\s+)?$/i;

/** An invitation between a day and the event ("... on Wednesday, inviting him to"): the day is its own. */
const INVITED_TO = /\binvit(?:ed|es|ing)\b[^.;]{0,60}?\bto\s+$/i;

/** A trigger verb in the plain present, as a live page's entry tells what is happening: "meet", "signs". */
const LIVE_PRESENT = /^(?:meet|meets|sign|signs|arrives?|lands?|holds?)\b/i;
/** A time still ahead of a live entry: "later today", "tonight", "this afternoon", "at 3 p.m.", "shortly". */
const LIVE_AHEAD =
  /\b(?:later|tonight|tomorrow|shortly(?!\s+(?:after|before))|soon|this\s+(?:afternoon|evening)|expected|due|set to|will|next)\b|\bat\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|h\b|GMT|local)/i;

/** A headline telling an arrival in the present: "arrives in", "lands in", "begins state visit". */
const HEADLINE_ARRIVAL =
  /\b(?:arrives?|lands?)\s+(?:in|at)\b|\b(?:welcomes|receives|greets|hosts|rolls out (?:the )?red carpet for)\s+(?:his\s+|her\s+|the\s+)?[A-Z]|\b(?:begins?|starts?)\s+(?:[\w-]+\s+){0,3}(?:visit|trip|tour)\b/i;

/** Before a happening's verb, words that deny it: "has not", "hasn't yet", "No ... has", "Never before has". */
const NEGATED_HAPPENING =
  /\b(?:has|have|had)(?:\s+not|n['’]t|\s+never)(?:\s+(?:yet|once|ever|since))?\s+$|^\s*(?:no|never|not once|none of)\b(?![^,;]{0,80}\buntil\b)/i;

/** Before a signing's participle: someone wants it done ("hopes to have the agreement signed"). */
const TO_HAVE_IT_DONE = /\b(?:to|will|would|could)\s+(?:have|get)\s+(?:[\w'’-]+\s+){1,6}$/i;

/** Before "consultations": an envoy called home ("recalled its ambassador from Tel Aviv for"). */
const ENVOY_RECALLED =
  /\b(?:recall|recalls|recalled|recalling|summoned|summons|called back)\b[^;]{0,60}\b(?:ambassador|envoy|diplomats?|charg[eé] d['’]affaires)\b[^;]{0,40}\bfor\s+(?:urgent\s+)?$/i;

/** A signing watched by the sentence's subject: "will witness the signing of". */
const WITNESS_THE =
  /\b(?:witness|witnesses|witnessed|witnessing|attend|attends|attended|attending)\s+the\s+$/i;

/** Before who watches an act rather than takes part in it. */
const WITNESS_BEFORE = /\b(?:in the presence of|witnessed by|with\s+(?=[^,.;]{0,40}\blooking on\b))\s*/i;

/** The UN named in a sentence: its seat in New York is where its gatherings are, not a US visit. */
const UN_SEAT = /\b(?:UN|U\.N\.|United Nations|General Assembly|UNGA)\b/;

/** Happening cues in the present tense: with a day ahead they announce a plan. */
const PRESENT_HAPPENING =
  /^(?:opens|kicks off|begins|starts|gets under way|holds talks|is under way|are under way|is visiting|are visiting|is holding|are holding|steps)$/i;

/** A leader or an official named just before a verb: its subject is a person. */
const PERSON_BEFORE = new RegExp(`(?:${LEADER_WORD.source}|${OFFICIAL_WORD.source})\\s*$`, 'i');

/** "is due in Cairo", "will be in Cairo": a visit only when a person is the one expected there. */
function personBefore(text: string, t: RawTrigger, ctx: SentenceContext): boolean {
  return (
    PERSON_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start)) ||
    // "He will then be in Papua New Guinea": a person the article has named; "Carney said he will be in
    // Washington on Tuesday": the speaker.
    /^(?:He|She)\s+$/.test(text.slice(0, t.start)) ||
    /\b(?:said|says|told\s+\w+|announced|added|confirmed)\s+(?:that\s+)?(?:he|she)\s+$/i.test(
      text.slice(Math.max(0, t.start - 40), t.start),
    ) ||
    factsOf(text, ctx.facts).entities.some(
      (e) => (e.via === 'leader' || e.via === 'official') && e.end <= t.start && t.start - e.end <= 2,
    )
  );
}

/** A new day being sought: "would look for a new date", "a new date will be set", "to be rescheduled". */
const SEEKS_NEW_DATE =
  /\b(?:look(?:s|ing)?|search(?:es|ing)?)\s+for\s+(?:a\s+)?(?:new|another|alternative|later)\s+dates?\b|\b(?:a|the)\s+(?:new|another|later)\s+date\s+(?:will|would|is\s+to|was\s+to)\s+be\s+(?:set|fixed|found|agreed|announced|decided)\b|\b(?:will|would|is\s+to|are\s+to)\s+be\s+rescheduled\b/i;

/** Right before a change's end: the change told in the pluperfect ("he had cancelled", "had been put off"). */
const HAD_CHANGED =
  /\bhad\s+(?:been\s+)?(?:[a-z]+ly\s+)?(?:cancel(?:l)?ed|called off|postponed|put off|delayed|scrapped|dropped|shelved)$/i;

/** A day the press reported: "a Nigerian daily reported", "according to media reports", "local media said". */
const MEDIA_REPORTED =
  /\b(?:daily|dailies|newspapers?|paper|tabloid|broadcaster|outlets?|website|news agency|media|press)\s+(?:[\w'’-]+\s+){0,2}?(?:reported|reports|said|claimed|cited)\b|\b(?:media|press|newspaper)\s+reports?\b/i;

/** The article says no day is agreed: "There is no agreed date", "no date has been set", "no date yet". */
const NO_AGREED_DATE =
  /\bno\s+(?:agreed|fixed|firm|set|confirmed|final)\s+date\b|\bno\s+date\s+(?:has|had)\s+(?:yet\s+)?been\s+(?:set|fixed|agreed|confirmed|announced)\b|\bno\s+date\s+yet\b/i;

/** The mentions of events in one sentence. */
const GATHERED = /\b(?:gathered|convened|assembled)\b/i;
/** Right before a meeting noun: something is done to make it possible ("to pave the way for a summit"). */
const GROUNDWORK_BEFORE =
  /\bto\s+(?:lay\s+(?:the\s+)?groundwork|prepare\s+the\s+ground|pave\s+the\s+way|set\s+the\s+stage|clear\s+the\s+way)\s+for\s+(?:(?:a|an|the|their|his|her|its|possible|potential|eventual|future)\s+)*(?:[\w'’-]+\s+){0,3}$/i;
/** After a meeting: it was held to prepare another ("... on Thursday to prepare the summit"). */
const PREPARING_AFTER =
  /^[^.;]{0,100}?\b(?:to prepare(?:\s+for)?|in preparation for|to pave the way for|to lay the groundwork for)\s+(?:the|a|an|their|next|this|that)\b/i;
/** A meeting told in the past right before "for talks" (not "met ... to prepare for the summit"). */
const SAT_DOWN_FOR =
  /\b(?:sat down|met|got together|came together)\s+(?:[^,;]{0,40}\s)?(?<!\bprepare\s|\bpreparation\s)for\s+(?:[\w'’-]+\s+){0,4}$/i;
/** Between a day and a meeting: it comes so many days later ("a day ahead of the", "two days before the"). */
const DAYS_AHEAD_OF =
  /\b(a|one|two|three)\s+days?\s+(?:ahead\s+of|before)\s+(?:the|his|her|their|its)\s+(?:[\w'’+-]+\s+){0,5}$/i;

const DAYS_IN_WORDS: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3 };

/** Right before a meeting's noun: the setting of a deed ("during a meeting", "during their talks"). */
const DURING_BEFORE = /\bduring\s+(?:a|an|the|their|his|her|its)\s+(?:[\w-]+\s+){0,2}$/i;

/** A meeting's noun told as the setting of a deed told in the past: "agreed on Sunday ..., during a meeting". */
function settingOfPastDeed(text: string, t: RawTrigger): boolean {
  return (
    // (A visit only where it says where it went: "during a visit to Kyiv by Erdogan".)
    (t.type !== 'visit' || /^\s+to\s+[A-Z]/.test(text.slice(t.end, t.end + 6))) &&
    DURING_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start)) &&
    PAST_TOLD.test(text.slice(0, t.start)) &&
    !FUTURE_TOLD.test(text)
  );
}

/** A plan told in the past tense: "were due to meet", "was scheduled for". */
const PAST_PLAN = /\b(?:was|were)\s+(?:due|scheduled|expected|set|slated|planned)\s+(?:to|for)\b/i;
/** Right before a day: the plan it was given ("a signing ceremony planned for"). */
const PLANNED_FOR_BEFORE = /\b(?:planned|scheduled|set|slated)\s+(?:for|on)\s+$/i;
/** "his first trip to India since 2021", "the first such meeting in six years". */
const FIRST_SINCE =
  /\bfirst\b[^,.;]{0,50}?\b(?:since\s+(?:19|20)\d\d|in\s+(?:\w+\s+)?(?:years|months|decades))\b/gi;
/** What the article's parties are called when counted ("the two sides", "the three leaders"). */
const SIDE_NOUNS = '(?:sides|countries|leaders|presidents|governments|nations|delegations|foreign ministers)';
/** "both sides", "the two leaders": the article's two parties. */
const TWO_SIDES = new RegExp(`\\b(?:the two|both)\\s+${SIDE_NOUNS}\\b`, 'i');
/** The article's parties counted, two or more: "both sides", "the three leaders", "all four delegations". */
const THE_SIDES = new RegExp(
  `\\b(?:the (?:two|three|four|five|six)|both|all (?:three|four|five|six))\\s+${SIDE_NOUNS}\\b`,
  'i',
);
/** "The programme of the visit includes ...", "as part of the visit": what is planned with a visit. */
const VISIT_PROGRAMME =
  /\b(?:programme|program|agenda|schedule|itinerary)\s+(?:of|for)\s+(?:the|his|her|their|this)\s+(?:[\w-]+\s+)?(?:visit|trip)\b|\bas part of (?:the|his|her|their) (?:[\w-]+ )?(?:visit|trip)\b/i;
/** After a trigger: the rest of a tour ("a South American tour that will take him to Chile on Sunday"). */
const TOUR_ONWARD =
  /\b(?:tour|trip|swing|journey)\s*,?\s+(?:which|that)\s+(?:will|would)\s+(?:also\s+|then\s+)?(?:take|bring)\s+(?:him|her|them)\s+(?:on\s+)?to\s/i;

/**
 * ", then <verb>": the next act of a sequence ("to meet Modi in Chennai, then fly to Nepal"); and a
 * semicolon between two acts ("Modi, Putin seal helicopter deal; PM to fly to Kabul on Friday").
 */
const THEN_NEXT_ACT = /,\s+then\s+(?=[a-z])|;\s+(?=\S)/;

/** A non-restrictive "who" clause that reports what a person said ("..., who said he was ready to"). */
const SPEAKER_ASIDE =
  /,\s+who\s+(?:also\s+|later\s+|has\s+|had\s+)?(?:said|says|told|added|warned|offered|urged|insisted|stressed|argued)\b/i;

/**
 * After a trigger: a later part that tells what is done instead, after a comma ("..., will see Park
 * instead") or "and"/"but" ("dropped a visit to Berlin and flew instead, unannounced, to Baghdad").
 */
const INSTEAD_AFTER = /,[^,;]*\binstead\b[^,;]*|\s(?:and|but)\s+(?:then\s+)?[a-z]+\s+instead\b[^;]*/i;

/** The parties the sentence names at least once outside the part `aside` marks (a cause, a venue's clause). */
function namedOutside(
  participants: readonly string[],
  entities: readonly EntityMention[],
  aside: (e: EntityMention) => boolean,
): string[] {
  return uniq(participants.filter((p) => entities.some((e) => e.canonical === p && !aside(e))));
}

/** A clause that tells a cause: "after Israeli strikes on Iran", "amid tensions with ...". */
const CAUSE_CLAUSE = new RegExp(`^(?:after|because|amid|following|despite|${TIME_SPAN}\\s+after)\\b`, 'i');

/**
 * The destination of a trip the meeting `trig` is the purpose of ("will travel to Oman this weekend for
 * a sixth round of talks"), when a visit trigger before it names one and "for" joins them.
 */
function tripBefore(
  trig: RawTrigger,
  triggers: readonly RawTrigger[],
  entities: readonly EntityMention[],
  text: string,
): EntityMention | undefined {
  const trip = [...triggers]
    .reverse()
    .find((o) => o.type === 'visit' && o.end <= trig.start && /\bfor\b/i.test(text.slice(o.end, trig.start)));
  return trip ? destinationOf(trip, entities, text) : undefined;
}

/** A clause break before another round of the same meetings ("... before the fourth round of talks"). */
const ROUND_AFTER =
  /^\s(?:before|after|ahead of)\s+(?:the|a|an|next|this)\s+(?:[\w'’-]+\s+){0,2}rounds?\s+of\b/i;
/** "the deadline for the talks", "preparations for the summit": a noun the event only qualifies. */
const OWNED_BY_NOUN_BEFORE =
  /\b(?:deadline|cut-?off|ultimatum|registration|accreditation|preparations?|agenda|invitations?|security|logistics)\s+(?:for|of|to)\s+(?:the|a|an|this|that|their|its|next|new)?\s*(?:[\w'’-]+\s+){0,3}$/i;
/** A verb whose subject is that noun ("expires on Friday", "will begin on Monday"). */
const OWN_VERB =
  /\b(?:expires?|expired|ends?|ended|runs? out|ran out|pass(?:es|ed)?|closes?|closed|begins?|began|starts?|started|opens?|opened|is|are|was|were|will|has|have|had)\b/i;
/** Told in the past of a guest: the visit they came for is under way or done. */
const HOSTED_OR_ARRIVED =
  /\b(?:hosted|welcomed|received|arrived|landed|flew|travell?ed|left|departed|set (?:off|out))\b/i;
/** "... and hold a summit", "... and sign the agreement": a second act joined to the clause's first. */
const ALONG_TRIP =
  /\band\s+(?:will\s+)?(?:hold|have|attend|sign|ink|co-?chair)\s+(?:(?:a|an|the|their|his|her)\s+)?(?:[\w'’-]+\s+){0,3}$/i;
/** "will sign the agreement when Marcos visits Hanoi on May 28": the act is set at the trip after it. */
const WHEN_TRIP_AFTER =
  /^[^,;.]{0,80}?\bwhen\s+(?:[\w'’.-]+\s+){1,6}(?:visits|travels|arrives|comes|is in|makes|pays)\b/i;
/** "ended / wrapped up a two-day", right before a meeting noun. */
const ENDED_SPAN =
  /\b(?:ended|concluded|wrapped up|closed|rounded off)\s+(?:(?:a|an|the|their|his|her|its)\s+)?(two|three|four|five|2|3|4|5)-day\s+(?:[\w'’-]+\s+){0,2}$/i;
const SPAN_DAYS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  '2': 2,
  '3': 3,
  '4': 4,
  '5': 5,
};

/**
 * Right before a signing: a relative clause on the meeting a trip is for ("will travel to Berlin on
 * Wednesday for consultations, at which the two leaders are due to sign ...").
 */
const AT_WHICH_BEFORE = /,\s+(?:at|during)\s+which\s+(?:[\w'’.-]+\s+){0,6}$/i;
/** Between a visit and a summit after it: the visitor goes on to join the summit. */
const JOINS_SUMMIT = /\band\s+(?:will\s+|then\s+)?(?:attend|take\s+part\s+in|participate\s+in|join)\b/i;
/** "will visit Moscow on Friday to sign a treaty": the act is what the trip is for. */
const TRIP_THEN_TO =
  /\b(?:visit|travel|trip|arriv|land|fly|head|go|come|expected in|due in|be in)\w*\b[^,;.]{0,80}?\s(?:in order\s+)?to\s+$/i;
/** Right after a meeting noun: "between A and B" (up to a preposition that starts the venue or day). */
const BETWEEN_AFTER =
  /^\s+(?:[\w'’-]+\s+){0,3}?between\s+(?:(?!\b(?:on|in|at|from|for|to|next|this|later)\b)[^,;])+?\band\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s*)+(?:,\s*(?:[A-Z][\w'’.-]*\s*)+)*(?:,?\s*and\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s*)+)?/;
/** After "signed": a law, a decree or a letter, not an agreement between states ("signed into law the treaty"). */
const NOT_AN_ACCORD_SIGNED =
  /^\s+(?:into law|(?:off\s+on\s+)?(?:(?:a|an|the|two|three|several|new|his|her|its)\s+)?(?:(?!(?:and|but|then|or)\s)[\w-]+\s+){0,2}(?:decrees?|laws?|bills?|(?:executive\s+)?orders?|legislation|ordinances?|resolutions?|petitions?|letters?|(?:condolence\s+|guest\s*|visitors['’]?\s+)?books?|autographs?|instruments? of ratification|communiqu[eé]s?|statements?|joint\s+documents?)\b)/i;
/** Before "signed": an agreement named by who signed it ("the accord (that) they signed"). */
const SIGNED_RELATIVE =
  /\b(?:treaty|agreement|deal|accord|pact|declaration|memorandum|charter|truce|ceasefire)\s+(?:(?:that|which)\s+)?(?:it|they|he|she|we|both(?:\s+sides)?|the two(?:\s+[\w-]+)?|the\s+(?:country|nation|bloc|government|kingdom)|[A-Z][\w'’-]*)\s+(?:had\s+|has\s+|have\s+|ever\s+|has\s+ever\s+|had\s+ever\s+)?$/;
/** Before a meeting noun: the thing meant is said not to be one ("is not the signing", "won't be a summit"). */
const NOT_BE_BEFORE =
  /\b(?:(?:is|are|was|were|will|would)\s+not\s+be|(?:is|are|was|were)\s+not|(?:isn|aren|wasn|weren)['’]t|won['’]t\s+be|wouldn['’]t\s+be)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}$/i;
/** Right before "talks": one side stays away ("would not take part in Sunday's talks"). */
const WONT_TAKE_PART =
  /\b(?:will|would|shall)\s+not\s+(?:take part in|participate in|attend|join)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$|\b(?:won['’]t|wouldn['’]t)\s+(?:take part in|participate in|attend|join)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$/i;
/** Right before a verb: the act did not happen ("failed to sign", "did not meet", "was not signed"). */
const FAILED_TO =
  /\b(?:(?:failed|fail|fails|refused|refuse|refuses|declined|declines)\s+to|(?:did|does|was|were)\s+not|didn['’]t|doesn['’]t|wasn['’]t|weren['’]t)\s*$/i;
/** A sentence that opens with its source: "Oman's foreign minister said on Monday that". */
const LEADING_SAID =
  /^[^,;]{0,80}?\b(?:said|says|told reporters|announced|confirmed|stated)\b(?:\s+(?:on|late on|early on)\s+\w+)?(?:\s+that)?\s/i;
/** ", the first foreign leader to": a description of someone the sentence already told of. */
const FIRST_TO_BEFORE =
  /(?:,\s*|\b(?:make|makes|made|making)\s+(?:him|her|them|it)\s+|\b(?:is|was|be|become|becomes|became)\s+)(?:the|a|an|his|her|their)?\s*(?:first|second|third|last|latest|only)\s+(?:[\w'’-]+\s+){0,5}to\s+$/i;
const SIDELINES_WORD = /\b(?:sidelines|margins)\b/;
/** After a visit noun: its destination and its own day ("to Moscow on Friday", "to Hanoi on May 28"). */
const DATED_TRIP_AFTER =
  /^\s+to\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}(?:on|from)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d)/;
/** After a meeting noun: its own day, maybe after its venue ("in Beijing on Monday", "on May 12"). */
const DATED_MEETING_AFTER =
  /^\s+(?:(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3})?on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d)/;
/** Right before "summit": a gathering of firms or of some trade. */
const BUSINESS_BEFORE =
  /\b(?:business|investment|investors?|industry|industrial|tech|technology|corporate|CEO|CEOs|media|youth|mayors['’]?)\s+$/i;
/** A hedge with a condition in one clause: "might travel ... if", "could meet ... provided". */
const HYPOTHETICAL =
  /\b(?:might|could|may|would)\b[^;]*?\b(?<!\b(?:even|as) )(?:if|unless|provided that|on condition that)\b(?! (?:any|needed|necessary|required)\b)/i;
/** Right before a signing noun: a body allows it ("authorising the signature of", "approved the signing of"). */
const SIGNING_ALLOWED =
  /\b(?:authori[sz](?:e|es|ed|ing)|approv(?:e|es|ed|ing)|endors(?:e|es|ed|ing)|green-light(?:s|ed|ing)?|sanction(?:s|ed|ing)?)\s+(?:the\s+|its\s+|a\s+)?(?:formal\s+|final\s+)?$/i;

/** Right before a meeting noun: someone only offers or proposes it ("is ready to host the meeting"). */
const OFFER_BEFORE =
  /\b(?:offered|offers|offering|proposed|proposes|proposing|suggested|suggests|volunteered|ready|willing|prepared)\s+(?:(?:last|this|next)\s+\w+\s+|again\s+|repeatedly\s+)?(?:to\s+(?:host|hold|organi[sz]e|mediate|convene|broker)|hosting|holding|organi[sz]ing)\s+(?:(?:the|a|an|new|fresh|further|direct|peace|its|their)\s+)*(?:[\w'’-]+\s+){0,2}$/i;
/** After "meet": people who speak for no state ("business leaders", "leaders of the city's Jewish community"). */
const NOT_ENVOYS_AFTER =
  /^\s+(?:with\s+)?(?:(?:members|representatives|leaders|heads)\s+of\s+)?(?:(?:the|a|an|some|several|local|top|leading)\s+)?(?:[\w-]+['’]s\s+)?(?:[A-Z][\w'’-]*\s+){0,2}(?:business(?:\s+leaders|people|men|women)?|executives|CEOs|chief executives|investors|entrepreneurs|industrialists|students|community(?:\s+leaders)?|diaspora|expatriates|journalists|editors|workers|troops|soldiers|athletes|fans|artists|scholars|academics|religious leaders|firefighters|exhibitors|veterans|survivors|volunteers|families|children|civil society|cultural figures|victims|refugees|displaced (?:people|persons|families)|clergy|priests|bishops|nuns|seminarians|faithful|worshippers|patients|orphans|young people|youth|farmers|villagers|(?:[\w-]+\s+)?(?:world|scene|sector|industry))\b/;
const PRIVATE_TRAVELLERS =
  /\b(?:tourists|visitors|holidaymakers|travell?ers|pilgrims|fans|supporters|students|pupils|investors|businesspeople|businessmen|migrants|refugees|workers|citizens|nationals|residents|athletes|players|artists|journalists|team|teams|negotiators|technical experts)\b(?:\s+\w+){0,3}\s*$/i;

/** Right before a trip told after another act: the traveller's next deed ("..., and will visit Ghana"). */
const NEXT_TRIP_BEFORE =
  /\b(?:and|then)\s+(?:then\s+)?(?:will|would|is to|is due to|is set to|is expected to)\s+(?:then\s+|also\s+)?$/i;

/** Before a trip: the people sent ahead of a visit ("An advance team of officials from the President's Office"). */
const ADVANCE_TEAM_BEFORE =
  /\b(?:advance|security|protocol|preparatory|logistics|reconnaissance|recce)\s+(?:team|teams|party|parties|unit|detail|delegation)\b[^.;,]{0,60}$/i;

const JOURNEY_TO_SUMMIT =
  /^(?:[^.;]|\.(?= \d)){0,60}(?<!\b(?:groundwork|ground|way|stage)\s+)\bfor\s+(?:a|an|the|their|its)\s+(?:[\w'’-]+\s+){0,3}summit\b/i;

/** A visit's destination: a place named right after the trigger ("visit Moscow", "trip to the Russian Far East"). */
function destinationOf(
  trig: RawTrigger,
  entities: readonly EntityMention[],
  text: string,
): EntityMention | undefined {
  return entities.find(
    (e) =>
      e.start >= trig.end &&
      e.start - trig.end <= 40 &&
      entityKind(e.canonical) === 'country' &&
      e.via !== 'leader' &&
      e.via !== 'official' &&
      (/^\s*(?:(?:on\s+)?(?:to|in|into|at)\s+(?:the\s+)?(?:(?!by\b|with\b|from\b|and\b|said\b)[\w'’-]+\s+){0,4}|(?:the\s+)?)$/i.test(
        text.slice(trig.end, e.start),
      ) ||
        // "a tour of Uzbekistan" (a "visit of" names the visitor).
        (/^tour/i.test(text.slice(trig.start, trig.end)) &&
          /^\s+of\s+(?:the\s+)?$/.test(text.slice(trig.end, e.start))) ||
        // "arrived at Joint Base Andrews near Washington", "arrived at Haneda airport in Tokyo": a spot
        // the article does not know, in or near the place it names.
        (/\b(?:in|at)$/i.test(text.slice(trig.start, trig.end)) &&
          /^\s+(?:the\s+)?(?:(?!by\b|with\b|from\b|and\b|said\b|for\b|ahead\b)[\w'’.-]+\s+){1,5}(?:near|outside|in|at)\s+(?:the\s+)?$/i.test(
            text.slice(trig.end, e.start),
          ))),
  );
}

/** Before a tour's first leg: the tour is said to start ("to begin a tour of", "sets off on"). */
const TOUR_START_BEFORE =
  /\b(?:begin|begins|began|beginning|start|starts|started|starting|embark\w*|set(?:s|ting)? off|set out|sets out|kick(?:s|ed|ing)? off|open(?:s|ed|ing)?)\b[^,;]{0,40}\b(?:tour|trip|swing|visits)\b|\b(?:depart(?:s|ed|ing)?|leav(?:e|es|ing)|left|set(?:s|ting)? off|sets out|set out)\s+for\s+(?:the\s+)?$/i;

/** Right after a meeting noun: the meeting goes on ("talks were due to continue", "the summit continues"). */
const CONTINUED_AFTER =
  /^\s+(?:(?:was|were|is|are)\s+(?:due|expected|set|scheduled)\s+to\s+|(?:will|would|should|are to|is to)\s+)?(?:continue|continues|continued|go on|goes on)\b/i;
/** Right before a trip noun: the trip goes on ("continue his visit"). */
const CONTINUED_BEFORE = /\bcontinu(?:e|es|ed|ing)\s+(?:his|her|their|its|the)\s+(?:[\w'’-]+\s+){0,2}$/i;

function sentenceMentions(sentence: Sentence, position: number, ctx: SentenceContext): Mention[] {
  const text = sentence.text;
  const found = findTriggers(text, sentence.headline);
  const triggers = found.filter((t) => {
    // "landed here" is an arrival only where the dateline says where here is (addDatelinePlace).
    if (
      t.type === 'visit' &&
      /^\s+here\b/i.test(text.slice(t.end, t.end + 6)) &&
      !factsOf(text, ctx.facts).entities.some(
        (e) => e.surface === 'here' && e.start > t.end && e.start - t.end <= 2,
      )
    )
      return false;
    // "is due to continue his visit on Friday in Andijan": a later stage of a trip under way, not its start.
    if (
      !t.verb &&
      t.type === 'visit' &&
      CONTINUED_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start))
    )
      return false;
    // "Talks were due to continue on Monday": the next day of a meeting under way, not a new one or a new day.
    if (!t.verb && t.type !== 'visit' && CONTINUED_AFTER.test(text.slice(t.end, t.end + 60))) return false;
    // "during the visit" sets the scene, but "during Pezeshkian's visit to Moscow on Friday" also dates it.
    if (
      isReference(text, t) &&
      !(t.type === 'visit' && DATED_TRIP_AFTER.test(text.slice(t.end, t.end + 60))) &&
      // "agreed on Sunday to strengthen cooperation ..., during a meeting at La Moneda palace".
      !(/^(?:talks|summit|meeting|visit)$/i.test(text.slice(t.start, t.end)) && settingOfPastDeed(text, t)) &&
      // "discussed Ukraine during talks in Beijing on Monday": talks with a day of their own happened.
      !(
        /^(?:talks|summit)$/i.test(text.slice(t.start, t.end)) &&
        /\bduring\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, t.start - 12), t.start)) &&
        DATED_MEETING_AFTER.test(text.slice(t.end, t.end + 60))
      )
    )
      return false;
    // "Zelensky to visit Washington on Monday after Alaska summit": a meeting a plan comes after is its
    // backdrop, not one of the plan's parties ("wrapped up his visit after summit talks" told it held).
    if (!t.verb && t.type !== 'visit' && t.type !== 'signing') {
      const after = AFTER_MEETING.exec(text.slice(Math.max(0, t.start - 40), t.start));
      if (after && PLAN_BEFORE.test(text.slice(0, Math.max(0, t.start - 40) + after.index))) return false;
    }
    // "The talks will be hosted by the Swedish government": the meeting's host, not a guest's trip.
    if (
      t.type === 'visit' &&
      /^(?:be|being)\s/i.test(text.slice(t.start, t.end)) &&
      /\b(?:talks|summit|meeting|negotiations|round|conference|ceremony|signing)\s+(?:will|would|is|are|was|were|to)\s+(?:\w+\s+)?$/i.test(
        text.slice(Math.max(0, t.start - 40), t.start),
      )
    )
      return false;
    // "Friday's ceremony would not be the formal signing of the treaty": what something is not.
    if (!t.verb && NOT_BE_BEFORE.test(text.slice(Math.max(0, t.start - 50), t.start))) return false;
    // "The two teams never met face to face": no meeting.
    if (
      t.inherent === 'occurred' &&
      /\bnever\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, t.start - 16), t.start))
    )
      return false;
    // "would meet in the coming weeks to sign bilateral agreements": the meeting is the signing.
    if (
      t.type === 'meeting' &&
      t.verb &&
      /^[^.;,]{0,60}?\bto\s+(?:sign|ink|initial)\b/i.test(text.slice(t.end, t.end + 70))
    )
      return false;
    // "Diplomats said no agreements would be signed during the trip": none is planned.
    if (t.type === 'signing' && NO_ACCORD_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start)))
      return false;
    // "a joint statement urging the European Union to sign the agreement": an appeal is no plan.
    if (t.verb && URGED_TO.test(text.slice(Math.max(0, t.start - 80), t.start))) return false;
    // "coming to Washington for a summit": the journey is part of the summit, not a visit of its own
    // (and its day, "will travel to Dushanbe on Oct. 9 for a CIS summit", is the summit's).
    if (t.type === 'visit' && t.verb && JOURNEY_TO_SUMMIT.test(text.slice(t.end))) return false;
    // "Russian tourists will visit Turkey": travellers who are nobody's envoys make no state visit; "the
    // Israeli team arrived in Doha": a negotiating team's trip is part of its talks.
    if (t.type === 'visit' && PRIVATE_TRAVELLERS.test(text.slice(Math.max(0, t.start - 40), t.start)))
      return false;
    // "An advance team of officials from the President's Office left for New Delhi on Monday": the
    // trip's preparers, not the trip.
    if (t.type === 'visit' && ADVANCE_TEAM_BEFORE.test(text.slice(Math.max(0, t.start - 80), t.start)))
      return false;
    // "will leave for London on Monday evening ahead of his state visit": the departure, not the visit.
    if (
      t.type === 'visit' &&
      DEPARTURE_START.test(text.slice(t.start, t.end)) &&
      /^[^.;]{0,60}?\bahead of\s+(?:his|her|their|the|a)\s+(?:[\w-]+\s+){0,2}(?:visit|trip|tour)\b/i.test(
        text.slice(t.end),
      )
    )
      return false;
    // "On Thursday he visits the Istiqlal mosque", "will visit a car factory": a stop on a trip, not a
    // state visit of its own.
    if (
      t.type === 'visit' &&
      /^visit(?:s|ed|ing)?$/i.test(text.slice(t.start, t.end)) &&
      LANDMARK_AFTER.test(text.slice(t.end, t.end + 60))
    )
      return false;
    // "..., the first Arab leader to visit since the inauguration": a description of the visitor ("the
    // first EU head of government to sit down with Putin since ...": of the one who meets).
    if (
      (t.type === 'visit' || t.type === 'meeting') &&
      FIRST_TO_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start))
    )
      return false;
    // "met in Busan on Thursday, their first face-to-face talks since 2019": the apposition describes
    // the meeting just told, it is no second one.
    if (
      t.type !== 'visit' &&
      /,\s*(?:their|his|her|its|the)\s+first\s+(?:[\w-]+\s+){0,3}$/i.test(
        text.slice(Math.max(0, t.start - 50), t.start),
      ) &&
      /^\s+(?:since|in)\b/i.test(text.slice(t.end, t.end + 12))
    )
      return false;
    // "an investment summit with Japanese companies", "the India-Africa Business Summit": a meeting of
    // firms, not of states.
    if (
      t.type === 'summit' &&
      (BUSINESS_BEFORE.test(text.slice(Math.max(0, t.start - 20), t.start)) ||
        NOT_ENVOYS_AFTER.test(text.slice(t.end, t.end + 80).replace(/^\s+with\b/, '')) ||
        /^\s+with\s+(?:[A-Z][\w'’-]*\s+)?(?:companies|firms|businesses)\b/.test(
          text.slice(t.end, t.end + 60),
        ))
    )
      return false;
    // "offered to host the talks", "proposed holding a summit": an offer, not a plan.
    if (!t.verb && OFFER_BEFORE.test(text.slice(Math.max(0, t.start - 80), t.start))) return false;
    // "will meet Vietnamese business leaders": people who are no state's envoys hold no talks with it.
    if (t.type === 'meeting' && t.verb && NOT_ENVOYS_AFTER.test(text.slice(t.end, t.end + 80))) return false;
    // "have so far refused to meet face to face": a meeting refused is none planned.
    if (
      t.type === 'meeting' &&
      t.verb &&
      /\b(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing))\s+to\s+$/i.test(
        text.slice(Math.max(0, t.start - 20), t.start),
      )
    )
      return false;
    // "does not meet the definition of refugees", "met the deadline": a standard met, not a meeting.
    if (t.type === 'meeting' && t.verb && MET_STANDARD_AFTER.test(text.slice(t.end, t.end + 50)))
      return false;
    // "will visit the Dujiangyan irrigation system on Wednesday": a site toured on a trip, not a trip.
    if (
      t.type === 'visit' &&
      /^(?:visit|visits|visited|visiting|tour|tours|toured|touring)$/i.test(text.slice(t.start, t.end)) &&
      SITE_AFTER.test(text.slice(t.end, t.end + 80))
    )
      return false;
    // "the security cabinet would convene on Friday to approve it", "a cabinet meeting": a state's own
    // body meeting at home holds no talks with another.
    if (
      t.type === 'meeting' &&
      // ("a joint cabinet meeting" of two governments is their consultations.)
      ((DOMESTIC_BODY_BEFORE.test(text.slice(Math.max(0, t.start - 50), t.start)) &&
        !/\bjoint\s+cabinet\s+$/i.test(text.slice(Math.max(0, t.start - 20), t.start))) ||
        // "The Federal Council had approved the text at its meeting on Wednesday": one body's own sitting.
        (!t.verb &&
          /\bits\s+(?:(?:weekly|regular|monthly|last|latest|next|own)\s+)?$/i.test(
            text.slice(Math.max(0, t.start - 20), t.start),
          )) ||
        // "will address a joint meeting of the U.S. Congress": a legislature's sitting.
        /^\s+of\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){0,2}(?:Congress|Parliament|Senate|Knesset|Duma|Bundestag|National Assembly|legislature|cabinet)\b/.test(
          text.slice(t.end, t.end + 50),
        ))
    )
      return false;
    // "an extraordinary summit of the African Union convened by President Kagame": the meeting named
    // by who calls it, not news of a sitting.
    if (
      /^convened$/i.test(text.slice(t.start, t.end)) &&
      /^\s+by\b/.test(text.slice(t.end, t.end + 4)) &&
      !/\b(?:was|were|been|is|are|be)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, t.start - 20), t.start))
    )
      return false;
    if (t.type === 'visit' && /^(?:is|are|will)\b/i.test(text.slice(t.start, t.end)))
      return personBefore(text, t, ctx);
    if (t.type !== 'signing') return true;
    // An agreement named in the sentence, or one the article names, taken up by a pronoun ("will sign
    // it", "It will be signed on Friday") or by "the signing" ("The signing is expected on Friday").
    const agreement =
      AGREEMENT_NOUN.test(text) ||
      SIGNED_OBJECT.test(text.slice(t.end, t.end + 60)) ||
      (ctx.articleHasAgreement() &&
        (/^\s+(?:it|them)\b/i.test(text.slice(t.end)) ||
          /^(?:it|they)\s+(?:will|would|is|are|was|were|has|have|had)\s+(?:(?:now|also|finally|formally|then|to)\s+)?(?:be|been)\s+$/i.test(
            text.slice(0, t.start),
          ) ||
          (/^signing$/i.test(text.slice(t.start, t.end)) &&
            (/\bthe\s+$/i.test(text.slice(Math.max(0, t.start - 5), t.start)) ||
              // "A signing ceremony is scheduled for Friday".
              /^\s+ceremon(?:y|ies)\b/i.test(text.slice(t.end))))));
    return (
      agreement &&
      // "the agreement it signed with Cambodia last month": the accord is named by a signing told before.
      !(
        /^signed$/i.test(text.slice(t.start, t.end)) &&
        SIGNED_RELATIVE.test(text.slice(Math.max(0, t.start - 60), t.start))
      ) &&
      !NOT_A_SIGNING.test(text.slice(Math.max(0, t.start - 12), t.end + 6)) &&
      !NOT_AN_ACCORD_SIGNED.test(text.slice(t.end, t.end + 50))
    );
  });
  if (triggers.length === 0) return [];

  const spans = clauseSpans(text);
  const cues = findCues(text);
  const facts = factsOf(text, ctx.facts);
  // "..., von der Leyen told EU leaders at a summit on Thursday": a meeting in the attribution is where
  // it was said, not news, when the sentence tells of an event before it.
  if (facts.attributionStart < text.length && triggers.some((t) => t.start < facts.attributionStart))
    for (let k = triggers.length - 1; k >= 0; k--)
      if (triggers[k]!.start >= facts.attributionStart) triggers.splice(k, 1);
  let partyEntities = facts.entities;
  let sourceEnd = 0;
  if (partyEntities.length > 0) {
    // "According to X, the deal will be signed": X's country is the source, not a party.
    const leading =
      /^According to [^,]{0,80},(?:[^,]{0,80}(?:official|spokes\w*|minister|envoy|advis[eo]r|agency|source)[^,]{0,40},)?/i.exec(
        text,
      );
    const head = leading ? leading[0].length : 0;
    // The leading attribution ends at a comma, which no mask pattern spans: the masked text serves it too.
    const masked = maskedOf(text, facts);
    partyEntities = entitiesOutside(
      text,
      head === 0 ? masked : ' '.repeat(head) + masked.slice(head),
      partyEntities,
    );
    // "Oman's foreign minister said the fifth round of Iran-US talks would ...": a speaker named
    // before "said" is the source when the rest of the sentence names two parties of its own. Not a
    // leader: "Putin said he would visit India", "Trump said Modi had invited him" speak of their own.
    const said = LEADING_SAID.exec(text);
    if (said) sourceEnd = said[0].length;
    if (
      said &&
      !ANY_TRIGGER.test(said[0]) &&
      !partyEntities.some((e) => e.start < said[0].length && e.via === 'leader')
    ) {
      const rest = partyEntities.filter((e) => e.start >= said[0].length);
      if (uniq(rest.map((e) => e.canonical)).length >= 2) partyEntities = rest;
    }
  }
  const dayCache = new Map<Tense, DayExpression[]>();
  const duringVisit = DURING_VISIT.test(text) || VISIT_PROGRAMME.test(text);
  const mentions: Mention[] = [];

  const gatherings = partyEntities.length < facts.entities.length ? [...text.matchAll(SIDELINES_PHRASE)] : [];
  // "The summit will be held on December 26, and Putin plans to host a three-way meeting with ...": a
  // sentence joining two clauses with subjects of their own tells two events, each with its own parties
  // (when its part names two). CLAUSE_BREAK splits before such an "and": the parts are the spans
  // opening on it.
  const parts = spans
    .filter((sp) => text.startsWith('and ', sp.start) && text.slice(sp.start - 2, sp.start) === ', ')
    .map((sp) => sp.start);
  const inOwnPart = (found: EntityMention[], trig: RawTrigger): EntityMention[] => {
    if (parts.length === 0) return found;
    const from = parts.findLast((p) => p <= trig.start) ?? 0;
    const to = parts.find((p) => p > trig.start) ?? text.length;
    const own = found.filter((m) => m.start >= from && m.end <= to);
    if (uniq(own.map((m) => m.canonical)).length >= 2) return own;
    // "ended their talks in Almaty on Friday, and said the next round would start on April 15": a part
    // that names too few parties takes the sentence's, but not a place another part names (its venue).
    return found.filter((m) => (m.start >= from && m.end <= to) || (m.via !== 'capital' && m.via !== 'city'));
  };
  for (const [i, trig] of triggers.entries()) {
    // "ahead of an Arab League summit": the gathering a sidelines phrase names is masked as the setting of
    // the sentence's other events, but its members are the parties of that gathering itself, with its
    // venue after it; the parties of the sentence's main event, before it, are not ("Kenya and Uganda
    // signed a deal days before the African Union summit").
    const gathering = gatherings.find((m) => trig.start >= m.index && trig.end <= m.index + m[0].length);
    // "Xi will not attend the G20 summit", "Putin pulled out of the G20 summit": the summit goes on
    // without them; the absentee is no party, and their withdrawal is not the summit's cancellation.
    const absentFrom = trig.type === 'summit' ? Math.max(0, trig.start - 60) : 0;
    const absent = trig.type === 'summit' ? ABSENT_BEFORE.exec(text.slice(absentFrom, trig.start)) : null;
    const absentAt = absent ? absentFrom + absent.index : -1;
    const entities = inOwnPart(
      (gathering
        ? facts.entities.filter(
            (e) =>
              (partyEntities.includes(e) && e.start >= gathering.index) ||
              (e.start >= gathering.index && e.end <= gathering.index + gathering[0].length),
          )
        : partyEntities
      ).filter((e) => absentAt < 0 || e.start >= absentAt),
      trig,
    );
    const own = spanOf(spans, trig.start);
    const rel = spans[spans.indexOf(own) + 1];
    // "The summit, which had been set for May 5, will now be held on May 12": a noun whose own clause
    // says nothing of it is the subject of the verb after the relative clause that describes it.
    // "will travel to New Delhi, where he is due on February 19": the arrival told after the trip is its day.
    const clause =
      (!trig.verb &&
        rel &&
        /^\s*which\b/i.test(text.slice(rel.start, rel.end)) &&
        !cues.some((c) => c.start >= own.start && c.end <= own.end && !describesTrigger(text, c, trig)) &&
        !triggers.some((t) => t.start >= rel.start && t.start < rel.end)) ||
      (trig.type === 'visit' &&
        rel &&
        /^\s*where\s+(?:he|she|they)\s+(?:is|are|will be)\s+(?:due|expected)\b|^\s*where\s+(?:he|she|they)\s+will\s+(?:arrive|land|stay|spend|remain|be)\b/i.test(
          text.slice(rel.start, rel.end),
        )) ||
      // "for a new round of negotiations with Hamas, which will resume in Doha on Friday": a clause
      // right after the meeting noun telling when it is held is its day.
      (!trig.verb &&
        trig.type !== 'visit' &&
        rel &&
        rel.start - trig.end <= 40 &&
        !triggers.some((t) => t !== trig && t.start > trig.end && t.start < rel.end) &&
        MEETING_HELD_RELATIVE.test(text.slice(rel.start, rel.end)))
        ? { start: own.start, end: rel.end }
        : own;
    const before = text.slice(clause.start, trig.start);
    const clauseText = text.slice(clause.start, clause.end);
    // "If Trump visits Beijing next month, he should ...": a condition, not a plan.
    if (/^\s*(?:if|unless|whether)\b[^,;]*$/i.test(before)) continue;
    // Only the clause's own days count below: a clause that cannot name one needs no parse.
    // A day inside the trailing attribution (", Tokayev said at a meeting with Wang Yi on Friday") dates
    // the statement.
    const clauseDays = (tense: Tense): DayExpression[] =>
      mayNameADay(clauseText)
        ? daysFor(text, ctx, tense, dayCache).map((d) =>
            d.start >= facts.attributionStart && !d.attribution ? { ...d, attribution: true } : d,
          )
        : [];
    // "The plan had been to sign it in June, but that timetable had to be adapted": a change in a
    // following "but" clause without a trigger of its own speaks of this one.
    const nextClause = clause === own ? rel : spans[spans.indexOf(rel!) + 1];
    const butClause =
      nextClause &&
      /^\s*but\b/i.test(text.slice(nextClause.start, nextClause.end)) &&
      !triggers.some((t) => t.start >= nextClause.start && t.start < nextClause.start + 40)
        ? nextClause
        : null;
    const clauseCues = cues.filter(
      (c) =>
        (c.start >= clause.start && c.end <= clause.end) ||
        (butClause &&
          c.start >= butClause.start &&
          c.end <= butClause.end &&
          (c.cue === 'postponed' || c.cue === 'cancelled')),
    );
    if (clauseCues.some((c) => c.cue === 'denied')) continue;

    let cue: Cue | null = null;
    // "will not travel to Cairo", "won't visit": the plan is off, or only delayed when "as planned" or
    // "until ..."; "will not sign unless ..." is a condition, not news.
    const refused =
      /\b(?:will|would|shall)(?:\s+(?:therefore|thus|now|then|also|still|[a-z]{3,}ly))?\s+not(?:\s+be)?\s*$|\bwon['’]t(?:\s+be)?\s*$|\b(?:is|are|am|was|were) not going to\s*$|\b(?:isn|aren|wasn|weren)['’]t going to\s*$/i.test(
        before,
      ) && !/\bunless\b/i.test(clauseText)
        ? // ("will not be meeting in Kigali in June, and the summit would be pushed back": the sentence
          // tells a delay, not an end.)
          // ("will not be convened before Ramadan, and a new date will be agreed": not yet.)
          /\bas (?:planned|scheduled)\b|\buntil\b|\bbefore\b/i.test(clauseText) ||
          /\b(?:a|no) new date\b/i.test(text) ||
          cues.some((c) => c.cue === 'postponed') ||
          // ("will not come to India on 3 April now. New dates of the tour will be decided later.")
          ctx.articleHasNewDate()
          ? 'postponed'
          : 'cancelled'
        : // "failed to sign the agreement on Tuesday": the planned act did not happen, nothing is said
          // of a new day.
          trig.verb && trig.type !== 'visit' && FAILED_TO.test(before)
          ? 'postponed'
          : // "would not take part in Sunday's talks with the United States": talks need both sides.
            trig.type === 'talks' && WONT_TAKE_PART.test(before)
            ? 'cancelled'
            : null;
    // "We are not going to sign the peace treaty tomorrow": a day denied, not a signing called off ("will
    // not sign the deal on Thursday" stays a plan called off).
    if (
      refused === 'cancelled' &&
      trig.type === 'signing' &&
      /\bgoing to\s*$/i.test(before) &&
      clauseDays('future').some((d) => d.start >= trig.end && !d.attribution)
    )
      continue;
    // "told Tokyo that he would not meet foreign leaders before his inauguration": a rule of conduct,
    // no meeting called off.
    if (refused && trig.verb && GENERIC_COUNTERPART.test(text.slice(trig.end, trig.end + 40))) continue;
    const aux = refused ?? (trig.verb ? auxiliaryCue(before) : null);
    if (aux) cue = aux;
    else if (trig.inherent) cue = trig.inherent;
    // "is in Vietnam for a visit", "is currently in Cairo on a two-day visit", "was in Cairo on Monday
    // for talks": under way or done, not planned.
    else if (
      !trig.verb &&
      /\b(?:is|are|was|were) (?:now |currently |already )?(?:in|at) [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*\s+(?:on|for)\s+(?:a|an|his|her|their|the)?\s*(?:[\w-]+\s+){0,2}$/.test(
        before,
      )
    )
      cue = 'occurred';
    // "was called off on Friday after a televised meeting between them descended into a row": a meeting
    // something told in the past came after was held.
    else if (
      !trig.verb &&
      trig.type !== 'visit' &&
      trig.type !== 'signing' &&
      AFTER_MEETING.test(before) &&
      PAST_TOLD.test(before.slice(0, AFTER_MEETING.exec(before)!.index)) &&
      !PLAN_BEFORE.test(before)
    )
      cue = 'occurred';
    // "sat down for their first face-to-face meeting in St Vincent on Thursday".
    else if (!trig.verb && trig.type !== 'visit' && SAT_DOWN_FOR.test(before) && !PLAN_BEFORE.test(before))
      cue = 'occurred';
    // "heads to Moscow on Wednesday to lay the groundwork for a possible meeting": what a trip prepares
    // is planned with no day yet, neither the trip's purpose nor on its day.
    else if (!trig.verb && trig.type !== 'visit' && GROUNDWORK_BEFORE.test(before)) cue = 'future';
    else if (
      !trig.verb &&
      (purposeBefore(before) ||
        // "arrived for the SCO meeting and a state visit to Kazakhstan": a purpose joined to another.
        /\bfor\s+(?:the|a|an|his|her|their)\s[^.;]{0,120}\band\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}$/i.test(
          before,
        ) ||
        // "adopted a decision authorising the signature of the agreement": a step toward the signing.
        (trig.type === 'signing' && SIGNING_ALLOWED.test(before)))
    )
      // "NATO leaders gathered in The Hague on Tuesday for a two-day summit": a gathering told in the
      // past for a summit is that summit under way.
      // So is a visit someone was hosted for or arrived for ("Biden hosted Ruto for a state visit on
      // Thursday"): read ahead, its day would be next Thursday's.
      cue =
        ((trig.type === 'summit' && GATHERED.test(before) && PAST_TOLD.test(before)) ||
          (trig.type === 'visit' && HOSTED_OR_ARRIVED.test(before))) &&
        !FUTURE_TOLD.test(text.slice(0, clause.end))
          ? 'occurred'
          : 'purpose';
    // "The programme of the visit includes ... the signing of several agreements": planned with it.
    else if (!trig.verb && trig.type !== 'visit' && VISIT_PROGRAMME.test(text) && !PAST_TOLD.test(text))
      cue = 'purpose';
    // "expressed his regret on the first day of his state visit to Kenya": a day of the visit told in the
    // past is the visit under way.
    if (
      cue === null &&
      !trig.verb &&
      trig.type === 'visit' &&
      /\b(?:first|second|third|fourth|last|final|opening|closing)\s+day\s+of\s+(?:his|her|their|the)\s+(?:[\w'’-]+\s+){0,2}$/i.test(
        before,
      ) &&
      PAST_TOLD.test(text.slice(0, trig.start)) &&
      !FUTURE_TOLD.test(text)
    )
      cue = 'occurred';
    // "Macron, on a three-day state visit to China, told students ...": a visit the subject is on, told
    // beside the sentence's own verb, is under way.
    if (
      cue === null &&
      !trig.verb &&
      trig.type === 'visit' &&
      /(?:^|,\s*)(?:(?:now|currently|then)\s+)?on\s+(?:his|her|their|a|an)\s+(?:[\w'’-]+\s+){0,3}$/i.test(
        before,
      ) &&
      /^[^,;]{0,60},/.test(text.slice(trig.end)) &&
      !FUTURE_TOLD.test(text.slice(0, trig.start))
    )
      cue = 'occurred';
    // Cues that contain the trigger count at distance 0; the trigger's own word is not a cue. A change
    // word used as an adjective ("will hold their postponed summit") describes the past, not the claim.
    const others = clauseCues.filter(
      (c) =>
        !(c.start >= trig.start && c.end <= trig.end) &&
        !isAdjectivalChange(text, c, trig) &&
        // "its long-delayed free trade agreement": a change word describing another noun is no change.
        !describesNoun(text, c) &&
        !isHistoryOfHappening(text, c, cues) &&
        // "At Thursday's meeting, the leaders agreed to expand trade": an intention after a noun is
        // about what follows it, not about the noun.
        !(!trig.verb && c.start >= trig.end && INTENTION_CUE.test(text.slice(c.start, c.end))) &&
        !(absentAt >= 0 && c.start >= absentAt && c.end <= trig.start) &&
        // "reinstated for Nov. 3 after being called off last week": the change is its past.
        !(
          (c.cue === 'postponed' || c.cue === 'cancelled') &&
          /\b(?:after|since|having)\s+(?:being|been|it was|they were)\s*$/i.test(
            text.slice(Math.max(0, c.start - 25), c.start),
          )
        ) &&
        // A change across a cause or a time clause is another thing's: "was called off after talks between
        // them broke down", "will sign the deal after all, a week after the signing was called off".
        !(
          (c.cue === 'postponed' || c.cue === 'cancelled') &&
          !(c.start <= trig.start && c.end >= trig.end) &&
          /\b(?:after(?! all\b)|before|following|amid|because of)\s/i.test(
            c.end <= trig.start ? text.slice(c.end, trig.start) : text.slice(trig.end, c.start),
          )
        ) &&
        // "The visit, which was postponed last month, will take place on April 14": so is a change told
        // in a relative clause before the plan.
        !(
          (c.cue === 'postponed' || c.cue === 'cancelled') &&
          /,\s*(?:which|that)\s+(?:was|were|had been|has been|have been)\s+(?:\w+\s+)?$/i.test(
            text.slice(Math.max(0, c.start - 40), c.start),
          ) &&
          /^[^,;]*,\s*(?:(?:now|instead|finally)\s+)?(?:will|would|is to|are to|is set to|are set to|is due to|are due to|is scheduled to|are scheduled to)\b/i.test(
            text.slice(c.end),
          )
        ),
    );
    const isChange = (c: FoundCue) => c.cue === 'postponed' || c.cue === 'cancelled';
    // Not across a cause: "was called off on Friday after a meeting between them ended in a row".
    const governs = (c: FoundCue, reach: number) =>
      (c.start <= trig.start && c.end >= trig.end) ||
      (c.end <= trig.start &&
        trig.start - c.end <= reach &&
        !/\b(?:after|following|amid|because of|over)\b/i.test(text.slice(c.end, trig.start)));
    // A change just before the trigger governs it: "called off an expected meeting".
    // "Plans to sign the agreements at next week's summit have been shelved": the plan is the subject of
    // the change, and the gathering it was to happen at only its place.
    const plannedAct = triggers.find(
      (t) =>
        t.verb &&
        t.start >= clause.start &&
        t.start <= trig.start &&
        (PLANS_TO.test(text.slice(clause.start, t.start)) ||
          ACCORD_THAT.test(text.slice(clause.start, t.start))),
    );
    const change =
      others.find((c) => isChange(c) && governs(c, 30)) ??
      (plannedAct === trig ? others.find((c) => isChange(c) && c.start >= trig.end) : undefined) ??
      // "The summit planned for next week has been postponed": the noun is the subject of the change.
      (!trig.verb && !plannedAct
        ? others.find(
            (c) =>
              isChange(c) &&
              c.start >= trig.end &&
              !triggers.some((t) => t !== trig && t.start > trig.end && t.start < c.start),
          )
        : undefined);
    // An abandoned plan governs it too ("had set the summit for March 28"), unless a "but" clause says
    // what became of that plan ("..., but that timetable had to be adapted": pushed back).
    const stale = others.find((c) => c.cue === 'stale' && governs(c, 25));
    const laterChange = butClause ? others.find((c) => isChange(c) && c.start >= butClause.start) : undefined;
    let changeAt = change?.end ?? -1;
    if (change) cue = change.cue;
    else if (stale) {
      cue = laterChange ? laterChange.cue : 'stale';
      changeAt = laterChange?.end ?? -1;
    } else if (cue === null || cue === 'occurred' || cue === 'future') {
      const near = nearestCue(others, trig.start, trig.end);
      // A change or an abandoned plan next to the trigger outranks its tense.
      if (near && (cue === null || isChange(near) || near.cue === 'stale')) {
        const distance = near.end <= trig.start ? trig.start - near.end : Math.max(0, near.start - trig.end);
        if (cue === null || distance < 40) {
          cue = near.cue;
          changeAt = near.end;
          // "arrived in Moscow for talks and the signing of a treaty": what follows "for" is the
          // purpose of the happening, not part of it.
          if (
            cue === 'occurred' &&
            !trig.verb &&
            near.end <= trig.start &&
            /\bfor\b/i.test(text.slice(near.end, trig.start))
          )
            cue = 'purpose';
        }
      }
    }
    // A noun with a day of its own and no other cue, in a sentence told in the past ("Thursday's summit
    // produced a joint statement", "the meeting on Thursday was their first"), happened that day when
    // that day has just passed.
    // The day a trigger carries itself: in its clause, close to it, not dating an earlier verb.
    // "Jan. 17 has been chosen as the date of the visit": the noun's date, named anywhere in the clause.
    const dateOf = !trig.verb && /\bdates?\s+(?:of|for)\s+(?:the|his|her|their|its)\s+$/i.test(before);
    const ownDay = (tense: Tense) =>
      clauseDays(tense).find(
        (d) =>
          !d.attribution &&
          d.start >= clause.start &&
          d.end <= clause.end &&
          (dateOf ||
            Math.abs(d.start - trig.start) <= 30 ||
            // ("departs for Uzbekistan and Kazakhstan on Sunday": the places between are the trip's.)
            (trig.verb &&
              trig.type === 'visit' &&
              d.start >= trig.end &&
              d.start - trig.end <= 45 &&
              !/[,;]/.test(text.slice(trig.end, d.start)))) &&
          !dayGovernsEarlierVerb(text, d, trig) &&
          // "a trip to Washington ... once the trade agreement comes into force on July 1": the day
          // an accord takes effect.
          !INTO_FORCE_BEFORE.test(text.slice(Math.max(0, d.start - 40), d.start)),
      );
    // "confirmed the meeting", "did not confirm the visit": a noun reported on, whose day dates the report.
    const reportedOn =
      !trig.verb && REPORTED_OBJECT.test(text.slice(Math.max(0, trig.start - 50), trig.start));
    // Its own clause's tense, not the sentence's: "took over the chair at a summit in Accra on Tuesday and
    // said his country would host the next one" tells the Accra summit in the past.
    const toldPast =
      cue === null &&
      !trig.verb &&
      PAST_TOLD.test(clauseText) &&
      !FUTURE_TOLD.test(clauseText) &&
      !reportedOn;
    if (toldPast) {
      const past = ownDay('past');
      // Only a day just past: "the Jan. 17 summit was announced" in December is still ahead.
      const ago = past ? daysBetween(past.day, ctx.reference) : -1;
      if (ago >= 0 && ago <= RECENT_OCCURRENCE_DAYS) cue = 'occurred';
    }
    // A noun with a day of its own and no other cue ("the May 12-13 meeting") is a plan when the day is
    // ahead; so is a verb in the present tense ("heads to Cairo on Thursday").
    if (
      cue === null &&
      (!trig.verb || /^(?!is\b|has\b|was\b)[a-z]+s\b/i.test(text.slice(trig.start, trig.end)))
    ) {
      const found = ownDay('future');
      // A bare weekday in a sentence told in the past is not ahead ("issued a statement after their talks
      // on Thursday"); a date may be ("the Jan. 17 summit was announced on Monday").
      const ahead = toldPast && found?.kind === 'weekday' ? undefined : found;
      // A noun's bare weekday with no tense to go by is the nearest one ("Thursday's talks are seen as a
      // breakthrough", written on a Friday, is yesterday's): a plan only when that one is still ahead.
      const nearest =
        ahead?.kind === 'weekday' && !trig.verb
          ? clauseDays('unknown').find((d) => d.start === ahead.start)
          : ahead;
      if (ahead && nearest && daysBetween(ctx.reference, nearest.day) >= 0) cue = 'future';
      // "In the evening he flies on to Astana", "The following day he heads to Doha": a programme told
      // in the present from a day told before.
      else if (
        !ahead &&
        trig.verb &&
        trig.type === 'visit' &&
        (SAME_DAY_OPENING.test(text) || THE_FOLLOWING_DAY.test(text)) &&
        !toldPast
      )
        cue = 'future';
    }
    // "The summit, originally set for March 5, will now take place on March 12": the sentence that
    // names the abandoned plan gives the new day after "now" or "instead", or right before "instead"
    // ("will take place on Wednesday instead"). Returns where the new plan's days start, or -1.
    const turnTo = (from: number): number => {
      // (Or the main verb after the parenthesis that told the old plan: "..., originally planned for
      // Brussels, will be held in Beijing on July 24".)
      const turn =
        /\b(?:now|instead)\b|,\s*(?=(?:will|is to|are to|is set to|are set to|is due to|are due to|is scheduled to|are scheduled to|is expected to|are expected to)\b)/i.exec(
          text.slice(from, clause.end),
        );
      const at = turn ? from + turn.index : -1;
      const days = clauseDays('future').filter((d) => !d.attribution && d.end <= clause.end);
      if (turn && days.some((d) => d.start > at)) return at;
      return days.find((d) => d.start > from && /^\s*instead\b/i.test(text.slice(d.end)))?.start ?? -1;
    };
    let daysFrom = clause.start;
    if (cue === 'stale') {
      const at = turnTo(Math.max(stale?.end ?? changeAt, trig.end));
      if (at >= 0) {
        cue = 'future';
        daysFrom = at;
      }
    }
    // "The summit, which was postponed last month, will now take place on June 17": the change is the
    // summit's past; the day after "now" or "instead", later in the clause, is its new plan.
    if ((cue === 'postponed' || cue === 'cancelled') && changeAt >= 0) {
      const at = turnTo(Math.max(changeAt, trig.end));
      if (at >= 0) {
        cue = 'future';
        daysFrom = at;
      }
    }
    // "The leaders of Britain and France meet in Paris on Friday", "Today the two leaders meet": the plain
    // present with a day of its own, today or ahead, is the plan for that day (a headline's present
    // tells news, and is left to the rules above).
    if (
      cue === null &&
      trig.verb &&
      !sentence.headline &&
      /^(?:meet|sign)$/i.test(text.slice(trig.start, trig.end)) &&
      clauseDays('unknown').some(
        (d) =>
          !d.attribution &&
          d.start >= clause.start &&
          d.end <= clause.end &&
          daysBetween(ctx.reference, d.day) >= 0 &&
          daysBetween(ctx.reference, d.day) <= 14,
      )
    )
      cue = 'future';
    // "09:04 - Handshake. Trump and Kim meet in front of the flags": a timed entry of a live page tells
    // in the plain present what is happening as it is written, when it names no other time for it (a
    // quotation in the entry, 'Stoltenberg: "We meet at a pivotal moment"', is not the entry's own word).
    if (
      cue === null &&
      ctx.liveEntry === true &&
      trig.verb &&
      LIVE_PRESENT.test(text.slice(trig.start, trig.end)) &&
      (text.slice(0, trig.start).match(/["“”]/g)?.length ?? 0) % 2 === 0 &&
      !LIVE_AHEAD.test(text.slice(clause.start, clause.end)) &&
      !clauseDays('unknown').some((d) => d.start >= clause.start && d.end <= clause.end)
    )
      cue = 'occurred';
    // "Boric and Scholz agreed on Sunday to strengthen cooperation ..., during a meeting at La Moneda
    // palace": a meeting told as the setting of a past deed was held.
    if (cue === null && !trig.verb && trig.type !== 'signing' && settingOfPastDeed(text, trig))
      cue = 'occurred';
    // "Trump arrives in Britain for state visit": a headline's present arrival is news of it, and so is
    // a live page's key point written like one ("- Starmer arrives at the White House").
    if (
      cue === null &&
      (sentence.headline || sentence.keyPoint === true) &&
      trig.type === 'visit' &&
      (/^(?:arrives?|lands?)\b/i.test(text.slice(trig.start, trig.end)) ||
        (sentence.headline && HEADLINE_HOSTING_WORD.test(text.slice(trig.start, trig.end))))
    )
      cue = 'occurred';
    // "Doctors told him on Tuesday not to make the trip": advice against a trip is no plan of it.
    if (
      /\bnot\s+to\s+(?:(?:make|take|undertake|go\s+on|travel\s+on)\s+)?(?:the\s+|this\s+|that\s+|his\s+|her\s+)?$/i.test(
        text.slice(Math.max(0, trig.start - 40), trig.start),
      ) &&
      /\b(?:told|tell|tells|advised|advise|advises|urged|urge|urges|asked|warned|warn|warns|recommended)\b/i.test(
        text.slice(clause.start, trig.start),
      )
    )
      continue;
    // "will fly home on Sunday instead of going on to Port Moresby": the trip given up for another plan.
    if (
      trig.type === 'visit' &&
      (cue === 'future' || cue === 'purpose' || cue === null) &&
      /\binstead\s+of\s+(?:[\w'’-]+\s+){0,2}$/i.test(text.slice(Math.max(0, trig.start - 30), trig.start))
    )
      cue = 'cancelled';
    // "has cancelled his planned stop in Berlin", when the article goes on "both sides would look for a new
    // date": called off for now, to be held later, is put off.
    if (cue === 'cancelled' && ctx.articleSeeksNewDate()) cue = 'postponed';
    // "has travelled to Russia several times, most recently meeting Putin on May 30": the last of past deeds.
    if (
      (cue === null || cue === 'future' || cue === 'purpose') &&
      /\bmost\s+recently\s+(?:[\w'’-]+\s+){0,2}$/i.test(text.slice(Math.max(0, trig.start - 40), trig.start))
    )
      cue = 'occurred';
    // "Putin said after talks with Erdogan on Tuesday that ...": the talks came before the saying.
    if (
      (cue === null || cue === 'future' || cue === 'purpose') &&
      !trig.verb &&
      trig.type !== 'visit' &&
      SAID_AFTER.test(text.slice(Math.max(0, trig.start - 60), trig.start)) &&
      // (not "said after meeting President Saied", a meeting of the speaker's own)
      !/^meeting$/i.test(text.slice(trig.start, trig.end))
    )
      cue = 'occurred';
    if (cue === null || cue === 'denied') continue;
    // "..., a week after the signing was called off": a change that dates something else is the past.
    // ("More than a month after the planned launch was called off, talks remain stuck": the change told
    // in such a phrase before the trigger is that past too.)
    if (
      (cue === 'postponed' || cue === 'cancelled') &&
      (SOME_TIME_AFTER.test(text.slice(clause.start, trig.start)) ||
        (changeAt >= 0 && changeAt <= trig.start && SOME_TIME_AFTER.test(text.slice(0, changeAt))))
    )
      continue;
    // "held talks in Berlin on Friday, making good on a visit he had cancelled at the last minute earlier
    // this month": a change told in the pluperfect with a time gone by is history, not this article's news.
    if (
      (cue === 'postponed' || cue === 'cancelled') &&
      changeAt >= 0 &&
      HAD_CHANGED.test(text.slice(Math.max(0, changeAt - 40), changeAt)) &&
      VAGUE_PAST.test(text.slice(changeAt, clause.end))
    )
      continue;
    // "expected to reschedule the trip for April 11", "postponed to May 3": a change naming a new day after it is a plan.
    if (
      cue === 'postponed' &&
      clauseDays('future').some(
        (d) =>
          !d.attribution &&
          d.start >= clause.start &&
          d.end <= clause.end &&
          changeAt >= 0 &&
          d.start > changeAt &&
          d.start - changeAt <= 50 &&
          /\b(?:to|until|till|for)\s+(?:(?:the\s+)?(?:week|weekend)\s+of\s+)?$/i.test(
            text.slice(changeAt, d.start),
          ),
      )
    ) {
      cue = 'future';
      // The new day follows the change; a day before it is the old plan ("initially planned for May 14,
      // has been brought forward to May 7").
      daysFrom = Math.max(daysFrom, changeAt);
    }
    // "postponed from May 14 to June 17": one span whose end is the new day.
    const moved =
      cue === 'postponed' && changeAt >= 0
        ? (clauseDays('future').find(
            (d) =>
              !d.attribution &&
              d.endDay !== null &&
              d.start > changeAt &&
              d.end <= clause.end &&
              /^\s*from\s+$/i.test(text.slice(changeAt, d.start)),
          ) ?? null)
        : null;
    if (moved) cue = 'future';
    // "arrived in Niamey on Friday ahead of tomorrow's summit": a meeting something comes before is
    // still to come, whatever the tense of what comes before it.
    if (
      cue === 'occurred' &&
      !trig.verb &&
      trig.type !== 'visit' &&
      (/\b(?:ahead of|on the eve of|in the run-up to|in preparation for|to prepare for)\s+(?:(?:the|this|next|a|an|their|its)\s+)?(?:[\w'’-]+\s+){0,3}$/i.test(
        text.slice(Math.max(0, trig.start - 60), trig.start),
      ) ||
        // "would be signed after the talks on Saturday": what a plan comes after is ahead too.
        (/\b(?:will|would|shall|is to|are to|to be)\b[^,;]{0,60}\b(?:after|following)\s+(?:the\s+)?$/i.test(
          text.slice(clause.start, trig.start),
        ) &&
          clauseCues.every((c) => c.cue !== 'occurred' || c.end > trig.start)))
    )
      cue = 'future';
    if (cue === 'occurred' && /\b(?:often|usually|routinely|typically)\b/i.test(before)) continue;
    // "despite the absence of a signed defence pact", "without a signed deal": no signing at all.
    if (
      cue === 'occurred' &&
      trig.type === 'signing' &&
      /\b(?:absence of|without|lack of|no)\s+(?:a\s+|an\s+|any\s+)?$/i.test(before.slice(-30))
    )
      continue;
    // "hopes to have the agreement signed before the end of the year": a signing someone wants done.
    if (cue === 'occurred' && trig.type === 'signing' && TO_HAVE_IT_DONE.test(before)) cue = 'future';
    // "recalled its ambassador from Tel Aviv for consultations": an envoy called home, no meeting.
    if (trig.type === 'talks' && ENVOY_RECALLED.test(text.slice(clause.start, trig.start))) continue;
    // "Abiy has not visited Eritrea", "No Ethiopian leader has visited Eritrea in two decades", "Never
    // before has a US president met ...": a happening denied.
    if (cue === 'occurred' && NEGATED_HAPPENING.test(before)) continue;
    // "the next time they met, he hoped to host Morrison": a time still ahead, told in the past.
    if (cue === 'occurred' && UNTIL_BEFORE.test(text.slice(Math.max(0, trig.start - 50), trig.start)))
      continue;
    // "held talks by phone on Thursday": a call, not the meeting a pending event waits for.
    if (
      cue === 'occurred' &&
      (PHONE_AFTER.test(text.slice(trig.end, trig.end + 40)) ||
        /\b(?:tele)?phone\s+$/i.test(text.slice(Math.max(0, trig.start - 12), trig.start)))
    )
      continue;
    // "The summit opens on Thursday", "is visiting Cairo on Friday": the present tense with a day
    // still ahead is a plan, not a happening.
    if (cue === 'occurred' && !trig.inherent) {
      const said = clauseCues.filter((c) => c.cue === 'occurred').map((c) => text.slice(c.start, c.end));
      if (
        said.length > 0 &&
        said.every((w) => PRESENT_HAPPENING.test(w)) &&
        clauseDays('future').some(
          (d) =>
            !d.attribution &&
            d.start >= clause.start &&
            d.end <= clause.end &&
            daysBetween(ctx.reference, d.day) > 0,
        )
      )
        cue = 'future';
    }

    // Participants: countries and organisations named in the sentence (not the attribution tail, not topics).
    const clauseEntities = entities.filter((e) => e.start >= clause.start && e.end <= clause.end);
    let leaders = LEADER_WORD.test(clauseText) || clauseEntities.some(isLeaderEntity);
    LEADER_WORD.lastIndex = 0;
    // (Not the attribution: "..., officials said" tells who spoke, not who meets.)
    const officials =
      OFFICIAL_WORD.test(
        text.slice(clause.start, Math.max(clause.start, Math.min(clause.end, facts.attributionStart))),
      ) || clauseEntities.some(isOfficialEntity);
    OFFICIAL_WORD.lastIndex = 0;
    // "Foreign ministers ... will meet ... to prepare for the leaders' summit": officials as the subject
    // of the verb, and no leader among them, make a meeting of officials.
    if (trig.verb && leaders && officials) {
      const subject = text.slice(clause.start, trig.start);
      const named = clauseEntities.filter((e) => e.end <= trig.start);
      const subjectLeaders = LEADER_WORD.test(subject) || named.some(isLeaderEntity);
      LEADER_WORD.lastIndex = 0;
      const subjectOfficials = OFFICIAL_WORD.test(subject) || named.some(isOfficialEntity);
      OFFICIAL_WORD.lastIndex = 0;
      if (subjectOfficials && !subjectLeaders) leaders = false;
    }

    const afterTrigger = entities.filter((e) => e.start >= trig.end && e.start - trig.end <= 40);
    // "talks between Tehran and Washington": capitals named as the sides are parties, not the venue.
    // (Not a possessive: "talks on Tehran's nuclear programme" are not held in Tehran.)
    const venue = afterTrigger.find(
      (e) =>
        (!/^['’]s\b/.test(text.slice(e.end, e.end + 3)) &&
          e.place !== null &&
          !/\b(?:between|and|with)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, e.start - 12), e.start))) ||
        /\b(?:in|at)\s+(?:the\s+)?$/i.test(text.slice(trig.end, e.start)),
    );
    let host: string | null = null;
    let location: string | null = null;
    const venueIds = new Set<EntityMention>();
    let hostAndGuest: string[] | null = null;
    let multiGuest = false;
    let legs: EntityMention[] = [];
    if (trig.type === 'visit') {
      const destination = destinationOf(trig, entities, text);
      const hosting = /^(?:host|welcom|receiv|greet|rolls out)/i.test(text.slice(trig.start, trig.end));
      if (hosting) {
        const guest = afterTrigger.find((e) => e.start - trig.end <= 20);
        // "Trump said ... troops could go to Poland, as he hosted Polish President Duda": the one a
        // pronoun names is the sentence's leader who spoke, not the country named last.
        const pronoun = /\b(?:he|she)\s+(?:[\w'’-]+\s+){0,2}$/i.test(
          text.slice(Math.max(0, trig.start - 30), trig.start),
        );
        const speaker = pronoun
          ? entities.find(
              (e) => e.end <= trig.start && e.via === 'leader' && entityKind(e.canonical) === 'country',
            )
          : undefined;
        const receiver =
          speaker ??
          [...entities].reverse().find((e) => e.end <= trig.start && entityKind(e.canonical) === 'country');
        if (
          !guest ||
          !receiver ||
          entityKind(guest.canonical) !== 'country' ||
          guest.canonical === receiver.canonical
        )
          continue;
        host = receiver.canonical;
        location = afterTrigger.find((e) => e.place && e.start > guest.end)?.place ?? null;
        hostAndGuest = [receiver.canonical, guest.canonical];
        // "will host British Prime Minister Rishi Sunak and Australian Prime Minister Anthony Albanese in
        // San Diego": two guests or more are a summit of all of them.
        let last = guest;
        for (const e of entities) {
          if (e.start <= last.end) continue;
          const gap = text.slice(last.end, e.start);
          // ("British Prime Minister Rishi Sunak": one guest named twice.)
          if (e.canonical === last.canonical && /^\s*(?:[A-Z][\w'’-]*\s+){0,4}$/.test(gap)) {
            last = e;
            continue;
          }
          if (!/^\s*(?:,\s*(?:and\s+)?|and\s+)(?:[A-Z][\w'’-]*\s+){0,4}$/.test(gap)) break;
          if (entityKind(e.canonical) !== 'country' || hostAndGuest.includes(e.canonical)) break;
          hostAndGuest.push(e.canonical);
          last = e;
        }
        if (hostAndGuest.length > 2) multiGuest = true;
      } else if (destination) {
        // "Qureshi leaves for New York on Sunday", in an article about the UN General Assembly: a trip to
        // the UN's seat, not a visit to the United States.
        if (
          destination.place === 'New York' &&
          (UN_SEAT.test(text) || ctx.focus.weights.has('United Nations')) &&
          // (A US leader or Washington named beside it makes it a US visit after all.)
          !entities.some(
            (e) => e.canonical === 'United States' && e !== destination && e.place !== 'New York',
          )
        )
          continue;
        host = destination.canonical;
        location = destination.place;
        legs = destinationList(destination, entities, text);
      } else if (
        /\b(?:go|goes|going|come|comes|coming|head|heads|heading|fly|flies|flying|flew|proceed\w*|travel\w*|arriv\w*|due|expected|will)\b/i.test(
          text.slice(trig.start, trig.end),
        ) &&
        // "He will travel there on April 11": the place is the trip the article is about.
        !(/\bthere$/i.test(text.slice(trig.start, trig.end)) && ctx.articleHasVisit())
      ) {
        // "go to the two heads of state" is not a trip: movement verbs need a place.
        continue;
      }
      const visitor = entities.find((e) => e.end <= trig.start && entityKind(e.canonical) === 'country');
      const sentenceCountries = uniq(entities.map((e) => e.canonical));
      // Someone travelling inside their own country is not a state visit.
      if (host && visitor && visitor.canonical === host && sentenceCountries.length === 1) continue;
    } else if (!venue) {
      // "the Budapest meeting", "the Washington summit": a place right before the noun is its venue.
      const adjective = [...entities]
        .reverse()
        .find((e) => e.end <= trig.start && trig.start - e.end <= 2 && e.place);
      if (adjective && !trig.verb) {
        location = adjective.place;
        venueIds.add(adjective);
      }
    }
    // "talks in the Qatari capital Doha": the country's word and its city name one venue.
    const venueCity =
      trig.type !== 'visit' && venue && !venue.place
        ? entities.find(
            (e) =>
              e.start > venue.end &&
              e.start - venue.end <= 24 &&
              e.place !== null &&
              e.canonical === venue.canonical &&
              CITY_AFTER_COUNTRY.test(text.slice(venue.end, e.start)),
          )
        : undefined;
    if (venueCity) venueIds.add(venue!);
    const venueAt = venueCity ?? venue;
    if (trig.type !== 'visit' && venueAt?.place) {
      location = venueAt.place;
      // A city where talks or a summit take place is a venue, not a party.
      for (const e of entities) if (e.place && e.place === venueAt.place) venueIds.add(e);
      const next = entities[entities.indexOf(venueAt) + 1];
      if (next && next.start - venueAt.end <= 3 && next.place === null) venueIds.add(next);
    }

    // "which was to be held in Honiara ..., will now take place in Nuku'alofa": the venue after the turn.
    if (trig.type !== 'visit' && location) {
      const turn =
        /\b(?:now|instead|moved to|relocated to|shifted to)\b|\b(?:originally|initially|first)\s+(?:planned|set|scheduled|due)\s+(?:for|in)\s+[^,]*,\s*(?=(?:will|is to|are to|is set to|is due to|is scheduled to)\b)/i.exec(
          text.slice(trig.end),
        );
      const at = turn
        ? trig.end + turn.index + (/^(?:originally|initially|first)/i.test(turn[0]) ? turn[0].length : 0)
        : -1;
      const later =
        at < 0
          ? undefined
          : entities.find(
              (e) =>
                e.start > at &&
                e.place !== null &&
                /\b(?:in|at|to)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, e.start - 8), e.start)),
            );
      if (later) location = later.place;
    }
    if (trig.type !== 'visit') {
      // Any place "in"/"at" which this happens, elsewhere in the clause, is a venue too
      // ("a summit between Armenia and Azerbaijan began in Abu Dhabi") when two parties remain.
      for (const e of clauseEntities) {
        if (
          venueIds.has(e) ||
          !/\b(?:in|at)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, e.start - 8), e.start))
        )
          continue;
        const rest = uniq(
          entities
            .filter((o) => o !== e && !venueIds.has(o) && o.canonical !== e.canonical)
            .map((o) => o.canonical),
        );
        // ("Iranian and European diplomats began talks ... in Istanbul": a city is the venue, and the other
        // side is the one the article pairs Iran with elsewhere, when it names one.)
        const otherSide =
          rest.length === 1 &&
          (e.place !== null || e.via === 'name' || e.via === 'alias') &&
          (ctx.focus.partners.get(rest[0]!) ?? []).some((p) => p !== e.canonical && ctx.focus.core.has(p));
        if (rest.length >= 2 || otherSide) {
          venueIds.add(e);
          location ??= e.place ?? e.surface;
        }
      }
    }
    // "wrapped up his visit to Russia and flew to Austria": each trip's destination is no party of the other.
    const otherDestinations =
      trig.type === 'visit'
        ? triggers
            .filter((o) => o !== trig && o.type === 'visit')
            .flatMap((o) => {
              const first = destinationOf(o, entities, text);
              return first ? destinationList(first, entities, text).map((e) => e.canonical) : [];
            })
            .filter((name) => name !== host)
            .concat(
              // "for the second leg of his tour, which will also take him to Argentina, Brazil and
              // Namibia": the tour's other stops.
              entities
                .filter(
                  (e) =>
                    e.start >= clause.end &&
                    e.canonical !== host &&
                    TOUR_TAKES_TO.test(text.slice(clause.end, e.start)),
                )
                .map((e) => e.canonical),
            )
        : [];
    // "will hold talks with his Omani counterpart on Sunday before the fourth round of negotiations
    // with the US": that round's parties are not this meeting's, when it has two of its own.
    const beforeRound = ROUND_AFTER.test(text.slice(clause.end, clause.end + 60))
      ? entities.filter((e) => e.start >= clause.end)
      : [];
    let participants =
      hostAndGuest ??
      uniq(
        entities
          .filter((e) => !venueIds.has(e) && !otherDestinations.includes(e.canonical))
          .map((e) => e.canonical),
      );
    // "will host talks between Iran and the United States": the two named are the parties, the host
    // is the venue's country.
    const betweenPhrase =
      trig.type !== 'visit' && !hostAndGuest ? BETWEEN_AFTER.exec(text.slice(trig.end, clause.end)) : null;
    if (betweenPhrase) {
      const from = trig.end + betweenPhrase.index;
      const to = from + betweenPhrase[0].length;
      const named = uniq(
        entities.filter((e) => e.start >= from && e.end <= to && !venueIds.has(e)).map((e) => e.canonical),
      );
      if (named.length >= 2 && named.length < participants.length) participants = named;
    }
    // "..., has been called off, Oman said, after Israeli strikes on Iran": the parties of a cause
    // told after the event's clause are not the event's, when it has two of its own.
    const causeSpans = spans.filter(
      (sp) => sp.start >= clause.end && CAUSE_CLAUSE.test(text.slice(sp.start, sp.start + 24)),
    );
    if (causeSpans.length > 0 && !hostAndGuest) {
      const own = namedOutside(participants, entities, (e) =>
        causeSpans.some((sp) => e.start >= sp.start && e.end <= sp.end),
      );
      if (own.length >= 2) participants = own;
    }
    // "met President Fernández at the Casa Rosada on Saturday, on the first leg of a South American tour
    // that will take him to Chile on Sunday and Brazil on Monday": the tour's later stops are not parties.
    const onward = hostAndGuest ? null : TOUR_ONWARD.exec(text.slice(trig.end));
    if (onward) {
      const from = trig.end + onward.index;
      const own = namedOutside(participants, entities, (e) => e.start >= from);
      if (own.length >= 2) participants = own;
    }
    // "signed a free trade agreement during a visit by Erdogan, who said he was ready to host talks
    // between Ukraine and Russia": what someone went on to say, in an aside after the event's clause,
    // names no party of it, when it has two of its own.
    const aside = hostAndGuest ? null : SPEAKER_ASIDE.exec(text.slice(Math.max(trig.end, clause.end - 2)));
    if (aside) {
      const from = Math.max(trig.end, clause.end - 2) + aside.index;
      const own = namedOutside(participants, entities, (e) => e.start >= from);
      if (own.length >= 2) participants = own;
    }
    // "Xi to meet Modi in Chennai on Oct 11-12, then fly to Nepal": the act after ", then" and the act
    // before it each keep their own parties; the traveller named first is both acts'.
    const then = hostAndGuest ? null : THEN_NEXT_ACT.exec(text);
    if (then) {
      const at = then.index;
      const traveller = entities.find((e) => e.start < at);
      // (Across a semicolon, a bloc stays: "to travel to Brussels; to meet EU trade chief" is the EU's.)
      const kept = (e: EntityMention) => then[0].startsWith(';') && standsAlone(e.canonical);
      const own =
        trig.start < at
          ? namedOutside(participants, entities, (e) => e.start >= at && !kept(e))
          : namedOutside(participants, entities, (e) => e.end <= at && e !== traveller && !kept(e));
      if (own.length >= 2) participants = own;
    }
    // "Obama cancels meeting with Duterte after insult, will see South Korea's Park instead": who is seen
    // instead, in another clause, is no party of the meeting called off.
    const instead = hostAndGuest ? null : INSTEAD_AFTER.exec(text.slice(trig.end));
    if (instead) {
      const from = trig.end + instead.index;
      const to = from + instead[0].length;
      const own = namedOutside(participants, entities, (e) => e.start >= from && e.end <= to);
      if (own.length >= 2) participants = own;
    }
    // "held talks in Abu Dhabi on Monday with Crown Prince Mohammed, ..., and the two agreed to work together
    // to ease tension between Iran and the United States": what the two went on to agree names no party.
    if (!hostAndGuest && trig.type !== 'visit') {
      const next = THE_TWO_THEN.exec(text.slice(trig.end));
      if (next) {
        const from = trig.end + next.index;
        const own = namedOutside(participants, entities, (e) => e.start >= from);
        if (own.length >= 2) participants = own;
      }
    }
    // "NATO leaders are due to meet in Vilnius on July 11-12, where allies hope to welcome Sweden": what is
    // hoped or done at a meeting's venue, told after it, names none of the meeting's parties.
    const whereSpans =
      trig.type === 'visit' || hostAndGuest
        ? []
        : spans.filter(
            (sp) => sp.start >= clause.end && WHERE_CLAUSE.test(text.slice(sp.start, sp.start + 6)),
          );
    const inWhere = (e: EntityMention) => whereSpans.some((sp) => e.start >= sp.start && e.end <= sp.end);
    if (whereSpans.length > 0) {
      const own = namedOutside(participants, entities, inWhere);
      if (own.length >= 1) participants = own;
    }
    // "will travel to Oman this weekend for a sixth round of talks with Iran": the trip is to Oman; the
    // talks are with Iran, and Oman, where they are held, is their venue.
    if (!hostAndGuest) {
      // Only for talks with someone else: "for a summit with the sultan", "for talks with Putin" in
      // Russia keep the host.
      const found = trig.type === 'talks' ? tripBefore(trig, triggers, entities, text) : undefined;
      const trip =
        found && !entities.some((e) => e.canonical === found.canonical && e.start > trig.start)
          ? found
          : undefined;
      const purpose =
        trig.type === 'visit' && host
          ? triggers.find(
              (o) =>
                o.type !== 'visit' &&
                o.start > trig.end &&
                // ("will arrive in Kuala Lumpur on Sunday, where he will attend ... and witness the signing")
                /\bfor\b|,\s*where\s+(?:he|she|they)\s+(?:will|would|is to|are to)\b/i.test(
                  text.slice(trig.end, o.start),
                ),
            )
          : undefined;
      if (purpose) {
        const where = /,\s*where\s+(?:he|she|they)\b/i.exec(text.slice(trig.end, purpose.start));
        const cut = where ? trig.end + where.index : purpose.start;
        const own = namedOutside(participants, entities, (e) => e.start >= cut);
        if (own.length >= 2) participants = own;
      } else if (trip) {
        const own = participants.filter((p) => p !== trip.canonical);
        if (own.length >= 2) {
          participants = own;
          location ??= trip.place;
        }
      }
    }
    if (beforeRound.length > 0 && !hostAndGuest) {
      const own = uniq(
        entities
          .filter(
            (e) => !venueIds.has(e) && !otherDestinations.includes(e.canonical) && !beforeRound.includes(e),
          )
          .map((e) => e.canonical),
      );
      if (own.length >= 2) participants = own;
    }
    // An organisation's summit counts its host country among the parties ("the APEC summit in Gyeongju").
    // Not talks in a city whose country the article names by no other word: "the UN has invited the
    // parties to consultations in Geneva" are the UN's talks, Switzerland only their venue.
    const organisationAtVenue =
      participants.length === 1 && entityKind(participants[0]!) === 'organisation' && venueIds.size > 0;
    const convenedAt =
      organisationAtVenue &&
      trig.type === 'talks' &&
      [...venueIds].every((v) => ctx.focus.onlyPlaces.has(v.canonical));
    if (organisationAtVenue && !convenedAt) {
      participants = uniq(entities.filter((e) => !inWhere(e)).map((e) => e.canonical));
    }
    // "The BRICS summit opened in Rio with leaders from Brazil, Russia, India, China and South Africa":
    // a summit an organisation names is the organisation's, held by its host; the members named attend.
    if (trig.type === 'summit' && participants.length >= 2) {
      const namer = entities.find(
        (e) =>
          e.end <= trig.start &&
          trig.start - e.end <= 2 &&
          entityKind(e.canonical) === 'organisation' &&
          !/[-–]\s*$/.test(text.slice(Math.max(0, e.start - 2), e.start)),
      );
      const hosts = [...venueIds]
        .filter((e) => entityKind(e.canonical) === 'country')
        .map((e) => e.canonical);
      // Without a venue the sentence's countries stay (one of them hosts it), unless there are too many.
      // One attendee beside the bloc stays too, with the host added ("Merz will attend the G7 summit in
      // Canada": the G7, Canada and Germany).
      if (namer && participants.length === 2) {
        if (hosts.length > 0) participants = uniq([...participants, ...hosts]);
      } else if (namer && (hosts.length > 0 || participants.length > 5))
        participants = uniq([namer.canonical, ...hosts]);
    }
    // "Before Washington, Modi will travel to France", "After Paris, he will fly to Washington for talks
    // with Trump": another stop of the journey is no party of this leg or of what is done there.
    // Who is no party of this event for a reason the sentence gives (a stop of the journey, someone who
    // stays away or is urged): never added back when the parties are completed below.
    const away = new Set<string>(convenedAt ? [...venueIds].map((v) => v.canonical) : []);
    // "will witness the signing of a peace accord between Thailand and Cambodia": who watches is no party;
    // the parties are the ones the accord is between.
    if (
      trig.type === 'signing' &&
      !trig.verb &&
      WITNESS_THE.test(text.slice(Math.max(0, trig.start - 30), trig.start))
    ) {
      const between = /^\s+of\s+(?:[\w'’-]+\s+){0,5}?(?:between|with)\s/i.exec(
        text.slice(trig.end, trig.end + 80),
      );
      if (between) {
        const from = trig.end + between[0].length;
        const signers = uniq(
          entities.filter((e) => e.start >= from && e.start - from <= 60).map((e) => e.canonical),
        );
        if (signers.length >= 2) participants = signers;
      }
    }
    // "would be signed on Friday in the Oval Office in the presence of President Trump": a witness is no
    // party.
    const presence = WITNESS_BEFORE.exec(text.slice(clause.start, clause.end));
    if (presence && (trig.type === 'signing' || trig.type === 'talks' || trig.type === 'meeting')) {
      const at = clause.start + presence.index + presence[0].length;
      const witnesses = entities
        .filter((e) => e.start >= at && e.start - at <= 40)
        .map((e) => e.canonical)
        .filter(
          (c) =>
            !entities.some(
              (e) =>
                e.canonical === c &&
                e.end <= at - presence[0].length &&
                e.via !== 'capital' &&
                e.via !== 'city' &&
                e.via !== 'metonym',
            ),
        );
      const kept = participants.filter((p) => !witnesses.includes(p));
      if (witnesses.length > 0 && kept.length >= 2) {
        participants = kept;
        for (const w of witnesses) away.add(w);
      }
    }
    // "the Singapore summit with Kim", "the Alaska summit": a place naming a summit is where it is held.
    if (trig.type === 'summit' && !hostAndGuest) {
      const named = entities.find(
        (e) =>
          e.end <= trig.start &&
          trig.start - e.end <= 1 &&
          entityKind(e.canonical) === 'country' &&
          e.via !== 'leader' &&
          e.via !== 'official' &&
          e.via !== 'demonym' &&
          !/[-–]\s*$/.test(text.slice(Math.max(0, e.start - 2), e.start)) &&
          !/['’]s$/.test(e.surface),
      );
      if (named && !entities.some((o) => o !== named && o.canonical === named.canonical)) {
        const rest = participants.filter((p) => p !== named.canonical);
        if (rest.length >= 1) {
          participants = rest;
          location ??= named.place ?? named.surface;
          away.add(named.canonical);
        }
      }
    }
    // A country named as a stop counts too ("a tour that began in North Korea"), unless it owns what follows.
    if (!hostAndGuest) {
      const isStop = (e: EntityMention) =>
        (e.place !== null || e.via === 'name' || e.via === 'alias') &&
        e.canonical !== host &&
        !/^['’]s\b/.test(text.slice(e.end, e.end + 3)) &&
        (/\b(?:before|after|leaving|via|(?:began|begun|begins|started|starts)\s+in|(?:before|after|then)\s+(?:continuing|heading|travell?ing|flying|going|moving)\s+(?:on\s+)?to)\s+(?:the\s+)?$/i.test(
          text.slice(Math.max(0, e.start - 36), e.start),
        ) ||
          // "will stop in Port Moresby on May 22 on his way to the summit in Sydney": the next stop.
          (trig.type === 'visit' &&
            e.start > trig.end &&
            /\bon\s+(?:his|her|their|its|the)\s+way\s+(?:to|from|back)\b/i.test(
              text.slice(trig.end, e.start),
            )) ||
          // "From Islamabad, the crown prince will travel to New Delhi": where this leg sets out from.
          (/^From\s+$/.test(text.slice(0, e.start)) && /^\s*,/.test(text.slice(e.end))) ||
          // "flew into Hanoi on Sunday from New Delhi": where a journey set out from (not "a delegation
          // from Tripoli", whose travellers are from there).
          (/\bfrom\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, e.start - 10), e.start)) &&
            JOURNEY_VERB.test(text.slice(clause.start, e.start))) ||
          // "will leave Rome on Sept. 2 and arrive in Jakarta": the place a trip leaves.
          (trig.type === 'visit' &&
            e.place !== null &&
            DEPARTURE_BEFORE.test(text.slice(Math.max(0, e.start - 16), e.start))));
      const stops = new Set(entities.filter(isStop).map((e) => e.canonical));
      // (A party named only in a clause about the venue, "where he will be received by Boric", names none.)
      const named = new Set(
        entities.filter((e) => e.place === null && !isStop(e) && !inWhere(e)).map((e) => e.canonical),
      );
      const kept = participants.filter((p) => !stops.has(p) || named.has(p));
      // (A trip left with its destination alone is completed below with its traveller.)
      if (kept.length >= 2 || (trig.type === 'visit' && kept.length === 1 && kept[0] === host)) {
        participants = kept;
        for (const name of stops) if (!named.has(name)) away.add(name);
      }
    }
    // "Macron travels to Abidjan later on Tuesday for the summit, ..., and will visit Ghana on Thursday":
    // where another trip of the sentence goes is no party of this one.
    // (And the next trip's: "... for the summit, which opens on Wednesday, and will visit Ghana".)
    if ((trig.type === 'visit' ? host !== null : found.some((t) => t.type === 'visit')) && !hostAndGuest) {
      const stops = found
        .filter(
          (t) =>
            t !== trig &&
            t.type === 'visit' &&
            (trig.type === 'visit' ||
              (t.start > trig.end && NEXT_TRIP_BEFORE.test(text.slice(trig.end, t.start)))),
        )
        .map((t) => destinationOf(t, entities, text))
        .filter((e): e is EntityMention => e !== undefined && e.canonical !== host);
      const elsewhere = new Set(stops.map((e) => e.canonical));
      const named = new Set(
        entities.filter((e) => e.place === null && !stops.includes(e)).map((e) => e.canonical),
      );
      const kept = participants.filter((p) => !elsewhere.has(p) || named.has(p));
      if (kept.length >= 2 && kept.length < participants.length) {
        participants = kept;
        for (const name of elsewhere) if (!named.has(name)) away.add(name);
      }
    }
    // "wrapped up their summit with a statement urging the European Union to sign ...": who is urged is no
    // party of what comes before.
    if (!hostAndGuest && /\b(?:urg|call|ask|press|appeal)/i.test(text)) {
      const urged =
        /\b(?:urg(?:ing|ed|es)|call(?:ing|ed|s) on|ask(?:ing|ed|s)|press(?:ing|ed|es)|appeal(?:ing|ed|s) to)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}(?=(?:\w+\s+){0,2}to\b)/.exec(
          text.slice(trig.end),
        );
      if (urged) {
        const from = trig.end + urged.index;
        const to = from + urged[0].length;
        const inside = new Set(
          entities.filter((e) => e.start >= from && e.end <= to).map((e) => e.canonical),
        );
        const outside = new Set(entities.filter((e) => e.start < from || e.end > to).map((e) => e.canonical));
        const kept = participants.filter((p) => !inside.has(p) || outside.has(p));
        if (kept.length >= 2 || (kept.length === 1 && standsAlone(kept[0]!))) {
          participants = kept;
          for (const name of inside) if (!outside.has(name)) away.add(name);
        }
      }
    }
    // Who stays away is no party: "with the United States boycotting the event", "though no US official
    // will attend", "The G20 summit opened in Johannesburg without the United States", "without China,
    // the US or other partners".
    const staysAway = !hostAndGuest && ABSENT_WORD.test(text);
    const without = !hostAndGuest && /\bwithout\b/i.test(text);
    if (staysAway)
      for (const e of entities)
        if (
          ABSENT_AFTER.test(text.slice(e.end, e.end + 60)) ||
          (/\bno\s+$/i.test(text.slice(Math.max(0, e.start - 4), e.start)) &&
            NONE_ATTEND_AFTER.test(text.slice(e.end, e.end + 40)))
        )
          away.add(e.canonical);
    if (without)
      for (const w of text.matchAll(/\bwithout\s+/gi)) {
        let from = w.index + w[0].length;
        for (const e of entities.filter((x) => x.start >= from)) {
          if (!/^(?:\s*,)?\s*(?:(?:or|and|nor)\s+)?(?:the\s+)?$/i.test(text.slice(from, e.start))) break;
          away.add(e.canonical);
          from = e.end;
        }
      }
    if (staysAway || without) {
      const kept = participants.filter((p) => !away.has(p));
      if (kept.length >= 2 || (kept.length === 1 && standsAlone(kept[0]!))) participants = kept;
    }
    // "will pay a visit to Kazakhstan on Thursday and take part in a summit with Central Asian leaders":
    // the members of a summit the visitor goes on to join are no parties of the visit.
    if (trig.type === 'visit' && host !== null && !hostAndGuest) {
      const joined = triggers
        .filter((o) => o.type === 'summit' && o.start > trig.end)
        .map((o) => JOINS_SUMMIT.exec(text.slice(trig.end, o.start)))
        .find((m) => m !== null);
      if (joined) {
        const from = trig.end + joined.index;
        const before = new Set(entities.filter((e) => e.start < from).map((e) => e.canonical));
        const members = new Set(
          entities.filter((e) => e.start >= from && !before.has(e.canonical)).map((e) => e.canonical),
        );
        members.delete(host);
        participants = participants.filter((p) => !members.has(p));
        for (const name of members) away.add(name);
      }
    }
    // "invited him to visit India later this year for a Quad summit": a visit is between states; the
    // organisation is the summit's.
    if (trig.type === 'visit' && !hostAndGuest) {
      const gatherings = new Set(
        entities
          .filter(
            (e) =>
              entityKind(e.canonical) === 'organisation' &&
              (/^\s*(?:leaders['’]?\s+)?(?:summit|meeting|conference|forum|gathering)\b/i.test(
                text.slice(e.end, e.end + 30),
              ) ||
                // "timed to coincide with the summit of the Shanghai Cooperation Organisation".
                /\b(?:summit|meeting|conference)\s+of\s+(?:the\s+)?$/i.test(
                  text.slice(Math.max(0, e.start - 30), e.start),
                )),
          )
          .map((e) => e.canonical),
      );
      const kept = participants.filter((p) => !gatherings.has(p));
      if (kept.length >= 2) participants = kept;
    }
    // "will visit Vietnam, Malaysia and Cambodia from April 14": a tour is a visit to each country, the
    // first leg on the day given; the later legs' days are not said.
    const laterLegs: EntityMention[] = [];
    if (legs.length >= 2) {
      const legNames = new Set(legs.map((e) => e.canonical));
      const visitors = participants.filter((p) => !legNames.has(p));
      // "He will then travel to Poland on July 6 and to Lithuania on July 7": the traveller is the one
      // the article is about.
      if (visitors.length === 0 && !entities.some((e) => e.start < trig.start && e.start >= clause.start)) {
        const candidates = ctx.focus.ranked.filter(
          (f) => ctx.focus.core.has(f) && !legNames.has(f) && entityKind(f) === 'country',
        );
        const traveller = candidates.find((f) => ctx.focus.people.has(f)) ?? candidates[0];
        if (traveller) visitors.push(traveller);
      }
      if (visitors.length > 0) {
        participants = [...visitors, host!];
        laterLegs.push(...legs.slice(1));
      }
    }
    // "Mercosur leaders from Brazil, Argentina, Paraguay and Uruguay will meet": an organisation's members
    // listed after it meet as that organisation (with the venue's country as its host).
    if (trig.type !== 'visit' && trig.type !== 'signing') {
      const members = listedMembers(text, entities);
      if (members.size > 0) {
        const venues = [...venueIds].map((v) => v.canonical).filter((c) => entityKind(c) === 'country');
        const kept = participants.filter((p) => !members.has(p) || venues.includes(p));
        if (kept.some((p) => entityKind(p) === 'organisation')) {
          participants = uniq([...kept, ...venues]);
          for (const name of members) if (!venues.includes(name)) away.add(name);
        }
      }
    }
    if (sidesCount(participants, entities) > 5) continue;
    // "heads to South Korea and Japan, his first trip to Asia": a trip named again without a place of
    // its own is the sentence's trip to its destinations, not one to whoever the article is about.
    if (
      trig.type === 'visit' &&
      !host &&
      !hostAndGuest &&
      otherDestinations.length > 0 &&
      participants.length < 2
    )
      continue;
    // A happening needs a named party of its own; "met him at the airport" is not a summit.
    // ("Both sides also signed a memorandum", "The three leaders are now meeting" are the article's parties.)
    // ("The talks are over" in the lead is the article's meeting: completed below from what it is about.)
    if (
      cue === 'occurred' &&
      participants.length === 0 &&
      !sentence.headline &&
      !THE_SIDES.test(clauseText) &&
      !(
        position < LEAD_SENTENCES &&
        ((!trig.verb &&
          trig.type !== 'visit' &&
          /^the\s+$/i.test(text.slice(Math.max(0, trig.start - 4), trig.start))) ||
          // "That's it: the agreement was signed" at the top of a live page is the article's signing.
          (trig.type === 'signing' &&
            THE_ACCORD_WAS.test(text.slice(Math.max(0, trig.start - 60), trig.start))))
      )
    )
      continue;
    // "Thailand will host the BIMSTEC summit ... The summit itself takes place on Friday": the summit
    // named alone is the one the article named last, not the pair of the sentence before.
    // ("In Islamabad, no word on whether the November 9-10 meeting would go ahead": so does a meeting
    // noun told with its host alone.)
    if (
      !trig.verb &&
      ctx.lastSummit &&
      ((participants.length === 0 &&
        trig.type === 'summit' &&
        /\bthe\s+$/i.test(text.slice(Math.max(0, trig.start - 4), trig.start))) ||
        (participants.length === 1 &&
          ctx.lastSummit.includes(participants[0]!) &&
          /^meeting$/i.test(text.slice(trig.start, trig.end)) &&
          /\bthe\s+(?:[\w-]+\s+){1,3}$/i.test(text.slice(Math.max(0, trig.start - 40), trig.start))))
    )
      participants = [...ctx.lastSummit];
    // "Biden and Xi ... The two leaders are expected to hold talks": the pair just named through their
    // leaders, when the sentence names at most one of them.
    if (
      participants.length < 2 &&
      ctx.lastPair &&
      TWO_SIDES.test(clauseText) &&
      // (or by a speaker: "Indonesian officials said the two leaders ...").
      participants.every(
        (p) => ctx.lastPair!.includes(p) || entities.every((e) => e.canonical !== p || e.end <= sourceEnd),
      )
    )
      participants = [...ctx.lastPair];
    // "The government and armed groups will open AU-led talks in Khartoum": talks inside one country are
    // held with the organisation that leads them (a mediator is no party of talks between two states).
    if (participants.length === 1 && trig.type !== 'visit' && entityKind(participants[0]!) === 'country') {
      const unmasked = factsOf(text, ctx.facts).entities;
      for (const m of text.matchAll(MEDIATOR_PHRASE)) {
        if (m.index < clause.start || m.index >= clause.end) continue;
        const org = unmasked.find(
          (e) =>
            e.start >= m.index &&
            e.end <= m.index + m[0].length &&
            entityKind(e.canonical) === 'organisation',
        );
        if (org) {
          participants.push(org.canonical);
          break;
        }
      }
    }
    // "will resume its work with an eighth round of talks at the United Nations in Geneva", "would meet at
    // the Palais des Nations": talks of one country's sides that the UN hosts are held with the UN.
    if (
      participants.length <= 1 &&
      !participants.includes('United Nations') &&
      (trig.type === 'talks' || trig.type === 'meeting') &&
      (participants.length === 0 || entityKind(participants[0]!) === 'country') &&
      UN_VENUE.test(text.slice(clause.start, clause.end))
    )
      participants.push('United Nations');
    // "On Friday, he is scheduled to meet Indian Prime Minister Modi and Turkish President Erdogan": the
    // one a pronoun names meeting two others is the traveller the article is about.
    if (
      participants.length >= 2 &&
      trig.verb &&
      (trig.type === 'meeting' || trig.type === 'talks') &&
      /^(?:[^,;]*,\s*)?(?:he|she)\s+(?:[\w'’-]+\s+){0,4}$/i.test(text.slice(clause.start, trig.start)) &&
      // (people named by name, not "leaders of the Bucharest Nine": a group is met as itself)
      participants.every((p) =>
        entities.some((e) => e.canonical === p && e.via === 'leader' && e.start > trig.end),
      )
    ) {
      const traveller = ctx.focus.ranked.find(
        (f) =>
          ctx.focus.core.has(f) && ctx.focus.people.has(f) && !away.has(f) && entityKind(f) === 'country',
      );
      if (traveller && !participants.includes(traveller)) participants.push(traveller);
    }
    const loneBlocSummit =
      participants.length === 1 &&
      trig.type === 'summit' &&
      entityKind(participants[0]!) === 'organisation' &&
      standsAlone(participants[0]!);
    // ("The G20 leaders' summit is set for November 22 in Johannesburg": held by the venue's country.)
    const blocHost = loneBlocSummit
      ? [...venueIds].map((v) => v.canonical).find((c) => entityKind(c) === 'country' && !away.has(c))
      : undefined;
    if (blocHost) participants.push(blocHost);
    if (participants.length === 1 && !loneBlocSummit) {
      // "Talks between Kim and Putin": complete with the party the article pairs this one with most.
      // "He will also visit Warsaw": a trip's traveller is someone the article names as a person.
      // "where he will meet President Tokayev on Tuesday": so is the one a pronoun names meeting someone.
      const needsTraveller =
        trig.type === 'visit'
          ? participants[0] === host || !ctx.focus.people.has(participants[0]!)
          : trig.verb && /\b(?:he|she)\b[^,;]{0,40}$/i.test(text.slice(clause.start, trig.start));
      const traveller = needsTraveller
        ? ctx.focus.ranked.find(
            (f) => ctx.focus.core.has(f) && ctx.focus.people.has(f) && f !== participants[0] && !away.has(f),
          )
        : undefined;
      // Not the country of the meeting's own venue ("began talks in Istanbul": Turkey only hosts them).
      const venues = new Set(trig.type === 'visit' ? [] : [...venueIds].map((v) => v.canonical));
      const partner =
        traveller ?? ctx.focus.partners.get(participants[0]!)?.find((p) => !away.has(p) && !venues.has(p));
      if (partner) participants.push(partner);
      else if (!ctx.focus.core.has(participants[0]!)) continue;
    }
    // "Switzerland will host a summit on Ukraine", "the conference on peace in Ukraine": a meeting left
    // with its host alone is held with the country it is about. (Not an organisation's: "Emergency Arab
    // summit on Gaza postponed" is the Arab League's, wherever it meets.)
    if (
      participants.length === 1 &&
      trig.type !== 'visit' &&
      trig.type !== 'signing' &&
      entityKind(participants[0]!) === 'country'
    ) {
      const subject = facts.entities.find(
        (e) =>
          e.start >= trig.end &&
          e.start - trig.end <= 40 &&
          entityKind(e.canonical) === 'country' &&
          !participants.includes(e.canonical) &&
          MEETING_ABOUT.test(text.slice(trig.end, e.start)),
      );
      if (subject) participants.push(subject.canonical);
    }
    // ("Emergency Arab summit on Gaza postponed": a bloc's summit stands alone; what the article is most
    // about is its topic, not its host.)
    if (participants.length < 2 && !loneBlocSummit) {
      // "the two leaders": complete from what the article is about.
      for (const f of ctx.focus.ranked) {
        if (participants.length >= 2) break;
        if (ctx.focus.core.has(f) && !participants.includes(f) && !away.has(f)) participants.push(f);
      }
    }
    // "The Gulf Cooperation Council summit has been postponed": an organisation the article is about
    // holds its summit alone when the sentence names no host.
    const loneOrganisation =
      participants.length === 1 &&
      (trig.type === 'summit' || (trig.type === 'meeting' && leaders)) &&
      standsAlone(participants[0]!) &&
      ctx.focus.core.has(participants[0]!);
    if (participants.length < 2 && !loneOrganisation) continue;

    // Days in this clause that belong to this trigger (the nearest trigger, no blocking noun between).
    const tense = tenseOf(cue);
    let day: DayExpression | null = null;
    // Where a trigger's words end: a trip's run to its destination (looked up once per trigger).
    const reach = new Map<RawTrigger, number>();
    const reachOf = (t: RawTrigger): number => {
      let end = reach.get(t);
      if (end === undefined) {
        end = t.type === 'visit' ? (destinationOf(t, entities, text)?.end ?? t.end) : t.end;
        // "to the French city of Nancy": the place named after the country's adjective ends the run.
        const place = PLACE_OF_AFTER.exec(text.slice(end, end + 60));
        if (place) end += place[0].length;
        reach.set(t, end);
      }
      return end;
    };
    // "is due to fly to Samarkand later on Wednesday for the SCO summit on Thursday": a day right after a
    // meeting noun is that meeting's, whatever day the journey before it has.
    const adjacent =
      !trig.verb && trig.type !== 'visit' && trig.type !== 'signing'
        ? clauseDays(tense).find(
            (d) =>
              !d.attribution &&
              d.start >= daysFrom &&
              d.end <= clause.end &&
              /^\s+$/.test(text.slice(trig.end, d.start)),
          )
        : undefined;
    if (adjacent) day = adjacent;
    // Days told as a possessive before this trigger with no other trigger between ("Sunday's opening of
    // the summit"): an earlier day of the clause is not the trigger's.
    const dayCandidates = adjacent ? [] : clauseDays(tense);
    const possessiveDays = dayCandidates.filter(
      (o) =>
        !o.attribution &&
        o.end <= trig.start &&
        /^['’]s\b/.test(text.slice(o.end, o.end + 3)) &&
        !triggers.some((t) => t !== trig && t.start >= o.end && t.start < trig.start),
    );
    for (const d of dayCandidates) {
      if (d.attribution || d.start < daysFrom || d.end > clause.end) continue;
      // The day goes to the nearest trigger; one before it (the verb it modifies) is preferred.
      // A trip's words run to its destination ("arrived at Haneda airport in Tokyo on Friday for talks").
      // "will hold talks and on Sunday witness the signing": a day opening the next verb of a pair is that
      // verb's, not the one before "and".
      const opensNext =
        AND_BEFORE_DAY.test(text.slice(Math.max(0, d.start - 12), d.start)) &&
        triggers.some(
          (u) =>
            u.start >= d.end &&
            u.start - d.end <= 40 &&
            /^\s+[a-z]+\b[^,;]*$/.test(text.slice(d.end, u.start)),
        );
      const gap = (t: RawTrigger) =>
        t.end <= d.start
          ? opensNext
            ? Number.POSITIVE_INFINITY
            : d.start - Math.min(d.start, reachOf(t))
          : dayGovernsEarlierVerb(text, d, t) ||
              AND_NEXT_VERB.test(text.slice(d.end, t.start)) ||
              (t.verb && NEXT_ACT_JOINED.test(text.slice(d.end, t.start)))
            ? Number.POSITIVE_INFINITY
            : t.start - d.end + 10;
      // Only a trigger of this clause can take its day ("will travel to Washington on Thursday, when he
      // will meet Trump": the meeting after the comma does not take the trip's day away).
      const nearestTrigger = triggers
        .filter((t) => t === trig || (t.start >= clause.start && t.start < clause.end))
        .reduce((best, t) => (gap(t) < gap(best) ? t : best));
      // "..., which opens on Wednesday, and will visit Ghana on Thursday": a day that is no trigger's in
      // reach is not this one's either for want of another.
      if (nearestTrigger === trig && gap(trig) === Number.POSITIVE_INFINITY) continue;
      if (
        nearestTrigger !== trig &&
        !(
          triggers[i + 1] &&
          nearestTrigger === triggers[i + 1] &&
          triggers[i + 1]!.type === trig.type &&
          // ("his visit to Ireland will follow his state visit to the UK from June 3 to 5": two trips to
          // two places, the day the second's.)
          !(trig.type === 'visit' && visitsGoApart(trig, nearestTrigger, entities, text))
        ) &&
        // "landed at Joint Base Andrews late on Wednesday for a two-day visit to the United States": a
        // landing at a place the gazetteer does not know is this trip's, and so is its day.
        // ("After a visit to the Sydney Opera House on Tuesday, the King will leave for Samoa": a comma
        // between the day and this trip ends the other's phrase.)
        !(
          trig.type === 'visit' &&
          nearestTrigger.type === 'visit' &&
          !destinationOf(nearestTrigger, entities, text) &&
          !(d.end <= trig.start && text.slice(d.end, trig.start).includes(','))
        ) &&
        // "will sign the deal in Sharm el-Sheikh on Monday at a summit": the day dates the verb before it and
        // the gathering it happens at alike.
        !(
          trig.end <= d.start &&
          nearestTrigger.start >= d.end &&
          AT_GATHERING.test(text.slice(d.end, nearestTrigger.start))
        ) &&
        // "will sign the agreement at the summit in Brazil on Dec. 20": the gathering's day is the act's too.
        !(
          trig.end <= nearestTrigger.start &&
          nearestTrigger.end <= d.start &&
          nearestTrigger.type !== 'visit' &&
          GATHERING_BEFORE.test(text.slice(trig.end, nearestTrigger.start))
        ) &&
        // "will travel to Monrovia this weekend to address the summit on June 4": a trip with no day of its
        // own is made for the gathering, on its day.
        !(
          trig.type === 'visit' &&
          trig.end <= nearestTrigger.start &&
          nearestTrigger.end <= d.start &&
          nearestTrigger.type !== 'visit' &&
          TO_ATTEND_BEFORE.test(text.slice(trig.end, nearestTrigger.start))
        )
      )
        continue;
      // "will leave for London on Monday evening ahead of his state visit": the day is the verb's before it.
      if (dayGovernsEarlierVerb(text, d, trig)) continue;
      // "in Santa Marta on Friday ahead of Sunday's opening of the summit": a day told nearer the noun, as
      // its possessive, is the noun's.
      if (d.end <= trig.start && possessiveDays.some((o) => o.start >= d.end)) continue;
      // "Takaichi, who on Saturday became party leader, faces a visit by Trump": the day of a relative
      // clause's past deed is that deed's.
      if (
        d.end <= trig.start &&
        /\b(?:who|which)\s+(?:on\s+)?$/i.test(text.slice(Math.max(0, d.start - 14), d.start)) &&
        /^\s+(?:[a-z]{2,}ed|became|was|were|won|took|made|met|said|came|gave|went|left|began|rose|ran|lost|held)\b/i.test(
          text.slice(d.end, d.end + 14),
        )
      )
        continue;
      const between = d.start > trig.end ? text.slice(trig.end, d.start) : text.slice(d.end, trig.start);
      // "will sign a peace declaration on Sunday": the signed text right after the verb blocks nothing.
      // ("return to Barbados on Thursday for a new session of Norwegian-brokered talks": a session of the
      // talks is the talks.)
      const blocking =
        trig.type === 'signing' && d.start > trig.end
          ? between.replace(SIGNED_OBJECT, '')
          : d.end <= trig.start && trig.type === 'talks'
            ? between.replace(/\bsessions?\s+of\s+(?:[\w'’-]+\s+){0,3}$/i, '')
            : between;
      // ("will be in New Delhi for the parade on January 26": a trip made for an occasion is on its day.)
      if (
        BLOCKER_NOUN.test(blocking) &&
        !(trig.type === 'visit' && d.start > trig.end && FOR_OCCASION.test(blocking))
      )
        continue;
      // "the SCO summit in Tianjin and the Sept. 3 military parade": a day used as a modifier belongs to
      // the noun right after it.
      if (
        d.start > trig.end &&
        /\b(?:the|a|an|its|their|his|her)\s+$/i.test(text.slice(Math.max(0, d.start - 6), d.start)) &&
        // ("on the 12th of April" is a day, not a modifier.)
        !/^\d{1,2}(?:st|nd|rd|th)?\s+of\b/i.test(d.text) &&
        !triggers.some((t) => t.start >= d.end && t.start - d.end <= 25)
      )
        continue;
      // "The deadline for the talks expires on Friday": the day is the deadline's, told by its own verb.
      if (
        !trig.verb &&
        d.start > trig.end &&
        OWNED_BY_NOUN_BEFORE.test(text.slice(Math.max(0, trig.start - 60), trig.start)) &&
        OWN_VERB.test(between)
      )
        continue;
      // "confirmed the meeting early Saturday": a day right after the object of a reporting verb dates the report.
      if (
        reportedOn &&
        d.start >= trig.end &&
        /^[\s,]*(?:(?:on|early|late|earlier|later)\s+)*$/i.test(text.slice(trig.end, d.start))
      )
        continue;
      // "agreed on Friday to normalise relations and will sign a declaration on Tuesday": a day before
      // another predicate joined by "and will" is that predicate's.
      if (
        d.end <= trig.start &&
        trig.verb &&
        /\band\s+(?:will|would|is to|are to|plans? to|intends? to|is set to|are set to)\b/i.test(between)
      )
        continue;
      // "will leave Rome on Sept. 2 and arrive in Jakarta on Sept. 3": a day before "and" is the verb
      // before's, when the trigger has a day of its own right after it.
      if (
        d.end <= trig.start &&
        trig.verb &&
        /^[^,;]*\band\s+(?:(?:will|would|to|then|later)\s+)?$/i.test(between) &&
        clauseDays(tense).some((o) => !o.attribution && o.start >= trig.end && o.start - trig.end <= 40)
      )
        continue;
      // "on a state visit lasting until Friday", "stays in Tokyo through Sunday, then flies to Washington":
      // a day something lasts until is its end, not the start of it or of what follows.
      if (
        cue !== 'postponed' &&
        /\b(?:lasting|lasts|last|stay|stays|staying|remain|remains|remaining|run|runs|running)\s+(?:in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+)?(?:until|till|through)\s+$/i.test(
          text.slice(Math.max(0, d.start - 48), d.start),
        )
      )
        continue;
      // "gave their approval on Friday, clearing the way for the deal to be signed": the day is the approval's.
      if (d.end <= trig.start && /,\s*(?:clearing|paving|opening)\s+the\s+way\b/i.test(between)) continue;
      // "On Tuesday, an official said there were no plans to meet": the day dates the statement.
      if (d.end <= trig.start && REPORTING_VERB.test(between)) continue;
      // "had spoken to Narendra Modi on Tuesday morning to express his regret that he will not be able to
      // visit": a day right after a conversation's partner dates the conversation.
      if (d.end <= trig.start && SPOKE_WITH_BEFORE.test(text.slice(Math.max(0, d.start - 70), d.start)))
        continue;
      // "will be preceded by a business summit on March 20": the day is the other gathering's.
      if (d.start >= trig.end && /\b(?:preceded|followed)\s+by\b/i.test(between)) continue;
      // "held a phone call on Thursday and agreed to meet": the day dates the agreement, not the meeting.
      if (d.end <= trig.start && AGREED_TO.test(between)) continue;
      // "on Wednesday handed Modi a letter from the Amir inviting him to visit": the day is the invitation's.
      if (d.end <= trig.start && INVITED_TO.test(between)) continue;
      // "the first time since the air campaign began on March 26": a yardstick from the past ("the first
      // deal since the talks began on Monday" still dates the talks).
      const sinceFrom = Math.max(0, d.start - 90);
      const since = SINCE_BEFORE_DAY.exec(text.slice(sinceFrom, d.start));
      if (since && !(trig.start >= sinceFrom + since.index && trig.end <= d.start)) continue;
      // "the communities attacked by Hamas on Oct. 7": the day is the deed's.
      if (DEED_BEFORE_DAY.test(text.slice(Math.max(0, d.start - 60), d.start))) continue;
      // "on Friday threatened tariffs and questioned whether he would still sit down with Xi": the day is
      // the main verb's, the meeting only wondered about.
      if (d.end <= trig.start && /\bwhether\b/i.test(between)) continue;
      if (INTO_FORCE_BEFORE.test(text.slice(Math.max(0, d.start - 40), d.start))) continue;
      // "gathered in Rio on Sunday for the BRICS summit": told in the past, the day dates the happening
      // the event is the purpose of, and read ahead it would be next Sunday's ("are due to gather in
      // Lusaka on 14-15 May for a summit" is the summit's day).
      if (
        cue === 'purpose' &&
        d.end <= trig.start &&
        /\bfor\b/i.test(between) &&
        PAST_TOLD.test(text) &&
        !FUTURE_TOLD.test(text)
      )
        continue;
      // "EU ministers on Tuesday approved the signing of the agreement": the day is the approval's.
      if (cue === 'purpose' && d.end <= trig.start && SIGNING_ALLOWED.test(text.slice(0, trig.start)))
        continue;
      // "will fly to Tianjin on Saturday for the summit, which China is hosting on August 31": the day
      // is the journey's when the summit's own day follows.
      if (
        cue === 'purpose' &&
        d.end <= trig.start &&
        OWN_DAY_AFTER.test(text.slice(trig.end)) &&
        daysFor(text, ctx, tense, dayCache).some((o) => !o.attribution && o.start > trig.end)
      )
        continue;
      // A relative clause speaks of something else, unless it is the one describing this noun (or told
      // this noun's past before a "now": "the summit that was postponed will now be held on June 17"), or
      // the noun's own verb follows it ("the conference that Switzerland promised to organise will be
      // held ... on 15 and 16 June").
      if (
        clause === own &&
        daysFrom === clause.start &&
        d.start > trig.end &&
        /\b(?:which|that|who|whose)\b/i.test(between) &&
        between.length > 30 &&
        !(!trig.verb && NOUN_HELD_AFTER_RELATIVE.test(between))
      )
        continue;
      day = d;
      break;
    }
    // "arrived here on Wednesday night ..., a day ahead of the inaugural 2+2 dialogue": the meeting is that
    // many days after the day told.
    // (The day told is the deed's, the arrival's, even when the trip took it.)
    const ahead =
      cue === 'purpose' && (!day || day.end <= trig.start)
        ? DAYS_AHEAD_OF.exec(text.slice(0, trig.start))
        : null;
    if (ahead) {
      const told =
        day ??
        daysFor(text, ctx, PAST_TOLD.test(text.slice(0, ahead.index)) ? 'past' : tense, dayCache).findLast(
          (d) => !d.attribution && d.end <= ahead.index,
        );
      const n = DAYS_IN_WORDS[ahead[1]!.toLowerCase()] ?? 1;
      if (told) day = { ...told, day: addDays(told.endDay ?? told.day, n), endDay: null, kind: 'relative' };
    }
    // "will hold talks with Khurelsukh on Tuesday, after which the two sides will sign agreements", "will
    // travel to Cairo on Monday, where he and Grossi are to sign a document": an act told as following a
    // dated one, or as done where that one goes, with no day of its own, is that day's.
    // The last day told in the clause before this one (a statement's day too, when `statements`).
    const lastDayBefore = (statements: boolean): DayExpression | undefined => {
      const previous = spans[spans.indexOf(own) - 1];
      const found = previous
        ? daysFor(text, ctx, tense, dayCache).findLast(
            (d) => (statements || !d.attribution) && d.start >= previous.start && d.end <= previous.end,
          )
        : undefined;
      // "closed on Monday with leaders agreeing to convene a summit in Kigali in March, where": the day
      // is the closing's; what the clause goes back to is agreed to, or set for a month only.
      return found && LATER_PLAN_AFTER_DAY.test(text.slice(found.end, own.start)) ? undefined : found;
    };
    const where = WHERE_CLAUSE.test(clauseText);
    if (
      !day &&
      (tense === 'future' || tense === 'past') &&
      (AFTER_WHICH.test(clauseText) ||
        SAME_DAY.test(clauseText) ||
        // (A stay of several days gives what is done there no one day: "a three-day visit, where ...".)
        (where && tense === 'future' && trig.type === 'signing' && !MULTI_DAY_TRIP.test(text)))
    ) {
      // (The day nearest the clause: "leave Washington on Friday and arrive in Kuala Lumpur on Sunday, where".)
      const found = lastDayBefore(false);
      if (found && !(where && found.endDay)) day = found;
    }
    // "told Trump to his face on Tuesday that Canada would never be for sale, as the two leaders met at
    // the White House": a happening told as going on while the clause before happened is of its day.
    if (!day && tense === 'past' && cue === 'occurred' && AS_CLAUSE.test(clauseText)) {
      const found = lastDayBefore(true);
      if (found && !found.endDay) day = found;
    }
    // So is the setting of a deed: "agreed on Sunday to strengthen cooperation ..., during a meeting at
    // La Moneda palace" was held on Sunday.
    if (
      !day &&
      tense === 'past' &&
      cue === 'occurred' &&
      !trig.verb &&
      (DURING_BEFORE.test(text.slice(Math.max(0, trig.start - 40), trig.start)) ||
        // ("Kishida said on Saturday, opening a Japan-Africa summit in Tunis by video link".)
        /,\s*opening\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}$/i.test(
          text.slice(Math.max(0, trig.start - 60), trig.start),
        ))
    ) {
      // (The deed's own day, told as its verb's, is the one: "agreed on Sunday".)
      const found = daysFor(text, ctx, tense, dayCache).findLast((d) => d.end <= trig.start);
      if (found && !found.endDay) day = found;
    }
    // "is preparing for the Commonwealth Heads of Government Meeting, which Apia will host from 21 to 26
    // October": a gathering named last in its clause takes the day the relative clause after it gives.
    if (!day && !trig.verb && trig.type !== 'visit' && (tense === 'future' || tense === 'unknown') && rel) {
      const relText = text.slice(rel.start, rel.end);
      if (
        HOSTED_WHICH.test(relText) &&
        !triggers.some((t) => t.start >= trig.end && t.start < rel.end && t !== trig) &&
        /^[\s,]*$/.test(text.slice(trig.end, rel.start))
      ) {
        const found = daysFor(text, ctx, 'future', dayCache).find(
          (d) => !d.attribution && d.start >= rel.start && d.end <= rel.end,
        );
        if (found) day = found;
      }
    }
    if (day && moved && day.start === moved.start && moved.endDay)
      day = { ...day, day: moved.endDay, endDay: null };
    // "A summit at which the two sides were due to sign the agreement has been moved from November 13 to
    // December 4": what the moved event carries, told before the move, moves with it to the new day.
    if ((!day || day.endDay) && cue !== 'postponed' && cue !== 'cancelled' && / from /.test(text)) {
      const change = daysFor(text, ctx, 'future', dayCache).find(
        (d) =>
          d.endDay !== null &&
          !d.attribution &&
          d.start > trig.end &&
          (!day || day.start === d.start) &&
          MOVED_FROM_BEFORE.test(text.slice(Math.max(0, d.start - 40), d.start)),
      );
      if (change?.endDay) {
        day = { ...change, day: change.endDay, endDay: null };
        if (cue === 'stale') cue = 'future';
      }
    }
    // "ended a two-day summit in Brussels on Friday": the day is the last of N, so the first is N - 1
    // days before it. (Not a visit: what is done during it takes its day, and a visit's is its arrival.)
    if (day && cue === 'occurred' && trig.type !== 'visit' && !day.endDay && day.start > trig.end) {
      const ended = ENDED_SPAN.exec(text.slice(Math.max(0, trig.start - 40), trig.start));
      const span = ended ? SPAN_DAYS[ended[1]!.toLowerCase()] : undefined;
      if (span) day = { ...day, day: addDays(day.day, 1 - span), endDay: day.day };
    }
    // "PM lands in London, FTA to be signed tomorrow": what happened never happens tomorrow.
    if (day && cue === 'occurred' && /\btomorrow\b/i.test(day.text)) day = null;
    // A year-less plan a year away, or a plan already past, is a misreading.
    if (day) {
      const ahead = daysBetween(ctx.reference, day.day);
      if (
        tense === 'future' &&
        (ahead < 0 ||
          ahead > MAX_FUTURE_DAYS ||
          (ahead > YEARLESS_AHEAD_DAYS && !NAMES_A_YEAR.test(day.text)))
      )
        day = null;
      else if (tense === 'past' && ahead > 1) day = null;
    }
    // "originally set for May 27, has been delayed by two days": moved by that much. With no day to
    // move, the claim carries the delay and the event's own day is moved (lifecycle.ts).
    let shiftDays =
      cue === 'postponed' && changeAt >= 0 ? delayInDays(text.slice(changeAt, changeAt + 40)) : null;
    // ("pushed back by a day: he will now arrive on Thursday, Oct. 24": a day told after the change is
    // already the new one.)
    if (shiftDays !== null && day) {
      if (day.start < changeAt)
        day = {
          ...day,
          day: addDays(day.day, shiftDays),
          endDay: day.endDay ? addDays(day.endDay, shiftDays) : null,
        };
      cue = 'future';
      shiftDays = null;
    }
    // "Trump came twice, for an APEC meeting in 2017 and for his summit with Kim in 2019", "last travelled
    // to Vietnam in 2016 for talks": the purpose of a journey told in the past, in a year gone, is history.
    // So is a change told in a year gone ("in 2021 Paris cancelled a meeting of interior ministers").
    if (
      ((cue === 'purpose' && PAST_TOLD.test(before)) ||
        ((cue === 'postponed' || cue === 'cancelled') &&
          /\b(?:in|for)\s+(?:19|20)\d\d\b/.test(clauseText))) &&
      !FUTURE_TOLD.test(clauseText) &&
      [...clauseText.matchAll(/(?<!\bsince\s+(?:[\w-]+\s+)?)\b(?:19|20)\d\d\b/gi)].some(
        (y) => Number(y[0]) < Number(ctx.reference.slice(0, 4)),
      )
    )
      continue;
    // "A series of planned trips had been shelved during the coronavirus pandemic", told from 2023 on.
    if (
      (cue === 'postponed' || cue === 'cancelled') &&
      PANDEMIC.test(text) &&
      Number(ctx.reference.slice(0, 4)) >= 2023
    )
      continue;
    // "has already been put off twice since 2023": changes counted over time are the story so far.
    if (
      (cue === 'postponed' || cue === 'cancelled') &&
      /\b(?:twice|(?:two|three|four|several|many) times|repeatedly)\s+since\b/i.test(clauseText)
    )
      continue;
    // "A planned meeting on the sidelines of the G7 summit in June was cancelled", told in October: a
    // change in a month gone by this year is history too.
    if ((cue === 'postponed' || cue === 'cancelled') && !WILL_TOLD.test(clauseText)) {
      const month = IN_MONTH.exec(clauseText);
      const number = month ? monthNumber(month[1]!) : 0;
      if (number > 0 && number < Number(ctx.reference.slice(5, 7))) continue;
    }
    // "He might fly to Turkey if it helped": a possibility on a condition is no plan at all.
    if (cue !== 'occurred' && HYPOTHETICAL.test(clauseText)) continue;
    // "will reimpose sanctions unless Tehran resumes talks with Washington": what the condition names is
    // no plan either.
    if (cue !== 'occurred' && /\b(?:unless|if)\b[^,;:]*$/i.test(text.slice(clause.start, trig.start)))
      continue;
    // "A Nigerian daily reported that Ramaphosa would land in Abuja on November 26", in an article whose
    // officials say "there is no agreed date": the press's day is a rumour the article denies.
    const speculative =
      SPECULATIVE.test(clauseText) || (MEDIA_REPORTED.test(text) && ctx.articleDeniesDate());
    let background = false;
    if (cue === 'occurred') {
      if (day) background = daysBetween(day.day, ctx.reference) > RECENT_OCCURRENCE_DAYS;
      else
        background =
          // "arrived in New Delhi, his first trip to India since 2021": the time named is the last
          // occasion's; this one is news.
          VAGUE_PAST.test(clauseText.replace(FIRST_SINCE, '')) ||
          // "his first trip since 2022, when he met then-President Yoon": the "when" clause is set in
          // the time the clause before it names.
          (/^\s*(?:when|where)\b/i.test(clauseText) && VAGUE_PAST.test(text)) ||
          // "he said on Saturday, a day after the US president met Putin": the time of something else
          // ("hours after Sharif arrived" is the same day as what the sentence reports).
          (SOME_TIME_AFTER.test(text.slice(clause.start, trig.start)) &&
            !/\b(?:hours|minutes|moments)\s+after\b/i.test(text.slice(clause.start, trig.start)) &&
            // ("signed agreements on Friday, a day after Putin arrived in the Indian capital": the arrival
            // that began the visit reported on, the day before.)
            !(
              trig.type === 'visit' &&
              /\b(?:a|one)\s+day\s+after\b/i.test(text.slice(clause.start, trig.start))
            )) ||
          (!sentence.headline &&
            position >= LEAD_SENTENCES + 1 &&
            // "The talks have begun", "are holding talks": told as just now, wherever on the page.
            !clauseCues.some(
              (c) =>
                c.cue === 'occurred' &&
                (/^(?:has|have|is|are)\b/i.test(text.slice(c.start, c.end)) ||
                  /\b(?:has|have)\s+(?:just\s+|now\s+|already\s+)?$/i.test(
                    text.slice(Math.max(0, c.start - 12), c.start),
                  )),
            ) &&
            // "Biden is in Germany for what is expected to be his last visit": there now.
            !(trig.inherent === 'occurred' && /^(?:is|are)\b/i.test(text.slice(trig.start, trig.end))));
      // "Fidan held talks with Lavrov on Thursday to prepare the summit": talks held to prepare another
      // meeting are a step toward it, not news of it; they only confirm talks already dated that day.
      if ((trig.type === 'talks' || trig.type === 'meeting') && PREPARING_AFTER.test(text.slice(trig.end)))
        background = true;
    }

    // On a tour, each leg takes a day said right after it ("Vietnam on April 14-15, Malaysia on April
    // 15-17"); legs that share one ("Malaysia and Cambodia from April 15 to 18"), the first of them,
    // without its end. A span after the first leg's group is the whole tour's.
    const legDays = new Map<EntityMention, DayExpression | null>();
    if (laterLegs.length > 0) {
      const all = [legs[0]!, ...laterLegs];
      const own = clauseDays(tense).filter((d) => !d.attribution);
      const tourStart = TOUR_START_BEFORE.test(text.slice(clause.start, legs[0]!.start));
      let group: EntityMention[] = [];
      all.forEach((leg, j) => {
        group.push(leg);
        const end = all[j + 1]?.start ?? clause.end;
        const said = own.find((d) => d.start >= leg.end && d.end <= end);
        if (!said) return;
        legDays.set(group[0]!, group.length === 1 ? said : { ...said, endDay: null });
        // ("will visit the UAE and Saudi Arabia on Wednesday": one day, not a span, is every leg's; "to
        // begin a tour of Kenya, Rwanda and Tanzania on Wednesday" dates the first leg only.)
        for (const other of group.slice(1))
          legDays.set(other, said.endDay === null && !tourStart ? said : null);
        group = [];
      });
      const first = legDays.get(all[0]!);
      if (first !== undefined && !(speculative && cue !== 'occurred')) day = first;
      else if (day?.endDay) day = { ...day, endDay: null };
    }
    const mention: Mention = {
      type: multiGuest ? 'summit' : trig.type,
      participants: participants.sort(),
      host: multiGuest ? null : host,
      location,
      cue,
      day: speculative && cue !== 'occurred' ? null : day,
      speculative,
      background,
      sentence,
      position,
      leaders,
      officials,
      duringVisit:
        duringVisit && (trig.type === 'signing' || trig.type === 'talks' || trig.type === 'meeting'),
      // "the meeting" with no party of its own ("An EU spokesperson said the meeting had been called
      // off": the speaker is the source) is the article's meeting.
      anaphoric:
        (trig.type === 'meeting' &&
          !trig.verb &&
          clauseEntities.every((e) => e.end <= sourceEnd && e.end <= trig.start) &&
          /\bthe\s+$/i.test(text.slice(Math.max(0, trig.start - 6), trig.start))) ||
        // "The talks will be hosted by the Swedish government at Rosenbad", "The talks have begun at the
        // residence of Switzerland's UN ambassador": the article's talks, at a venue named after them.
        ((trig.type === 'talks' || trig.type === 'summit') &&
          !trig.verb &&
          /^(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?[-–—:]\s*)?The\s+$/.test(text.slice(0, trig.start)) &&
          clauseEntities.length > 0 &&
          clauseEntities.every(
            (e) =>
              e.start > trig.end &&
              /\b(?:by|at|in)\b/i.test(text.slice(trig.end, e.start)) &&
              !/\b(?:with|between)\b|\b(?:and|to|for)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$/i.test(
                text.slice(trig.end, e.start),
              ),
          )) ||
        // "The signing will take place on the first day of the ASEAN summit": the article's signing.
        (trig.type === 'signing' &&
          /^signing$/i.test(text.slice(trig.start, trig.end)) &&
          /^(?:The|A)\s+$/.test(text.slice(0, trig.start)) &&
          !/^\s+of\b/.test(text.slice(trig.end))),
      alongTrip:
        /^\s*when\b/i.test(clauseText) ||
        ALONG_TRIP.test(before) ||
        (trig.type === 'signing' && AT_WHICH_BEFORE.test(before)) ||
        (trig.type !== 'visit' &&
          (WHEN_TRIP_AFTER.test(text.slice(trig.end)) ||
            TRIP_THEN_TO.test(text.slice(clause.start, trig.start)))),
      shiftDays,
      nextOfSeries:
        trig.type !== 'visit' &&
        trig.type !== 'signing' &&
        NEXT_OF_SERIES.test(text.slice(Math.max(0, trig.start - 50), trig.end)),
      tripStart: trig.type === 'visit' && TRIP_START_WORD.test(text.slice(trig.start, trig.end)),
      departure: trig.type === 'visit' && DEPARTURE_START.test(text.slice(trig.start, trig.end)),
    };
    // "follows his visit to Brussels for the summit in December 2022": a plan with no day, in a clause
    // that sets it in a month or year already past, is a past trip recalled.
    if (
      mention.day === null &&
      (cue === 'future' || cue === 'purpose') &&
      inPastPeriod(clauseText, ctx.reference)
    )
      continue;
    // "a pointed contrast with Donald Trump's 2018 summit with Putin": a meeting named by a year already
    // past is one recalled, whatever the sentence says of the future.
    if (mention.day === null && !trig.verb) {
      const year = YEAR_BEFORE.exec(text.slice(Math.max(0, trig.start - 30), trig.start));
      if (year && year[1]! < ctx.reference.slice(0, 4)) continue;
    }
    // "Peña Nieto called off a January 2017 trip to Washington": a change of a trip or meeting named by a
    // month already past is history recalled, not news.
    if (mention.day === null && (cue === 'cancelled' || cue === 'postponed')) {
      const named = MONTH_YEAR_BEFORE.exec(text.slice(Math.max(0, trig.start - 40), trig.start));
      if (
        named &&
        `${named[2]}-${String(monthNumber(named[1]!)).padStart(2, '0')}` < ctx.reference.slice(0, 7)
      )
        continue;
    }
    // "postponed the summits of the BRICS group and the Shanghai Cooperation Organisation", "will host
    // online summits of the BRICS group on November 17 and of the SCO on November 10": one summit per
    // bloc, each on the day told after its name (or, when none is, the day told of them all).
    // ("BRICS, SCO leaders to meet by video in November": leaders of two blocs meet in two summits.)
    const blocs =
      trig.type === 'summit' && /summits$/i.test(text.slice(trig.start, trig.end))
        ? blocsNamedNear(trig, entities, participants)
        : (trig.type === 'meeting' || trig.type === 'summit') && trig.verb
          ? blocLeadersBefore(trig, entities, participants, text)
          : [];
    if (blocs.length >= 2) {
      const own = clauseDays(tense).filter((d) => !d.attribution);
      const others = participants.filter((p) => !blocs.some((b) => b.canonical === p));
      const dayOf = blocs.map((b, j) =>
        own.find((d) => d.start >= b.end && d.end <= (blocs[j + 1]?.start ?? clause.end)),
      );
      // (A day told after the last bloc alone is all of theirs: "two summits ... in Mecca on May 30".)
      const eachTold = dayOf.slice(0, -1).some((d) => d !== undefined);
      blocs.forEach((b, j) => {
        mentions.push({
          ...mention,
          participants: [b.canonical, ...others].sort(),
          day: eachTold ? (speculative && cue !== 'occurred' ? null : (dayOf[j] ?? null)) : mention.day,
        });
      });
      continue;
    }
    mentions.push(mention);
    // "as the two leaders met at the White House", "held talks in Riyadh with the crown prince": two
    // leaders meeting at one side's seat tell the other side's visit made, that day.
    if (
      (trig.type === 'talks' || trig.type === 'meeting' || trig.type === 'summit') &&
      (cue === 'occurred' ||
        ((cue === 'future' || cue === 'purpose') && mention.day !== null && trig.type !== 'summit')) &&
      !background &&
      participants.length === 2 &&
      leaders &&
      // "met briefly on the sidelines of the BRICS summit in Goa": the guest came for the summit.
      !SIDELINES_AFTER.test(text.slice(trig.end, clause.end))
    ) {
      // (Read from the unmasked names: "at the White House" is masked as a venue phrase.)
      const seat = factsOf(text, ctx.facts).entities.find(
        (e) =>
          e.start >= clause.start &&
          e.end <= clause.end &&
          (e.via === 'capital' || e.via === 'city' || e.via === 'metonym') &&
          participants.includes(e.canonical) &&
          /\b(?:in|at)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, e.start - 8), e.start)),
      );
      const guest = participants.find((p) => p !== seat?.canonical);
      // "Petro will meet Maduro in Caracas next Tuesday": a plan tells the trip when the guest, alone,
      // is named before the meeting.
      const guestFirst =
        cue === 'occurred' ||
        (entities.some((e) => e.canonical === guest && e.start < trig.start) &&
          !entities.some((e) => e.canonical === seat?.canonical && e.start < trig.start));
      if (seat && guest && guestFirst && entityKind(guest) === 'country')
        mentions.push({ ...mention, type: 'visit', host: seat.canonical, implied: true });
    }
    for (const leg of laterLegs) {
      mentions.push({
        ...mention,
        participants: [...participants.filter((p) => p !== host), leg.canonical].sort(),
        host: leg.canonical,
        location: leg.place,
        day: speculative && cue !== 'occurred' ? null : (legDays.get(leg) ?? null),
      });
    }
  }
  return mentions;
}

/**
 * The blocs named near a plural "summits" ("of the BRICS group and the SCO", "the leaders of the GCC and
 * Arab League states to hold two emergency summits"), in order, once each.
 */
function blocsNamedNear(
  trig: RawTrigger,
  entities: readonly EntityMention[],
  participants: readonly string[],
): EntityMention[] {
  const out: EntityMention[] = [];
  for (const e of entities) {
    if (e.start - trig.end > 120 || trig.start - e.end > 120) continue;
    if (!standsAlone(e.canonical) || !participants.includes(e.canonical)) continue;
    if (!out.some((o) => o.canonical === e.canonical)) out.push(e);
  }
  return out;
}

/** Two blocs or more listed as the leaders who meet: "BRICS, SCO leaders to meet", "EU and AU leaders will meet". */
function blocLeadersBefore(
  trig: RawTrigger,
  entities: readonly EntityMention[],
  participants: readonly string[],
  text: string,
): EntityMention[] {
  const list = /((?:[A-Z][\w-]*(?:,\s*|\s+and\s+)){1,3}[A-Z][\w-]*)\s+leaders\s+(?:[\w'’-]+\s+){0,3}$/.exec(
    text.slice(0, trig.start),
  );
  if (!list) return [];
  const from = list.index;
  const to = from + list[1]!.length;
  const blocs = entities.filter(
    (e) => e.start >= from && e.end <= to && standsAlone(e.canonical) && participants.includes(e.canonical),
  );
  const names = list[1]!.split(/,\s*|\s+and\s+/);
  return blocs.length === names.length && blocs.length >= 2 ? blocs : [];
}

/**
 * The countries listed from a trip's first destination on ("Vietnam, Malaysia and Cambodia"): each
 * joined to the one before by a comma or "and", nothing else between.
 */
function destinationList(
  first: EntityMention,
  entities: readonly EntityMention[],
  text: string,
): EntityMention[] {
  const legs = [first];
  let last = first;
  for (const e of entities) {
    if (e.start < last.end) continue;
    // "Vietnam, Malaysia and Cambodia", "Vietnam on April 14-15, Malaysia on April 15-17 and ...",
    // "Vietnam from April 14 to 15, and to Malaysia".
    if (!LEG_SEPARATOR.test(text.slice(last.end, e.start))) break;
    if (
      entityKind(e.canonical) !== 'country' ||
      (e.via !== 'name' && e.via !== 'alias' && e.via !== 'capital' && e.via !== 'city') ||
      /^['’]s\b/.test(text.slice(e.end, e.end + 3))
    )
      break;
    if (!legs.some((l) => l.canonical === e.canonical)) legs.push(e);
    last = e;
  }
  return legs;
}

/**
 * Between two legs of a tour: a day of the first, then a comma or "and" (and "to"); or a time of the
 * first, then "with stops (also planned) in" ("to Saudi Arabia in May, with stops also planned in Qatar").
 */
const LEG_SEPARATOR =
  /^(?:(?:\s+(?:on|from|between)\s+[^,;]{1,30}?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:then\s+)?(?:to\s+)?|(?:\s+(?:on|in|from|between)\s+[^,;]{1,30}?)?,?\s+(?:with|including)\s+(?:(?:a|further|other)\s+)?(?:stops?|legs?|visits?)\s+(?:also\s+)?(?:(?:planned|expected|scheduled)\s+)?(?:in|to)\s+)(?:the\s+)?$/;

/** Generic meetings become summits (leaders, no visit) or talks (officials, or leaders meeting during a visit). */
function resolveMeeting(m: Mention, ctx: SentenceContext): EventType {
  // "Pacific Islands Forum leaders opened their annual meeting": an organisation's leaders meeting
  // is its summit, visits or not.
  if (
    m.leaders &&
    !m.officials &&
    m.participants.some((p) => standsAlone(p)) &&
    !SIDELINES_WORD.test(m.sentence.text)
  )
    return 'summit';
  // Leaders meeting on the sidelines of a larger gathering hold talks, not a summit of their own.
  if (
    /\b(?:sidelines|margins)\b|\bat (?:the|a|an|this|next) (?:[A-Z][\w-]*\s+){1,4}(?:summit|forum|meeting)\b/.test(
      m.sentence.text,
    )
  )
    return 'talks';
  if (m.officials && !m.leaders) return 'talks';
  if (m.leaders && !m.officials) return ctx.articleHasVisit() ? 'talks' : 'summit';
  if (ctx.articleHasSummit()) return 'summit';
  return 'talks';
}

/**
 * Each mention's event type, a meeting word resolved to summit or talks. A headline says less than
 * the body ("Leaders to meet" over "the two presidents will meet on the sidelines of the G20"): a
 * headline meeting takes the type the body gives a meeting or summit or talks of the same parties,
 * so the headline and the body tell of one event rather than a summit and talks.
 */
function meetingTypes(mentions: readonly Mention[], ctx: SentenceContext): EventType[] {
  const types = mentions.map((m) => (m.type === 'meeting' ? resolveMeeting(m, ctx) : m.type));
  return mentions.map((m, i) => {
    if (
      m.anaphoric &&
      mentions.some((b, k) => b.type === 'summit' || (types[k] === 'summit' && !b.anaphoric))
    )
      return 'summit';
    if (m.anaphoric && types.some((t, k) => t === 'talks' && !mentions[k]!.anaphoric)) return 'talks';
    if (m.type !== 'meeting' || !m.sentence.headline) return types[i]!;
    const j = mentions.findIndex(
      (b, k) =>
        !b.sentence.headline &&
        (types[k] === 'summit' || types[k] === 'talks') &&
        participantOverlap(b.participants, m.participants) >= 0.5,
    );
    return j === -1 ? types[i]! : types[j]!;
  });
}

interface Group {
  type: EventType;
  mentions: Mention[];
  participants: string[];
  host: string | null;
}

function statusOfGroup(
  all: readonly Mention[],
): { status: EventStatus; pick: Mention; date: DayExpression | null } | null {
  // An abandoned plan says nothing of the event's status now (its day may still tell the last day it had).
  const mentions = all.filter((m) => m.cue !== 'stale');
  const current = mentions.filter((m) => !(m.cue === 'occurred' && m.background));
  const occurred = current.filter((m) => m.cue === 'occurred');
  // A lone headline cannot establish that something happened: headlines use the present tense for plans
  // too. But for an arrival: "Trump arrives in Britain", "King Charles begins state visit to Kenya".
  const occurredBody = occurred.filter(
    (m) => !m.sentence.headline || (m.type === 'visit' && HEADLINE_ARRIVAL.test(m.sentence.text)),
  );
  if (occurredBody.length > 0) {
    // "The summit opened on Sunday evening ... The meeting was held in Tianjin on Monday": a happening
    // told on several days began on the first of them.
    const dated = occurredBody
      .filter((m) => m.day)
      .reduce<Mention | undefined>(
        (first, m) => (first && first.day!.day <= m.day!.day ? first : m),
        undefined,
      );
    const pick = dated ?? occurredBody[0]!;
    return { status: 'occurred', pick, date: pick.day };
  }
  // What the article tells changed (called off, put off), the headline's and the body's.
  const changes = current.filter((m) => m.cue === 'cancelled' || m.cue === 'postponed');
  const plannedDated = current.filter(
    (m) => (m.cue === 'future' || m.cue === 'purpose') && m.day && !m.speculative,
  );
  if (plannedDated.length > 0) {
    // "will leave Rome on Sept. 2 and arrive in Jakarta on Sept. 3": the visit is where it arrives, not
    // where it sets off: an arrival told later than the departure dates it.
    const first = plannedDated[0]!;
    const pick =
      (first.departure &&
        plannedDated.find((m) => m.tripStart && !m.departure && m.day!.day > first.day!.day)) ||
      first;
    // "Libya and Tunisia were due to meet on Sunday. The talks have been called off": a plan told in
    // the past beside a change in the body is the plan that changed.
    const change = changes.find((m) => !m.sentence.headline);
    // So is a day "planned for" told in the very sentence that changes it ("barred the company from
    // signing the contract, scuppering a signing ceremony planned for Wednesday").
    if (
      change &&
      plannedDated.every(
        (m) =>
          PAST_PLAN.test(m.sentence.text) ||
          (PLANNED_FOR_BEFORE.test(m.sentence.text.slice(Math.max(0, m.day!.start - 20), m.day!.start)) &&
            changes.some((c) => c.sentence === m.sentence)),
      )
    )
      return { status: change.cue as EventStatus, pick: change, date: null };
    return { status: 'scheduled', pick, date: pick.day };
  }
  // A change the body tells outranks the headline's word for it ("Biden scraps ... trip" over "has
  // postponed his trip").
  // When the body tells both, the headline's word settles which ("summit shelved again": "will not be
  // meeting in June" and "pushed back again" are a delay).
  const bodyChanges = changes.filter((m) => !m.sentence.headline);
  const headlineChange = changes.find((m) => m.sentence.headline);
  const bodyChange =
    (headlineChange && bodyChanges.find((m) => m.cue === headlineChange.cue)) ?? bodyChanges[0];
  if (bodyChange) return { status: bodyChange.cue as EventStatus, pick: bodyChange, date: null };
  const cancelled = current.find((m) => m.cue === 'cancelled');
  if (cancelled) return { status: 'cancelled', pick: cancelled, date: null };
  const postponed = current.find((m) => m.cue === 'postponed');
  if (postponed) return { status: 'postponed', pick: postponed, date: null };
  const planned = current.find((m) => m.cue === 'future' || m.cue === 'purpose');
  if (planned) return { status: 'pending', pick: planned, date: null };
  return null;
}

export interface ExtractOptions {
  /** The day relative expressions resolve against (the dateline's day, else publishedAt's). */
  readonly referenceDay: IsoDay;
  /**
   * Whether places east of UTC may already be on the day after referenceDay (publishedAt late in the
   * UTC day, no dateline): a happening told in the past may then carry tomorrow's weekday.
   */
  readonly localDayAhead?: boolean;
}

/** A sentence-level mention, for debugging and tests: what each trigger was read as. */
export interface MentionTrace {
  readonly type: EventType | 'meeting';
  readonly participants: readonly string[];
  readonly host: string | null;
  readonly cue: Cue;
  readonly day: IsoDay | null;
  readonly background: boolean;
  readonly sentence: string;
}

/** Lists every mention the rules found, before grouping (a window into extraction). */
export function traceMentions(clean: CleanArticle, options: ExtractOptions): MentionTrace[] {
  const { mentions } = collectMentions(clean, options);
  return mentions.map((m) => ({
    type: m.type,
    participants: m.participants,
    host: m.host,
    cue: m.cue,
    day: m.day?.day ?? null,
    background: m.background,
    sentence: m.sentence.text,
  }));
}

function collectMentions(
  clean: CleanArticle,
  options: ExtractOptions,
): { mentions: Mention[]; ctx: SentenceContext; focus: Focus } {
  const sentences = clean.sentences;
  const facts: FactsCache = new Map();
  addSurnames(sentences, facts);
  addRegionalNames(sentences, facts);
  addBareTitles(sentences, facts);
  if (clean.datelinePlace) addDatelinePlace(sentences, facts, clean.datelinePlace);
  const focus = articleFocus(sentences, facts);
  let probe: string | null = null;
  const articleHas = (pattern: RegExp): (() => boolean) => {
    let found: boolean | null = null;
    return () => {
      probe ??= sentences.map((s) => s.text).join(' ');
      found ??= pattern.test(probe);
      return found;
    };
  };
  const ctx: SentenceContext = {
    reference: options.referenceDay,
    localDayAhead: options.localDayAhead ?? false,
    listing: false,
    facts,
    focus,
    articleHasVisit: articleHas(/\b(?:visit|visits|visiting|visited|trip|arrived in|landed in)\b/i),
    articleHasSummit: articleHas(/\bsummit\b/i),
    articleHasAgreement: articleHas(AGREEMENT_NOUN),
    articleHasNewDate: articleHas(/\b(?:new|fresh|revised|later) dates?\b/i),
    articleSeeksNewDate: articleHas(SEEKS_NEW_DATE),
    articleDeniesDate: articleHas(NO_AGREED_DATE),
  };
  const mentions: Mention[] = [];
  let body = 0;
  // A live page's entries are each told as news: a sentence's place counts within its entry (paragraph).
  const live = isLivePage(clean);
  // A tag or archive page: the newest story comes first and is read as of the page's day; the older
  // excerpts below it are read without their weekdays unless they carry a dateline of their own.
  const listing = isListingPage(clean);
  const listed: SentenceContext = { ...ctx, listing: true };
  let paragraph = Number.NaN;
  // A paragraph opening with a dateline of its own (a topic page listing older stories) is read as of
  // that day: "LONDON, June 8 (Wire) - ... will meet on Monday" is June 9, not next Monday.
  const asOf = new Map<number, SentenceContext>();
  // "Dec 13, 2016" above an excerpt, "Nov 20, 2016" above the next one: on a page of dated entries each
  // story is read as of the day above it.
  const entries = clean.removed
    .flatMap((r) => (r.dated ? [r.dated] : []))
    .sort((a, b) => a.before - b.before);
  // (Only where the dates stand above their stories: the first opens the page or follows a story's last
  // sentence. A date right under a headline, "Abe and Xi hold talks in Osaka / June 28, 2019", is read
  // as the page's listing rule reads it.)
  const above =
    entries.length >= 2 &&
    (entries[0]!.before === 0 || /[.!?"”’]\s*$/.test(clean.paragraphs[entries[0]!.before - 1] ?? ''));
  if (above) {
    for (const [i, entry] of entries.entries()) {
      if (daysBetween(entry.day, ctx.reference) < 2) continue;
      const until = entries[i + 1]?.before ?? clean.paragraphs.length;
      for (let p = entry.before; p < until; p++) asOf.set(p, { ...ctx, reference: entry.day });
    }
  }
  let lastPair: string[] | undefined;
  let lastSummit: readonly string[] | undefined;
  for (const s of sentences) {
    if (!s.headline && !asOf.has(s.paragraph)) {
      const dated = paragraphDateline(s.text);
      const day = dated
        ? dated.year !== null
          ? resolveYear(
              dated.month,
              dated.day,
              `${dated.year}-${String(dated.month).padStart(2, '0')}-${String(dated.day).padStart(2, '0')}`,
              'past',
            )
          : resolveYear(dated.month, dated.day, ctx.reference, 'past')
        : null;
      if (day !== null && daysBetween(day, ctx.reference) >= 2)
        asOf.set(s.paragraph, { ...ctx, reference: day });
    }
    if (live && !s.headline && s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      body = 0;
    }
    const base = asOf.get(s.paragraph) ?? (listing && s.paragraph >= 1 ? listed : ctx);
    const told = sentenceMentions(s, s.headline ? 0 : body, {
      ...base,
      ...(live && !s.headline && ENTRY_TIME.test(clean.paragraphs[s.paragraph] ?? '')
        ? { liveEntry: true }
        : {}),
      ...(lastPair ? { lastPair } : {}),
      ...(lastSummit ? { lastSummit } : {}),
    });
    mentions.push(...told);
    const summit = told.findLast(
      (m) =>
        m.type === 'summit' && !m.background && m.participants.some((p) => entityKind(p) === 'organisation'),
    );
    if (summit) lastSummit = summit.participants;
    if (!s.headline) body++;
    const people = uniq(
      factsOf(s.text, facts)
        .entities.filter((e) => e.via === 'leader' || e.via === 'official')
        .map((e) => e.canonical),
    );
    if (people.length === 2) lastPair = people;
  }
  dateWeekdayByNamedDay(mentions);
  dateAfterTheMeeting(mentions);
  dateTheFollowingDay(mentions);
  return { mentions, ctx, focus };
}

/** How far past the nearest one a weekday told ahead may be read as a day named before it. */
const NAMED_WEEKDAY_REACH_DAYS = 28;

/**
 * "Trump will arrive in Lima on Friday, April 13 ... He will attend the sessions on Friday and
 * Saturday": a bare weekday told ahead, in an article that has named a later day in full that falls
 * on that weekday, is that day, not the nearest one. (Not "this Friday" or "next Friday", which say
 * which one they mean.)
 */
function dateWeekdayByNamedDay(mentions: Mention[]): void {
  for (const [i, m] of mentions.entries()) {
    const told = m.day;
    if (!told || told.kind !== 'weekday' || told.attribution || m.background || m.speculative) continue;
    if (m.cue !== 'future' && m.cue !== 'purpose') continue;
    if (/\b(?:this|next)\s/i.test(told.text)) continue;
    const named = mentions
      .slice(0, i)
      .findLast(
        (x) =>
          x.sentence !== m.sentence &&
          x.day?.kind === 'explicit' &&
          !x.day.attribution &&
          !x.background &&
          (x.cue === 'future' || x.cue === 'purpose'),
      )?.day;
    if (!named) continue;
    const ahead = daysBetween(told.day, named.day);
    if (ahead <= 0 || ahead > NAMED_WEEKDAY_REACH_DAYS || ahead % 7 !== 0) continue;
    m.day = {
      ...told,
      day: named.day,
      endDay: told.endDay === null ? null : addDays(told.endDay, ahead),
    };
  }
}

/** A sentence opening on a later time of the day told before: "In the evening", "Later that day". */
const SAME_DAY_OPENING =
  /^\s*(?:(?:later\s+)?in\s+the\s+(?:evening|afternoon)|(?:later\s+)?that\s+(?:evening|afternoon|day)|later\s+the\s+same\s+day|the\s+same\s+(?:evening|afternoon))\b/i;

/** A day told from the one before it: "the following day", "the next day", "a day later". */
const THE_FOLLOWING_DAY = /\b(?:the\s+(?:following|next)\s+day|a\s+day\s+later)\b/i;

/**
 * "The tour opens in Jeddah on Monday ... He moves on to Doha the following day": what has no day of its
 * own but "the following day" takes the day after the last one the article told the same way (a plan
 * after a plan, a happening after a happening).
 */
function dateTheFollowingDay(mentions: Mention[]): void {
  for (const [i, m] of mentions.entries()) {
    if (m.day !== null || m.background || m.speculative) continue;
    // "On Monday, Scholz will hold talks ... In the evening he flies on to Astana": a trip that opens its
    // sentence with a later time of the day told before takes that day.
    // "The summit ... will take place the same day": any event so told takes the day told before (not
    // an old plan: "which Moscow was to host on the same day").
    const sameDayAt = SAME_DAY.exec(m.sentence.text);
    const sameDay =
      (m.type === 'visit' ? SAME_DAY_OPENING.exec(m.sentence.text) : null) ??
      (sameDayAt && !/\b(?:was|were|had)\b/i.test(m.sentence.text.slice(0, sameDayAt.index))
        ? sameDayAt
        : null);
    const said = THE_FOLLOWING_DAY.exec(m.sentence.text) ?? sameDay;
    if (!said) continue;
    const planned = m.cue === 'future' || m.cue === 'purpose';
    if (!planned && m.cue !== 'occurred') continue;
    const before = mentions
      .slice(0, i)
      .findLast((x) => x.day !== null && !x.background && (x.cue === 'occurred') === !planned);
    if (!before?.day) continue;
    const from = before.day.endDay ?? before.day.day;
    m.day = {
      start: said.index,
      end: said.index + said[0].length,
      text: said[0],
      day: said === sameDay ? before.day.day : addDays(from, 1),
      endDay: null,
      kind: 'relative',
      attribution: false,
    };
  }
}

/** A sentence opening on the meeting told before it: "After the talks, the two sides will sign ...". */
const AFTER_THE_MEETING =
  /^\s*(?:after|following|at the end of)\s+(?:the|their|these|those)\s+(talks|negotiations|discussions|meetings?|summit)\b/i;

/** A signing set at the meeting told before, named alone: "will sign a partnership at the summit". */
const AT_THE_MEETING =
  /\b(?:at|during|on the sidelines of)\s+the\s+(talks|negotiations|discussions|meetings?|summit)\b(?!\s+(?:in|on|of|with)\b)/i;

/**
 * "Modi will meet the Amir on Sunday. After the talks, the two sides will sign agreements": what is done
 * after a meeting the article has dated (or a signing at it), told without a day of its own, takes that
 * meeting's day, told the same way (a plan after a plan, a happening after a happening). The meeting is
 * the last one told before with a day, sharing two parties.
 */
function dateAfterTheMeeting(mentions: Mention[]): void {
  for (const [i, m] of mentions.entries()) {
    if (m.day !== null || m.background || m.speculative) continue;
    const opening =
      AFTER_THE_MEETING.exec(m.sentence.text) ??
      (m.type === 'signing' ? AT_THE_MEETING.exec(m.sentence.text) : null);
    if (!opening) continue;
    const noun = opening[1]!.toLowerCase();
    const planned = m.cue === 'future' || m.cue === 'purpose';
    const meeting = mentions
      .slice(0, i)
      .findLast(
        (x) =>
          x.sentence !== m.sentence &&
          x.day !== null &&
          !x.background &&
          meetingNamed(noun, x.type) &&
          (x.cue === 'occurred') === !planned &&
          x.participants.filter((p) => m.participants.includes(p)).length >= 2,
      );
    if (meeting) m.day = meeting.day;
  }
  // "would be signed after the talks on Saturday": a signing after a meeting the same sentence dates.
  for (const m of mentions) {
    if (m.type !== 'signing' || m.day !== null || m.background || m.speculative) continue;
    // ("will hold talks at Hyderabad House on 1 August, following which agreements are to be signed".)
    const after =
      AFTER_THE_MEETING_INSIDE.exec(m.sentence.text) ?? MEETING_THEN_SIGNING.exec(m.sentence.text);
    if (!after) continue;
    const noun = after[1]!.toLowerCase();
    const planned = m.cue === 'future' || m.cue === 'purpose';
    const meeting = mentions.find(
      (x) =>
        x.sentence === m.sentence &&
        x.day !== null &&
        !x.background &&
        meetingNamed(noun, x.type) &&
        (x.cue === 'occurred') === !planned &&
        x.participants.filter((p) => m.participants.includes(p)).length >= 2,
    );
    if (meeting) m.day = meeting.day;
  }
}

/**
 * How many sides the parties make: a grouping named at one place ("the Central Asian leaders", "the
 * Caspian states") is one side, whatever its number of members; any other party is one side of its own.
 */
function sidesCount(participants: readonly string[], entities: readonly EntityMention[]): number {
  const sides = new Set<string>();
  for (const p of participants) {
    const spans = entities.filter((e) => e.canonical === p).map((e) => `${e.start}:${e.end}`);
    const grouped = spans.find((span) =>
      entities.some((e) => e.canonical !== p && `${e.start}:${e.end}` === span),
    );
    sides.add(grouped ?? p);
  }
  return sides.size;
}

/** Whether a mention of this type can be the meeting a noun names: "the summit" a summit, "the meeting" any. */
function meetingNamed(noun: string, type: Mention['type']): boolean {
  if (noun === 'summit') return type === 'summit';
  if (noun === 'talks' || noun === 'negotiations' || noun === 'discussions')
    return type === 'talks' || type === 'meeting';
  return type === 'talks' || type === 'meeting' || type === 'summit';
}

/** A signing done after a meeting named in the same breath: "would be signed after the talks on Saturday". */
const AFTER_THE_MEETING_INSIDE =
  /\b(?:signed|sign|signing)\s+(?:[\w'’-]+\s+){0,6}?(?:after|following|at the end of)\s+(?:the|their)\s+(talks|negotiations|discussions|meetings?|summit)\b/i;

/** A signing in a relative clause after the meeting it follows: "talks ..., following which ... signed". */
const MEETING_THEN_SIGNING =
  /\b(talks|negotiations|discussions|meetings?|summit)\b[^.;]{0,80}?,\s+(?:following|after|at|during)\s+which\s+(?:[\w'’-]+\s+){0,12}?(?:signed|sign|signing|inked|exchanged)\b/i;

/** A clock time opening a live page's entry ("07:52", "14:55 GMT -", "Thursday, 18:40"). */
const ENTRY_TIME =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|TRT|GST|IST|PKT|IRST|AST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|SAST|WAT|CAT|EAT|ICT|WIB|SGT|MYT|PHT|HKT|JST|KST|AEST|AEDT|NZST|NZDT|local time|local))?\s*(?:$|[-–—:|]\s)/i;

/** A listing's header: "Topic: Korea-Japan relations", "Tag: Xi Jinping | Page 3" (not a "Tags: A, B" line). */
const LISTING_HEADER = /^(?:tag|topic|archive|category)\s*:\s*(?:[^,#|\n]{2,80}$|[^,#|\n]{2,60}\|)/im;
/** A listing's other marks: "stories tagged", "Page 2 of 12", "Load more", "[Read more]", "Archive updated". */
const LISTING_MARK =
  /\b(?:stories|articles|posts|news) tagged\b|\bpage \d+(?: of \d+)?\b|^load more\b|\bread more\]|\barchive updated\b/im;

/** A tag, topic or archive page: a header naming the topic and a mark of a list of stories. */
function isListingPage(clean: CleanArticle): boolean {
  const lines = [clean.title ?? '', ...clean.removed.map((r) => r.text), ...clean.paragraphs];
  return lines.some((l) => LISTING_HEADER.test(l)) && lines.some((l) => LISTING_MARK.test(l));
}

/** A page of timed entries, newest first: two or more entries open with a clock time. */
function isLivePage(clean: CleanArticle): boolean {
  let times = 0;
  for (const r of clean.removed) if (r.kind === 'chrome' && ENTRY_TIME.test(r.text)) times++;
  for (const p of clean.paragraphs) if (ENTRY_TIME.test(p)) times++;
  return times >= 2;
}

/** Countries listed right after an organisation as its members ("ASEAN leaders, including Indonesia and Vietnam"). */
function listedMembers(text: string, entities: readonly EntityMention[]): Set<string> {
  const members = new Set<string>();
  for (const org of entities) {
    if (entityKind(org.canonical) !== 'organisation') continue;
    const lead = MEMBERS_AFTER.exec(text.slice(org.end, org.end + 60));
    if (!lead) continue;
    let at = org.end + lead[0].length;
    const listed: string[] = [];
    for (const e of entities) {
      if (e.start < at || entityKind(e.canonical) !== 'country') continue;
      if (!/^(?:\s*,\s*(?:and\s+)?|\s+and\s+)?(?:the\s+)?$/.test(text.slice(at, e.start))) break;
      listed.push(e.canonical);
      at = e.end;
    }
    if (listed.length >= 2) for (const name of listed) members.add(name);
  }
  return members;
}
const MEMBERS_AFTER =
  /^(?:['’]s)?\s*(?:(?:leaders|members|member states|member countries|states|countries|nations|heads of state)\s*(?:,\s*)?(?:from|including|such as|namely|like)?|,?\s*(?:including|such as|namely|like))\s+(?:the\s+)?/i;

/** A capitalised word standing alone (no letter or digit touching it): where a known surname may be. */
const NAME_WORD = /(?<![\p{L}\p{N}_])\p{Lu}\p{Ll}+(?![\p{L}\p{N}_])/gu;

/** What follows the first word of a longer name (read from the word's end). */
const NAME_GOES_ON = /[\s-]+\p{Lu}/uy;

/** Words of a leader's name that never stand for them alone. */
const NOT_A_SURNAME =
  /^(?:President|Prime|Minister|King|Queen|Crown|Prince|Emir|Sheikh|Sultan|Pope|Chancellor|Premier|Mr|Mrs|Ms|Dr|Sir|General|Bin|bin|Al|al|El|el|De|de|Da|da|Van|van|Von|von)$/;

/**
 * "Kim Jong Un ... Trump and Kim met on Tuesday", "Irfaan Ali ... Maduro and Ali": a surname (or, for
 * names written family name first, the first word) of a leader the article names in full stands for
 * that leader's country in the rest of the article. A word two leaders share is left alone.
 */
function addSurnames(sentences: readonly Sentence[], cache: FactsCache): void {
  const byWord = new Map<string, EntityMention | null>();
  for (const s of sentences) {
    for (const e of factsOf(s.text, cache).entities) {
      if (e.via !== 'leader' && e.via !== 'official') continue;
      const words = e.surface.split(/\s+/);
      if (words.length < 2) continue;
      for (const w of [words[0]!, words[words.length - 1]!]) {
        if (!/^\p{Lu}\p{Ll}+$/u.test(w) || NOT_A_SURNAME.test(w)) continue;
        const held = byWord.get(w);
        if (held === undefined) byWord.set(w, e);
        else if (held !== null && held.canonical !== e.canonical) byWord.set(w, null);
      }
    }
  }
  const leaders = new Map([...byWord].filter((entry): entry is [string, EntityMention] => entry[1] !== null));
  if (leaders.size === 0) return;
  for (const s of sentences) {
    const facts = factsOf(s.text, cache);
    const added: EntityMention[] = [];
    for (const m of s.text.matchAll(NAME_WORD)) {
      const leader = leaders.get(m[0]);
      if (leader === undefined) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (facts.entities.some((e) => e.start < end && start < e.end)) continue;
      // Not the first word of a longer name ("Ali Khamenei" when "Irfaan Ali" is in the article).
      NAME_GOES_ON.lastIndex = end;
      if (NAME_GOES_ON.test(s.text)) continue;
      added.push({ ...leader, start, end, surface: m[0] });
    }
    addEntities(facts, added);
  }
}

/** A title right before a leader's name: "President Donald Trump", "Prime Minister Narendra Modi". */
const TITLE_BEFORE_NAME =
  /\b(president|prime minister|premier|chancellor|king|queen|emir|amir|crown prince|sultan|pope)\s+$/i;
/** A leader named again by title alone: "The President will then travel to Copenhagen". */
const BARE_TITLE =
  /\bthe\s+(president|prime minister|premier|chancellor|king|queen|emir|amir|crown prince|sultan|pope|pontiff)\b(?!\s+of\b)(?![\s-]+(?:elect|designate)\b)/gi;

/**
 * "President Donald J. Trump will travel to Poland ... The President will then travel to Copenhagen": a
 * leader named again by title alone stands for the one leader the article has named so far with that
 * title. With two such leaders, only a title opening its sentence names one: the first named, the
 * article's protagonist.
 */
function addBareTitles(sentences: readonly Sentence[], cache: FactsCache): void {
  const first = new Map<string, EntityMention>();
  const shared = new Set<string>();
  const note = (title: string, e: EntityMention) => {
    const held = first.get(title);
    if (held === undefined) first.set(title, e);
    else if (held.canonical !== e.canonical) shared.add(title);
  };
  for (const s of sentences) {
    const facts = factsOf(s.text, cache);
    const added: EntityMention[] = [];
    const bare = /\bthe\s/i.test(s.text) ? [...s.text.matchAll(BARE_TITLE)] : [];
    const leaders = facts.entities.filter((e) => e.via === 'leader');
    let next = 0;
    const noteUpTo = (at: number) => {
      for (; next < leaders.length && leaders[next]!.start < at; next++) {
        const e = leaders[next]!;
        const title =
          TITLE_BEFORE_NAME.exec(s.text.slice(Math.max(0, e.start - 20), e.start))?.[1] ??
          TITLE_BEFORE_NAME.exec(`${e.surface.split(/\s+/)[0]} `)?.[1];
        if (title) note(title.toLowerCase(), e);
      }
    };
    for (const m of bare) {
      const start = m.index;
      const end = start + m[0].length;
      noteUpTo(start);
      if (facts.entities.some((e) => e.start < end && start < e.end)) continue;
      const word = m[1]!.toLowerCase();
      const key = word === 'pontiff' ? 'pope' : word;
      const leader = !shared.has(key) || start === 0 ? first.get(key) : undefined;
      if (!leader) continue;
      added.push({ ...leader, start, end, surface: m[0] });
    }
    noteUpTo(s.text.length);
    addEntities(facts, added);
  }
}

/** Per regional word ("gulf", "himalayan"), the countries it fits. */
const REGION_MEMBERS = new Map<string, ReadonlySet<string>>(
  REGIONS.flatMap(([words, countries]) =>
    words.split('|').map((w) => [w.toLowerCase(), new Set(countries)] as const),
  ),
);

/**
 * "the Gulf state", "the oil-rich Gulf kingdom", "the Himalayan nation": one country named again by its
 * region (singular nouns only: "the Gulf states" are several). The regional words are REGIONS'.
 */
const REGIONAL_NAME = new RegExp(
  `\\bthe\\s+(?:(?:tiny|small|wealthy|oil-rich|gas-rich|energy-rich|resource-rich|landlocked|neighbouring|neighboring|impoverished)\\s+)?(${[
    ...REGION_MEMBERS.keys(),
  ]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, '\\s+'))
    .join('|')})\\s+(?:state|nation|country|kingdom|emirate|sultanate|monarchy|republic)\\b(?!['’]?s\\b)`,
  'gi',
);

/**
 * A country named again by its region ("Kuwait ... inviting him to visit the Gulf state") stands for the
 * nearest country named before it, in the same sentence or an earlier one, that the region fits. With
 * none that fits, the phrase names no one.
 */
function addRegionalNames(sentences: readonly Sentence[], cache: FactsCache): void {
  const named: string[] = [];
  for (const s of sentences) {
    const facts = factsOf(s.text, cache);
    const added: EntityMention[] = [];
    if (/\bthe\b/i.test(s.text)) {
      for (const m of s.text.matchAll(REGIONAL_NAME)) {
        const start = m.index;
        const end = start + m[0].length;
        if (facts.entities.some((e) => e.start < end && start < e.end)) continue;
        const fits = REGION_MEMBERS.get(m[1]!.toLowerCase().replace(/\s+/g, ' '))!;
        const before = facts.entities.filter((e) => e.end <= start).map((e) => e.canonical);
        const country = [...named, ...before].findLast((name) => fits.has(name));
        if (country === undefined) continue;
        added.push({
          canonical: country,
          kind: 'country',
          via: 'alias',
          start,
          end,
          surface: m[0],
          place: null,
        });
      }
    }
    for (const e of facts.entities) if (e.kind === 'country') named.push(e.canonical);
    addEntities(facts, added);
  }
}

/** An arrival at "here" (its last four characters). */
const ARRIVED_HERE = /\b(?:arriv(?:e|es|ed|ing)|landed)\s+here\b/gi;

/**
 * "NEW DELHI - ... Pompeo arrived here on Wednesday night": "here" after an arrival is the place the
 * story's dateline names, when the gazetteer knows it.
 */
function addDatelinePlace(sentences: readonly Sentence[], cache: FactsCache, dateline: string): void {
  const place = findEntities(dateline.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase())).find(
    (e) => e.place !== null && e.kind === 'country',
  );
  if (!place) return;
  for (const s of sentences) {
    const added: EntityMention[] = [];
    for (const m of s.text.matchAll(ARRIVED_HERE)) {
      const start = m.index + m[0].length - 4;
      added.push({ ...place, via: 'city', start, end: start + 4, surface: 'here' });
    }
    if (added.length > 0) addEntities(factsOf(s.text, cache), added);
  }
}

/** Adds entities found by an article-wide pass to a sentence's facts, kept in text order. */
function addEntities(facts: SentenceFacts, added: readonly EntityMention[]): void {
  if (added.length === 0) return;
  facts.entities.push(...added);
  facts.entities.sort((a, b) => a.start - b.start);
}

/** Days between a visit made and another planned, beyond which they are two visits. */
const VISITS_APART_DAYS = 7;

/** Whether a mention tells of a visit made while its group tells of one planned well ahead, or the reverse. */
function visitsApart(g: Group, m: Mention, reference: IsoDay): boolean {
  const made = (x: Mention) => (x.cue === 'occurred' && !x.background ? (x.day?.day ?? reference) : null);
  const planned = (x: Mention) => ((x.cue === 'future' || x.cue === 'purpose') && x.day ? x.day.day : null);
  const apart = (done: IsoDay | null, ahead: IsoDay | null) =>
    done !== null && ahead !== null && daysBetween(done, ahead) > VISITS_APART_DAYS;
  return g.mentions.some((x) => apart(made(x), planned(m)) || apart(made(m), planned(x)));
}

/** Each list names a bloc the other does not: the meetings of two organisations. */
function blocsDiffer(a: readonly string[], b: readonly string[]): boolean {
  const own = (x: readonly string[], y: readonly string[]) => x.some((p) => standsAlone(p) && !y.includes(p));
  return own(a, b) && own(b, a);
}

/** The country of a meeting's venue, when a mention names one. */
function venueCountry(m: Mention): string | null {
  return !m.location || m.background ? null : countryOfPlace(m.location);
}

/**
 * Whether a mention names a venue in another country than every venue its group names, at another time:
 * a day of its own that differs, or a happening beside a plan ("talks in Geneva ended" and "will meet in
 * Stockholm on Monday"). A place where something was only said ("asked in the Oval Office") is not enough.
 */
function venuesDiffer(g: Group, m: Mention): boolean {
  const mine = venueCountry(m);
  if (mine === null) return false;
  const placed = g.mentions.filter((x) => venueCountry(x) !== null);
  if (placed.length === 0 || placed.some((x) => venueCountry(x) === mine)) return false;
  const happened = (x: Mention) => x.cue === 'occurred';
  const ahead = (x: Mention) => x.cue === 'future' || x.cue === 'purpose';
  return placed.some(
    (x) =>
      (x.day !== null && m.day !== null && x.day.day !== m.day.day) ||
      (happened(x) && ahead(m)) ||
      (ahead(x) && happened(m)),
  );
}

/** Two trips whose destinations are both named and differ. */
function visitsGoApart(
  a: RawTrigger,
  b: RawTrigger,
  entities: readonly EntityMention[],
  text: string,
): boolean {
  const to = destinationOf(a, entities, text);
  const other = destinationOf(b, entities, text);
  return !!to && !!other && to.canonical !== other.canonical;
}

/** After a meeting: it was held on the sidelines of a gathering ("on the sidelines of the summit in Goa"). */
const SIDELINES_AFTER = /\bon the (?:sidelines|margins) of\b/i;

/** Right up to a meeting trigger: the next meeting of a series ("the next round", "a third round of talks"). */
const NEXT_OF_SERIES =
  /\b(?:next|new|fresh|another|further|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:round|session|cycle)(?:\s+of\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+)?$/i;

/**
 * "ended their second round of talks on Friday, and said the next round would start on April 15": the
 * round held and the next one, ahead, are two meetings however alike their parties.
 */
function roundsApart(g: Group, m: Mention): boolean {
  const ahead = (x: Mention) => x.nextOfSeries === true && (x.cue === 'future' || x.cue === 'purpose');
  const held = (x: Mention) => x.cue === 'occurred' && x.nextOfSeries !== true;
  return (ahead(m) && g.mentions.some(held)) || (held(m) && g.mentions.some(ahead));
}

/**
 * Extracts the scheduled events an article talks about.
 *
 * @example
 * const clean = cleanArticle({ body: "Ruritania's president will visit Paris on Friday." });
 * extractEvents(clean, { referenceDay: '2025-03-04' });
 * // -> [{ type: 'visit', status: 'scheduled', date: '2025-03-07', ... }]
 */
export function extractEvents(clean: CleanArticle, options: ExtractOptions): Extraction[] {
  const { mentions, ctx, focus } = collectMentions(clean, options);

  // Group mentions of the same event: same type, overlapping participants, same host for visits.
  const types = meetingTypes(mentions, ctx);
  const groups: Group[] = [];
  for (const [index, m] of mentions.entries()) {
    const type = types[index]!;
    // "No date has been set for the meeting": the summit the article tells of, whoever the sentence names.
    const referent =
      m.anaphoric && (type === 'summit' || type === 'talks' || type === 'signing')
        ? groups.find((g) => g.type === type && !g.mentions.every((x) => x.anaphoric))
        : undefined;
    const group =
      referent ??
      groups.find(
        (g) =>
          g.type === type &&
          participantOverlap(g.participants, m.participants) >= 0.5 &&
          !(type === 'visit' && g.host && m.host && g.host !== m.host) &&
          // "Sunak has arrived at the Elysee" and "the King will make a state visit to France starting on
          // March 26": a visit made now and one planned weeks ahead are two.
          !(type === 'visit' && visitsApart(g, m, ctx.reference)) &&
          // Talks in Geneva and talks in Stockholm are two rounds, not one event.
          !(type !== 'visit' && type !== 'signing' && (venuesDiffer(g, m) || roundsApart(g, m))) &&
          // "the Gulf and Arab summits": a summit of one bloc and a summit of another are two.
          !blocsDiffer(g.participants, m.participants) &&
          // "Obama will instead meet South Korean President Park on Tuesday": a meeting held instead of
          // another, with someone new, is another meeting.
          !(/\binstead\b/i.test(m.sentence.text) && m.participants.some((p) => !g.participants.includes(p))),
      );
    if (group) {
      group.mentions.push(m);
      // ("attended Pezeshkian's swearing-in in Tehran on July 30", told in passing a month later, does not
      // make Iran the host of the trip to Iraq the article is about.)
      if (!group.host && m.host && !m.background) group.host = m.host;
    } else groups.push({ type, mentions: [m], participants: m.participants, host: m.host });
  }

  const visitGroups = groups.filter((g) => g.type === 'visit');
  const decisions = new Map(groups.map((g) => [g, statusOfGroup(g.mentions)]));
  const out: Extraction[] = [];
  for (const g of groups) {
    const decided = decisions.get(g) ?? null;
    if (decided && headlineEcho(g, decided.status, groups, decisions, focus)) continue;
    const backgroundOccurred = g.mentions.filter((m) => m.cue === 'occurred' && m.background && m.day);
    if (!decided) {
      // One per day: "arrived ... for a state visit on Thursday" tells one happening twice.
      const days = new Set<string>();
      for (const m of backgroundOccurred) {
        if (days.has(m.day!.day)) continue;
        days.add(m.day!.day);
        out.push(toExtraction(g, 'occurred', m, m.day, focus, true));
      }
      continue;
    }
    let { date } = decided;
    let status: EventStatus = decided.status;
    // "During the visit, the two leaders are expected to sign": the visit's day dates the signing; so
    // does a dated trip's purpose ("will visit Russia on July 8-9 for the annual summit").
    if (!date && (status === 'pending' || status === 'scheduled') && g.type !== 'visit') {
      const visit = visitGroups.find((v) => participantOverlap(v.participants, g.participants) >= 0.5);
      // So does a "when" clause after the trip ("will visit Morocco on March 11, when the two countries
      // are expected to sign the agreement"), an act joined to it ("and hold a summit with Ishiba"), or a
      // dated trip in a "when" clause after the act ("will sign the agreement when Marcos visits Hanoi on
      // May 28"). Not talks: dated so, they would be the visit's programme and make no event of their own
      // (absorbTalks); "will travel to Sochi on Monday for talks" keeps undated talks that may.
      const purposeOfDatedTrip =
        g.type !== 'talks' &&
        g.mentions.some(
          (m) =>
            (m.cue === 'purpose' || m.alongTrip) &&
            visit?.mentions.some((vm) => vm.sentence === m.sentence && vm.day),
        );
      if (g.mentions.some((m) => m.duringVisit && !m.speculative) || purposeOfDatedTrip) {
        const visitState = visit ? statusOfGroup(visit.mentions) : null;
        // ("expected to sign agreements during the four-day visit": a visit of several days names no
        // day for what is done on it, unless that is the trip's purpose.)
        if (
          visitState?.status === 'scheduled' &&
          visitState.date &&
          (purposeOfDatedTrip ||
            (!visitState.date.endDay &&
              !visit!.mentions.some((m) => MULTI_DAY_TRIP.test(m.sentence.text) || m.day?.endDay)))
        ) {
          date = visitState.date;
          status = 'scheduled';
        }
      }
    }
    // "arrived in Baghdad on Saturday, and the two countries signed an agreement hours later": told
    // in the sentence that dates the visit's happening, the signing happened that day too.
    if (!date && status === 'occurred' && g.type !== 'visit') {
      for (const v of visitGroups) {
        if (participantOverlap(v.participants, g.participants) < 0.5) continue;
        const visitState = statusOfGroup(v.mentions);
        if (visitState?.status !== 'occurred' || !visitState.date) continue;
        const dating = visitState.pick.sentence;
        if (g.mentions.some((m) => m.cue === 'occurred' && m.sentence === dating)) {
          date = visitState.date;
          break;
        }
      }
    }
    // "Today the leaders meet in Paris" and "Sunak has arrived at the Elysee": a meeting due today whose
    // guest has arrived the same day is under way.
    if (
      status === 'scheduled' &&
      date?.day === ctx.reference &&
      (g.type === 'talks' || g.type === 'summit')
    ) {
      const arrived = visitGroups.some((v) => {
        if (participantOverlap(v.participants, g.participants) < 0.5) return false;
        const visitState = decisions.get(v) ?? null;
        return (
          visitState?.status === 'occurred' &&
          (visitState.date?.day ?? ctx.reference) === ctx.reference &&
          !visitState.pick.background
        );
      });
      if (arrived) status = 'occurred';
    }
    out.push(toExtraction(heldBy(g, status), status, decided.pick, date, focus, false));
  }
  return absorbTalks(out);
}

/**
 * A headline that only restates what the body says of an event of the same type and status, but
 * names its parties differently ("Regional leaders' Congo meeting delayed" over a lead about the
 * bloc's summit in Lusaka being postponed): the body's account stands, the headline adds nothing.
 * A dated headline group qualifies only when a body group of its type has its status and its day.
 */
function headlineEcho(
  g: Group,
  status: EventStatus,
  groups: readonly Group[],
  decisions: ReadonlyMap<Group, { status: EventStatus; date: DayExpression | null } | null>,
  focus: Focus,
): boolean {
  if (!g.mentions.every((m) => m.sentence.headline)) return false;
  // "Qatar says Afghan peace talks to open in Doha on Saturday; Pompeo to attend" over "Negotiations
  // between the Afghan government and the Taliban will begin in Doha on Saturday": a dated headline
  // that shares a party and its day with the body's account tells the same meeting.
  const day = decisions.get(g)?.date?.day;
  if (g.mentions.some((m) => m.day)) {
    return (
      day !== undefined &&
      groups.some(
        (h) =>
          h !== g &&
          h.type === g.type &&
          h.mentions.some((m) => !m.sentence.headline) &&
          decisions.get(h)?.status === status &&
          decisions.get(h)?.date?.day === day &&
          h.participants.some((p) => g.participants.includes(p)) &&
          // (Not for a body account whose parties the article is not about: it could make no event.)
          h.participants.filter((p) => focus.core.has(p)).length >= 2,
      )
    );
  }
  const isChange = (s: EventStatus | undefined) => s === 'postponed' || s === 'cancelled';
  return groups.some(
    (h) =>
      h !== g &&
      h.type === g.type &&
      h.mentions.some((m) => !m.sentence.headline) &&
      (decisions.get(h)?.status === status ||
        // "Pacific leaders to gather in Honiara in September" over "... will hold their annual meeting in
        // Honiara from Sept. 8 to 12": the headline's plan is the body's dated meeting, told with less.
        (status === 'pending' &&
          decisions.get(h)?.status === 'scheduled' &&
          h.participants.some((p) => g.participants.includes(p))) ||
        // "Biden scraps Germany, Angola trip" over a body that says he "has postponed" it: the body's
        // word for the change is the precise one.
        (isChange(status) &&
          isChange(decisions.get(h)?.status) &&
          participantOverlap(g.participants, h.participants) >= 0.5)),
  );
}

/**
 * "... as he heads for a regional summit at which he is expected to meet Russia's Vladimir Putin" and
 * then "The two leaders later held talks": a meeting that happened is held by the parties the telling
 * of its happening names, not by the wider set of a plan it was grouped with.
 */
function heldBy(g: Group, status: EventStatus): Group {
  if (status !== 'occurred' || (g.type !== 'talks' && g.type !== 'summit')) return g;
  const held = g.mentions.filter((m) => m.cue === 'occurred' && !m.background);
  if (held.length === 0 || held.length === g.mentions.length) return g;
  const parties = uniq(held.flatMap((m) => m.participants));
  if (parties.length < 2 || parties.length >= g.participants.length) return g;
  if (!parties.every((p) => g.participants.includes(p))) return g;
  return { ...g, participants: parties };
}

function toExtraction(
  g: Group,
  status: EventStatus,
  pick: Mention,
  day: DayExpression | null,
  focus: Focus,
  background: boolean,
): Extraction {
  const inFocus = g.participants.filter((p) => focus.core.has(p)).length;
  const lead = pick.sentence.headline || pick.position < LEAD_SENTENCES;
  const confidence = Math.min(
    1,
    0.4 +
      (lead ? 0.2 : 0) +
      (day?.kind === 'explicit' ? 0.2 : day ? 0.1 : 0) +
      Math.min(0.2, 0.05 * g.mentions.length),
  );
  // A background mention's place is an earlier occasion's ("since Biden and Putin met in Geneva in 2021").
  const told = g.mentions.some((m) => !m.background) ? g.mentions.filter((m) => !m.background) : g.mentions;
  const location = told.find((m) => m.location)?.location ?? null;
  const withOrgs = g.participants.some((p) => entityKind(p) === 'organisation');
  return {
    type: g.type,
    participants: [...g.participants].sort(),
    host: g.host,
    location,
    status,
    date: status === 'scheduled' || status === 'occurred' ? (day?.day ?? null) : null,
    endDate: status === 'scheduled' || status === 'occurred' ? (day?.endDay ?? null) : null,
    evidence: pick.sentence.text,
    confidence,
    // A trip naming three parties or more and no destination ("defended the timing of the trip and of
    // naval drills with Russia and China") has parties gathered from other nouns: it makes no event.
    canCreate:
      (inFocus >= 2 || (withOrgs && inFocus >= 1)) &&
      !g.mentions.every((m) => m.implied === true) &&
      !(g.type === 'visit' && !g.host && g.participants.length > 2),
    background,
    previousDate:
      g.mentions.find((m) => m.cue === 'stale' && m.day)?.day?.day ??
      // "The state visit, which was due to start on Sunday, has been postponed": the day it had.
      (status === 'postponed' || status === 'cancelled'
        ? g.mentions.find(
            (m) =>
              m.cue === status &&
              m.day &&
              WAS_DUE_BEFORE.test(m.sentence.text.slice(Math.max(0, m.day.start - 50), m.day.start)),
          )?.day?.day
        : null) ??
      null,
    shiftDays:
      status === 'postponed'
        ? (pick.shiftDays ?? g.mentions.find((m) => m.shiftDays)?.shiftDays ?? null)
        : null,
    moved: status === 'scheduled' && DAY_CHANGE_TOLD.test(pick.sentence.text),
    // (Not where another mention gives the visit's own days: "leaves on Sunday for an April 30-May 4 visit".)
    tripStart:
      status === 'scheduled' &&
      g.type === 'visit' &&
      g.mentions.every((m) => m.tripStart === true || m.day === null || m.cue === 'occurred'),
    another:
      g.type !== 'visit' &&
      g.type !== 'signing' &&
      (status === 'pending' || status === 'scheduled') &&
      g.mentions.some((m) => ANOTHER_ROUND.test(m.sentence.text)),
  };
}

/** A meeting told as the next of a series: "second round of talks", "agreed to meet again". */
const ANOTHER_ROUND =
  /\b(?:second|third|fourth|fifth|sixth|next|new|fresh|another|further)\s+(?:round|rounds|session|meeting)\b|\bmeet\s+again\b/i;

/** Talks dated inside a summit or visit of the same parties in the same article are part of it. */
function absorbTalks(extractions: Extraction[]): Extraction[] {
  return extractions.map((x) => {
    // "will fly to the United Arab Emirates on Monday for talks with the crown prince": talks with no day
    // of their own beside a dated visit of the same parties are that visit's programme.
    if (x.type === 'talks' && !x.date && x.canCreate && x.status === 'pending') {
      const programme = extractions.some(
        (y) =>
          y.type === 'visit' &&
          y.date &&
          !y.background &&
          (y.status === 'scheduled' || y.status === 'occurred') &&
          y.participants.length === x.participants.length &&
          y.participants.every((p) => x.participants.includes(p)),
      );
      return programme ? { ...x, canCreate: false } : x;
    }
    if (x.type !== 'talks' || !x.date || !x.canCreate) return x;
    const absorbed = extractions.some(
      (y) =>
        (y.type === 'summit' || y.type === 'visit') &&
        y.date &&
        participantOverlap(x.participants, y.participants) >= 0.5 &&
        x.date! >= y.date &&
        x.date! <= (y.endDate ?? y.date),
    );
    // They still date talks already followed ("expected to hold talks in August", then "will travel to
    // Sochi on Monday for talks"): they only create none of their own.
    return absorbed ? { ...x, canCreate: false } : x;
  });
}
