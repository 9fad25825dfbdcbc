import type { BuiltInPattern } from './crisisBuiltIn';

/**
 * Crisis patterns and everyday phrases for the families found by rounds 93 and 94 (test/nlp/crisis/README.md, "Fixed
 * after rounds 93 and 94"): round 94 was written as turns, like rounds 88, 90 and 92. nlp/crisisBuiltIn.ts puts the
 * patterns after their kind's own patterns and the rounds before; nlp/crisisBuiltInWords.ts adds the everyday phrases.
 */

/** Medical patterns from rounds 93 and 94. */
export const medicalPatternsAfterRound93: BuiltInPattern[] = [
  {
    // A racing heart after a stimulant and a fear of dying (round 93, caught only by the reader on 2ecceec: "heart going
    // 180 on my watch after the mandy and I honestly think I'm about to die"; its families' "fitbit says 190 after the
    // crystal"). All three: a fast heart after coke alone is stimulant-heart-fear's, and a fear of dying alone is not this.
    id: 'racing-heart-after-stimulant',
    kind: 'medical',
    now: true,
    signsNeeded: 3,
    signs: [
      ['heart/pulse/heartrate/heart-rate/bpm/fitbit/watch ... going/at/says/is/racing/mental/pounding/banging/hammering/through-the-roof/180/190/200/170/160', 'chest ... gonna/going-to/about-to/will ... burst/explode'],
      ['after/on ... the/them/some? mandy/mdma/pills/crystal/coke/crack/speed/mcat/meow/ket/molly/ecstasy/pingers/bombs/whizz'],
      ['think/thinks/feel/feels/scared/terrified/crying/convinced/genuinely ... about-to/gonna/going-to/will ... die/drop-dead/burst/have-a-heart-attack'],
    ],
  },
  {
    // A fit known from the past, now happening to someone else (round 94, missed on 2ecceec: "I had a seizure years ago so I
    // know what they look like. This one is happening to my brother right now and it won't stop"). Not a now-pattern: the
    // seizure word sits in the dated sentence; the later one says it is now.
    id: 'this-one-happening-now',
    kind: 'medical',
    now: false,
    signs: [
      ['seizure/seizures/fit/fits/fitting/convulsion/convulsions/convulsing'],
      [
        'this/that one is/s ... happening/going-on ... to? ... now/right-now/tonight',
        'happening ... to ... my/his/her/our ... {family}/brother/sister/mate/son/daughter ... right? now',
        'it/he/she ... will-not/wont/not/can-not ... stop ... shaking/fitting/jerking?',
      ],
    ],
  },
];

/** Suicide patterns from rounds 93 and 94. */
export const suicidePatternsAfterRound93: BuiltInPattern[] = [
  {
    // Said to be fine, then a plan (round 94, caught only by the reader on 2ecceec: "Told the nurse I was fine and ticked
    // all the boxes. I wasn't, I've been planning how I'd do it"; its families' "I'm not, I've already picked the bridge").
    id: 'said-fine-but-planning',
    kind: 'suicide',
    now: true,
    phrases: [
      'been/have/ve/already/am/m ... planning/planned/worked-out/decided/sorted ... how ... {me}/i/id ... would/will/d/ll/gonna/going-to ... do/end it',
      // (not a day or a date: "we've finally picked the date for the wedding")
      // (the person's own choice: not "theyve found where I sleep under the bridge")
      '{me}/i/ive ... already/have/ve ... picked/chosen/chose ... the/a/my ... bridge/spot/place/rope/tree/method',
    ],
  },
  {
    // A pet to be rehomed and a sorry, after an everyday question (round 94, missed on 2ecceec: "Also if my dog needs a new
    // home can someone sort it, tell my mum I'm sorry for everything"; its families' "if im not around whoever reads this
    // please look after Bella (my staffie) and tell my nan im sorry").
    id: 'pet-rehomed-and-sorry',
    kind: 'suicide',
    now: true,
    signs: [
      [
        'dog/dogs/cat/cats/staffie/pet/pets/puppy/kitten/rabbit ... needs/need ... a new home',
        'look/looking/looks after ... my/the/her/his ... dog/cat/staffie/pet/pets/puppy/kitten',
        'the/my/her/his cat/dog/pet/staffie ... is/s ... yours/mine/theirs ... to look after',
      ],
      [
        'sorry/apologise ... for/about everything',
        'tell ... my/our ... mum/mam/nan/dad/kids/sister/brother/gran ... {me}/i/she/he ... am/is/s/m ... sorry',
        'if ... {me}/i/she/he ... am/is/m/s ... not ... around/here', 'if anything happens/happened',
      ],
    ],
  },
  {
    // Belongings given away with no need for them where they are going (round 94, caught only by the reader on 2ecceec:
    // "Gave away all my stuff this week… Won't be needing any of it where I'm going"; its families' "won't need them after
    // this week", "this time next week I won't be here").
    id: 'gave-away-wont-need',
    kind: 'suicide',
    now: true,
    // (through the everyday "handing out" of leaflets: what is handed out here is their own; a move explains it away,
    // builtInReasonsGiven)
    readsThroughIdioms: true,
    signs: [
      [
        'gave/given/giving/gives/handing/handed/sold/selling ... away/out ... all? ... my/his/her/their ... belongings/stuff/things/clothes/telly/guitar/tools/phone/xbox/possessions',
        'giving/gave/given/handing/handed away/out belongings/possessions/stuff/things',
        'gave/given ... the/my/his/her ... dog/cat ... to',
        // the second families: "Handed my PlayStation and my trainers to my nephew today"
        'handed/handing/gave/given/giving ... my/his/her ... playstation/xbox/trainers/telly/tv/guitar/watch/tools/coat/phone/radio/clothes ... to',
      ],
      [
        'wont/will-not/not ... need/needing/be-needing ... ... where/after/soon/for-long', 'wont/will-not be needing',
        'wont/will-not/not ... be ... around/here ... to? ... after/by/next', 'look/looking after ... mum/mam/the-kids/the-dog/your-mum/nan ... when ... i/he/she ... am/is/s/m ... gone',
        'where ... {me}/i/he/she ... am/m/is/s ... going/headed/heading',
        'this time next week ... wont/will-not/not ... be here/around',
      ],
    ],
  },
];

/** Harm patterns from rounds 93 and 94. */
export const harmPatternsAfterRound93: BuiltInPattern[] = [
  {
    // Control and an injury (round 94, caught only by the reader on 2ecceec: "He takes her phone, locks her in, and last
    // week he broke her wrist"; its families' "partner controls finances and phone, prevents contact with family; bruising
    // to arms noted").
    id: 'controlled-and-injured',
    kind: 'harm',
    now: true,
    signs: [
      [
        'takes/took/controls/controlled/controlling/keeps/kept ... her/his/my/their ... phone/money/finances/bank-card/card/keys/benefits',
        'locks/locked/locking ... her/him/me/them ... in', 'prevents/stops/stopping/wont-let/will-not-let ... contact/her/him/me ... from? seeing/family',
      ],
      [
        'broke/broken/bust/fractured/cracked ... her/his/my/their ... wrist/arm/nose/jaw/ribs/finger/fingers/cheekbone',
        'bruising/bruises/bruised/black-eye', 'assault/assaulted/attacked ... ... days/week/weeks/ago/last/yesterday',
      ],
    ],
  },
];

/**
 * Everyday phrases from rounds 93 and 94: things not responding, a text not seen till tomorrow, laughing until breathless,
 * a baby's stillness ended by a kick, a question about what chest pain or an artery means, tablets taken on schedule.
 */
export const nearMissesAfterRound93: string[] = [
  // round 94: "Something's not responding. The app, keeps crashing"; its families' "laptop keeps saying program not
  // responding", "My phone's not responding again, screen's frozen, so if you text me I won't see it till tomorrow"
  // (the thing just before, not "using ur app now cos my mate's not responding")
  'program/programme/app/screen/laptop/computer/pc/site/website/page/browser/tablet/ipad/tv/telly/remote/printer/phone/phones/mouse/keyboard is/s/keeps/still/again? not responding',
  'keeps/kept saying/says program/programme/app/application not responding',
  'wont/will-not/not see/read/get ... it/them/your/texts/messages ... till/until tomorrow/later/the-morning/monday',
  // round 94: "I can't breathe 😂 the cat just fell in the bath"; its families' "ahaha stop i cant breathe 🤣 that meme"
  'haha/ahaha/hahaha/lol/lmao/lmfao/stop/omg/dead/crying ... can-not/could-not breathe',
  'can-not/could-not breathe ... ... the/that/this/your cat/dog/meme/video/vid/face/joke/tiktok/clip',
  // round 94's families: "thinkin the bump had gone still, then the baby started hiccuping n kicking"; "thought her baby had
  // stopped moving so we went up the maternity unit … heartbeat strong, all normal"
  'thought/thinking/thinkin/worried/panicked/convinced ... ... ... baby/bump ... ... stopped/gone/still/quiet ... ... ... ... then/but/heartbeat/kicking/kicked/hiccuping/hiccups/moving/all-normal/checked/fine',
  // round 94's families: "Swallowed every tablet the doctor gave me this week, all on schedule"; "Necked all me meds with
  // me brekkie like I'm meant to"
  'swallowed/took/taken/necked/had ... all/every ... ... ... ... ... ... on-schedule/on-time/as-prescribed/like-the-chemist-said/like-the-doctor-said/with-breakfast/with-me-brekkie/with-my-breakfast/with-my-brekkie/like-im-meant-to/like-i-am-meant-to',
];
