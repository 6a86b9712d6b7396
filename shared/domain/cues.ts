/**
 * The words extraction listens for: event triggers (what kind of event a
 * sentence talks about) and cues (whether it is planned, under way, pushed
 * back, called off, or an abandoned plan). Pipeline stage: extraction.
 * Kept apart from the matching logic so the vocabulary reads as one list.
 */
import type { EventType } from './model.js';

/** What a sentence says about an event it mentions. */
export type Cue =
  | 'future' // planned, expected, being prepared
  | 'purpose' // "arrived for talks", "to prepare the summit": planned, never a day of its own
  | 'occurred' // happened or under way
  | 'postponed'
  | 'cancelled'
  | 'stale' // an abandoned or superseded plan ("had been due to", "originally")
  | 'denied'; // a report rejected ("rejected reports that ...")

export interface TriggerPattern {
  readonly type: EventType | 'meeting';
  readonly pattern: RegExp;
  /** Lower-case substrings one of which every match contains: a cheap test before the regex runs. */
  readonly hints?: readonly string[];
  /** A cue carried by the trigger itself ("arrived" happened; "visited" happened). */
  readonly inherent?: Cue;
  /** The trigger is a verb: auxiliaries just before it decide its tense. */
  readonly verb?: boolean;
}

/** Lookahead source (title case too): the hosted thing is a meeting ("host Thai-Cambodian talks", "hosted ASEAN Summit"). */
/** A guest's title in lower case, after "the" and a nationality ("the Saudi crown prince"). */
const GUEST_TITLE =
  "(?:president|prime minister|king|queen|emir|chancellor|premier|crown prince|sultan|foreign minister)\\b(?!['’])";

const HOSTED_MEETING =
  "(?!\\s+(?:(?!(?:for|in|on|at|to|with|and|from|after|before|during|ahead)\\b)[\\w'’.-]+\\s+){0,3}" +
  '(?:[Tt]alks|[Ss]ummit|[Mm]eeting|[Nn]egotiations|[Cc]onference|[Dd]ialogue|[Cc]onsultations|[Ff]orum)\\b)';

/** Who gathers as a meeting: leaders, ministers, heads of state or government, delegations (lookbehind source). */
const GATHERING_SUBJECT =
  '\\b(?:leaders|ministers|heads of (?:state|government)|presidents|prime ministers|delegations|envoys)\\b';

/** Lookahead source: a group's leaders or ministers follow ("the leaders of the G20", "G7 leaders"). */
const GROUP_LEADERS_AFTER =
  '(?=\\s+(?:the\\s+)?(?:(?:leaders|heads of state(?: and government)?|heads of government|foreign ministers)\\s+of\\s+(?:the\\s+)?[A-Z]|(?:[A-Z][\\w+-]*\\s+){1,3}(?:leaders|heads of state|foreign ministers)\\b))';

/** Documents that are signed by being exchanged. */
const DOCUMENTS = '(?:MoUs?|memorand(?:um|a|ums)|agreements|instruments of ratification)';
/** Lookahead source: such documents follow ("the MoUs", "a set of memoranda"). */
const DOCUMENTS_AFTER = `(?=\\s+(?:the\\s+|a\\s+(?:set|series|number|raft|package|batch)\\s+of\\s+)?(?:[\\w-]+\\s+){0,2}${DOCUMENTS}\\b)`;
/** Lookbehind source (without its last word): such documents were named shortly before. */
const DOCUMENTS_BEFORE = `\\b${DOCUMENTS}\\b[^.;]{0,60}`;

/**
 * Lookbehind and lookahead sources: no meeting noun in the same stretch of sentence (up to ";" or ".").
 * The lookbehind goes after the verb it guards, so it is tried only where that verb matched.
 */
const NO_MEETING_NOUN_BEFORE = '(?<!\\b(?:[Ss]ummit|[Mm]eeting|[Tt]alks|[Cc]onference)\\b[^.;]*)';
const NO_MEETING_NOUN_AFTER = '(?![^.;]*\\b(?:[Ss]ummit|[Mm]eeting|[Tt]alks|[Cc]onference)\\b)';

/**
 * `meeting` is resolved later to `summit` or `talks` from who meets
 * (leaders or officials) and what else the article mentions.
 */
export const TRIGGERS: readonly TriggerPattern[] = [
  { type: 'visit', pattern: /\b(?:state |official |working )?visit(?:s)?\b/gi, hints: ['visit'] },
  { type: 'visit', pattern: /\bvisited\b/gi, hints: ['visited'], inherent: 'occurred', verb: true },
  // (Not "the visiting dignitary", "the visiting president": a description of the guest, which would
  // take the day of the talks held with them.)
  {
    type: 'visit',
    pattern: /(?<!\bthe\s)\bvisiting\b/gi,
    hints: ['visiting'],
    verb: true,
  },
  { type: 'visit', pattern: /\b(?:trips?|journey)\b/gi, hints: ['trip', 'journey'] },
  // "the emir's planned stop in Tanzania": the noun, after a determiner (its fate is told by the verb after it).
  {
    type: 'visit',
    pattern:
      /\bstops?\s+(?:over\s+)?in\b(?=\s+[A-Z])(?<=(?:['’]s|\b(?:the|a|an|his|her|their|its))\s+(?:[\w-]+\s+){0,2}stops?\s+(?:over\s+)?in)/g,
    hints: ['stop'],
  },
  // "the president's first stop would be Nairobi on Wednesday": a tour's stop named by what it will be.
  {
    type: 'visit',
    pattern:
      /\b(?<=\b(?:first|second|third|fourth|fifth|next|last|final)\s+)stop\s+(?:(?:will|would|is\s+to|is\s+set\s+to|is\s+due\s+to)\s+be|is)\b(?=\s+(?:in\s+)?[A-Z])/g,
    hints: ['stop'],
  },
  // "will stop in Port Moresby on May 22 on his way to Sydney": a stop is a short visit.
  {
    type: 'visit',
    pattern: /\b(?:stop|stops|stopping|stopped)\s+(?:over\s+)?in\b(?=\s+[A-Z])/g,
    hints: ['stop'],
    verb: true,
  },
  // "a tour of Uzbekistan, Kyrgyzstan and Tajikistan" (not "a tour of the factory").
  { type: 'visit', pattern: /\btours?\b(?=\s+of\s+(?:the\s+)?[A-Z])/g, hints: ['tour'] },
  // "a three-nation European tour", "an Asian tour" (not "a guided tour", "a concert tour"): a leader's trip.
  {
    type: 'visit',
    pattern:
      /(?<=\b(?:\w+-(?:nation|country|state|day|leg)|[A-Z][a-z]+an|regional|foreign|overseas|diplomatic)\s+)tours?\b(?!\s+of\b)/g,
    hints: ['tour'],
  },
  // "will travel to Beijing", "will travel from Moscow to Beijing" (up to three words after "from").
  {
    type: 'visit',
    pattern: /\btravel(?:s|ling|ing)?\s+(?:from\s+(?:[\w'’.-]+\s+){1,3})?(?:to|there)\b/gi,
    hints: ['travel'],
    verb: true,
  },
  {
    type: 'visit',
    pattern: /\btravel(?:l)?ed\s+(?:from\s+(?:[\w'’.-]+\s+){1,3})?to\b/gi,
    hints: ['travel'],
    inherent: 'occurred',
    verb: true,
  },
  // "has accepted India's invitation to be the chief guest at the Republic Day celebrations": a guest of
  // honour at a country's occasion makes a trip there.
  {
    type: 'visit',
    // (The trigger is the noun alone: "will" before it is the plan's cue.)
    pattern: /(?<=\b(?:be|as|is|was)\s+(?:the\s+)?)chief guest\b(?=\s+(?:at|for|of)\b)/gi,
    hints: ['chief guest'],
    verb: true,
  },
  // "so that he can attend the inauguration of Colombia's president-elect in Bogotá": a leader at a
  // ceremony abroad makes a trip there.
  {
    type: 'visit',
    pattern:
      /\battend(?:s|ing)?\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:inauguration|swearing-in|coronation|investiture|enthronement|funeral)\b/gi,
    hints: ['attend'],
    verb: true,
  },
  {
    type: 'visit',
    pattern:
      /\battended\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:inauguration|swearing-in|coronation|investiture|enthronement|funeral)\b/gi,
    hints: ['attended'],
    inherent: 'occurred',
    verb: true,
  },
  { type: 'visit', pattern: /\barriv(?:e|es|ing)\s+(?:in|at)\b/gi, hints: ['arriv'], verb: true },
  // "Pompeo arrived here on Wednesday night": here is the dateline's place (extract.ts addDatelinePlace).
  { type: 'visit', pattern: /\barriv(?:e|es|ing)(?=\s+here\b)/gi, hints: ['arriv'], verb: true },
  {
    type: 'visit',
    pattern: /\b(?:arrived|landed)(?=\s+here\b)/gi,
    hints: ['arrived', 'landed'],
    inherent: 'occurred',
    verb: true,
  },
  {
    type: 'visit',
    pattern: /\barrived\s+(?:in|at)\b/gi,
    hints: ['arrived'],
    inherent: 'occurred',
    verb: true,
  },
  {
    type: 'visit',
    pattern: /\b(?:landed|touched down)\s+(?:in|at)\b|\bflew\s+(?:in)?to\b/gi,
    hints: ['landed', 'touched', 'flew'],
    inherent: 'occurred',
    verb: true,
  },
  { type: 'visit', pattern: /\b(?:land|lands)\s+in\b/gi, hints: ['land'], verb: true },
  // "Isaias stepped off the plane in Addis Ababa"; in the present ("steps off the plane at Bole") an
  // arrival told as it is seen, unless a day ahead makes it a plan ("when Xi steps off his plane ...
  // tomorrow").
  {
    type: 'visit',
    pattern: /\bstepped (?:off|down from) (?:the|his|her|their) (?:plane|aircraft|jet|train)\b/gi,
    hints: ['step'],
    inherent: 'occurred',
    verb: true,
  },
  {
    type: 'visit',
    pattern: /(?<=\bsteps )(?:off|down from) (?:the|his|her|their) (?:plane|aircraft|jet|train)\b/gi,
    hints: ['step'],
    verb: true,
  },
  // "Yunus reached Hainan on Wednesday afternoon" (a place, not "reached an agreement" or "reached Friday").
  {
    type: 'visit',
    pattern:
      /\breached\b(?=\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z])/g,
    hints: ['reached'],
    inherent: 'occurred',
    verb: true,
  },
  // "will leave for China on Saturday", "departed for Hanoi", "will leave New Delhi for Kuala Lumpur": a
  // trip's start (a place named after it; the place left is no party, see extract.ts).
  {
    type: 'visit',
    pattern:
      /\b(?:leave|leaves|leaving|depart|departs|departing)\s+(?:(?:[A-Z][\w'’.-]*\s+){1,3})?for\b(?=\s+(?:the\s+)?[A-Z])/g,
    hints: ['leav', 'depart'],
    verb: true,
  },
  {
    type: 'visit',
    pattern: /\b(?:left|departed)\s+(?:(?:[A-Z][\w'’.-]*\s+){1,3})?for\b(?=\s+(?:the\s+)?[A-Z])/g,
    hints: ['left', 'depart'],
    inherent: 'occurred',
    verb: true,
  },
  {
    type: 'visit',
    pattern: /\b(?:crossed|has entered|have entered|entered)\b/gi,
    hints: ['crossed', 'entered'],
    inherent: 'occurred',
    verb: true,
  },
  {
    type: 'visit',
    pattern:
      /\b(?:come|comes|coming|go|goes|going|head|heads|heading|fly|flies|flying|proceed|proceeds|proceeding)\s+(?:on\s+)?to\b|\b(?:move|moves|moving|press|presses|pressing)\s+on\s+to\b/gi,
    hints: [' to'],
    verb: true,
  },
  // "The prime minister is due in Cairo on Thursday", "where he is to be in Paris from June 21": a person
  // expected somewhere (extraction checks the person).
  {
    type: 'visit',
    pattern:
      /\b(?:is|are) (?:due|expected) (?:in|at)\b|\bwill (?:then |also |next |first )?be in\b|\b(?:is|are) (?:then |also |next |first )?to be in\b/gi,
    hints: ['due in', 'due at', 'expected in', 'expected at', 'be in'],
    inherent: 'future',
    verb: true,
  },
  // "Putin is in New Delhi for talks with Modi": a person there now (extraction checks the person, and
  // a place must follow). Not in a clause of time ("will host a banquet while Sharif is in Beijing"):
  // that is the stay the main clause plans for.
  {
    type: 'visit',
    pattern:
      /\b(?:is|are) (?:now |currently |already )?in\b(?= (?:the )?[A-Z])(?<!\b(?:while|whilst|when|whenever|once|until|till|before|after)\s+(?:[\w'’.-]+\s+){1,4}(?:is|are) (?:now |currently |already )?in)/g,
    hints: ['is in', 'are in'],
    inherent: 'occurred',
    verb: true,
  },
  // "The King and Queen were in Kenya from October 31 to November 3": a stay told in the past, with its
  // days or purpose after the place.
  {
    type: 'visit',
    pattern:
      /\b(?:was|were) (?:in|at)\b(?= (?:the )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)* (?:from|on|for (?:a|an|his|her|their) (?:[\w-]+ ){0,2}(?:visit|trip|tour)\b))/g,
    hints: ['was in', 'were in', 'was at', 'were at'],
    inherent: 'occurred',
    verb: true,
  },
  // "will receive the leaders of the Group of 20 on November 18", "hosts G7 leaders in Hiroshima": a
  // host receiving a group's leaders holds their meeting (one guest is a visit, below; these come first
  // so they win the same word). Not where the sentence names the meeting ("The summit is under way:
  // Pena greeted the leaders of ..."): its noun tells it, the greeting is part of it.
  {
    type: 'meeting',
    pattern: new RegExp(
      `\\b(?:host(?:s|ing)?|receiv(?:e|es|ing)|welcom(?:e|es|ing))\\b${NO_MEETING_NOUN_BEFORE}${GROUP_LEADERS_AFTER}${NO_MEETING_NOUN_AFTER}`,
      'g',
    ),
    hints: ['host', 'receiv', 'welcom'],
    verb: true,
  },
  {
    type: 'meeting',
    pattern: new RegExp(
      `\\b(?:hosted|received|welcomed|greeted)\\b${NO_MEETING_NOUN_BEFORE}${GROUP_LEADERS_AFTER}${NO_MEETING_NOUN_AFTER}`,
      'g',
    ),
    hints: ['hosted', 'received', 'welcomed', 'greeted'],
    inherent: 'occurred',
    verb: true,
  },
  // "Macron will host Modi", "Xi welcomed Putin": a visit seen from the host's side (case-sensitive: a name follows).
  // Hosting a meeting ("will host Thai-Cambodian ministerial talks") makes a venue, not a guest: the meeting's own
  // trigger reads it, so a meeting noun after up to three modifiers (no preposition between) blocks the visit.
  {
    type: 'visit',
    pattern: new RegExp(`\\bhost(?:s|ing)?\\b(?=\\s+(?:[A-Z]|his\\s|her\\s|their\\s))${HOSTED_MEETING}`, 'g'),
    hints: ['host'],
    verb: true,
  },
  // "will receive Indonesian President Prabowo", "welcomes his Tanzanian counterpart": only a leader or an
  // official as the guest ("will receive Indonesian aid" is no visit).
  {
    type: 'visit',
    pattern: new RegExp(
      `\\b(?:welcom(?:e|es|ing)|receiv(?:e|es|ing))\\b(?=\\s+(?:(?:his|her|their|the)\\s+)?(?:[A-Z][\\w'’-]*\\s+){0,3}(?:President|Prime Minister|King|Queen|Emir|Chancellor|Premier|Crown Prince|Sultan|Foreign Minister|counterpart|leader|(?<=\\bthe\\s+(?:[A-Z][\\w'’-]*\\s+){1,3})${GUEST_TITLE}))`,
      'g',
    ),
    hints: ['welcom', 'receiv'],
    verb: true,
  },
  {
    type: 'visit',
    pattern: new RegExp(
      `\\b(?:hosted|welcomed|received|greeted)\\b(?=\\s+(?:[A-Z]|his\\s|her\\s|their\\s|the\\s+(?:[A-Z][\\w'’-]*\\s+){1,3}${GUEST_TITLE}))${HOSTED_MEETING}`,
      'g',
    ),
    hints: ['hosted', 'welcomed', 'received', 'greeted'],
    inherent: 'occurred',
    verb: true,
  },
  // "is set to be hosted by Xi in Beijing", "was received by the emir in Doha": the guest's side.
  {
    type: 'visit',
    pattern: /\b(?:be|being)\s+(?:hosted|received|welcomed)\s+by\b/gi,
    hints: ['hosted', 'received', 'welcomed'],
    verb: true,
  },
  {
    type: 'visit',
    pattern:
      /\b(?:was|were|has been|have been)\s+(?:hosted|received|welcomed|greeted)(?:\s+(?:at|on|in)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+by\b/gi,
    hints: ['hosted', 'received', 'welcomed', 'greeted'],
    inherent: 'occurred',
    verb: true,
  },
  // "Modi was welcomed in Kuwait on Monday": a person received in a place, the host left unsaid (not
  // "the plan was welcomed in Washington").
  {
    type: 'visit',
    pattern:
      /(?<=\b(?:[A-Z][\w'’-]+|president|leader|minister|king|queen|chancellor|emir|premier|pope|prince|princess|monarch|pontiff)\s+)(?:was|were|has been|have been)\s+(?:received|welcomed|greeted)\s+(?=in\s+[A-Z])/g,
    hints: ['received', 'welcomed', 'greeted'],
    inherent: 'occurred',
    verb: true,
  },
  // "Erdogan will be welcomed with military honours at Bellevue Palace on Friday": the same, ahead.
  {
    type: 'visit',
    pattern:
      /(?<=\b(?:[A-Z][\w'’-]+|president|leader|minister|king|queen|chancellor|emir|premier|pope|prince|princess|monarch|pontiff)\s+(?:will|is to|are to|is due to|are due to|is set to|are set to|is expected to|are expected to)\s+)be\s+(?:received|welcomed|greeted)\s+(?:with\s+(?:full\s+)?(?:military|state|royal)\s+honou?rs\s+)?(?=(?:in|at)\s+[A-Z])/g,
    hints: ['received', 'welcomed', 'greeted'],
    verb: true,
  },
  { type: 'signing', pattern: /\bsign(?:s|ing)?\b(?! of\b)(?!al)/gi, hints: ['sign'], verb: true },
  // "will exchange MoUs on maritime safety", "exchanged a set of memoranda": documents signed and handed
  // over at a ceremony.
  {
    type: 'signing',
    pattern: new RegExp(`\\bexchang(?:e|es|ing)\\b${DOCUMENTS_AFTER}`, 'gi'),
    hints: ['exchang'],
    verb: true,
  },
  {
    type: 'signing',
    pattern: new RegExp(`\\bexchanged\\b${DOCUMENTS_AFTER}`, 'gi'),
    hints: ['exchanged'],
    inherent: 'occurred',
    verb: true,
  },
  // "following which memoranda of understanding are expected to be exchanged": the documents named first.
  {
    type: 'signing',
    pattern: new RegExp(`(?<=${DOCUMENTS_BEFORE}\\bbe\\s+)exchanged\\b`, 'gi'),
    hints: ['exchanged'],
    verb: true,
  },
  {
    type: 'signing',
    pattern: new RegExp(`(?<=${DOCUMENTS_BEFORE}\\b(?:were|was|(?:have|has) been)\\s+)exchanged\\b`, 'gi'),
    hints: ['exchanged'],
    inherent: 'occurred',
    verb: true,
  },
  // "the signing of the accord": a noun (a sign of goodwill is not a signing).
  { type: 'signing', pattern: /\bsigning\b(?= of\b)/gi, hints: ['signing'] },
  { type: 'signing', pattern: /\bsigned\b/gi, hints: ['signed'], inherent: 'occurred', verb: true },
  { type: 'signing', pattern: /\bsignatures?\b/gi, hints: ['signature'] },
  {
    type: 'signing',
    pattern:
      /\bink(?:s|ing)?\b(?=\s+(?:a|an|the|their|its)?\s*(?:\w+\s+){0,2}(?:deal|pact|agreement|accord|treaty))/gi,
    hints: ['ink'],
    verb: true,
  },
  { type: 'signing', pattern: /\binked\b/gi, hints: ['inked'], inherent: 'occurred', verb: true },
  // "the agreement ... is set to be formalised when the leaders meet": an accord made formal is signed.
  {
    type: 'signing',
    pattern:
      /\bformali[sz]ed\b(?<=\b(?:agreement|accord|deal|treaty|pact|memorandum|MoU)\b[^.;]{0,120}\b(?:to|will|would|shall|could|can|should) be (?:formally )?formali[sz]ed)|\bformali[sz](?:e|es|ing)\b(?=\s+(?:a|an|the|their|its)?\s*(?:[\w-]+\s+){0,3}(?:deal|pact|agreement|accord|treaty|memorandum)\b)/gi,
    hints: ['formali'],
    verb: true,
  },
  {
    type: 'signing',
    pattern:
      /\bformali[sz]ed\b(?<=\b(?:agreement|accord|deal|treaty|pact|memorandum|MoU)\b[^.;]{0,120}\b(?:was|were|has been|have been) (?:formally )?formali[sz]ed)|\bformali[sz]ed\b(?=\s+(?:a|an|the|their|its)?\s*(?:[\w-]+\s+){0,3}(?:deal|pact|agreement|accord|treaty|memorandum)\b)/gi,
    hints: ['formali'],
    inherent: 'occurred',
    verb: true,
  },
  // "initialled the peace agreement": agreed text marked before (or instead of) a formal signing. "initial"
  // is a verb only after an auxiliary ("will initial"); otherwise it is an adjective.
  {
    type: 'signing',
    pattern: /(?<=\b(?:to|will|would|shall|could|may|might)\s+)initial\b|\binitial(?:l)?ing\b(?= of\b)/gi,
    hints: ['initial'],
    verb: true,
  },
  { type: 'signing', pattern: /\binitial(?:l)?ed\b/gi, hints: ['initial'], inherent: 'occurred', verb: true },
  // "will put pen to paper on the treaty on Aug. 8"; with no auxiliary, "put" is told in the past
  // ("Serbia and China put pen to paper on a trade deal on Monday").
  { type: 'signing', pattern: /\b(?:puts|putting) pen to paper\b/gi, hints: ['pen to paper'], verb: true },
  {
    type: 'signing',
    pattern: /\bput pen to paper\b/gi,
    hints: ['pen to paper'],
    inherent: 'occurred',
    verb: true,
  },
  // "are expected to put their names to the agreement", "have put their signatures to the deal".
  {
    type: 'signing',
    pattern: /\b(?:puts|putting) (?:their|his|her|its|our) (?:names|name|signatures?) (?:to|on)\b/gi,
    hints: ['putting', 'puts'],
    verb: true,
  },
  {
    type: 'signing',
    pattern: /\bput (?:their|his|her|its|our) (?:names|name|signatures?) (?:to|on)\b/gi,
    hints: ['put'],
    inherent: 'occurred',
    verb: true,
  },
  { type: 'summit', pattern: /\bsummit(?:s)?\b/gi, hints: ['summit'] },
  // "the leaders' retreat", "their annual retreat", "the retreat session": leaders meeting away from
  // the capital (not an army falling back).
  {
    type: 'summit',
    pattern:
      /\bretreat\b(?<=\b(?:leaders['’]?|annual|leaders-level)\s+retreat)|\bretreat\b(?=\s+session\b)/gi,
    hints: ['retreat'],
  },
  // "the High-Level Cooperation Council between Greece and Turkey": two governments meeting in cabinet
  // strength, led by their leaders.
  {
    type: 'summit',
    pattern: /\bcouncil\b(?<=\bhigh[- ]level\s+(?:strategic\s+)?(?:co-?operation\s+)?council)/gi,
    hints: ['council'],
  },
  // "a peace conference", "the conference on peace in Ukraine": a gathering of states (not a press
  // conference or a conference call).
  {
    type: 'summit',
    pattern:
      /\b(?:(?<=\b(?:peace|donors['’]?|reconstruction)\s+)conference|conference(?=\s+on\s+(?:peace|the\s+reconstruction)\b))\b/gi,
    hints: ['conference'],
  },
  {
    type: 'talks',
    pattern: /\b(?:talks|negotiations|consultations)\b/gi,
    hints: ['talks', 'negotiations', 'consultations'],
  },
  // "the 2+2 ministerial dialogue", "their strategic dialogue": a dialogue held as a meeting (not a
  // call for dialogue).
  {
    type: 'talks',
    pattern:
      /\bdialogue\b(?<=\b(?:ministerial|strategic|2\s?\+\s?2|two-plus-two|high-level|security|economic|political|maritime|defence|defense)\s+dialogue)/gi,
    hints: ['dialogue'],
  },
  // "Modi held a bilateral with Xi on Wednesday", "opening his bilateral with Xi": the noun alone, in
  // the press's shorthand for a bilateral meeting.
  {
    type: 'meeting',
    pattern: /(?<=\b(?:a|his|her|their|the|its)\s+)bilateral(?=\s+with\b)/gi,
    hints: ['bilateral'],
  },
  // "a second round, mediated by the United States, would be held in Paris", "ended their peace talks
  // ..., and said the next round would start on April 17": a round of talks named alone, in a sentence
  // about talking (not a round of voting).
  {
    type: 'talks',
    pattern:
      /\b(?:second|third|fourth|fifth|next|new|fresh|another|further)\s+round\b(?!\s+of\b)(?:(?=[^.]*\b(?:talk(?:s|ing)?|negotiat\w*|mediat\w*|delegations?)\b)|(?<=\b(?:talks|negotiations|delegations)\b[^.]*))/gi,
    hints: ['round'],
  },
  // "I have invited the members for a ninth session, from the 25th to the 29th of July," ... after the
  // eighth round of talks: a numbered session, in a sentence about talking (not a session of parliament).
  {
    type: 'talks',
    pattern:
      /\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th)|next|new|fresh|another|further)\s+session\b(?!\s+of\b)(?:(?=[^.]*\b(?:talk(?:s|ing)?|negotiat\w*|mediat\w*|delegations?)\b)|(?<=\b(?:talks|negotiations|delegations)\b[^.]*))/gi,
    hints: ['session'],
  },
  {
    type: 'meeting',
    pattern: /\b(?:meeting|meetings|encounter|sit down)\b/gi,
    hints: ['meeting', 'encounter', 'sit down'],
  },
  // "have sat down together at a hotel", "sat down with Xi", "sat down on Tuesday morning for the 62nd
  // round": a meeting held.
  {
    type: 'meeting',
    pattern:
      /\bsat down\b(?=\s+(?:(?:on|late|early)\s+(?:[\w-]+\s+){1,2})?(?:together|with|for|face to face)\b)/gi,
    hints: ['sat down'],
    inherent: 'occurred',
    verb: true,
  },
  // "held 'frank and candid' discussions in Xiamen": discussions someone holds are talks (the noun
  // alone is too common to be one: "discussions are continuing").
  {
    type: 'talks',
    pattern:
      /\bdiscussions\b(?<=\b(?:held|began|opened|wrapped up|concluded)\s+(?:[\w'’"“”,-]+\s+){0,8}discussions)/gi,
    hints: ['discussions'],
  },
  { type: 'meeting', pattern: /\bmeet(?:s|ing)?\b/gi, hints: ['meet'], verb: true },
  // Not the passive: "demands that have not been met", "were met at the airport by the prime minister".
  {
    type: 'meeting',
    pattern:
      /(?<!\b(?:been|be|being|is|are|was|were|get|gets|got)\s+(?:(?:not|never|also|then|first|warmly|later)\s+)?)\bmet\b/gi,
    hints: ['met'],
    inherent: 'occurred',
    verb: true,
  },
  // "Leaders of the bloc will convene in Kuala Lumpur on May 26".
  { type: 'meeting', pattern: /\bconven(?:e|es|ing)\b/gi, hints: ['conven'], verb: true },
  { type: 'meeting', pattern: /\bconvened\b/gi, hints: ['convened'], inherent: 'occurred', verb: true },
  // "the foreign ministers of the six member countries would gather in Rabat on Monday": leaders or
  // ministers gathering are meeting (not crowds or evidence; the noun, "the leaders' gathering", only names it).
  {
    type: 'meeting',
    pattern: new RegExp(
      `\\b(?:gathers?|(?<=\\b(?:is|are|were|was)\\s+)gathering)\\b(?<=${GATHERING_SUBJECT}[^.;]{0,100}\\bgather(?:s|ing)?)`,
      'gi',
    ),
    hints: ['gather'],
    verb: true,
  },
  {
    type: 'meeting',
    pattern: new RegExp(
      `\\bgathered\\b(?<=${GATHERING_SUBJECT}[^.;]{0,100}\\bgathered)(?!\\s+(?:that|to\\s+watch)\\b)`,
      'gi',
    ),
    hints: ['gathered'],
    inherent: 'occurred',
    verb: true,
  },
];

/**
 * The text a signing verb takes right after it, when named by a word that otherwise marks another event
 * or that the agreement nouns leave out on purpose: "will sign a peace declaration", "signed a truce".
 */
export const SIGNED_OBJECT =
  /^\s*(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,3}?(?:declaration|ceasefire|truce|armistice)\b/i;

/** A span of time before "after" or "before": "a day", "two weeks", "hours", "shortly". */
export const TIME_SPAN =
  '(?:(?:a|one|two|three|four|five|several|a few|few|\\d+)\\s+(?:days?|hours?|weeks?|months?)|the day|days|hours|weeks|months|shortly|soon|just)';

/** Agreement nouns: a "sign" trigger counts only when one of these is in the sentence. */
export const AGREEMENT_NOUN =
  /\b(treaty|treaties|agreement|agreements|deal|accord|accords|pact|declaration|memorandum|memoranda|MoU|documents?|charter|protocol|convention|communiqu[eé]|contract|framework|roadmap|partnership|action plans?|plans? of action|memorandums|MoUs)\b/i;

/** "a sign of", "signs that", "signing up": not signings. */
export const NOT_A_SIGNING =
  /\b(a|the|any|no|clear|first)\s+signs?\s+(of|that)\b|\bsign(?:ed|ing|s)? (?:up|off)\b/i;

export interface CuePattern {
  readonly cue: Cue;
  readonly pattern: RegExp;
  /** A cheap test every match of `pattern` passes (a word each of its alternatives holds): most sentences fail it. */
  readonly hint?: RegExp;
}

/** Cues found anywhere in a clause; the nearest one to a trigger decides its status. */
export const CUES: readonly CuePattern[] = [
  {
    cue: 'cancelled',
    hint: /cancel|call|scrap|axed|drop|take place|go ahead|happen|out of|no longer|off|be no| not to|against|possible|permission|authori/i,
    pattern:
      /\b(cancel(?:l)?ed|cancels|cancel(?:l)?ing|cancellation(?<!\b(?!(?:the|a|an|its|his|her|their|this|that|last-minute|sudden|abrupt|summit|meeting|visit|trip|talks|signing|ceremony|event|tour)\b)[a-z]+\scancellation)|called off|calls off|call off|calling off|scrapped|scraps|scrap|axed|(?:dropped|drops|dropping)(?= (?:a |an |the |his |her |their |its )?(?:planned |scheduled |long-planned |much-anticipated )?(?:visit|trip|stop|stopover|meeting|summit|talks|signing)\b)|(?:refused|refuses|denied|denies|rejected|rejects)\s+(?:to\s+(?:give|grant)\s+)?(?:[\w'’.-]+\s+){0,4}?(?:permission|authori[sz]ation)\s+to(?=\s+(?:travel|leave|visit|attend|go|make)\b)|(?:decided|decides|chose|chosen|opted|opts) not to(?= (?:travel|go|visit|attend|sign|meet|hold|take part)\b)|decided against(?= (?:travell?ing|going|visiting|attending|signing|meeting|holding)\b)|(?:will not|won't|would not|wouldn't) take place(?![^.;]{0,40}\bas (?:planned|scheduled))(?! (?:this|next) (?:week|month|year)\b)(?! (?:until|before|till)\b)|will no longer take place(?! (?:in|at) (?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z])(?! (?:this|next) (?:week|month|year)\b)|no longer take place(?! (?:this|next) (?:week|month|year)\b)|(?<!\b(?:train|motorcade|convoy|plane|jet|aircraft|car|ship|vessel|yacht|boat|ferry)s? )(?:pulled|pulls|pulling) out of|(?:will|would) no longer(?! (?:be held|take place|be hosted) (?:in|at) (?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z])(?! (?:happen|take place) (?:this|next) (?:week|month|year)\b)|(?:is|are|was|were) (?:now |all )?off(?=[,.;:]|\s*$| for now)|(?:will|would) (?:not|no longer) go ahead(?! as (?:planned|scheduled))|won't go ahead(?! as (?:planned|scheduled))|not going ahead(?! as (?:planned|scheduled))|(?:there )?will be no(?= (?:more |further |new )?(?:[\w-]+ )?(?:talks|meeting|summit|visit|signing|negotiations)\b)|(?:will|would) never (?:happen|take place|go ahead)\b|(?:is|are|was|were) (?:now |firmly |definitely |also )?off the table(?<=\b(?:meeting|summit|talks|visit|trip|signing)\b[^.;]{0,120})|(?:do|does|did) not consider it possible to (?=hold|attend|take part)|(?:is|was) (?:not possible|impossible) to (?=hold\b)|(?:will not|won't|is not going to|isn't going to) happen(?! to\b)(?![^.;]{0,30}\b(?:before|until|till|this|soon|anytime|any time|yet|as (?:planned|scheduled))\b))\b/gi,
  },
  {
    cue: 'postponed',
    hint: /barred|bars|blocked|blocks|prevent|postpon|put|delay|push|aside|on hold|have to wait|shelve|defer|hold off|held back|indefinitely|schedul|timetable|timeline|plan|date|suspend|further notice|moved|shifted|forward|go ahead|happen|take place/i,
    pattern:
      /\b(postpone[ds]?|postponing|postponement|suspend(?:s|ed|ing)?|until further notice|(?:barred|bars|blocked|blocks|prevented|prevents)(?= [^.;]{0,60}\bfrom (?:signing|holding|travell?ing|visiting|attending|meeting)\b)|(?:cannot|can['’]t|could not|couldn['’]t) take place(?! (?:in|at|without)\b)|(?:will not|won['’]t|is not going to|isn['’]t going to|will no longer) (?:happen|take place) (?:this|next) (?:week|month|year)|push(?:es|ed|ing)? (?:it|them|the (?:\w+ ){0,2}(?:summit|meeting|visit|trip|talks|retreat|signing)) (?:back )?into (?:early|late|mid-|the (?:new|next) )|not (?:go|going) ahead as (?:planned|scheduled)|(?:cannot|can['’]t|could not|couldn['’]t|will not be able to|would not be able to) (?:go ahead|take place|be held) as (?:planned|scheduled)|(?:will not|won't) take place(?=[^.;]{0,40}\bas (?:planned|scheduled))|(?:moved|shifted|pushed|brought)(?: (?:forward|back|up|ahead))?(?: by (?:a|an|one|two|three|four|five|six|seven|\d{1,2}|a few|several) (?:days?|weeks?|months?))?(?= (?:back )?(?:(?:to|until) (?:(?:the )?(?:week|weekend) of )?|from )(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|\d)|(?= (?:back )?(?:to|until) (?:the )?(?:autumn|spring|summer|winter|fall|end of|second half|first half|later|next|a later|an unspecified)\b))|(?:will|would|must|may) (?:also |now |just |still )?have to wait(?! and see| to see| for\b)|put off|puts off|putting off|put it off|put the \w+ off|(?<!\bwithout (?:further |more |any |undue )?)delay(?:ed|s|ing)?|pushed back|push back|put back|set aside|sets aside|put on ice|on hold|shelved|shelves|deferred|defers|hold off|held back|indefinitely|reschedul(?:e|ed|ing)|no new date|no plans?\b[^.]{0,40}\bimmediate future|(?:timetable|schedule|timeline|plan|date)s? (?:had to be|has been|have been|was|were|had been)\s+["“']?(?:adapted|revised|changed|scrapped|dropped|abandoned|pushed back|moved))\b/gi,
  },
  {
    cue: 'stale',
    hint: /had |meant to|supposed to|was to |were to |original|initially|first planned|earlier |previously /i,
    pattern:
      /\b(had (?:announced|said|confirmed|stated|informed)(?:\s+(?:on|late on|earlier on)\s+\w+|\s+about\s+[^.;,]{1,60}?)?\s+that|had (?:been )?(?:originally |initially |first )?(?:due|scheduled|expected|set|planned|meant|slated|supposed) (?:to|for)|had (?:originally |initially |first )?(?:set|announced|planned|scheduled)|(?:was|were) (?:meant|supposed) to|(?:was|were) to (?:have|be|open|start|begin)|originally|initially|first planned|original plan|earlier (?:announcement|plan|date)|previously (?:announced|scheduled|planned|set))\b/gi,
  },
  {
    cue: 'denied',
    hint: /reject|denie|denying|dismiss|refute|played down|downplay|no plan|no intention|not planning|planned|scheduled|foreseen|on the agenda|in the works|no signal|no sign|no indication/i,
    // "denied reports that ...", and a plan denied outright: "Kremlin denies Putin will visit Ankara";
    // "there were suggestions the visit had been put on hold, which Ardern denied": a report denied after it.
    // "had received no signals from Washington that the meeting was off".
    pattern:
      /\b(?:no (?:signals?|signs?|indications?)(?= [^.;]{0,40}\bthat\b)|(?:suggestions?|reports?|speculation|rumou?rs?|claims?)(?= [^.;]{0,120}?,\s+which\s+(?:[\w'’.-]+\s+){1,3}(?:denied|dismissed|rejected|refuted)\b)|(?:rejected|rejects|denied|denies|dismissed|dismisses|refuted|refutes|played down|downplayed|downplays)\b[^.]{0,40}\b(?:reports?|claims?|speculation|suggestions?|rumou?rs?|messages|posts)|(?:denied|denies|denying)(?= (?:that )?[^.,;]{0,40}\b(?:will|would|is to|are to|plans? to|planned to)\b)|no (?:immediate )?(?:plans?|intention) (?:(?:for|of) (?:[\w'’-]+ ){0,3})?(?:to )?(?:visit|travel|go|meet|sign|hold|host|attend)|(?:is|are|was|were) not planning to|no (?:[\w'’-]+ ){0,3}(?:meeting|meetings|talks|visit|trip|summit|signing)\b[^.;,]{0,60}\b(?:planned|scheduled|foreseen|on the agenda|in the works))\b/gi,
  },
  {
    cue: 'occurred',
    hint: /arrived|landed|open|kick|began|begin|start|under ?way|took place|held|had |hosted|chaired|mediated|brokered|ended|ending|concluded|concluding|closing|capping|wrapping|rounding|lasted|wrapped up|launched|holds talks|steps|visit| over|shook|begun|started|holding|now meeting|currently meeting|signed|short|paid|made|undertook|witnessed|oversaw|presided|exchanged/i,
    pattern:
      /\b((?<=,\s)opening(?=\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}(?:summit|talks|meeting|negotiations|session|conference)\b)|cut short|cuts short|cutting short|(?:paid|made|undertook)(?= (?:a|an|his|her|their|its)\b)|arrived|landed|opened|opens|kicked off|kicks off|began|(?:begins?|starts?)(?= (?:a |an |his |her |their |its )?(?:[\w-]+ ){0,3}(?:visit|trip|tour)\b)|(?:beginning|starting)(?= (?:a |an |his |her |their |its )?(?:[\w-]+ ){0,3}(?:visit|trip|tour)\b)(?<=\b(?:arrived|landed|touched down)\b[^.;]{0,100}(?:beginning|starting))|got under way|gets under way|(?:is|are) (?:now |already |still |officially |finally )?under way|underway|took place|was held|were held|has been held|have been held|(?<=\b(?:summit|meeting|talks|negotiations|conference|session)\s*,?\s)held(?=\s+(?:virtually|online|in|at|on|by\s+video|via|behind\s+closed\s+doors|earlier|last|yesterday)\b)|ended|concluded|lasted|(?:is|are|was|were) (?:now )?over|shook hands|(?:has|have) (?:now |already |officially )?(?:begun|started|opened|got under way|gotten under way|kicked off)|(?:is|are) (?:now|currently) meeting\b|(?:is|are) (?:now |currently )?holding(?= (?:[\w'’-]+ ){0,3}(?:talks|meeting|meetings|negotiations|summit|discussions|consultations)\b)|wrapped up|(?:ending|concluding|closing|capping|wrapping up|rounding off)(?= (?:his|her|their|its|a|an|the) (?:[\w-]+ ){0,3}(?:visit|trip|journey|tour|stay)\b)|(?<=\bon the )(?:first|second|third|fourth|final|last|opening) day of(?= (?:his|her|their|its|a|an|the) (?:[\w-]+ ){0,3}(?:visit|trip|journey|tour|stay)\b)|launched|holds talks|held talks|steps(?= (?:off|down from) (?:the|his|her|their) (?:plane|aircraft|jet|train)\b)|(?<!-)(?:held|had|hosted|chaired|co-chaired|mediated|brokered)(?= (?:(?!(?:to|been|be|not|no|planned|hoped|wanted|intended|expected|scheduled|set|due|up|off|back)\b)[\w'’"“”-]+ ){0,3}(?:(?:rounds?|days?) of (?:[\w'’-]+ ){0,3})?(?:talks|summit|summits|meeting|meetings|negotiations|discussions|consultations|council|bilateral with)\b)|is visiting|are visiting|(?:witnessed|oversaw|presided over)(?= (?:the )?signing\b)|(?:is|are) (?:currently |now |already |also )?on (?:a|an|his|her|their) (?:[\w-]+ ){0,3}visit|was signed|were signed|has been signed|have been signed|has signed|have signed|(?<=\bsignatures\s+)(?:were|have been) exchanged)\b/gi,
  },
  {
    cue: 'future',
    pattern:
      /\b((?:asked|asks|sought|seeks|requested|requests)\s+(?:[\w'’.-]+\s+){0,4}?(?:for\s+)?(?:permission|authori[sz]ation)\s+to|so\s+(?:that\s+)?(?:he|she|they)\s+(?:can|could)|will|would|'ll|shall|is to|are to|is due|are due|due to|due for|expected|expects|expect|set to|set for|scheduled|slated|pencil(?:l)?ed in|planned|plans|planning|plan to|intends?|intending|going to|to be held|upcoming|forthcoming|soon|coming days|near future|next|preparing|being prepared|preparations|prepare|likely|invited|invitation|about to|aims? to|hopes? to|wants? to|agreed to|yet to be|awaiting|awaits|is coming|are coming|is heading|are heading|could|may|might|possibly|to visit|to sign|to meet|to hold|to travel|to attend|to host|to make|on track|on schedule|reinstated|back on)\b/gi,
  },
];

/** Hedges that make a day speculative: the event stays pending. */
export const SPECULATIVE =
  // Case-sensitive on purpose: "may" the modal, not "May" the month.
  /\b(could|might|may|possibly|perhaps|as soon as|as early as|around|sometime|speculat\w*(?<!\b(?:ending|ended|ends|end to|confirming|confirmed|confirms|after|following)\s+(?:(?:weeks|months|days|years|of|much|the|some)\s+){0,3}speculat\w*)|rumou?r\w*|unconfirmed|unclear whether|uncertain whether|not clear whether|declined to confirm|would not confirm|refused to confirm|likely to coincide|Could|Might|Perhaps|Possibly)\b|^(?:Will|Would|Could|Can|Is|Are|Does|Do|Should)\b[^.!]*\?\s*$/;

/**
 * Past time markers: an "occurred" mention with one of these is background, not news; so is a change
 * told in the pluperfect with one after it ("a visit he had cancelled earlier this month"). "Before"
 * ending a perfect clause is one ("cities that have hosted such meetings before"), not "before the talks".
 */
export const VAGUE_PAST =
  /\b(last (?:month|year|week|time|summer|autumn|fall|winter|spring)|previously|earlier this (?:year|month)|earlier in the (?:year|month)|in (?:19|20)\d\d|(?:years?|months?|weeks?) (?:ago|since)|anniversary|first met|last met|since (?:19|20)\d\d|in (?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)|in (?:early |mid-|late )?(?:January|February|March|April|May|June|July|August|September|October|November|December),? (?:19|20)\d\d|last (?:visited|travell?ed|went|came|hosted|held|signed)|for (?:months|years|weeks|decades)|(?:several|many|multiple|previous|earlier) rounds|in (?:early|mid|late)[- ](?:January|February|March|April|May|June|July|August|September|October|November|December)|the same month|once again|twice|(?:is|was|will be|would be|marks|marked) the (?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)) time|often|usually|routinely|regularly|frequently|then-[a-z]+|in the past|(?<=\b(?:have|has|had)\s[^.;]{0,120})before(?=\s*(?:[.;,)]|$)))\b/i;

/** Heads of state or government: a meeting of these is a summit unless it happens during a visit. */
export const LEADER_WORD =
  /\b(presidents?|prime ministers?|premiers?|chancellors?|kings?|queens?|emirs?|sultans?|crown princes?|leaders?|heads? of (?:state|government)|supreme leader|chairman of state affairs|popes?|pontiffs?|monarchs?|royal couple)\b/gi;

/** Ministers and staff: a meeting of these is talks. */
export const OFFICIAL_WORD =
  /\b(foreign ministers?|ministers?|ministerial|secretary of state|secretaries of state|advis[eo]rs?|officials?|envoys?|delegations?|experts?|negotiators?|diplomats?|staff|technical teams?|sherpas?|counterparts?)\b/gi;

/** A date separated from its trigger by one of these belongs to that other thing. */
export const BLOCKER_NOUN =
  /\b(call|calls|phone|conversation|briefing|statement|interview|forum|conference|congress|session|election|elections|parade|anniversary|speech|remarks|announcement|report|post|broadcast|vote|dinner|lunch|festival|deadline|war|attack|strike|ceasefire|truce|declaration)\b/i;

/**
 * "during the visit", "during the stopover", "while Kishida is in London": a signing or talks in such a
 * sentence takes the visit's day.
 */
export const DURING_VISIT =
  /\b[Dd]uring (?:the|his|her|their|this|that|a|an|(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*['’]s) (?:\w+ )?(?:state |official )?(?:visit|trip|stay|stopover)\b|\bwhile (?:he|she|[A-Z][\w'’-]+) (?:is|will be) in (?:the )?[A-Z]/;

/** Phrases whose countries are a topic, not a party: "the war in Ukraine", "the fighting in eastern Congo", "the
 * bloc's troops in Congo", "months of tension over Taiwan", "tensions with the United States", "the row
 * between Bogota and Washington". */
export const TOPIC_PHRASE =
  /\b(?:(?:war|conflict|invasion|crisis|fighting|offensive|aggression|situation|unrest|peace|ceasefire|reconstruction|issue)\s+(?:in|on|against|of|over|between|with|for)|(?:tensions?|disputes?|differences|row|rift|standoff|spat|friction|feud)\s+(?:over|between|with)|(?:deal|breakthrough|progress|consensus|compromise)\s+(?:on|over)|discuss(?:ed|es|ing)?|(?:focus|focused|focusing|centred|centered)\s+on|(?:troops|soldiers|peacekeepers|(?:troop|peacekeeping|military|observer|monitoring)\s+mission)\s+in)\s+(?:the\s+)?(?:(?:(?:north|south)-?)?(?:east|west)ern\s+|(?:north|south|central)(?:ern)?\s+)?(?:[A-Z][\w'’.-]*\s*(?:and\s+)?)+/g;

/**
 * ", and said the next round would start in Havana": a second verb of the sentence's subject, opening
 * a clause of its own (CLAUSE_BREAK), not an attribution (ATTRIBUTION_TAIL).
 */
const AND_SECOND_VERB = String.raw`and\s+(?:said|announced|added|confirmed|agreed)\s`;
/**
 * "took over the chair at a summit on Tuesday and said his country would host the next": a new clause even
 * with no comma ("held a call on Thursday and agreed to meet", with none, stays one clause).
 */
const AND_SAID = String.raw`and\s+(?:said|announced|added|confirmed)\s`;

/** A trailing attribution clause: ", the foreign minister of X told reporters." (short, no "that ..."). */
export const ATTRIBUTION_TAIL = new RegExp(
  String.raw`,(?!\s*${AND_SECOND_VERB})\s*[^,]{0,80}?\b(?:said|says|told|tells|reported|reports|announced|added|wrote|stated|confirmed)\b(?![^,]*\bthat\b)[^,]{0,80}(?:,\s*according to [^,]{0,60})?$|,\s*according to [^,]{0,80}$`,
  'i',
);

/** A war or conflict named by its sides ("the Russia-Ukraine war"): its countries are a topic. */
export const TOPIC_COMPOUND =
  /\b(?:[A-Z][\w'’.]*(?:-| and )){0,2}[A-Z][\w'’.]*\s+(?:war|conflict|crisis|border dispute|dispute|issue|question|file)\b/g;

/**
 * A meeting named by its subject: "a summit on Congo", "TALKS ON SUDAN". The country is what is discussed,
 * not who meets; a possessive ("talks on Russia's offer") is left alone, as its owner may well be a party.
 */
export const MEETING_SUBJECT =
  /(?<=\b(?:[Ss]ummit|SUMMIT|[Tt]alks|TALKS|[Mm]eeting|MEETING|[Cc]onference|CONFERENCE)\s+(?:on|ON)\s+(?:(?:the|THE)\s+)?)[A-Z][\w.-]*(?:\s+(?!(?:IN|AT|WITH|AND|TO|FOR|OF|ON|AS|AFTER|AMID)\b)[A-Z][\w.-]*){0,3}(?![\w'’])(?!['’]s\b)/g;

/** Mediators and sponsors are not parties: "the US-brokered deal", "brokered by Qatar", "handed to the American mediator". */
export const MEDIATOR_PHRASE =
  /\b(?:[\w.’']+\s+and\s+)?[\w.’']+-(?:brokered|backed|mediated|sponsored|led|facilitated|drafted|hosted)\b|\b(?:brokered|mediated|facilitated|sponsored|witnessed) by (?:the\s+)?(?:[A-Z][\w.’'-]*\s*)+|\bwith (?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,3}(?:(?:again|also|once again|still|once more)\s+)?(?:mediating|(?:acting|serving) as (?:a\s+|the\s+)?(?:mediator|facilitator)|as (?:a\s+|the\s+)?(?:mediator|facilitator))\b|\b(?:to|by|with|via|through) (?:the\s+)?[A-Z][\w.’'-]*\s+(?:mediators?|facilitators?)\b/g;

/**
 * "on the sidelines of the G20 summit", "at the APEC summit", "days before the African Union summit",
 * "after a clash with the BRICS summit": the gathering is a venue or a time, its members not parties.
 * Not after "arrived" or "landed": "arrived at Tokyo's Haneda airport" names the destination; nor after
 * "chief guest": "the chief guest at India's Republic Day" goes there.
 */
export const SIDELINES_PHRASE =
  /\b(?:on the (?:sidelines|margins) of|(?<!(?:arriv(?:e|es|ed|ing)|lands?|landed|landing|touched down|guest) )at|during|ahead of|on the eve of|in the run-up to|(?:days|weeks|hours|a day|a week|shortly|just) before|(?:clash(?:es|ed|ing)?|coincid(?:e|es|ed|ing)|overlap(?:s|ped|ping)?) with) (?:the |a |an |this |next |last )?(?:[A-Z][\w'’-]*\s+){0,4}(?:[A-Z][\w'’-]*)(?:\s+(?:summit|meeting|forum|conference|gathering|meetings))?(?=[\s,.;:]|$)/g;

/** Reporting verbs: a day before one of these, with the event after it, dates the statement. */
export const REPORTING_VERB =
  /\b(said|says|told|tells|reported|reports|announced|announces|confirmed|confirms|wrote|writes|stated|declared|noted|added|tweeted|posted)\b/i;

/**
 * Clause boundaries inside a sentence. A look-behind is tried only after the cheap text right of it
 * has matched: at every position it would scan back 80 characters. An opening "With ..." or "Amid ..."
 * phrase ends at its comma: "With the vote count due on June 4, the visit is now expected later".
 */
export const CLAUSE_BREAK = new RegExp(
  `;|:\\s(?=[a-z])|\\s(?=and that\\s)|,\\s(?=and\\s+(?:the\\s+)?(?:[A-Z][\\w'’.-]*\\s+){1,5}(?:will|would|plans?|intends?|hopes?|wants?|expects?|is|are|was|were|has|have|had)\\s)|,\\s(?=${AND_SECOND_VERB})|\\s(?=${AND_SAID})|\\s[—–]\\s|\\s-\\s|,\\s(?=(?:which|who|whom|where|while|whereas|but|although|though|after|before|as|when|since|because|despite|whose|adding|saying|according|with|making good on|marking)\\b)|,\\s(?<=^(?:With|Amid)\\s[^,;]{1,150},\\s)|,\\s(?=${TIME_SPAN}\\s+(?:after|before)\\b)|,\\s(?=(?:will|would|shall)\\s(?!(?:now|instead|still|again|also|then)\\b))(?<=,\\s(?:which|who)\\s(?![^,;]{0,80}(?:postpon|delay|cancel|called off|moved|pushed|put off|put back|reschedul|scrap|shelved|suspend))[^,;]{1,80},\\s)|\\s(?=(?:before|after|ahead of)\\s+(?:the|a|an|next|this)\\s+(?:[\\w'’-]+\\s+){0,2}rounds?\\s+of\\b)`,
  'g',
);
