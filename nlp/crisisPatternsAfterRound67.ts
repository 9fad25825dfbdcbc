import type { BuiltInPattern } from './crisisBuiltIn';

/**
 * Crisis patterns and everyday phrases for the families found by rounds 67 and 68 (test/nlp/crisis/README.md, "Fixed
 * after rounds 67 and 68"): round 68 was typed fast on a cheap phone. nlp/crisisBuiltIn.ts puts the patterns after
 * their kind's own patterns and the rounds before; nlp/crisisBuiltInWords.ts adds the everyday phrases.
 */

// where someone is shut in ("in their room", "in the cupboard under the stairs", "strapped in the pram")
const shutInPlace = 'room/rooms/bedroom/bedrooms/cupboard/pram/buggy/cot/car/bathroom/box-room/shed/stairs';

/** Overdose patterns from rounds 67 and 68. */
export const overdosePatternsAfterRound67: BuiltInPattern[] = [
  {
    // An overdose said by the person themselves, with the body going now (round 68: "ov3rdosd on gear … cnt keep my eys
    // open n cnt feel my face"; the families' "took way 2 much, cnt feel my hands n my eyes keep shuttin"). A dream of
    // overdosing, or one two years ago, is not.
    id: 'overdosed-and-fading',
    kind: 'overdose',
    now: true,
    signs: [
      [
        'overdosed/overdosing/over-dosed/od/ods/oded/odd/odeed',
        // (not "done too much today": tired, not taken)
        'took/taken/necked/used/swallowed/injected/smoked ... way/far? too/to/2 much/many',
        // round 68's second families: "SU states has taken more than usual of street methadone"
        'took/taken/necked/used/swallowed/injected/smoked ... more ... than ... usual/normal/normally/he-usually/she-usually/i-usually',
      ],
      [
        'can-not/cant/could-not/hardly/barely/unable ... keep ... my/his/her/me/their? ... eyes/eys/eye ... open', 'eyes/eys ... keep/keeps/are/going ... shutting/shuttin/closing/closin/rolling',
        'can-not/cant/could-not ... feel ... my/his/her/me ... face/hands/hand/legs/arms/body/lips/feet/fingers',
        'everything/evrything/evrythin/everythings/room/ceiling/head ... is/s? spinning/spinnin/going-round/goin-round/going-dark/going-black/goin-dark/goin-black',
        'lips/face ... numb/tingling/blue/going-blue',
      ],
    ],
  },
];

/** Medical patterns from rounds 67 and 68. */
export const medicalPatternsAfterRound67: BuiltInPattern[] = [
  {
    // Sepsis from an injecting wound (round 67: "client has abscess on groin, fever, confused and heart rate very fast,
    // query sepsis"; the families' "pus filled lump … hot and cold, breathing really fast, skin gone blotchy"). All three
    // signs: a wound healing with "no fever, alert" is not, and a racing heart alone is another pattern's. It explains the
    // overdose signs' "clammy" and "muddled" (crisisBuiltIn.ts, explainedByMedical).
    id: 'sepsis-signs',
    kind: 'medical',
    now: true,
    signsNeeded: 3,
    signs: [
      [
        'abscess/abscesses/abcess/absess/abces/pus/pus-filled/cellulitis/infected/infection/gangrene/weeping/oozing',
        'injecting/injection/inject/injects/injected/using/groin ... site/sites/wound/wounds/hole/holes/spot/spots', 'track marks',
      ],
      [
        'fever/feverish/temp/temperature/rigors/shivering/shiverin/shivers/burning-up/boiling', 'hot and/n/an cold',
      ],
      [
        'confused/confusion/muddled/disorientated/disoriented/delirious/talking-nonsense/talking-rubbish/not-making-sense/away-with-it',
        'can-not/cant ... think straight',
        'heart/pulse/hr/heart-rate ... racing/pounding/going-like/very-fast/really-fast/so-fast/fast/going-mad',
        'breathing ... really/very/so/dead? fast/quick/quickly/rapid', 'blotchy/mottled',
        'sepsis/septic/septicaemia/blood-poisoning',
      ],
    ],
  },
];

/** Harm patterns from rounds 67 and 68. */
export const harmPatternsAfterRound67: BuiltInPattern[] = [
  {
    // Fled an abuser who says he will kill them when he finds them (round 68: "hel kill me wen he finds me ive run off wiv
    // the kids"; the families' "fled DV partner overnight with 2 children … he will murder her when he finds her").
    // "my keyworker will kill me when she finds out" has no fleeing.
    id: 'fled-and-hunted',
    kind: 'harm',
    now: true,
    signs: [
      [
        'left/fled/fleeing/escaped/ran/run/running/legged/got-away ... from/away-from? ... him/her/them/my/his/the/partner/boyfriend/fella/husband/wife/girlfriend/ex/abuser',
        'ran/run/fled/legged/gone/went/left/took/taken/got ... off? with ... the/my/our/her/his/2/two/3/three/both? kids/children/baby/bairns/little-ones/kid/weans',
        'hiding/hidin/hidden/hide/staying/stopping ... from ... him/her/them/my/his/partner/boyfriend/fella/husband/ex',
        'in/at/to ... a/the? refuge/safe-house/womens-refuge',
      ],
      [
        'kill/murder/end/batter/stab/hurt/do-in/finish ... me/her/him/us ... when/once/if ... he/she/they ... finds/find/catches/catch/tracks/track/gets !out/about',
        'if/when/once ... he/she/they ... finds/find/tracks/track/catches/catch ... ... ... gonna/going-to/will/ll/goin-to ... kill/murder/batter/end/hurt/do-in ... me/her/us',
        'dead/finished ... when/once/if ... he/she/they ... finds/find/catches/catch/gets !out/about',
      ],
    ],
  },
  {
    // A threat to cut or burn, said or sent (round 68: "my ex sed hed slit my throat if i dont pay him by fri"; the
    // families' "said hed put a blade through me", "keeps texting saying hell cut her face"). "cut her face on the glass"
    // has no threat said.
    id: 'threat-to-cut',
    kind: 'harm',
    now: true,
    phrases: [
      // someone else's threat ("i want to slit my throat" is the suicide patterns')
      'hed/hell/shed/theyd/theyll/he/she/they/{other} ... ... gonna/going-to/will/ll/would/d/to ... slit/slash/stripe/chiv ... my/me/her/his/your/ur/our/their ... throat/face/neck',
      'says/said/sed/saying/sayin/told/texting/texted/messaging/messaged/threatened/threatening/threatens ... ... ... gonna/going-to/will/ll/d/would/hed/hell/shed/theyd/theyll/to ... cut/slice/stab/shank/burn ... my/me/her/his/your/ur/our/their ... face/throat/neck/eye/eyes',
      // "hed slit my throat" (the modal inside "hed"); no "cut" here: "hed cut his face shaving"
      'hed/hell/shed/theyd/theyll slit/slash/stripe/chiv ... my/me/her/your/ur/our ... throat/face/neck',
      'put/stick/shove ... a/his/the? blade/knife/shank/chiv/bullet ... in/through/thru/into ... me/her/him/you/us',
      'put/stick/shove ... a/his/the? blade/knife/shank/chiv/bullet ... through/thru/into ... my/his/her/your ... chest/neck/back/face/belly/stomach/head/leg',
      'burn/torch ... the/my/our/her/his/your? house/flat/place/home/door ... down? ... with ... me/us/her/him/them/you/the-kids ... in/inside',
    ],
  },
  {
    // A death threat said or sent without a weapon (round 67's second families: "left a voicemail today saying he knows
    // which room she is in and she won't see the weekend", "keeps textin me that ive got it comin").
    id: 'death-threat-said',
    kind: 'harm',
    now: true,
    phrases: [
      // (sent or threatened, not just said: "my mate said we wont see the weekend without rain")
      'told/texting/textin/texted/messaging/messaged/voicemail/threatened/threatening ... ... {me}/you/ya/u/she/he ... will-not/wont/not-gonna/never ... see/make/live-to-see/last ... the/till/until/to? weekend/christmas/tomorrow/morning/next-week/friday/saturday/sunday/monday/new-year/birthday !without/at/off/cos/because/as',
      'told/texting/textin/texted/messaging/messaged/voicemail/threatened/threatening ... ... {me}/i/ive/she/shes/he/hes/you/youve/ur/u ... has/have/got/is/s? got? ... it ... coming/comin',
      'saying/says/said/sayin/told/telling/texting/textin/texted/messaging/messaged/voicemail ... ... {me}/im/youre/ur/shes/she-is/hes/he-is/you-are/i-am ... a dead woman/man/girl/lad/boy',
    ],
  },
  {
    // A child shut in while the carer uses (round 67: "mum's boyfriend locks the kids in their room for hours when he's on
    // it"; the families' "shuts my little brother in the cupboard under the stairs when hes off his face", "keeps the
    // baby strapped in the pram all day … when hes on the gear"). Kids who lock themselves in to play are not.
    id: 'child-shut-in-while-using',
    kind: 'harm',
    now: true,
    // "strapped in the pram" is an everyday phrase (a baby belted in) until the carer's using says otherwise
    readsThroughIdioms: true,
    signs: [
      [
        `locks/locked/lock/locking/shuts/shut/shutting/keeps/kept/keeping/leaves/left/straps/strapped ... the/my/her/his/our/their/both? ... kids/children/baby/bairns/{child}/little-brother/little-sister/brother/sister/toddler/#yo/twins/little-ones ... ... in/into/inside ... the/their/a/his/her/my/our? ... ${shutInPlace}`,
        // round 67's second families: "children (4 and 7) report being shut in bedroom without food", "the kids have been
        // locked out in the cold", "puts a bolt on our bedroom door n we cant get out till hes slept it off"
        `kids/children/{child}/little-ones/bairns ... ... being/been/are/were/is/was/get/gets/getting ... locked/shut/kept/left ... in/into/inside ... the/their/a/his/her? ... ${shutInPlace}`,
        'locked/shut/put/left/kept ... the/their/my/her/his? ... kids/children/{child}/little-ones/bairns ... out/outside', 'kids/children/{child}/little-ones/bairns ... ... been/being/are/were/is/was/get/gets ... locked/shut/left/put ... out/outside',
        'bolt/bolts/lock/locks/padlock/padlocks ... on ... the/our/my/their/his/her/kids? ... bedroom/room ... door',
      ],
      [
        'when/while/whilst/whenever ... he/she/they/im/i/hes/shes/theyre/mum/dad ... is/s/am/are? ... on ... it/the-gear/gear/crack/drugs/a-binge/one/the-pipe/the-drink',
        'off ... his/her/their/my ... face/head/nut/tits/box', 'on a binge', 'under the influence', 'slept/sleeps/sleep/sleeping ... it off', 'sobered/sobers up', 'when/while/whilst ... using/smoking/scoring/high/wasted/mashed/smashed/injecting',
      ],
    ],
  },
  {
    // A photo of someone's home, car or child's school sent with a threat (round 67: "my ex keeps turning up at the door
    // and sent me a pic of my house saying im dead"; the families' "snap of my car wiv 'ur next'"). A pic of the old house
    // up for sale is not.
    id: 'photo-of-home-with-threat',
    kind: 'harm',
    now: true,
    signs: [
      [
        'sent/sends/sending/send/texted/messaged/posted/showed/put/puts/putting/uploaded/shared ... me/her/him/us/them? ... a? photo/photos/pic/pics/picture/pictures/video/snap/snaps ... of ... my/me/her/his/our/their/the ... house/flat/home/door/front-door/car/kids/school/street/window/place',
      ],
      [
        'saying/says/said/sayin/with/wiv ... ... {me}/im/i-am/youre/you-are/ur/shes/she-is/hes/he-is ... a? dead/finished/next',
        'knows/know/knew/found-out/worked-out ... where', 'burn ... it/the-house/the-flat ... down',
        'keeps/keep/kept ... turning-up/showing-up/showin-up/hanging-round/banging/coming-round/sat-outside/parking',
        'sat/sitting/parked/waiting ... outside ... my/her/his/our/the ... flat/house/door/work/school',
      ],
    ],
  },
];

/**
 * Everyday phrases from rounds 67 and 68: a dose or a medicine that someone's body is "not responding" to, a phone or
 * a laptop not responding, and violence in a game or on the telly.
 */
export const nearMissesAfterRound67: string[] = [
  // round 67: "drugs worker rang, said I'm not responding to this dose so they're upping it"
  'not/never/stopped ... responding/respondin/reacting/reactin ... to ... the/this/my/his/her/that/their/a? ... methadone/meth/script/bupe/buprenorphine/subutex/medication/meds/treatment/antibiotics/tablets/antidepressants/20ml/30ml/40ml/50ml/60ml/70ml/80ml/90ml/100ml/120ml/mls',
  'has-not/hasnt/have-not/havent/did-not/didnt/not ... responded ... to ... the/this/my/his/her/that/their/a? ... methadone/script/medication/meds/treatment/antibiotics/tablets/antidepressants',
  // (not "not responding to the second dose of naloxone": an overdose)
  'not/never/stopped ... responding/respondin/reacting/reactin/responded ... to ... the/this/my/his/her/that/their/a? ... dose/doses !of',
  // round 68: "her phone aint respondin think its a ded battery"; the families' "mobile unresponsive, likely no credit"
  // (no gap after the phone: "rang his phone, he's not responding" is him)
  'phone/phones/mobile/laptop/app/screen/computer/pc/tablet/ipad/telly/tv/console/xbox/ps5/kindle/website/site/whatsapp/whatsapps/messenger/snapchat/email/texts is/s/am/are/was/keeps/has/has-been/just? not/never/stopped responding/respondin/reacting/working',
  'phone/phones/mobile/laptop/app/screen/computer/pc/tablet/ipad/telly/tv/console/xbox/ps5 unresponsive',
  // round 67: "my son's video game is all stabbing and shooting, is that normal at 12?"
  // (exact forms: "watching tv and he's just been stabbed" is a stabbing)
  'game/games/video-game/film/films/movie/movies/series/show/shows/programme/programmes/telly/tv/drama/fortnite/gta/cod/netflix ... ... is/are/s/was all/full-of/just/loads-of/nothing-but/mostly ... ... =stabbing/=stabbings/=shooting/=shootings/=killing/=killings/knife-crime/=knives/=guns/=violence/=gore',
];
