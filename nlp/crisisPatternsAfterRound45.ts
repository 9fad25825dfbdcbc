import type { BuiltInPattern } from './crisisBuiltIn';

/**
 * Crisis patterns for the families found by rounds 45 and 46 (test/nlp/crisis/README.md, "Fixed after rounds 45 and
 * 46"), kept apart so the per-kind files stay near 300 lines. nlp/crisisBuiltIn.ts puts them after their kind's own
 * patterns and the rounds before.
 */

/** Harm patterns from rounds 45 and 46. */
export const harmPatternsAfterRound45: BuiltInPattern[] = [
  {
    // Coercive control: a partner keeps the money and cuts the person off (round 45: "my boyfriend takes my ESA the minute
    // it lands and hides my phone so I cant ring anyone"). Either alone is everyday ("my sister is my appointee", "my
    // missus has confiscated my phone till ive done the washing up"); together they are abuse happening now.
    id: 'money-and-phone-controlled',
    kind: 'harm',
    now: true,
    signs: [
      [
        'takes/took/taken/takin/keeps/kept/controls/controlling/collects/collecting/collected/spends/spent/hid/hides/hiding/grabs/grabbed/pockets/pocketed/drinks/drank/blows/blew/confiscates/confiscated ... my/me/ma/her/his/their/the-whole/the-full/all-my ... whole/full? money/esa/uc/pip/benefits/benefit/giro/wages/card/bank-card/payment/payments/universal-credit/dla/pension/allowance/account/pay/cash',
        '{other} ... has/got/have ... my/me/ma/her ... card/bank-card/pin/esa/uc/pip/benefits/wages/giro/account',
        'control/control-of/controls ... my/her/his/me/ma ... money/esa/uc/pip/benefits/wages/card/account/finances/bank',
        'no access to ... my/her/his own? ... money/account/bank/card/cash/benefits/wages',
        'gives/gave/give/allows/lets ... me/her/him ... a? fiver/tenner/#/pocket-money ... a/per/every/each week/day/fortnight',
      ],
      [
        'hides/hid/hidden/hiding/took/takes/taken/takin/smashed/smashes/smashing/confiscates/confiscated/checks/checking/checked/keeps/kept/grabbed/snatched/broke/breaks/locks/locked ... my/me/ma/her/his ... phone/mobile/sim',
        '{other} ... has/got/have ... my/me/ma/her/his ... phone/mobile',
        'can-not/could-not/not-allowed-to/wont-let-me/will-not-let-me/does-not-let-me/dont-let-me ... ring/phone/call/contact/see/text/message ... my/me/ma/her/his/anyone/anybody/family/mates/friends/us/the-police/help/sister/mam/mum',
      ],
    ],
  },
];
