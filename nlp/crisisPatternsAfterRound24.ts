import type { BuiltInPattern } from './crisisBuiltIn';

/**
 * Crisis patterns for the families found by rounds 23 and 24 (test/nlp/crisis/README.md, "Fixed after round 23" and
 * "Fixed after round 24"), kept apart so the per-kind files stay near 300 lines. nlp/crisisBuiltIn.ts puts them after
 * their kind's own patterns, in the order they were added.
 */

export const overdosePatternsAfterRound24: BuiltInPattern[] = [
  {
    // fake pills (nitazenes) and then slow breathing or nodding out (round 24: "think them blues were fake, had 2 and now
    // my chest feels heavy, only breathing every few secs, cant keep awake"); not explained by a heavy chest
    id: 'fake-pills',
    kind: 'overdose',
    now: true,
    signs: [
      [
        'blues/pills/bars/xans/xanax/oxys/oxy/vallies/tablets/benzos/gear ... fake/dodgy/laced/spiked/nitazene/nitazenes/fent/fentanyl',
        'had/have/has something in', 'fake/dodgy/street blues/pills/bars/xans/oxys/vallies',
      ],
      [
        'keep/keeps/keeping/can-not-stop/cant-stop ... nodding/gouching/dropping ... out/off?', 'can-not/cant ... keep/stay ... awake', 'breathing ... slow/slowly/shallow/funny',
        'chest ... heavy/like-a-brick/brick/tight',
      ],
    ],
  },
];

/** Harm patterns from rounds 23 and 24 (nlp/crisisBuiltIn.ts puts them before round 22's, where they were first added). */
export const harmPatternsAfterRound24: BuiltInPattern[] = [
  {
    // held against their will, the phone taken (round 24's second-person lines: "locked the door and taken my phone, says
    // I'm not leaving the flat till I pay", "won't stop the car and let me out, he's grabbed my phone")
    id: 'held-phone-taken',
    kind: 'harm',
    now: true,
    signs: [
      ['taken/took/grabbed/smashed/snatched/nicked/has/got/keeping ... my/her/his phone', 'took/taken/grabbed/snatched ... his/her/my/the? money/cash/bag ... back? off/from ... me/her'],
      [
        'locked ... the? door/me-in/her-in/him-in/bedroom/room', 'not leaving ... till/until', 'will-not/wont ... stop the car',
        // round 45's second-person lines
        'not/never going/goin/getting-out/leaving anywhere? ... till/until/before/unless', 'can-not/could-not ... get ... out', 'locked in/inside',
        'will-not/wont/would-not/wouldnt/did-not/didnt/not ... let ... me/her/him ... out/leave/go',
      ],
    ],
  },
  {
    // a child given drugs and made to do things (round 24: "im 14 and my mums boyfriend gives me spice and says i have
    // to do stuff for him")
    id: 'child-given-drugs',
    kind: 'harm',
    now: true,
    signs: [
      [
        'im/i-am/shes/hes/she-is/he-is/age/aged/am 10/11/12/13/14/15/16/17', 'year 7/8/9/10/11', 'gives/gave/giving/give ... me/her/him/us ... {drugs}/spice/weed/vodka/drink/ket/coke',
        'given/being-given ... {drugs}/spice/weed/coke/pills', 'gets/got/getting ... me/her/him ... stoned/high/drunk/pissed/wasted/mashed',
      ],
      [
        'have/has/got/make/makes/made/making ... to? do ... stuff/things/favours/jobs/runs', 'says/said/tells/told ... {me}/she/he ... have/has ... to ... do/pay',
        'owe/owes ... him/them', 'carry/carrying/run/running/hold/holding ... packages/parcels/bags/stuff/drugs ... for ... him/them', 'not to tell ... anyone/anybody/nobody/mum',
      ],
    ],
  },
  {
    // robbed, and they will be back (round 23: "got jumped outside boots, they took my script and said theyll be back
    // tonight for the rest")
    id: 'robbed-coming-back',
    kind: 'harm',
    now: true,
    signs: [
      ['got/been/was/were/just jumped/robbed/mugged/attacked/rushed/taxed/rolled', '{other}/lads/they ... jumped/robbed/mugged/rolled/taxed me/us', 'took/taken/nicked/grabbed ... my/me ... script/money/phone/bag/stuff/methadone/gear/meds'],
      ['be back ... tonight/later/tomorrow/for-the-rest/for-more/for-me', 'coming back ... tonight/later/tomorrow/for-the-rest/for-more/for-me', 'know/knows where {me}/i ... live/lives/stay', 'return/returning/come-back ... ... tonight/this-evening/later/for-more/for-the-rest'],
    ],
  },
];
