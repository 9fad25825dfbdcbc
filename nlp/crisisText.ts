import { DamerauLevenshteinDistance, JaroWinklerDistance } from 'natural/lib/natural/distance';
import { normalise, words } from './normalise';
import { stem, type SentenceWords } from './crisisPhrase';
import { typoGuard } from './crisisTypoGuard';

/**
 * Turns a raw message into sentences of crisis-ready words: chat spellings and crisis slang spelled out,
 * typos of crisis words corrected, and each word tagged with the part of the sentence it is in, so a time
 * like "two years ago" only speaks for its own part ("I OD'd years ago, now my mate's gone blue").
 */

export interface CrisisSentence extends SentenceWords {
  /** part[i]: which comma- or conjunction-separated part of the sentence word i is in */
  parts: number[];
}

/** Slang and shorthand that stands for a crisis word; each maps to the words it means. */
const shorthand: Record<string, string[]> = {
  kms: ['kill', 'myself'],
  kmn: ['kill', 'myself', 'now'],
  od: ['overdose'],
  ods: ['overdoses'],
  oding: ['overdosing'],
  odding: ['overdosing'],
  sewerslide: ['suicide'],
  sewerslided: ['suicide'],
  suey: ['suicide'],
  unalive: ['unalive'],
  selfharm: ['self', 'harm'],
  selfharming: ['self', 'harming'],
  kil: ['kill'],
  // round 54: "abcess on my arm" (not "access"), "im not gona top my self"
  abcess: ['abscess'],
  absess: ['abscess'],
  abses: ['abscess'],
  gona: ['going', 'to'],
  // round 54's second person: "im dead wen he sees me"
  wen: ['when'],
  kll: ['kill'],
  kilin: ['killing'],
  killin: ['killing'],
  dyin: ['dying'],
  breathin: ['breathing'],
  breating: ['breathing'],
  breahing: ['breathing'],
  brething: ['breathing'],
  myslf: ['myself'],
  meself: ['myself'],
  masel: ['myself'],
  mysel: ['myself'],
  maself: ['myself'],
  mysef: ['myself'],
  hisself: ['himself'],
  nae: ['no'],
  naebody: ['nobody'],
  naeb: ['nobody'],
  nobdy: ['nobody'],
  noone: ['nobody'],
  canny: ['can', 'not'],
  cannae: ['can', 'not'],
  // Geordie (round 31's second-person lines: "aa cannit tek nae mair of it")
  cannit: ['can', 'not'],
  // drunk typing (round 32: "tuk all me pils lol bye", "evryones betr off wivout me")
  tuk: ['took'],
  betr: ['better'],
  beter: ['better'],
  bettr: ['better'],
  // round 32's second-person lines: "slurring that everyone's better off without him", "bloke followd me"
  everyones: ['everyone', 'is'],
  everybodys: ['everybody', 'is'],
  followd: ['followed'],
  // round 34's second-person lines: "the babby's hardly moved"
  babby: ['baby'],
  babbys: ['baby', 'is'],
  tabs: ['tablets'],
  pils: ['pills'],
  aint: ['am', 'not'],
  wanna: ['want', 'to'],
  gonna: ['going', 'to'],
  gunna: ['going', 'to'],
  gonnae: ['going', 'to'],
  theyll: ['they', 'will'],
  youll: ['you', 'will'],
  gonny: ['going', 'to'],
  wantae: ['want', 'to'],
  tryna: ['trying', 'to'],
  wiv: ['with'],
  iv: ['i', 'have'],
  ive: ['i', 'have'],
  hes: ['he', 'is'],
  shes: ['she', 'is'],
  theyre: ['they', 'are'],
  whats: ['what', 'is'],
  whos: ['who', 'is'],
  theyve: ['they', 'have'],
  wats: ['what', 'is'],
  wot: ['what'],
  wat: ['what'],
  pnt: ['point'],
  '2nite': ['tonight'],
  '2night': ['tonight'],
  tonite: ['tonight'],
  // broad Scots (found after round 14: "cannae dae this nae mair", "throw masel aff the bridge", "hes deid")
  dae: ['do'],
  daein: ['doing'],
  mair: ['more'],
  ony: ['any'],
  aw: ['all'],
  tae: ['to'],
  aboot: ['about'],
  intae: ['into'],
  aff: ['off'],
  doon: ['down'],
  heid: ['head'],
  deid: ['dead'],
  hame: ['home'],
  hissel: ['himself'],
  hersel: ['herself'],
  theirsels: ['themselves'],
  jist: ['just'],
  fae: ['from'],
  // heavy text-speak (round 17: "cnt do dis nemor m8"): vowels dropped, th- as d-, "any more" run together
  cnt: ['can', 'not'],
  carnt: ['can', 'not'],
  cnat: ['can', 'not'],
  cudnt: ['could', 'not'],
  cldnt: ['could', 'not'],
  dnt: ['do', 'not'],
  wnt: ['want'],
  wna: ['want', 'to'],
  wnna: ['want', 'to'],
  dis: ['this'],
  dat: ['that'],
  dem: ['them'],
  nemor: ['anymore'],
  nemore: ['anymore'],
  nemoar: ['anymore'],
  nymore: ['anymore'],
  nymor: ['anymore'],
  anymor: ['anymore'],
  anymoar: ['anymore'],
  anymre: ['anymore'],
  enymore: ['anymore'],
  enemore: ['anymore'],
  nomore: ['no', 'more'],
  nomor: ['no', 'more'],
  lyf: ['life'],
  lyfe: ['life'],
  ded: ['dead'],
  liv: ['live'],
  nuthin: ['nothing'],
  nethin: ['nothing'],
  nethn: ['nothing'],
  nuffin: ['nothing'],
  nufin: ['nothing'],
  nthn: ['nothing'],
  // round 18: "wnt 2 go 2 sleep n nt wake up" ("nt" for not, "n" for and)
  nt: ['not'],
  jst: ['just'],
  nvr: ['never'],
  n: ['and'],
  nthing: ['nothing'],
  evry1: ['everyone'],
  every1: ['everyone'],
  no1: ['nobody'],
  sum1: ['someone'],
  ny1: ['anyone'],
  goin: ['going'],
  bein: ['being'],
  doin: ['doing'],
  gna: ['going', 'to'],
  gnna: ['going', 'to'],
  hav: ['have'],
  tk: ['take'],
  tke: ['take'],
  kp: ['keep'],
  mysen: ['myself'],
  missen: ['myself'],
  // round 21: Geordie and Scots ("divvent want to wake up the morra", "efter a few vallies", "come roon", "wae a blade")
  divvent: ['do', 'not'],
  divnt: ['do', 'not'],
  divint: ['do', 'not'],
  morra: ['tomorrow'],
  efter: ['after'],
  roon: ['round'],
  wae: ['with'],
  aal: ['all'],
  ahm: ['i', 'am'],
  lockt: ['locked'],
  // voice-to-text slips (round 21: "he is not breeding properly … the Nalo zone injection")
  breeding: ['breathing'],
  nalo: ['naloxone'],
  // after round 21's second-person lines: "hw do u die fast", "nee point", "he dunt wake up tomorrer", "pult a blade oan her"
  hw: ['how'],
  mch: ['much'],
  nevr: ['never'],
  tek: ['take'],
  wud: ['would'],
  nee: ['no'],
  dunt: ['does', 'not'],
  tomorrer: ['tomorrow'],
  tomoz: ['tomorrow'],
  pult: ['pulled'],
  oan: ['on'],
  oot: ['out'],
};

/** Letters typed as digits or symbols inside a word ("su1c1de", "k!ll"). */
const leet: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '@': 'a', $: 's', '!': 'i' };

function unLeet(text: string): string {
  // Only inside words: a digit with letters on both sides, so "30 pills" and "2 years" stay numbers.
  return text.replace(/(?<=[a-z])[01345@$!](?=[a-z])/g, (c) => leet[c] ?? c);
}

/** Forms of "OD" whose letters would otherwise be lost to normalising ("OD'd" → "odd"). */
function spellOutOverdose(text: string): string {
  return text
    .replace(/\bO\.?D\.?[’']?(e?d)\b/g, ' overdosed ')
    .replace(/\bo\.?d\.?[’'](e?d)\b/gi, ' overdosed ')
    .replace(/\bo\.\s?d\.?(?=\W|$)/gi, ' overdose ')
    .replace(/\bo\.?d\.?[’'-]?ing\b/gi, ' overdosing ')
    .replace(/\bover[\s-]+dos/gi, 'overdos');
}

/**
 * A message quoted in two halves, the second opening with an ellipsis, is one sentence (round 80: my mate texted "im
 * gonna end it all" then "...with this family size pizza"). The halves are read together, so the second half says what
 * the first meant, for better ("…with this family size pizza") or worse ("…ive took all my tabs").
 */
function joinQuotedHalves(text: string): string {
  return text
    .replace(/["“”]\s*[^"“”.!?\n]{0,40}?\s*["“”]\s*(\.{2,}|…)\s*/g, ' ')
    // (the families: "this is goodbye" then "to my overdraft, payday tomorrow", the second half saying so without dots)
    .replace(/["“”]\s*(and )?then( the next (one|text|message|post) (was|said))?\s*["“”]\s*(?=to |with |without |for |at |on )/gi, ' ');
}

/** Short words people run together with the patterns' words ("icantdothisanymore"), beyond the patterns' own. */
const runTogetherWords = new Set(
  'ive ill cant dont wont isnt aint hes shes its theres thats whats wat pls plz not and all any the you they she this that dun ded'.split(' '),
);
const oneLetterWords = new Set(['i', 'a', 'u']);
const twoLetterWords = new Set(['do', 'is', 'to', 'of', 'no', 'so', 'in', 'on', 'it', 'be', 'up', 'my', 'me', 'he', 'we', 'im', 'id', 'at', 'an', 'or', 'if', 'go', 'ya', 'ur', 'am']);

/** Corrects a word to the crisis vocabulary when it is a likely typo of one, never when it is an English word. */
export class TypoCorrector {
  private readonly byFirstLetter = new Map<string, string[]>();
  private readonly known: Set<string>;
  /** stems of the vocabulary: a word with one of these stems already matches by stem ("slapping" ~ "slap") */
  private readonly knownStems: Set<string>;
  private readonly cache = new Map<string, string>();

  constructor(vocabulary: Iterable<string>) {
    this.known = new Set(vocabulary);
    this.knownStems = new Set([...this.known].map(stem));
    for (const word of this.known) {
      if (word.length < 6) continue;
      const first = word[0] ?? '';
      const list = this.byFirstLetter.get(first) ?? [];
      list.push(word);
      this.byFirstLetter.set(first, list);
    }
  }

  correct(token: string): string {
    // dropped g: "movin", "wakin", "respondin"
    // dropped g's ("movin", "wakin"), not short words that are words already ("tin" is not "ting", round 17)
    if (token.length >= 5 && token.endsWith('in') && this.known.has(`${token}g`)) return `${token}g`;
    if (token.length < 6 || this.known.has(token) || typoGuard.has(token) || /\d/.test(token)) return token;
    if (this.knownStems.has(stem(token))) return token;
    const cached = this.cache.get(token);
    if (cached !== undefined) return cached;
    let best = token;
    let bestScore = 0;
    for (const word of this.byFirstLetter.get(token[0] ?? '') ?? []) {
      if (Math.abs(word.length - token.length) > 2) continue;
      const allowed = word.length >= 8 ? 2 : 1;
      const score = JaroWinklerDistance(token, word);
      if (score < 0.88 || score <= bestScore) continue;
      if (DamerauLevenshteinDistance(token, word, { transposition_cost: 1 }) <= allowed) {
        best = word;
        bestScore = score;
      }
    }
    if (this.cache.size > 5000) this.cache.clear();
    this.cache.set(token, best);
    return best;
  }

  /**
   * A run of words typed with no spaces ("icantdothisanymore", "ithinkhesded": round 54), split into the words the
   * patterns know; undefined when the run is a word already, a typo of one, or does not split that way. Only long runs,
   * so a short typo is left to correct(); English words that would split are in the guard (writeTypoGuard.ts).
   */
  splitRunTogether(run: string): string[] | undefined {
    if (run.length < 9 || run.length > 40 || this.known.has(run) || typoGuard.has(run) || this.knownStems.has(stem(run))) return undefined;
    // a typo of one word ("respondin") is not a run of words
    if (this.correct(run) !== run) return undefined;
    return this.segment(run);
  }

  /**
   * The fewest known words that make up the run, three at least (two would split English compounds: "withholding"),
   * a one-letter word only first ("i") and two-letter words only from a short list ("do", "is"): undefined if none.
   */
  segment(run: string): string[] | undefined {
    const isPiece = (piece: string) =>
      piece.length === 1 ? oneLetterWords.has(piece) : piece.length === 2 ? twoLetterWords.has(piece) : this.known.has(piece) || runTogetherWords.has(piece) || Object.hasOwn(shorthand, piece);
    // fewest[i]: the fewest pieces that make up run.slice(0, i), and where the last one starts
    const fewest: ({ count: number; from: number } | undefined)[] = [{ count: 0, from: 0 }];
    for (let end = 1; end <= run.length; end++) {
      for (let start = Math.max(0, end - 20); start < end; start++) {
        const before = fewest[start];
        if (!before || !isPiece(run.slice(start, end))) continue;
        // a one-letter word only first ("ithinkhesded"), not inside ("tracksuit" is not "tracks u it")
        if (end - start === 1 && start > 0) continue;
        const best = fewest[end];
        if (!best || before.count + 1 < best.count) fewest[end] = { count: before.count + 1, from: start };
      }
    }
    const whole = fewest[run.length];
    if (!whole || whole.count < 3) return undefined;
    const pieces: string[] = [];
    for (let end = run.length; end > 0; end = fewest[end]!.from) pieces.unshift(run.slice(fewest[end]!.from, end));
    return pieces;
  }
}

/**
 * Scots negatives ("isnae", "cannae", "wullnae", "didny", "wasna"): the auxiliary plus "not", so every pattern
 * written with "not" reads them. Only these auxiliaries, so ordinary words ending in -na/-ny stay as typed.
 */
const scotsAuxiliary: Record<string, string> = {
  is: 'is', was: 'was', wis: 'was', does: 'does', dis: 'does', disn: 'does', doesn: 'does', do: 'do', din: 'do',
  dae: 'do', di: 'do', did: 'did', didn: 'did', will: 'will', wull: 'will', wil: 'will', win: 'will', wi: 'will',
  can: 'can', cann: 'can', ca: 'can', could: 'could', coud: 'could', cud: 'could', would: 'would', wid: 'would',
  wud: 'would', widn: 'would', should: 'should', shud: 'should', has: 'has', hus: 'has', have: 'have', hav: 'have',
  hivn: 'have', hiv: 'have', huv: 'have', are: 'are', ur: 'are', urn: 'are', must: 'must', need: 'need',
};

function scotsNegative(word: string): string[] | undefined {
  const match = /^([a-z]+?)(nae|ny|na|nay)$/.exec(word);
  const stemWord = match?.[1] ?? '';
  const auxiliary = match && Object.hasOwn(scotsAuxiliary, stemWord) ? scotsAuxiliary[stemWord] : undefined;
  return auxiliary ? [auxiliary, 'not'] : undefined;
}

/** "me dad", "me missus", "me wee boy": "me" before a person is "my" (northern, Scots, Irish English). */
const personAfterMe = new Set(
  ('mam mum ma maw mother da dad paw father nan nana gran granny grandad missus mrs fella bf gf boyfriend girlfriend ' +
    'partner wife husband hubby ex son sons daughter daughters boy boys girl girls lad lass kid kids wean weans bairn ' +
    'bairns baby bro brother brothers sister sisters sis mate mates pal pals mucker cousin auntie aunt uncle flatmate ' +
    'neighbour little wee best old auld family friend friends step stepson stepdaughter stepdad stepmum').split(' '),
);

const harmVerbs = new Set('kill stab hurt batter beat shoot murder smash do glass slash strangle come find break burn'.split(' '));

/** Scots "no" for "not" after a subject or a form of "be", before a verb in -ing: "hes no wakin up", "she's no breathin right". */
const beforeScotsNo = new Set(['is', 'am', 'are', 'was', 'were', 'be', 'been', 'he', 'she', 'they', 'it', 'we', 'you']);

function isScotsNo(tokens: string[], i: number): boolean {
  const next = tokens[i + 1] ?? '';
  // "there is no stopping him" is English
  if (tokens[i] !== 'no' || tokens[i - 2] === 'there' || !beforeScotsNo.has(tokens[i - 1] ?? '')) return false;
  return next.length > 4 && next.endsWith('ing');
}

const boundaryWords = new Set(['but', 'and', 'now', 'then', 'so', 'because', 'cause', 'coz', 'although', 'though', 'since']);

/**
 * Times read as times: "4am" as the hour as a number ("wake up at 4am" is about sleep), "about an hour ago" as the hour
 * (roughTime), and a year after "cut back in" as when ("used to cut back in 2015" is a cut, then 2015, not cutting back
 * on using).
 */
function spellOutHours(text: string): string {
  return text
    .replace(/\b(\d{1,2})(am|pm)\b/g, '$1 oclock')
    .replace(ageSuffix, '$1 $2')
    .replace(roughTime, '')
    .replace(/\b(cut|cutting|harm|harming|burn|burning) back in (?=(?:19|20)\d\d\b)/g, '$1 then back in ');
}

/**
 * "about" or "over" before an amount of time goes, so "had a fit about an hour ago" reads as a fit an hour ago, not the
 * temper in "had a fit about the bill" (round 25); the amount itself is kept.
 */
const roughTime =
  /\b(?:about|bout|abt|around|arnd|roughly|approx|approximately|over|nearly|almost|like|maybe|just) (?=(?:an?|half an?|half|quarter of an?|quarter|a few|a couple of|couple of|couple|few|\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty) (?:hours?|hrs?|mins?|minutes?|secs?|seconds?)\b)/g;

/**
 * Voice-to-text slips that split or swap a crisis word (round 21's second-person lines: "took to many bends owes and fent
 * and now she wont weight up"): only as whole phrases, so "lost weight" and "went to many places" are untouched.
 */
function fixVoiceSlips(text: string): string {
  return text
    .replace(/\bbends? ?owes?\b/g, 'benzos')
    // round 28: "having a cease your on the bathroom floor"
    .replace(/\b(cease|seize|sees) ?(your|yer|ya|ure|yor)s?\b/g, 'seizure')
    .replace(/\b(took|taken|had|done|necked|used|taking) to (many|much)\b/g, '$1 too $2')
    .replace(/\b(wont|won't|cant|can't|not|never|didnt|didn't|doesnt|doesn't) weight up\b/g, '$1 wake up')
    // round 54: "tried to kill my shelf", "coffin up blood", "bettered me with a belt", "rote the letters", "vod ka", "im dun
    // with life", "tuck all my tabs", "hit a nartery"
    .replace(/\b(kill|killed|killing|hurt|hurting|harm|harming|cut|cutting|top|topped|topping|burn|burning|hang|hanging|drown|starve) (my|me) ?(shelf|shelve|elf|sef|slef)\b/g, '$1 myself')
    .replace(/\bcoff(?:in|ing|en|fing|fin)\b(?= (?:up|blood))/g, 'coughing')
    .replace(/\bbetter(ed|in|ing)(?= (?:me|her|him|us|them|my|our)\b)/g, 'batter$1')
    .replace(/\brote (?=(?:the|a|my|me|some|him|her|them|letters?|notes?)\b)/g, 'wrote ')
    .replace(/\bvod ka\b/g, 'vodka')
    .replace(/\b(im|i'm|i am|am|proper|so|totally|well|just|all|is|was) dun\b/g, '$1 done')
    .replace(/\bdun (?=with\b)/g, 'done ')
    .replace(/\btuck(?= (?:(?:all|the|a|my|me|his|her|every|loads|lots|of|too|many|\d+) )*(?:tabs|pills|tablets|benzos|vallies|meds|pregabs|zopiclone|zopis|methadone|script|sleepers|paracetamol)\b)/g, 'took')
    .replace(/\ba ?nartery\b/g, 'an artery')
    // round 54's second-person lines: "his meth a done", "her face has dripped on one side"
    .replace(/\bmeth ?a ?done\b/g, 'methadone')
    .replace(/\b((?:face|mouth|smile|eye|lip|lips)(?: (?:has|is|s|have|had|just|all|gone|went))*) dripped\b/g, '$1 dropped');
}

/** 'll, 's and 'd after a thing or a person, spelt out before normalising glues them on ("housell", "doors", "nand"). */
function spellOutContractions(text: string): string {
  return text
    // "the house'll be empty": 'll after a thing
    .replace(/\b(?!(?:i|you|u|ya|he|she|we|they)\b)([a-z]+)['’]ll\b/g, '$1 will')
    // "door's locked", "app's not responding", "hand's gone white", "sunday's the day": 's after a thing, a body part or a
    // day is "is"
    .replace(thingIs, '$1 is')
    // "ma wee boy's no respondin", "my fella's gone blue": 's after a person before how they are is "is" too (not "my dad's
    // car", which stays as it was)
    .replace(personIs, '$1 is')
    // "me nan'd have a fit": 'd after a person is "would" (not after "od": "OD'd" is overdosed)
    .replace(/\b(nan|nana|gran|granny|mum|mam|ma|mom|dad|da|brother|sister|mate|wife|husband|fella|missus|partner|boss|worker|keyworker|wean|bairn|nobody|noone|everyone|everybody|someone|somebody|anyone|anybody)['’]d\b/g, '$1 would');
}

const personIs =
  /\b(boy|girl|son|daughter|lad|lass|fella|man|mate|pal|partner|wife|husband|brother|sister|mum|mam|dad|da|bairn|wean|baby|kid|friend|bird|missus|bloke|boyfriend|girlfriend|neighbour|neighbor|guy|woman)['’]s(?= (?:no|not|nae|gone|been|breathing|moving|waking|responding|respondin|answering|turning|lying|collapsed|fitting|passed|unconscious|still|cold|blue|grey|gray|purple|white|making|snoring|roasting|boiling|burning|sweating|shaking|jerking|twitching|bleeding|being|getting|going|took|taken|had|done|necked|swallowed|drunk|drank|battering|hitting|beating|punching|kicking|strangling|choking)\b)/g;

const thingIs =
  /\b(door|phone|app|game|laptop|screen|room|bathroom|toilet|bog|loo|car|house|flat|telly|tv|xbox|ps4|ps5|console|computer|wifi|internet|site|website|page|system|machine|till|router|tablet|ipad|hand|arm|leg|foot|face|finger|thumb|wrist|lip|chest|neck|heart|head|forearm|tongue|throat|eye|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|tomorrow|tonight|today)['’]s(?= [a-z])/g;

/**
 * A full stop before "with", an amount or a plain answer splits one thought, not two (after round 25: "I'm done. with
 * everything. with all of it"; round 26: "done the lot. all 28 of my mirtazapine and most of a bottle of vodka"; round
 * 27: "the GP asked if I ever think about ending it. told her straight no"; round 28's second-person lines: "i'd never take my
 * own life... but lately i've been lookin up how"). So does a bare answer to a question, a score or a firm no (round 52: "scale
 * of 0 to 10 for wanting to still be here? about a 1"; "how much do I want to die? lol zero"), unless it counts something.
 */
const continuesThought =
  /^\s*((lol|haha|honestly|mate|well|erm|um) )?(zero|nil|none|not at all|not a lot|not really|god no|hell no|no way|no chance)\b|^\s*((about|bout|around|maybe|probably|prob|honestly|id say|i'd say|i would say|like|only|barely|a) )?(a )?\d+\b(?! ?(days?|weeks?|hours?|hrs?|mins?|minutes?|months?|years?|yrs?|yr|of|pills|tablets|bags?|grams?|g|mg|ml|mil|points?|lines?|quid|pound|pence|p|am|pm|odd|ish|x|times|cans|pints|more|or)\b)|^\s*(with|but|all (\d+|of|my|me|his|her|the)|the whole|every (last|single)|\d+ (odd|ish|or so|of|pills|tablets|pregabs|blues|vallies)|(i )?(told|tell|said|answered|replied)( (her|him|them|em))?( (straight|flat|firmly|honestly))? (no|nope|nah)|(no|nope|nah|never)\b|(the )?answer('s|’s|s| is| was)? (no|nope|nah)|(that|it)('s|’s| was| is| s| were) (a lie|not true|a porky|bollocks)|(the )?truth is|in truth|(but )?i (lied|was lying)|(it )?(was|is)(nt| not) true|not true|(i )?(didn't|didnt|did not) tell (her|him|them|em) the truth)\b/;

/**
 * "If he finds out" after a full stop or "…" finishes the sentence before it (round 78: "My dad is going to kill me. If he
 * finds out I spent the gas money on a new game, that is"), so the Decisions' "if they find out" idiom is read as one.
 */
const ifFindsOut = /^\s*(and |but )?if (he|she|they|we|mum|mam|ma|dad|nan|gran|my \w+|our \w+|me \w+)( ever| evr)? (finds|find|found|fnds)\b/;

/**
 * An age now, after a full stop, dates the sentence before it (round 80, the Decisions' own example: "I used to self harm
 * as a teenager. I'm 52 now and it's not been an issue for decades"; the families' "Hx of self-harm aged 14-16. SU now 39").
 */
const ageNow =
  /^\s*(and |but )?((i am|i['’]?m|he is|he['’]?s|she is|she['’]?s|they are|they['’]?re|su|client|pt|patient|resident|service user)( is)? )?((now|aged?) \d{2}\b|\d{2} (now|nowadays|years old|yrs old|year old|yr old|yo)\b)/;

/**
 * "Turns out …" after a full stop explains the sentence before it (round 80: "thought my mate had collapsed in the garden.
 * turns out hed just nodded off"), so a fright taken back reads as it does in one sentence; a crisis in the explanation
 * still counts ("thought he was asleep. turns out he'd stopped breathing"). So do a reason given ("Flatmate said she'd
 * kill me. Because I finished the milk"), what was found on arrival, "he'd just …" after a fright, and "not by accident"
 * after a burn (round 88's turns).
 */
const explainsBefore =
  /^\s*(and |but |lol |haha )?(turns out|turned out|it (was|were) (just|only)|(because|cos|coz|cause|cuz) i|on (attendance|arrival|checking|the call|the phone)|(he|she|they)( had| would| was| were|['’]d)? just|(well,? )?(it )?(not|wasn['’]?t|was not) (by|an|a) accident)\b/;

/** How a piece after a full stop can start when it finishes the sentence before it. */
const continuationStarts = [continuesThought, ifFindsOut, ageNow, explainsBefore];

/**
 * A question whether anyone saw a programme: the piece after it is what they saw (round 88's families: "Did anyone watch
 * Holby? Woman overdosed in the toilets").
 */
const askedAboutProgramme = /^\s*(did|has|have) (anyone|any1|anybody|you|u|yous|ye)( else)? (see|seen|watch|watched|catch|caught)\b/;

function joinWithFragments(pieces: string[]): string[] {
  const joined: string[] = [];
  let previous = '';
  for (const piece of pieces) {
    const continues = continuationStarts.some((start) => start.test(piece)) || askedAboutProgramme.test(previous);
    if (joined.length > 0 && continues) joined[joined.length - 1] += `, ${piece}`;
    else joined.push(piece);
    previous = piece;
  }
  return joined;
}

/** "my 4yo", "her 2yr old" (round 19): the age as a number and a word, as the child slot spells it. */
const ageSuffix = /\b(\d{1,2})(yo|yr|yrs|yro)\b/g;

export function crisisSentences(raw: string, corrector: TypoCorrector): CrisisSentence[] {
  // words run together are split first, so that the voice slips below meet them ("dunwithlife": "dun with life")
  const lowered = unLeet(spellOutOverdose(joinQuotedHalves(raw.normalize('NFKC'))).toLowerCase());
  const spaced = lowered.replace(/[a-z]{9,}/g, (run) => corrector.splitRunTogether(run)?.join(' ') ?? run);
  const prepared = spellOutContractions(fixVoiceSlips(spellOutHours(spaced))).replace(
    // text-speak "want 2 die", "goin 2 end it", "cnt tk it 2 much": a 2 between words that is "to" (not "took 2 pills")
    /\b(want|wanna|wnt|going|goin|gonna|need|needs|have|hav|got|ready|able|like|tryin|trying) 2 (?=[a-z])/g,
    '$1 to ',
  ).replace(
    // "wnt it 2 end", "too scared 2 die": a 2 before a verb of ending or living is "to"
    /\b2 (?=(end|die|go|be|do|live|stop|kill|take|wake|sleep|carry|cope|keep|hurt|harm|cut|top|jump|hang|face|exist|breathe)\b)/g,
    'to ',
  );
  const sentences: CrisisSentence[] = [];
  for (const sentenceText of joinWithFragments(prepared.split(/[.!?;\n]+|\s[-–—]+\s/))) {
    const sentence: CrisisSentence = { tokens: [], stems: [], parts: [] };
    let part = 0;
    const joined = normalise(sentenceText)
      .replace(/\b(my|him|her|them|your|me) (self|selves)\b/g, '$1$2')
      // "tbh" comes back from normalise as "to be honest", which read as travel after "takes me" (round 30: "wish the next
      // bag was the one that takes me tbh")
      .replace(/\bto be honest\b/g, 'honestly');
    for (const chunk of joined.split(/[,:()]+/)) {
      part++;
      for (const word of words(chunk)) {
        const lower = word.toLowerCase();
        if (boundaryWords.has(lower)) part++;
        // Own keys only: a person can type "constructor" or "__proto__".
        const short = Object.hasOwn(shorthand, lower) ? shorthand[lower] : undefined;
        for (const token of short ?? scotsNegative(lower) ?? [corrector.correct(lower)]) {
          sentence.tokens.push(token);
          sentence.stems.push(stem(token));
          sentence.parts.push(part);
        }
      }
    }
    sentence.tokens.forEach((token, i) => {
      // "hell kill me", "shell batter him": "he will" / "she will" before a verb of harm
      if ((token === 'hell' || token === 'shell') && harmVerbs.has(sentence.tokens[i + 1] ?? '')) {
        sentence.tokens.splice(i, 1, token === 'hell' ? 'he' : 'she', 'will');
        sentence.stems.splice(i, 1, token === 'hell' ? 'he' : 'she', 'will');
        sentence.parts.splice(i, 0, sentence.parts[i] ?? 0);
      }
      if (isScotsNo(sentence.tokens, i)) {
        sentence.tokens[i] = 'not';
        sentence.stems[i] = 'not';
      }
      // "me dad's gonna…" loses its apostrophe ("dads"): the person is still after "me"
      const next = sentence.tokens[i + 1] ?? '';
      if (token === 'me' && (personAfterMe.has(next) || personAfterMe.has(next.replace(/s$/, '')))) {
        sentence.tokens[i] = 'my';
        sentence.stems[i] = 'my';
      }
    });
    if (sentence.tokens.length > 0) sentences.push(sentence);
  }
  return sentences;
}
