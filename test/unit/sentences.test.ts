/**
 * Sentence splitting: abbreviations, initials and quotes stay inside their sentence; real sentence
 * ends split.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../shared/domain/sentences.js';

describe('splitSentences', () => {
  it('splits plain sentences on full stops, question and exclamation marks', () => {
    expect(splitSentences('The talks ended. Did they agree? Nobody knows! A statement is due.')).toEqual([
      'The talks ended.',
      'Did they agree?',
      'Nobody knows!',
      'A statement is due.',
    ]);
  });

  it.each([
    [
      'U.S. President Joe Biden will travel to Hanoi. He leaves on Sunday.',
      'U.S. President Joe Biden will travel to Hanoi.',
    ],
    [
      'The visit is set for Jan. 17 in Moscow. Officials confirmed it.',
      'The visit is set for Jan. 17 in Moscow.',
    ],
    ['Talks resume on Sept. 16, 2024 in Doha. Both sides agreed.', 'Talks resume on Sept. 16, 2024 in Doha.'],
    ['Dr. Amal Haddad led the delegation. She spoke first.', 'Dr. Amal Haddad led the delegation.'],
    ['Gen. Ruiz met the minister on Friday. They discussed aid.', 'Gen. Ruiz met the minister on Friday.'],
    [
      'The summit opens in St. Petersburg on Monday. Leaders arrive today.',
      'The summit opens in St. Petersburg on Monday.',
    ],
    [
      'He spoke at No. 10 Downing Street on Tuesday. The meeting was brief.',
      'He spoke at No. 10 Downing Street on Tuesday.',
    ],
    ['Mr. Tanaka will attend the signing. His office confirmed it.', 'Mr. Tanaka will attend the signing.'],
    ['John F. Kennedy Airport was closed. Flights were diverted.', 'John F. Kennedy Airport was closed.'],
    [
      'The envoy, Lt. Col. Mensah, arrived in Accra. He met officials.',
      'The envoy, Lt. Col. Mensah, arrived in Accra.',
    ],
    [
      'Talks start at 10 a.m. local time on Monday. Both sides will attend.',
      'Talks start at 10 a.m. local time on Monday.',
    ],
  ])('keeps the abbreviation in %s', (text, first) => {
    const sentences = splitSentences(text);
    expect(sentences).toHaveLength(2);
    expect(sentences[0]).toBe(first);
  });

  it('splits after an abbreviation that ends the sentence when the next word opens a new one', () => {
    expect(splitSentences('The delegation flew to the U.S. The talks begin on Monday.')).toEqual([
      'The delegation flew to the U.S.',
      'The talks begin on Monday.',
    ]);
    expect(splitSentences('The plan was approved by Acme Inc. It takes effect in May.')).toEqual([
      'The plan was approved by Acme Inc.',
      'It takes effect in May.',
    ]);
  });

  it('splits after a month abbreviation that is not followed by a day', () => {
    expect(splitSentences('The vote was held in Jan. The result surprised many.')).toEqual([
      'The vote was held in Jan.',
      'The result surprised many.',
    ]);
  });

  it('keeps a sentence ending inside quotes whole and starts the next at the quote that opens it', () => {
    expect(splitSentences('He said: "The deal is done." Then he left. "We are ready," she said.')).toEqual([
      'He said: "The deal is done."',
      'Then he left.',
      '"We are ready," she said.',
    ]);
    expect(splitSentences('He called it “historic.” The ceremony lasted an hour.')).toEqual([
      'He called it “historic.”',
      'The ceremony lasted an hour.',
    ]);
  });

  it('does not split where the text goes on in lower case or inside a number', () => {
    expect(splitSentences('Asked "Will you attend?" he nodded. Growth was 3.5 percent.')).toEqual([
      'Asked "Will you attend?" he nodded.',
      'Growth was 3.5 percent.',
    ]);
  });

  it('keeps a truncated ending and splits after an ellipsis followed by a new sentence', () => {
    expect(splitSentences('The deal was signed… Leaders then met the press. It marked ...')).toEqual([
      'The deal was signed…',
      'Leaders then met the press.',
      'It marked ...',
    ]);
  });

  it('splits before a sentence starting with a number', () => {
    expect(splitSentences('Leaders met in 2019. 2024 brought new talks.')).toEqual([
      'Leaders met in 2019.',
      '2024 brought new talks.',
    ]);
  });

  it('returns nothing for blank input and the trimmed text when there is no boundary', () => {
    expect(splitSentences('   ')).toEqual([]);
    expect(splitSentences('  Leaders meet in Oslo  ')).toEqual(['Leaders meet in Oslo']);
  });
});
