import type { BuiltInPattern } from './crisisBuiltIn';

/**
 * Crisis patterns for the families found by round 25 (test/nlp/crisis/README.md, "Fixed after round 25"), kept apart
 * so the per-kind files stay near 300 lines. nlp/crisisBuiltIn.ts puts them after their kind's own patterns.
 */

/** Overdose patterns from round 25. */
export const overdosePatternsAfterRound25: BuiltInPattern[] = [
  {
    // An old overdose, then "again" with a recent time ("he overdosed back in 2018 and last night he did it again"): the
    // distant time speaks only for the first; a recent overdose counts (the Decisions).
    id: 'overdosed-again-recently',
    kind: 'overdose',
    now: false,
    signs: [
      ['overdosed/overdose/overdoses/overdosing/od/ods/odd/oded/odeed/over-dosed/over-did-it'],
      [
        'did/done/doing/does/has-done/went-and-did ... it/that? again ... last-night/tonight/today/earlier/this-morning/this-afternoon/this-evening/just-now/yesterday',
        'last-night/tonight/today/earlier/this-morning/this-afternoon/this-evening/yesterday ... ... did/done/went-and-did/has-done ... it/that? again',
      ],
    ],
  },
];

/** Medical patterns from round 25. */
export const medicalPatternsAfterRound25: BuiltInPattern[] = [
  {
    // An old fit, then another now ("had a seizure summer 2019 and ive just had another one now, tongue's bleeding"); a
    // bitten tongue with a fit is the fit's own sign.
    id: 'fit-again-now',
    kind: 'medical',
    now: false,
    signs: [
      ['seizure/seizures/fit/fits/fitting/convulsion/convulsions/epileptic'],
      [
        'just/now/tonight/today/earlier/this-morning/this-afternoon/again ... had/having/gone-into/took ... another/one/again',
        'had/having/another ... another/one/again ... just/now/tonight/today/earlier/this-morning/this-afternoon',
        'bit/bitten/biting/bitted ... my/his/her/me/their/through-my/through-his/through-her ... tongue', 'tongue/tongues ... bleeding/bitten/cut/split',
      ],
    ],
  },
];

/** Suicide patterns from round 25. */
export const suicidePatternsAfterRound25: BuiltInPattern[] = [
  {
    // A worker's question about suicide answered "no", then taken back: "she asked if I'd had thoughts of ending it, I
    // said no but I lied". The firm "no" alone is a denial (builtInDenials); this phrase runs past it, so it still counts.
    id: 'screening-no-taken-back',
    kind: 'suicide',
    now: false,
    phrases: [
      // "…and I couldn't say no": not a denial at all
      'suicidal/suicide/ending/end/kill/killing/harming/hurting/harm/hurt/self-harm/selfharm/topping/top/thoughts ... ... ... could-not/couldnt/can-not/cant/did-not/didnt/would-not/wouldnt ... say/tell/answer ... her/him/them/em? no/nope',
      'suicidal/suicide/ending/end/kill/killing/harming/hurting/harm/hurt/self-harm/selfharm/topping/top/thoughts ... ... ... no/nope/nah/never ... ... lied/lie/lying/lies/not-true/wasnt-true/was-not-true/not-honest/wasnt-honest/was-not-honest/truth/porky/porkies/fibbed/fib',
    ],
  },
  {
    // Not being here tomorrow, said as a condition, with an apology, love or who has the dog ("if im not about tomorrow our
    // kaz gets the dog. sorry to everyone x"): the Decisions' arrangements with a goodbye. "If I'm not about tomorrow I'm
    // at my mum's" or "…can you feed the cat" is neither.
    id: 'if-not-here-tomorrow',
    kind: 'suicide',
    now: false,
    signs: [
      [
        'if {me}/she/he/they am/is/are/m/s/be not/no-longer/nae/no ... here/around/about/alive/back/breathing ... tomorrow/tomorra/tomoz/the-morra/the-morn/in-the-morning/in-the-mornin/by-morning/by-the-morning/next-week/anymore/no-more',
        'if {me}/she/he/they do-not/dont/does-not/doesnt/never/dinnae/dont-ever wake/make-it/come-back ... tomorrow/tomorra/the-morra/in-the-morning/in-the-mornin/tonight/through-the-night',
      ],
      [
        'sorry/apologise/apologies/soz', 'love/loved/luv you/yous/her/him/them/everyone/ya/u/everybody/all', 'tell/let ... ... know',
        'can/could/should/is-to/s-to have/keep/take/look-after', 'gets/get/goes/go/going-to/is-having/has/have ... the/my/me? dog/dogs/cat/cats/staffy/lurcher/budgie/rabbit/pets/stuff/things/kids/ring/xbox/money',
        'the/my/me dog/dogs/cat/cats/staffy/lurcher/pets/kids/stuff goes/go/going/is-going ... to/with',
        'pain/burden/let-down/letdown/nuisance/trouble ... to ... you/yous/everyone/all/everybody',
      ],
    ],
  },
];

/** Harm patterns from round 25. */
export const harmPatternsAfterRound25: BuiltInPattern[] = [
  {
    // A fresh injury someone gave them, often relayed ("client's turned up with a black eye, says her partner did it this
    // morning and she's terrified to go back"): the injury, who did it, and now or fear, all three.
    id: 'injury-given-recently',
    kind: 'harm',
    now: true,
    signsNeeded: 3,
    signs: [
      [
        'black/blacked/blackened eye/eyes', 'shiner',
        'bruise/bruises/bruised/bruising/marks/mark/fingermarks/finger-marks ... on/round/around/all-over ... her/his/my/me/their/the ... neck/face/arms/arm/throat/ribs/back/legs/body',
        'split/cut/fat/burst/busted lip', 'busted/bust/broken/burst/bloody nose', 'cracked/broken/bruised ribs', 'ribs ... cracked/broken',
        'face/neck/arm/arms/wrist/throat/ribs/back/legs/eye/eyes/body/jaw ... is/are/s/all/covered/black/proper ... bruised/bruises/bruising/black/swollen/marked/marks/purple',
        'arm/wrist/hand/finger/fingers/jaw/shoulder ... swollen/twisted/sprained/broken/broke/dislocated',
      ],
      [
        '{family}/partner/boyfriend/fella/husband/bloke/ex/girlfriend/wife/da/he/she/they/him ... did/done/gave/given/twisted/broke/bent/yanked/wrenched ... it/that/this/them/her/him/me',
        'from/off/by ... her/his/my/me/their ... partner/boyfriend/fella/husband/bloke/ex/girlfriend/wife/dad/stepdad/mum/stepmum',
      ],
      [
        'this morning/afternoon/evening', 'last night', 'today/yesterday/earlier/tonight/just-now', 'at the weekend',
        'terrified/scared/frightened/afraid/petrified/bricking-it ... to ... go ... back/home', 'will-not/wont/not/can-not ... go/going ... back/home',
      ],
    ],
  },
];
