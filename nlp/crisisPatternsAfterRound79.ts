import type { BuiltInPattern } from './crisisBuiltIn';

/**
 * Crisis patterns and everyday phrases for the families found by rounds 79 and 80 (test/nlp/crisis/README.md, "Fixed
 * after rounds 79 and 80"): round 80 was written with a turn, a later sentence changing what the first meant.
 * nlp/crisisBuiltIn.ts puts the patterns after their kind's own patterns and the rounds before; nlp/crisisBuiltInWords.ts
 * adds the everyday phrases.
 */

/** Suicide patterns from rounds 79 and 80. */
export const suicidePatternsAfterRound79: BuiltInPattern[] = [
  {
    // Something of theirs passed on for when they are gone (round 80's families: an outreach note, "asked staff to pass
    // his guitar on to his brother 'when I'm not around'"). A trip is not "not around": "give the dog to my mum while I'm
    // in rehab" names no after.
    id: 'passed-on-for-after',
    kind: 'suicide',
    now: false,
    phrases: [
      'pass/passing/passed/give/giving/leave/leaving/hand/handing ... my/me/his/her/their ... guitar/xbox/playstation/ps5/ps4/watch/ring/rings/bike/dog/cat/stuff/things/belongings/possessions/jewellery/phone/tools/records/games ... ... ... when/after/once ... {me}/i/im/he/hes/she/shes ... am/is/m/s? ... not/no-longer/gone/dead ... around/about/here/alive',
    ],
  },
];

/**
 * Everyday phrases from rounds 79 and 80: a message quoted in two halves whose second half is harmless (crisisText.ts
 * reads the halves as one: "im gonna end it all" then "...with this family size pizza"), and a threat over something
 * trivial ("ill kill you if you miss my parents evening again").
 */
export const nearMissesAfterRound79: string[] = [
  // round 80: "im gonna end it all … with this family size pizza"; the families' "i cant go on … without a brew", "this is
  // goodbye … to my old sofa"
  'end/ending/finish/finishing it/it-all/things/everything ... with ... ... pizza/pizzas/kebab/curry/takeaway/chippy/chips/brew/pint/pints/cuppa/cake/chocolate/biscuits/crisps/ice-cream/bath/film/movie/box-set/boxset/netflix',
  'can-not/cannot/could-not go-on/carry-on/cope/function/survive/live/last ... without ... a/my/me/the/some? brew/coffee/tea/cuppa/fag/fags/smoke/caffeine/chocolate/biscuit/biscuits/kettle/sugar',
  // (the families' "'this is goodbye' then 'to my overdraft, payday tomorrow'")
  'goodbye/bye/farewell to my/me/the/our? overdraft/overdrafts/debt/debts/smoking/fags/booze/the-drink/my-ex/ex/landlord/boss/old-job',
  'goodbye/bye/farewell ... to ... my/me/the/our/this/that ... old ... sofa/couch/settee/car/phone/flat/house/bed/mattress/telly/tv/boots/trainers/coat/fridge/van/bike/laptop/kettle/hair/haircut/job/landlord',
  // round 80: "my daughter said 'ill kill you if you miss my parents evening again'"; the families' "he'll murder me if I
  // wear them jeans to his school again", "he'll kill me if i eat the last of his cereal again" (not "if I ask for it
  // back", "if I tell anyone" or "if I miss a payment": those are threats)
  'kill/murder/strangle/throttle/skin/batter/swing-for me/you/ya/us ... if/when ... {me}/i/you/u/ya/we ... =wear/=wearing/=eat/=eating/=sing/=singing/=dance/=dancing/=embarrass/=embarrassing/=spoil/=spoiling/=spoiled/=spoilt/=spoils/=finish/=touch/=touching/=borrow/=nick/=pinch',
  // the families: "his arm had gone numb, turns out hed slept on it funny"
  'arm/arms/leg/legs/hand/hands/foot/feet ... numb/dead/tingling/tingly ... ... ... ... slept/sleeping/lay/lying/laid/leant/leaning/sat/sitting on it/them/my/his/her',
  'kill/murder/strangle/throttle/skin me/you/ya/us ... if/when ... {me}/i/you/u/ya/we ... miss/missing/forget/forgetting/late ... ... the/my/his/her/our/your? parents-evening/parents/birthday/match/recital/concert/play/wedding/party/tea/dinner/assembly/sports-day/graduation/80th/70th/60th/50th/40th/30th/21st/18th',
];
