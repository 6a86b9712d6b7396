/**
 * Gazetteer data that keeps the matcher honest: BLOCKED phrases contain a country or organisation
 * name but stand for no participant ('Latin America', 'South China Sea', 'Korean War', news outlets
 * such as 'Washington Post'); as the longest match they swallow their span and yield nothing.
 * NEUTRAL_WORDS are capitalised titles and function words that may sit next to a name such as
 * 'Jordan' or 'Cameron' without making it read as a personal name ('King', 'President', 'In').
 */

export const BLOCKED: readonly string[] = [
  // The Americas and ethnic descriptors that contain 'America(n)'
  'Latin America|South America|North America|Central America|Middle America|Corporate America|Captain America',
  'Bank of America|Good Morning America|Miss America|Gulf of America',
  'Latin American|South American|North American|Central American|Native American|Pan American|American Indian',
  'African American|Asian American|Arab American|Hispanic American|Jewish American|Muslim American',
  'Mexican American|Filipino American|Vietnamese American|Korean American|Japanese American|Indian American',
  'Irish American|Italian American|Cuban American|Iranian American|Palestinian American|Somali American',
  'Haitian American|Armenian American|Ukrainian American|Polish American|Greek American|Lebanese American',
  // Seas, rivers, regions and historical names
  'Indian Ocean|West Indian|West Indies|East Indies|Indian subcontinent',
  'Korean Peninsula|Korean peninsula|Korean War|Korean war|Korean Demilitarized Zone',
  'South China Sea|East China Sea|Sea of Japan|Gulf of Mexico|Philippine Sea|Gulf of Oman|Gulf of Guinea',
  'New Guinea|Congo River|River Congo|Congo Basin|Congo basin|Niger River|River Niger|Jordan River|River Jordan',
  'Jordan Valley|Lake Chad|Northern Ireland|Northern Irish|Gulf of Aden|Lake Victoria',
  'Georgia Tech|Georgia State|University of Georgia|Georgetown University',
  'Commonwealth of Virginia|Commonwealth of Massachusetts|Commonwealth of Pennsylvania|Commonwealth of Kentucky',
  'Commonwealth Bank|Commonwealth Games|Commonwealth War Graves',
  "St George's Chapel|St. George's Chapel|Saint George's Chapel|St George's Hall|St George's Cathedral|St George's Church|St George's Day|St George's Hospital|St George's Park",
  'Washington Consensus|Washington Nationals|Washington Commanders',
  // News outlets and agencies: naming the source says nothing about who takes part
  'New York Times|New York Post|Washington Post|Washington Times|Los Angeles Times|Wall Street Journal',
  'Japan Times|Japan Today|Korea Herald|Korea Times|Korea JoongAng Daily|China Daily|Tehran Times|Moscow Times',
  'Times of India|Hindustan Times|Jerusalem Post|Times of Israel|Voice of America|Radio Free Europe',
  'Russia Today|Agence France-Presse|Agence France Presse|France 24|Radio France Internationale|France Info',
  'Deutsche Welle|Korean Central News Agency|Korean Central Television|Islamic Republic News Agency',
  "Iranian Students' News Agency|Iranian Students News Agency|Islamic Republic of Iran Broadcasting",
  'Saudi Press Agency|Qatar News Agency|Kuwait News Agency|Vietnam News Agency|Philippine News Agency',
  'Press Trust of India|China Global Television Network|China Central Television|China News Service',
  'Kyiv Independent|Kyiv Post|Bangkok Post|Jakarta Post|Irish Times|Pakistan Today|Egypt Independent',
  'Saudi Gazette|Syrian Arab News Agency|Oman News Agency|Bahrain News Agency|Jordan News Agency',
  'Iraqi News Agency|Lao News Agency|Malaysian National News Agency|Ghana News Agency|Korean Broadcasting System',
  'South China Morning Post|Tehran Times|Turkish Radio and Television|Vietnam News|Nigerian Tribune',
  'Buenos Aires Times|Rio Times|Mexico News Daily|Kenya Broadcasting Corporation|Japan Broadcasting Corporation',
]
  .join('|')
  .split('|');

export const NEUTRAL_WORDS: ReadonlySet<string> = new Set(
  (
    'President|Prime|Minister|Ministry|PM|King|Queen|Prince|Princess|Crown|Emir|Sheikh|Sultan|Foreign|Defence|' +
    'Defense|Secretary|Chancellor|Premier|Leader|Mr|Mrs|Ms|Dr|Sen|Senator|Rep|Gen|General|Ambassador|Envoy|' +
    'Chief|Vice|Deputy|Head|Spokesman|Spokeswoman|Spokesperson|Government|Parliament|Army|Navy|Embassy|Consul|' +
    'In|On|At|To|For|From|With|By|And|Or|But|Of|The|A|An|As|After|Before|While|Both|Between|Into|Over|Under|' +
    'Near|Via|Against|Toward|Towards|Across|Without|Amid|Despite|Since|Until|During|Including|Like|Then|Also|' +
    'Is|Are|Was|Were|Has|Have|Had|Will|Would|Can|Could|Says|Said|Say|Told|Tells|Visit|Visits|Visited|Meets|' +
    'Meet|Met|Talks|Summit|Trip|Deal|Signs|Signed|Hosts|Hosted|Arrives|Arrived|Heads|Ties|Relations|Accord|' +
    'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|' +
    'August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|' +
    'This|That|These|Those|It|Its|He|She|They|We|I|His|Her|Their|Our|Why|How|What|When|Where|Who|Which|' +
    'Today|Tomorrow|Yesterday|Next|Last|New|Breaking|Update|Live|Exclusive|Analysis|Opinion|Video|Photos|' +
    'Neighbouring|Neighboring|Northern|Southern|Eastern|Western|Central|Landlocked|Even|Only|Unlike|Whether|' +
    'If|Meanwhile|However|Still|Yet|So|Now|Here|There|Neither|Nor|Either|Every|Each|All|Many|Some|Most|Other|' +
    'Several|Not|No|Welcome|Welcomes|Leaves|Left|Returns|Back|Calls|Urges|Warns|Slams|Backs|Joins|Jr|Sr|' +
    'II|III|Administration|Cabinet|Era|Doctrine|Plan|Team|Office|Camp'
  ).split('|'),
);
