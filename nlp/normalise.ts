/**
 * Turns chat text into plain lower-case words the rest of the NLP can match:
 * contractions expanded, stretched letters shortened, common chat spellings spelled out.
 */

const contractions: [RegExp, string][] = [
  [/\bcan[’']?t\b/g, 'can not'],
  [/\bcannot\b/g, 'can not'],
  [/\bwon[’']?t\b/g, 'will not'],
  [/\bain[’']?t\b/g, 'am not'],
  [/\b(do|does|did|is|are|was|were|have|has|had|could|would|should|must|need)n[’']?t\b/g, '$1 not'],
  [/\bi[’']?m\b/g, 'i am'],
  [/\b(you|we|they)[’']re\b/g, '$1 are'],
  [/\b(i|you|we|they)[’']ve\b/g, '$1 have'],
  [/\b(i|you|we|they|he|she|it)[’']ll\b/g, '$1 will'],
  [/\b(i|you|we|they|he|she)[’']d\b/g, '$1 would'],
  [/\b(it|that|what|there|he|she)[’']s\b/g, '$1 is'],
  [/\bive\b/g, 'i have'],
  // "ill" is "I'll" before a verb ("ill ring them"), and "ill" (unwell) otherwise.
  [/\bill (ring|phone|call|text|go|try|do|be|stop|get|see|make|give|pack|cut|sort|have|start|quit|keep|just|never|not|tell|ask|book|come|bin|leave)\b/g, 'i will $1'],
  [/\bdidnae\b/g, 'did not'],
  [/\bcannae\b/g, 'can not'],
  [/\bdinnae\b/g, 'do not'],
];

/** Whether any contraction above can apply: most messages have none, and one pass is cheaper than fourteen. */
const anyContraction = new RegExp(contractions.map(([pattern]) => `(?:${pattern.source})`).join('|'));

/** Chat spellings → standard words. Keys are whole words after stretched letters are shortened. */
const chatSpellings: Record<string, string> = {
  u: 'you',
  ya: 'you',
  ye: 'you',
  ur: 'your',
  r: 'are',
  wanna: 'want to',
  gonna: 'going to',
  gotta: 'got to',
  gunna: 'going to',
  dunno: 'do not know',
  dno: 'do not know',
  idk: 'i do not know',
  coz: 'because',
  cos: 'because',
  cuz: 'because',
  bc: 'because',
  tho: 'though',
  n: 'and',
  wiv: 'with',
  ma: 'my',
  mah: 'my',
  av: 'have',
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  ty: 'thank you',
  soo: 'so',
  noo: 'no',
  yess: 'yes',
  yeh: 'yeah',
  yea: 'yeah',
  ok: 'okay',
  k: 'okay',
  im: 'i am',
  dont: 'do not',
  cant: 'can not',
  wont: 'will not',
  didnt: 'did not',
  doesnt: 'does not',
  isnt: 'is not',
  wasnt: 'was not',
  havent: 'have not',
  couldnt: 'could not',
  wouldnt: 'would not',
  shouldnt: 'should not',
  thats: 'that is',
  whats: 'what is',
  theres: 'there is',
  its: 'it is',
  aint: 'am not',
  youre: 'you are',
  theyre: 'they are',
  ive: 'i have',
  wouldve: 'would have',
  couldve: 'could have',
  shouldve: 'should have',
  dint: 'did not',
  dnt: 'do not',
  wana: 'want to',
  hafta: 'have to',
  needa: 'need to',
  gota: 'got to',
  tryna: 'trying to',
  lemme: 'let me',
  gimme: 'give me',
  kinda: 'kind of',
  sorta: 'sort of',
  outta: 'out of',
  wot: 'what',
  wat: 'what',
  wud: 'would',
  cud: 'could',
  shud: 'should',
  hav: 'have',
  nuffin: 'nothing',
  nothin: 'nothing',
  summat: 'something',
  sumthin: 'something',
  somethin: 'something',
  anythin: 'anything',
  everythin: 'everything',
  '2day': 'today',
  '2moro': 'tomorrow',
  '2morrow': 'tomorrow',
  tmrw: 'tomorrow',
  tomoz: 'tomorrow',
  '2nite': 'tonight',
  tonite: 'tonight',
  b4: 'before',
  gud: 'good',
  m8: 'mate',
  ppl: 'people',
  probs: 'probably',
  defo: 'definitely',
  deffo: 'definitely',
  def: 'definitely',
  rly: 'really',
  realy: 'really',
  tbh: 'to be honest',
  becoz: 'because',
  bcoz: 'because',
  cus: 'because',
  wivout: 'without',
  wi: 'with',
  oot: 'out',
  aye: 'yes',
  naw: 'no',
  nah: 'no',
};

/** Dropped final g ("usin", "smokin"): only these, because "-in" ends many real words ("within", "skin"). */
const droppedG = new Set([
  'usin', 'smokin', 'takin', 'doin', 'tryin', 'gettin', 'goin', 'thinkin', 'feelin', 'sayin', 'drinkin',
  'injectin', 'stoppin', 'quittin', 'cuttin', 'comin', 'sleepin', 'workin', 'livin', 'lookin', 'talkin',
  'scorin', 'buyin', 'sortin', 'wantin', 'needin', 'startin', 'strugglin', 'rattlin', 'chasin', 'shootin',
  'missin', 'hurtin', 'killin', 'dyin', 'cravin', 'beggin', 'robbin', 'nickin', 'grafting', 'graftin', 'spendin',
]);

const plainWord = /^[a-z0-9]*$/;

export function normalise(text: string): string {
  let out = text.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'");
  // Three or more of the same letter is stretching ("sooooo"); two can be spelling ("good").
  out = out.replace(/([a-z])\1{2,}/g, '$1$1');
  if (anyContraction.test(out)) for (const [pattern, replacement] of contractions) out = out.replace(pattern, replacement);
  const all = out.split(/\s+/);
  for (let index = 0; index < all.length; index++) {
    const word = all[index] ?? '';
    const bare = plainWord.test(word) ? word : word.replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
    // "k" is "okay", except in "special k" / "vitamin k" (ketamine).
    if (bare === 'k' && /^(special|vitamin)$/.test(all[index - 1] ?? '')) continue;
    // Own keys only: a person can type "constructor" or "__proto__".
    const spelled = (Object.hasOwn(chatSpellings, bare) ? chatSpellings[bare] : undefined) ?? (droppedG.has(bare) ? `${bare}g` : undefined);
    if (spelled !== undefined) all[index] = word.replace(bare, spelled);
  }
  return all.join(' ').replace(/\s+/g, ' ').trim();
}

/** What natural's WordTokenizer splits on; its own tokenize also drops empty pieces, through underscore (slow). */
const wordGap = /[^A-Za-zА-Яа-я0-9_]+/;

/** Words and numbers only, for matching. */
export function words(normalised: string): string[] {
  return normalised.replace(/'/g, '').split(wordGap).filter((word) => word !== '');
}
