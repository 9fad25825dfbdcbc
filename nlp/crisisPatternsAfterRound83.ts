import type { BuiltInPattern } from './crisisBuiltIn';

/**
 * Crisis patterns and everyday phrases for the families found by rounds 83 and 84 (test/nlp/crisis/README.md, "Fixed
 * after rounds 83 and 84"): round 84 was written from older people who use drugs and the people around them.
 * nlp/crisisBuiltIn.ts puts the patterns after their kind's own patterns and the rounds before; nlp/crisisBuiltInWords.ts
 * adds the everyday phrases.
 */

// people close by who may hurt an older person or a child
const carers = 'son/grandson/nephew/daughter/granddaughter/niece/carer/lodger/boyfriend/fella/partner/husband/wife/he/she/they/lad/our-kid';

/** Medical patterns from rounds 83 and 84. */
export const medicalPatternsAfterRound83: BuiltInPattern[] = [
  {
    // Dialysis or insulin missed, and the body failing after it (round 84: "Grandad's missed dialysis twice, now he's
    // breathless, his ankles are like balloons and his heart's all over the place"; the families' "skipped his dialysis
    // cos he was out scoring, now hes gasping for air", "missing her insulin for days … breathing really fast and deep,
    // being sick and talking nonsense"). Breathing and one more sign are needed: a missed session alone is not.
    id: 'missed-treatment-signs',
    kind: 'medical',
    now: true,
    signsNeeded: 3,
    signs: [
      [
        'missed/missing/skipped/skipping/skips/misses/not-had/not-been-to/no ... his/her/my/their/two/2/a/the? ... dialysis/haemodialysis/hemodialysis/insulin',
        'has-not/hasnt/have-not/havent/not ... had/been-to/done/taken ... his/her/my/their? dialysis/haemodialysis/hemodialysis/insulin',
      ],
      [
        'breathless/breathlessness/gasping/wheezy/wheezing/puffed-out', 'can-not/cannot/could-not ... catch/get ... his/her/my/their? breath',
        'breathing ... fast/deep/funny/weird/heavy/hard/really-fast', 'short/out of breath', 'struggling ... to? ... breathe',
      ],
      [
        'heart/hearts ... all-over-the-place/irregular/banging/racing/fluttering/pounding/jumping/skipping/funny', 'palpitations/palps',
        'ankles/legs/feet/face ... like-balloons/swollen/massive/puffed-up/huge/swelling', 'puffed/swollen up/everywhere', 'oedema/edema',
        'sick/vomiting/throwing-up/spewing', 'confused/talking-nonsense/not-making-sense/drowsy/muddled',
      ],
    ],
  },
];

/** Suicide patterns from rounds 83 and 84. */
export const suicidePatternsAfterRound83: BuiltInPattern[] = [
  {
    // Medicines stopped so as to die (round 84: "Since Jean passed I can't see the point, I've been thinking I'll just stop
    // my heart tablets and let it happen"; the families' "gonna stop her meds so she can go an be with him", "stopped his
    // epilepsy meds on purpose so it finishes him"). Tablets stopped for their side effects give no reason to die.
    id: 'stop-meds-to-die',
    kind: 'suicide',
    now: false,
    signs: [
      [
        // (the second families: "binned my blood thinners on purpose", "not bother with my inhalers")
        'binned/binning/bin/chucked/flushed/dumped/not-bother-with/not-bothering-with ... my/his/her/their ... blood-thinners/thinners/warfarin/tablets/meds/inhalers/inhaler/insulin/medication/heart-meds',
        'stop/stopping/stopped/quit/quitting/come-off/coming-off/not-take/not-taking/stop-taking ... heart/blood-pressure/epilepsy/insulin/diabetes/kidney/prescribed/seizure/my/his/her/their? ... tablets/meds/medication/medicine/pills/insulin/script',
        // (the families' "keeps her script back … saving it for the date grandad went so she can go the same day")
        'saving/saved/keeping/keeps/kept ... it/them/script/methadone/pills/meds/tablets ... for ... the? date/day/anniversary/birthday',
      ],
      [
        'let ... it ... happen', 'be with ... him/her/them/dad/mum/grandad/nan', 'finish/finishes/finished ... him/her/me/it/them', 'on purpose', 'deliberately',
        'no longer wants/want ... to ... be ... alive/here', 'can-not/cant/cannot ... see ... the point', 'nothing left', 'so ... ... can ... go',
        'die/dying/end-it/end-things/not-be-here/not-wake-up', 'let ... it/the-asthma/the-diabetes/my-heart ... take/finish/kill ... me/him/her', 'ready to go', 'no point',
        'clot/stroke/heart-attack ... does/do ... the job',
      ],
    ],
  },
];

/** Harm patterns from rounds 83 and 84. */
export const harmPatternsAfterRound83: BuiltInPattern[] = [
  {
    // A child with marks who says who did it (round 83: "child has fingertip bruises on both arms and said daddy did it";
    // the families' "belt-shaped marks on his back, stated mum's boyfriend done it", "burns on her hands, child says mummy
    // held them on the cooker"). All three are needed.
    id: 'child-injury-disclosed',
    kind: 'harm',
    now: false,
    signsNeeded: 3,
    signs: [
      ['{child}', '#-yr-old/#-year-old/#yo/toddler/son/daughter/child/kid', 'son/daughter/child/boy/girl #', '# yo/yr/yrs/year'],
      ['bruises/bruising/bruised/marks/welts/burns/burn/burnt/cuts/scratches/black-eye/grip-marks/fingertip ... on/to/all-over/round ... his/her/their/both ... arms/arm/back/hands/hand/face/legs/neck/bottom/body/chest/palms/palm/feet/ears'],
      ['said/says/stated/told/tells/saying/reported/disclosed ... daddy/mummy/dad/mum/mam/da/stepdad/stepmum/boyfriend/girlfriend/uncle/nan/grandad/he/she ... did/done/does/held/hit/hits/burned/burnt/made/put/grabbed'],
    ],
  },
  {
    // Pushed, grabbed or hurt for money for drugs (round 84: "My son shoved me over in the kitchen last night when I wouldn't
    // give him money for gear"; the families' "twisted my arm behind my back earlier till i handed over my pension for his
    // gear").
    id: 'hurt-for-money',
    kind: 'harm',
    now: false,
    signs: [
      [
        `${carers} ... shoved/pushed/twisted/grabbed/dragged/threw/punched/kicked/slapped/hit/hurt/strangled/choked/pinned/headbutted ... me/my/her/him ... over/down/arm/wrist/neck/into/against/to?`,
      ],
      [
        'would-not/wouldnt/did-not/didnt/refused/wont/will-not ... give/hand/lend ... him/her/them ... money/cash/pension/card/benefits/any',
        'till/until/when/so ... {me}/i/she/he ... handed/hand/gave/give ... over? ... my/her/his/the ... money/pension/cash/card/purse/benefits',
        'money/pension/cash/card/purse ... for ... his/her/their? gear/drugs/crack/heroin/smack/drink/booze/weed/coke/spice',
        'would-not/wouldnt/did-not/didnt/refused/wont/will-not ... give/hand ... over ... my/her/his ... money/purse/pension/card/cash', 'said no ... to ... giving/lending ... him/her/them',
      ],
    ],
  },
  {
    // Someone in the home suspected of hitting an older person (round 84: "Home carer here, I think the nephew is hitting
    // Mrs B, fresh bruises on both arms today").
    id: 'relative-hitting-suspected',
    kind: 'harm',
    now: true,
    phrases: [
      'think/reckon/suspect/suspected/worried/concerned ... the/her/his/their ... nephew/son/grandson/carer/daughter/granddaughter/niece/partner/husband/wife/lodger ... is/s/has-been/been ... hitting/hurting/beating/slapping/pushing/abusing/battering ... her/him/them/mrs/mr/nan/grandad',
    ],
  },
  {
    // Sex demanded in place of a debt (round 84: "the dealer I owe says if I can't pay he wants me in the bedroom
    // instead").
    id: 'sex-for-debt',
    kind: 'harm',
    now: true,
    signs: [
      ['owe/owes/owed/owing/debt/debts', 'can-not/cant/cannot/could-not ... pay', 'pay ... it/the-money ... back'],
      [
        'wants/want/wanted/says/said/expects ... me/her/him ... in ... the/his ... bedroom/bed', 'pay ... in ... kind', 'sleep/sleeping ... with ... him/them/her ... instead/or/if',
        'sex/sexual/favours ... instead/or/to-pay/for-the', 'send/sending ... them/him/her? ... nude/nudes/naked/pics/pictures/photos ... to ... clear/pay/wipe', 'do/doing ... stuff/things/favours ... for ... him/them ... instead',
      ],
    ],
  },
  {
    // Someone from the past back now at the door, with a threat (round 84: "A bloke from the old days has found out where
    // I live, he's been outside three nights saying I'll pay for what I said in court in 1998"; the families' "sat in a
    // car outside my flat every night this week, says I've got it coming"). The year is the old wrong, not the threat.
    id: 'old-enemy-back-now',
    kind: 'harm',
    now: false,
    signs: [
      [
        'found/finds/tracked ... out? ... where ... {me}/i/he/she/we ... live/lives/stay/stays', 'knows/know ... where ... {me}/i/he/she/we ... work/works/live/lives',
        'found/finds ... me/him/her/us ... on ... facebook/fb/insta/instagram/socials/tiktok', 'tracked ... me/him/her/us ... down',
        'outside ... my/his/her/our/the ... flat/house/door/work/window ... ... every/three/two/all/each ... night/nights/day/days',
        'been/keeps/keep/sat/sitting/waiting/parked ... outside ... my/his/her/our/the ... flat/house/door/work', 'turned/turns/turning up ... at ... my/his/her/our ... door/flat/house/work',
        'keeps/keep ... knocking/banging/ringing/coming-round', 'knocking/banging ... on? ... at ... 1/2/3/4/one/two/three/four/# ... am/in-the-morning',
      ],
      [
        'pay ... for ... what', 'got/get/getting ... it/what/whats ... coming', 'do ... me/him/her/us ... in', 'make ... me/him/her/us ... suffer/pay',
        'sort/get/have ... me/him/her/us ... for ... what ... {me}/i/he/she ... done/did/said', 'regret ... what ... {me}/i/he/she/you ... did/done/said',
      ],
    ],
  },
];

/**
 * Everyday phrases from rounds 83 and 84: a fall on an ankle ("went over on my bad ankle" is no overdose), bills
 * "killing me", a bump on the head with no signs.
 */
export const nearMissesAfterRound83: string[] = [
  // round 84: "went over on my bad ankle and smacked my head on the radiator" (a fall: "smacked" is no drug)
  'went/gone/going/go/goes over on ... my/me/his/her/their/the? ... ankle/ankles/foot/feet/knee/knees/leg/heel/wrist/kerb/step/ice',
  // round 84's families: "where can I get advice on paying off debts, the council tax is killing me"
  'tax/council-tax/bills/bill/rent/debts/debt/mortgage/interest/overdraft/prices/gas-bill/electric/electric-bill/heating ... is/are/s ... killing ... me/us',
  // the families: "banged my head on the cupboard door this morning, bit of a bump but I'm fine, no sickness or blurry
  // vision"
  'no/not/without/nae any? sickness/sick/vomiting/blurry/blurred/double/dizziness/headache ... or/and/nor ... blurry/blurred/double/sickness/vomiting/vision/dizziness/headache',
];
