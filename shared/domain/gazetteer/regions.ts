/**
 * Gazetteer data: the regional words wire copy uses to name a country again without its name ("the Gulf
 * state", "the Himalayan nation", "the island nation"), each with the countries it may stand for.
 * extract.ts reads such a phrase as the nearest country named before it that the word fits.
 *
 * Columns: the regional words ('|'-separated, read before a noun such as "state" or "nation") | the
 * countries, by canonical name.
 */

export type RegionRow = readonly [words: string, countries: readonly string[]];

const GULF = ['Saudi Arabia', 'United Arab Emirates', 'Qatar', 'Kuwait', 'Bahrain', 'Oman'];
const CARIBBEAN = [
  'Antigua and Barbuda',
  'Bahamas',
  'Barbados',
  'Cuba',
  'Dominica',
  'Dominican Republic',
  'Grenada',
  'Haiti',
  'Jamaica',
  'Saint Kitts and Nevis',
  'Saint Lucia',
  'Saint Vincent and the Grenadines',
  'Trinidad and Tobago',
];
const PACIFIC = [
  'Fiji',
  'Samoa',
  'Tonga',
  'Papua New Guinea',
  'Solomon Islands',
  'Vanuatu',
  'Kiribati',
  'Tuvalu',
  'Nauru',
  'Palau',
  'Marshall Islands',
  'Micronesia',
];
const ISLANDS = [
  ...PACIFIC,
  ...CARIBBEAN.filter((c) => c !== 'Dominican Republic' && c !== 'Haiti'),
  'Maldives',
  'Sri Lanka',
  'Mauritius',
  'Seychelles',
  'Madagascar',
  'Comoros',
  'Cape Verde',
  'São Tomé and Príncipe',
  'Cyprus',
  'Malta',
  'Iceland',
  'Ireland',
  'Japan',
  'Taiwan',
  'Philippines',
  'Indonesia',
  'Singapore',
  'East Timor',
  'Bahrain',
  'New Zealand',
];

export const REGIONS: readonly RegionRow[] = [
  ['Gulf|Arabian Gulf|Persian Gulf', GULF],
  ['Baltic', ['Estonia', 'Latvia', 'Lithuania']],
  ['Nordic|Scandinavian', ['Norway', 'Sweden', 'Denmark', 'Finland', 'Iceland']],
  [
    'Balkan|Western Balkan',
    [
      'Serbia',
      'Croatia',
      'Bosnia and Herzegovina',
      'Montenegro',
      'North Macedonia',
      'Albania',
      'Kosovo',
      'Slovenia',
      'Bulgaria',
    ],
  ],
  ['Central Asian', ['Kazakhstan', 'Uzbekistan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan']],
  ['Caucasus|South Caucasus|Caucasian', ['Georgia', 'Armenia', 'Azerbaijan']],
  ['Himalayan', ['Nepal', 'Bhutan']],
  [
    'Southeast Asian|South-East Asian',
    [
      'Brunei',
      'Cambodia',
      'Indonesia',
      'Laos',
      'Malaysia',
      'Myanmar',
      'Philippines',
      'Singapore',
      'Thailand',
      'Vietnam',
      'East Timor',
    ],
  ],
  [
    'South Asian',
    ['India', 'Pakistan', 'Bangladesh', 'Sri Lanka', 'Nepal', 'Bhutan', 'Maldives', 'Afghanistan'],
  ],
  ['Pacific|Pacific island|Pacific Island', PACIFIC],
  ['Caribbean|Caribbean island', CARIBBEAN],
  ['island|Indian Ocean|Indian Ocean island|archipelago', ISLANDS],
  ['Horn of Africa', ['Ethiopia', 'Eritrea', 'Somalia', 'Djibouti']],
  ['Sahel|Sahelian', ['Mali', 'Burkina Faso', 'Niger', 'Chad', 'Mauritania']],
  ['North African|Maghreb', ['Morocco', 'Algeria', 'Tunisia', 'Libya', 'Egypt', 'Mauritania']],
  ['Andean', ['Peru', 'Bolivia', 'Ecuador', 'Colombia', 'Chile']],
];
