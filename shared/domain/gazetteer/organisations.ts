/**
 * Gazetteer data: international organisations and groupings that take part in summits and talks,
 * under their usual short name, with full names, acronyms and the institutions that speak for them
 * (the European Commission for the European Union, the Security Council for the United Nations).
 * entities.ts compiles these into the phrase index; markers are as in countries.ts.
 *
 * Columns: canonical name | other names ('|'-separated).
 */

export type OrganisationRow = readonly [canonical: string, names: string];

export const ORGANISATIONS: readonly OrganisationRow[] = [
  [
    'European Union',
    'EU|E.U.|European Commission|EU Commission|European Council|Council of the European Union|Council of the EU|' +
      'European Parliament|European External Action Service|EEAS',
  ],
  [
    'NATO',
    'Nato|N.A.T.O.|North Atlantic Treaty Organization|North Atlantic Treaty Organisation|North Atlantic Alliance',
  ],
  [
    'ASEAN',
    'Asean|Association of Southeast Asian Nations|Association of South East Asian Nations|' +
      'Association of South-East Asian Nations|Southeast Asian nations|Southeast Asian leaders|' +
      'Southeast Asian countries',
  ],
  [
    'African Union',
    '!AU|African Union Commission|AU Commission|African leaders|African heads of state|Africa summit|African summit|Africa Summit|' +
      'African Summit|Africa Leaders Summit',
  ],
  [
    'United Nations',
    'UN|U.N.|United Nations Organization|UN Security Council|U.N. Security Council|' +
      'United Nations Security Council|UNSC|UN General Assembly|U.N. General Assembly|' +
      'United Nations General Assembly|UNGA|UN Secretariat',
  ],
  ['G7', 'G-7|Group of Seven|G8|G-8|Group of Eight'],
  ['G20', 'G-20|Group of 20|Group of Twenty'],
  ['G77', 'G-77|Group of 77|Group of Seventy-Seven'],
  ['BRICS', 'Brics|BRICS Plus'],
  ['SCO', 'Shanghai Cooperation Organisation|Shanghai Cooperation Organization'],
  ['APEC', 'Apec|Asia-Pacific Economic Cooperation|Asia Pacific Economic Cooperation'],
  [
    'OPEC',
    'Opec|OPEC Plus|Organization of the Petroleum Exporting Countries|' +
      'Organisation of the Petroleum Exporting Countries|Organization of Petroleum Exporting Countries',
  ],
  [
    'GCC',
    'Gulf Cooperation Council|Gulf Co-operation Council|Cooperation Council for the Arab States of the Gulf|' +
      'Gulf leaders|Gulf Arab leaders|Gulf Arab states|Gulf states|Gulf Arab countries|Gulf monarchies',
  ],
  ['Arab League', 'League of Arab States|Arab leaders|Arab heads of state|Arab summit'],
  [
    'OSCE',
    'Organization for Security and Co-operation in Europe|Organization for Security and Cooperation in Europe|' +
      'Organisation for Security and Co-operation in Europe|Organisation for Security and Cooperation in Europe',
  ],
  ['CSTO', 'Collective Security Treaty Organization|Collective Security Treaty Organisation'],
  ['Quad', 'QUAD|Quadrilateral Security Dialogue'],
  ['Mercosur', 'MERCOSUR|Mercosul|MERCOSUL|Southern Common Market'],
  [
    'ECOWAS',
    'Ecowas|Economic Community of West African States|West African leaders|West African heads of state|' +
      'West African bloc|West African regional bloc|West African military chiefs|West African defence chiefs|' +
      'West African defense chiefs',
  ],
  ['SADC', 'Southern African Development Community|Southern African leaders|Southern African heads of state'],
  ['EAC', 'East African Community|East African leaders|East African heads of state'],
  ['CARICOM', 'Caricom|Caribbean Community'],
  ['OAS', 'Organization of American States|Organisation of American States'],
  [
    'Commonwealth',
    'Commonwealth of Nations|CHOGM|Commonwealth Heads of Government Meeting|Commonwealth Secretariat',
  ],
  [
    'IAEA',
    'International Atomic Energy Agency|U.N. nuclear watchdog|UN nuclear watchdog|UN atomic watchdog|U.N. atomic watchdog|United Nations nuclear watchdog',
  ],
  ['CIS', 'Commonwealth of Independent States'],
  ['EAEU', 'Eurasian Economic Union|EEU'],
  [
    'OIC',
    'Organisation of Islamic Cooperation|Organization of Islamic Cooperation|' +
      'Organisation of the Islamic Conference|Organization of the Islamic Conference|Islamic summit|Islamic Summit',
  ],
  ['CELAC', 'Community of Latin American and Caribbean States'],
  ['IGAD', 'Intergovernmental Authority on Development'],
  ['Pacific Islands Forum', 'Pacific Island leaders|Pacific Islands leaders'],
  ['AUKUS', 'Aukus'],
  [
    'OECD',
    'Organisation for Economic Co-operation and Development|Organization for Economic Cooperation and Development|' +
      'Organisation for Economic Cooperation and Development',
  ],
  ['WTO', 'World Trade Organization|World Trade Organisation'],
  ['IMF', 'International Monetary Fund'],
  ['World Bank', 'World Bank Group'],
  ['!WHO', 'World Health Organization|World Health Organisation'],
  ['!ICC', 'International Criminal Court'],
  ['ICJ', 'International Court of Justice|World Court'],
  ['SAARC', 'South Asian Association for Regional Cooperation'],
  ['BIMSTEC', ''],
  ['Council of Europe', ''],
  ['Non-Aligned Movement', ''],
  ['Organization of Turkic States', 'Organisation of Turkic States'],
  ['Visegrad Group', 'Visegrád Group|Visegrad Four'],
  ['ECB', 'European Central Bank'],
  ['EFTA', 'European Free Trade Association'],
  ['Andean Community', 'Comunidad Andina'],
  ['Pacific Alliance', 'Alianza del Pacífico'],
  ['SICA', 'Central American Integration System'],
  ['ECCAS', 'Economic Community of Central African States'],
  ['COMESA', 'Common Market for Eastern and Southern Africa'],
  ['Arctic Council', ''],
  ['Nordic Council', ''],
  ['IORA', 'Indian Ocean Rim Association'],
  ['Union for the Mediterranean', ''],
  ['Bucharest Nine', 'Bucharest Format|B9 group|B9 summit'],
  [
    'Francophonie',
    'La Francophonie|International Organisation of La Francophonie|International Organization of La Francophonie|' +
      'Organisation internationale de la Francophonie|OIF|Francophonie summit|Francophone summit|' +
      'Countries Having French in Common|Countries Using French as a Common Language',
  ],
  // Armed movements that sign ceasefires and hold talks with governments.
  ['Hamas', 'HAMAS|Islamic Resistance Movement'],
  ['Hezbollah', 'Hizbollah|Hizbullah'],
  ['Houthis', 'Houthi|Houthi movement|Ansar Allah|Ansarallah'],
  ['M23', 'M23 rebels|March 23 Movement|AFC/M23'],
  ['TPLF', "Tigray People's Liberation Front|Tigray People’s Liberation Front|Tigrayan forces|Tigray forces"],
  ['Fatah', 'Fatah movement'],
  ['RSF', 'Rapid Support Forces'],
  ['ELN', 'National Liberation Army of Colombia'],
  ['FARC', 'Revolutionary Armed Forces of Colombia'],
  ['Renamo', 'RENAMO|Mozambican National Resistance'],
  [
    'SPLM-IO',
    "SPLM/A-IO|Sudan People’s Liberation Movement-in-Opposition|Sudan People's Liberation Movement-in-Opposition",
  ],
  ['Polisario Front', 'Polisario'],
  ['Taliban', 'Afghan Taliban'],
  ['Sudan Revolutionary Front', 'SRF'],
  ['SPLM-N', "SPLM-North|Sudan People's Liberation Movement-North|Sudan People’s Liberation Movement-North"],
  ['MILF', 'Moro Islamic Liberation Front'],
  ['Oromo Liberation Army', 'OLA|OLA-Shene'],
  ['Ogaden National Liberation Front', 'ONLF'],
  ['National Democratic Front of the Philippines', 'NDFP|NDF|CPP-NPA-NDF|CPP-NPA-NDFP'],
  ['Karen National Union', 'KNU'],
  ['Arakan Army', ''],
  // Opposition coalitions that negotiate with their government.
  ['Forces for Freedom and Change', 'Forces of Freedom and Change|Freedom and Change coalition|FFC'],
  [
    'Syrian opposition',
    'High Negotiations Committee|Syrian Negotiation Commission|Syrian Negotiations Commission',
  ],
  [
    'Venezuelan opposition',
    "Unitary Platform|Unitary Platform of Venezuela|Venezuela’s opposition|Venezuela's opposition",
  ],
];

/**
 * The country whose government an armed movement negotiates with: "peace talks between the government
 * and the ELN" are Colombia's. Movements whose counterpart is often another state (Hamas, Hezbollah's
 * wars with Israel) or a rival force (the RSF and Sudan's army) are left out.
 */
export const MOVEMENT_HOMES: ReadonlyMap<string, string> = new Map([
  ['TPLF', 'Ethiopia'],
  ['ELN', 'Colombia'],
  ['FARC', 'Colombia'],
  ['Renamo', 'Mozambique'],
  ['SPLM-IO', 'South Sudan'],
  ['Venezuelan opposition', 'Venezuela'],
  ['M23', 'Democratic Republic of the Congo'],
  ['Houthis', 'Yemen'],
  ['Sudan Revolutionary Front', 'Sudan'],
  ['SPLM-N', 'Sudan'],
  ['Forces for Freedom and Change', 'Sudan'],
  ['MILF', 'Philippines'],
  ['Oromo Liberation Army', 'Ethiopia'],
  ['Ogaden National Liberation Front', 'Ethiopia'],
  ['National Democratic Front of the Philippines', 'Philippines'],
  ['Karen National Union', 'Myanmar'],
  ['Arakan Army', 'Myanmar'],
  ['Syrian opposition', 'Syria'],
]);

/** The nouns a regional grouping's adjective is read with: "the Nordic countries", "Central Asian presidents". */
const GROUP_NOUNS = [
  'states',
  'countries',
  'nations',
  'republics',
  'leaders',
  'presidents',
  'prime ministers',
  'heads of state',
  'foreign ministers',
  'ministers',
];

/** A grouping's names made of its adjectives (or its region's name) and the nouns above, then its own names. */
function groupNames(
  adjectives: readonly string[],
  own: readonly string[],
  regions: readonly string[] = [],
): string {
  return [
    ...adjectives.flatMap((a) => GROUP_NOUNS.map((n) => `${a} ${n}`)),
    // "the heads of state of Central Asia", "Central Asia's leaders".
    ...regions.flatMap((r) => GROUP_NOUNS.flatMap((n) => [`${n} of ${r}`, `${r}'s ${n}`, `${r}’s ${n}`])),
    ...own,
  ].join('|');
}

/**
 * Informal groupings that are no organisation but a set of countries, each a party: "talks between Iran
 * and the E3" are talks of Iran with Britain, France and Germany; "the Caspian summit" is the five
 * states' on the Caspian Sea.
 *
 * Columns: the member countries | names ('|'-separated, markers as in countries.ts).
 */
export const GROUPINGS: readonly (readonly [members: readonly string[], names: string])[] = [
  [
    ['United Kingdom', 'France', 'Germany'],
    'E3|E-3|European troika|European trio|three European powers|European powers',
  ],
  [
    ['Azerbaijan', 'Iran', 'Kazakhstan', 'Russia', 'Turkmenistan'],
    groupNames(
      ['Caspian', 'Caspian littoral', 'Caspian Sea', 'Caspian Sea littoral'],
      ['Caspian summit', 'Caspian Summit'],
    ),
  ],
  [
    ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan'],
    groupNames(
      ['Central Asian'],
      // ("the first Central Asia-Italy summit": the region before a hyphen is the five.)
      ['Central Asia Five', 'Central Asia summit', 'Central Asia Summit', '>Central Asia'],
      ['Central Asia'],
    ),
  ],
  [['Denmark', 'Finland', 'Iceland', 'Norway', 'Sweden'], groupNames(['Nordic'], [])],
  [['Estonia', 'Latvia', 'Lithuania'], groupNames(['Baltic'], [])],
  [['France', 'Germany', 'Poland'], 'Weimar Triangle'],
  [
    ['France', 'Germany', 'Russia', 'Ukraine'],
    'Normandy Four|Normandy format|Normandy-format|Normandy Quartet',
  ],
  [['Brazil', 'India', 'South Africa'], 'IBSA|IBSA Dialogue Forum'],
  [['ASEAN', 'China', 'Japan', 'South Korea'], 'ASEAN Plus Three|ASEAN+3|ASEAN + 3|ASEAN-plus-three'],
];
