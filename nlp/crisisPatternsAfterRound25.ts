import type { BuiltInPattern } from './crisisBuiltIn';

/**
 * Crisis patterns for the families found by rounds 25, 26 and 27 (test/nlp/crisis/README.md, "Fixed after round 25"
 * and "Fixed after rounds 26 and 27"), and for the plan named as a known miss after round 24; kept apart so the
 * per-kind files stay near 300 lines. nlp/crisisBuiltIn.ts puts them after their kind's own patterns.
 */

/** Overdose patterns from round 25. */
export const overdosePatternsAfterRound25: BuiltInPattern[] = [
  {
    // Naloxone given and the ambulance sent away or feeling rough after (round 27: "my pal gave me the nasal spray and I
    // told the ambulance to do one, feel rough as owt now"): it can wear off before the opioid does.
    id: 'naloxone-given',
    kind: 'overdose',
    now: true,
    signs: [
      ['gave/given/give/used/sprayed/jabbed/injected/got ... me/him/her/them ... nasal-spray/naloxone/narcan/nyxoid/prenoxad/the-spray/the-jab', 'naloxone/narcan/nyxoid/prenoxad/nasal-spray ... brought/bring/brings ... me/him/her/them ... round/back',
        'brought/bring/brung/was-brought ... round/back ... with/by/using ... naloxone/narcan/nyxoid/prenoxad/nasal-spray/the-spray/a-jab',
        // round 37: naloxone as a verb ("mate had to narcan me twice", "wis naloxoned twice last night")
        'to naloxone/narcan/nyxoid/prenoxad me/him/her/them/us', '=naloxoned/=narcanned/=narcaned/=nyxoided'],
      ['ambulance/paramedics/999/hospital/a-and-e', 'rough/sick/gouching/gouchy/drowsy/heavy/spaced/wasted/out-of-it/rotten/ropey/ropy/dreadful/awful/horrendous', 'came/come/brought ... round/back',
        // round 44: "went over last night in the hostel, staff narcanned me twice, im back in my room on my own now"
        'on my/me/his/her own', 'by myself/meself/himself/herself', 'alone', 'went/gone/go over ... last-night/earlier/this-morning/tonight'],
    ],
  },
  {
    // A load of tablets with the reason or the signs (round 27: "my daughter took a load of her nans tablets to end it about
    // an hour ago, she's being sick and going dozy"); "took a load of tablets for my back" is neither.
    id: 'load-of-tablets',
    kind: 'overdose',
    now: true,
    signs: [
      ['took/taken/=swallowed/=swallowing/=necked/=downed/ate/had ... load/loads/lot/lots/bunch/pile/fistful/fistfuls/handfuls/heap/shitload/loadsa ... {pills}'],
      [
        'to end it/it-all/things/my-life/her-life/his-life', 'to die', 'so ... not/never ... wake', 'being/been/keeps/is sick/vomiting/spewing', 'dozy/drowsy/floppy/gouching/gouchy/out-of-it/cannot-stay-awake/can-not-stay-awake/going-under/slurring',
        // round 30: "on purpose, about an hour since, keeps saying he wants to be gone"
        'on purpose', 'deliberately', 'want/wants/wanted/wanting ... to be gone/dead/done', 'an/#/half/a-couple/couple hour/hours/mins/minutes ... since/ago',
      ],
    ],
  },
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
    // Blood in the urine with pain past bearing (round 27: "ket bladder is wrecked, pissing blood and the pain is unreal,
    // doubled over on the loo"); a twinge or a question about ket and the bladder is not.
    id: 'bladder-blood-pain',
    kind: 'medical',
    now: true,
    signs: [
      [
        'pissing/peeing/weeing/pissin/peein/passing/pass ... blood/clots', 'blood/clots ... in ... my/me/his/her/the ... wee/pee/piss/urine', 'wee/wees/pee/pees/piss/urine ... is/s/all/full-of/pure/proper/bright ... blood/red/bloody',
        'blood ... every/each/when/whenever ... time? ... {me}/i/she/he ... wee/pee/piss/go',
      ],
      ['pain/agony ... unreal/unbearable/unbelievable/insane/mental/off-the-scale/worst', 'doubled/bent/curled ... over/up/double', 'agony/excruciating', 'screaming/crying ... pain', 'can-not ... stand/staun/walk/move/bear/take ... the? pain'],
    ],
  },
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
    // A whole supply to be swallowed at a time still to come (known miss after round 24: "once my script's picked up
    // tomorrow I'm swallowing the full fortnight's worth at once"): a future overdose is suicidal talk (the Decisions), so
    // it explains swallowed-pills (nlp/crisisBuiltIn.ts).
    id: 'swallow-plan-later',
    kind: 'suicide',
    now: false,
    phrases: [
      'tomorrow/tonight/tonite/later/once/when/soon/friday/saturday/sunday/monday/tuesday/wednesday/thursday/weekend ... ... {me}/i am/m/will/ll/gonna/going-to ... swallowing/taking/necking/downing/doing/swallow/take/neck/down ... full/whole/all/the-lot/every/entire/{lots} ... worth/script/lot/{pills}',
      // round 36's second-person lines: "she's swallowing all her meds tonight once the kids are in bed"
      '{me}/she/he/they am/m/is/s/will/ll/going-to swallowing/taking/necking/downing/swallow/take/neck/down ... full/whole/all/the-lot/every/entire/{lots} ... worth/script/lot/{pills} ... tonight/tonite/later/tomorrow/once/when',
    ],
  },
  {
    // All of it, planned for tonight (round 27: "gonna do the whole lot of fent tonight, no point dragging it out"): a
    // future overdose is suicidal talk (the Decisions).
    id: 'whole-lot-tonight',
    kind: 'suicide',
    now: false,
    phrases: [
      // round 30: "gonna shoot the whole lot tonight and not wake up" (the drug left unsaid, so a verb that says it: not "do
      // the lot tonight", the washing)
      'gonna/going-to/goin-to/will/ill/im-going-to/planning-to/about-to ... neck/bang/inject/smoke/swallow/pipe/shoot/jack ... the-whole-lot/the-lot/the-rest/everything ... tonight/tonite/later',
      'gonna/going-to/goin-to/will/ill/im-going-to/planning-to/about-to ... do/take/neck/bang/use/inject/smoke/swallow/have/pipe/shoot/jack/hit ... the-whole-lot/the-lot/the-rest/all/everything/every ... of? ... {drugs}/{pills}/gear/fent ... tonight/tonite/later/when/once/after',
    ],
    // "…no point dragging it out" with all of the drugs (not "finishing the whole box set tonight, no point dragging it out")
    signs: [
      [
        'the-whole-lot/the-lot/the-rest/all/everything/every ... of? ... {drugs}/{pills}/gear/fent',
        // round 36: "gonna take the whole lot tonight once mums asleep, no one will notice"
        'take/swallow/neck ... the-whole-lot/the-lot ... tonight/tonite/later', 'taking/take/takin/swallowing/necking ... every last one/every-one/the-lot/all-of-them/all-o-them',
        // round 50: "every last bag I've got in one go, no waking up from this one"
        'every last/single bag/bags/pill/pills/tab/tabs/point/gram/one/bit ... ... in one go/hit/sitting', 'every last/single bit/bag ... of? ... {drugs} ... in? at once/one-go',
      ],
      [
        'no/not/never waking/wake/coming-round ... up? ... from ... this/that/it', 'no point/sense ... dragging/drag/draggin ... it/this/things ... out/on', 'get/getting ... it ... over with', 'tonight/tonights/tonite is/s the night',
        'no-one/nobody/noone/no one ... will/would/is-going-to ... notice/know/miss/stop', 'once/when/after ... {family}/mums/mams/mas/dads/everyone/they ... asleep/in-bed/gone-to-bed/sleeping',
      ],
    ],
  },
  {
    // A worker's question about suicide answered "no", then taken back: "she asked if I'd had thoughts of ending it, I
    // said no but I lied". The firm "no" alone is a denial (builtInDenials); this phrase runs past it, so it still counts.
    id: 'screening-no-taken-back',
    kind: 'suicide',
    now: false,
    phrases: [
      // "…and I couldn't say no": not a denial at all
      'suicidal/suicide/ending/end/kill/killing/harming/hurting/harm/hurt/self-harm/selfharm/topping/top/thoughts/plan/plans ... ... ... could-not/couldnt/can-not/cant/did-not/didnt/would-not/wouldnt ... say/tell/answer ... her/him/them/em? no/nope',
      'suicidal/suicide/ending/end/kill/killing/harming/hurting/harm/hurt/self-harm/selfharm/topping/top/thoughts/plan/plans ... ... ... no/nope/nah/never ... ... did-not/didnt/never/not ... tell/telling/told ... her/him/them/em? the truth',
      'suicidal/suicide/ending/end/kill/killing/harming/hurting/harm/hurt/self-harm/selfharm/topping/top/thoughts/plan/plans ... ... ... no/nope/nah/never ... ... lied/lie/lying/lies/not-true/wasnt-true/was-not-true/not-honest/wasnt-honest/was-not-honest/truth-is/the-truth-is/not-the-truth/porky/porkies/fibbed/fib',
      // round 81: "told the nurse i wasnt having thoughts of ending it. i lied" (the lie joins the sentence: crisisText.ts)
      'told/tell/telling/said/say/answered ... ... ... not/never/no/nae ... ... thoughts/suicidal/ending/harming/hurting/killing/topping ... ... ... ... lied/lie/lying/fibbed/fib/not-true/porky/porkies',
      // round 55's second person: "told the GP i wasnt suicidal cos i didnt want them taking my kids but i am"
      'told/tell/telling/said/say ... ... ... not/never/was-not/wasnt/am-not/aint ... suicidal ... ... ... ... but/though ... {me}/i am/do/was/have !not',
      // round 56: "the nurse asked if I wanted to hurt myself and I said no cos I'm scared of being sectioned, but I do"
      'suicidal/suicide/ending/end/kill/killing/harming/hurting/harm/hurt/self-harm/selfharm/topping/top/thoughts/plan/plans ... ... ... no/nope/nah ... ... ... ... but/though/tho ... {me}/i do/am/did/have/was !not',
      // round 52's second person: "put zero for wanting to die cos i didnt want the kids took off me, but i lied"
      '0/zero/nil/none/no ... for ... wanting/want ... to? die/end-it/kill-myself/hurt-myself/harm-myself ... ... ... ... lied/lie/lying/fibbed/fib/not-true/porky',
      // round 31: "keyworker asked was i having thoughts of ending it, said no just to get out the room but its all i think
      // about": a "no" said only to get away, or taken back by how much it fills the mind
      'suicidal/suicide/ending/end/kill/killing/harming/hurting/harm/hurt/self-harm/selfharm/topping/top/thoughts/plan/plans/life ... ... ... no/nope/nah but? just/only? so/to ... ... get/getting/let/leave/stop/shut/escape/go/make ... out/rid/away/off/leave/over/done/finished/shut/home/alone/go/asking',
      'suicidal/suicide/ending/end/kill/killing/harming/hurting/harm/hurt/self-harm/selfharm/topping/top/thoughts/plan/plans/life ... ... ... no/nope/nah/never ... ... but ... ... all {me}/he/she/they think/thinks/thinking/thought ... about/of',
      'suicidal/suicide/ending/end/kill/killing/harming/hurting/harm/hurt/self-harm/selfharm/topping/top/thoughts/plan/plans/life ... ... ... no/nope/nah/never ... ... but ... ... ... can-not/could-not stop ... thinking ... about/of ... it',
      'suicidal/suicide/ending/end/kill/killing/harming/hurting/harm/hurt/self-harm/selfharm/topping/top/thoughts/plan/plans/life ... ... ... no/nope/nah/never ... ... but ... been? thinking/thought/thinks ... about/of it ... every/all/constantly/lately/non-stop/loads/a-lot/day/night/since',
      'suicidal/suicide/ending/end/kill/killing/harming/hurting/harm/hurt/self-harm/selfharm/topping/top/thoughts/plan/plans ... ... ... no/nope/nah/never ... ... but ... it/that is/s/was ... always/constantly/never/all-the-time/all-day/every-day ... on/off/in my/me ... mind/head',
    ],
    // round 50: taken back in the next sentence ("My keyworker asked if I'd had thoughts of ending it and I said no. I
    // wasn't being straight with her"); the asker is named, so this sign starts before the denial and is not inside it
    signs: [
      [
        'keyworker/key-worker/worker/nurse/gp/doctor/counsellor/psych/psychiatrist/therapist/probation ... asked/asks/ask/asking ... if/whether/about ... ... suicidal/suicide/ending/killing/harming/hurting/self-harm/selfharm/thoughts/topping',
        // round 53: "told the doctor i was fine and had no thoughts like that. i do though, every night"
        // (with what was asked: "told the doctor I was fine on my methadone dose but I wasnt being straight" is about using)
        'told/tell/telling ... the/my ... doctor/doc/dr/gp/nurse/keyworker/worker/crisis-team/team/psych/counsellor/therapist/mental-health ... ... fine/ok/okay/alright/grand ... ... ... ... suicidal/suicide/ending/killing/kill/harming/hurting/hurt/harm/self-harm/selfharm/thoughts/thought/die/dying/safe',
        'told/tell/telling ... the/my ... doctor/doc/dr/gp/nurse/keyworker/worker/crisis-team/team/psych/counsellor/therapist/mental-health ... ... safe/no-thoughts',
      ],
      [
        '{me}/i was-not/wasnt/were-not/am-not/aint ... being? straight/honest/truthful', '{me}/i lied/was-lying/fibbed', 'that/it was/wasnt/was-not/is-not ... a? lie/not-true/a-porky',
        '{me}/i do/am/have though/tho', '{me}/i am not really',
      ],
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
        // round 38: "if im not about after the weekend make sure rocco goes to my sister … sorry for being such a pain"
        'if {me}/she/he/they am/is/are/m/s/be not/no-longer/nae/no ... here/around/about/alive ... after/efter/by/past/come/over ... the? weekend/monday/tuesday/wednesday/thursday/friday/saturday/sunday/christmas',
      ],
      [
        'sorry/apologise/apologies/soz', 'love/loved/luv you/yous/her/him/them/everyone/ya/u/everybody/all', 'tell/let ... ... know',
        'can/could/should/is-to/s-to have/keep/take/look-after', 'gets/get/goes/go/going-to/is-having/has/have ... the/my/me? dog/dogs/cat/cats/staffy/lurcher/budgie/rabbit/pets/stuff/things/kids/ring/xbox/money',
        'the/my/me wee/little? dog/dogs/dug/cat/cats/staffy/lurcher/pets/kids/stuff goes/go/going/is-going ... to/with',
        'pain/burden/let-down/letdown/nuisance/trouble ... to ... you/yous/everyone/all/everybody',
      ],
    ],
  },
];

/** Harm patterns from round 25. */
export const harmPatternsAfterRound25: BuiltInPattern[] = [
  {
    // Found where they are, and a threat to kill (round 27's families: "my ex found out where I'm staying, he's been
    // texting all day saying he's coming round tonight to kill me"); "coming round tonight" alone is a visit.
    id: 'found-and-coming',
    kind: 'harm',
    now: true,
    // round 64: "he knows where i am, says im dead" (the Decisions' own example, short; not "says I'm dead if I forget her
    // curry sauce", the "if" idiom)
    phrases: [
      'knows/know/found/found-out/worked-out ... where ... {me}/i/we ... am/m/live/stay/staying/is ... ... says/said/saying/texted/texting/told/messaged ... {me}/im/i-am/am/youre/you-are/ur dead/finished/a-dead-man !if',
    ],
    signs: [
      [
        'to kill/stab/murder/shoot/slash/glass/strangle/do-in/batter/knife/shank/hurt/smash me/us',
        // round 34: "found out which refuge im in and keeps texting that hes coming to finish what he started"
        'finish/finishing ... what ... he/she/they/i ... started',
        // round 29: "hes coming to get me and ill be sorry" (fled with the baby)
        'coming/comin/come ... to? get/find/sort/for ... me/us ... ... {me}/i/you/ill/youll/we/well will/ll? be? sorry/regret',
        // round 29's second-person lines: "he says he's on his way and I'll be sorry", "you'll be sorry when I find ye",
        // "threatening to come and get her"
        'on his/her/their way ... ... {me}/i/you/ill/youll/ye/yell will/ll? be? sorry/regret', 'you/youll/ye/yell/she/shell/{me}/ill will/ll? be sorry ... when/if ... {me}/i/he ... find/get/catch/see',
        'threatening/threatened/threatens/threat ... to come/coming ... and? get/find/take ... her/me/us/him/them/the-baby/the-kids/the-bairn/the-wean',
      ],
      [
        'found/find/finds/knows/know/worked-out/found-out ... where ... {me}/i/we ... am/m/staying/stay/live/living/sleep/sleeping/is/are',
        'found/find/finds/knows/know/worked-out/found-out ... which/what refuge/hostel/shelter/safe-house/flat/address/house',
        'texting/texted/messaging/messaged/saying/says/said/threatening/threatened/voicemail/voicemails/keeps-ringing', 'on his/her/their way', 'outside ... door/flat/house/window',
        'legged/leg/ran/run/fled/escaped/got-out/left ... it? ... from/out-of ... his/her/their/my/me/the ... flat/house/place/gaff',
        'fled/escaped ... his/her/their/my ... partners/fellas/boyfriends/flat/house/place', 'took/taken/left/ran/legged ... with ... the/my/our? baby/kids/bairn/wean/weans/little-one',
      ],
    ],
  },
  {
    // A debt, and he knows where the family lives (round 27: "says I owe him double now and he knows where my nan lives")
    id: 'debt-family-found',
    kind: 'harm',
    now: true,
    signs: [
      ['owe/owes/owed/owing/debt/debts/tick/on-tick/double/interest'],
      [
        'knows/know/found/found-out/knew/worked-out ... where ... my/me/our/his/her ... {family}/nan/gran/nana/kids/bairns/weans/mum/mam/ma/family ... lives/live/stays/stay/is/are/goes/go',
        'knows/know/found/found-out ... ... my/me/our ... {family}/nan/gran/nana/kids/bairns/weans/mum/mam/ma ... address/school/house',
        // round 27's families: "he knows where ma maw stays", "he knows her address", a photo of the kids' school gates
        'knows/know/got/has ... her/his/their/my/me/our ... address', 'maw/maws/nana/granny ... lives/live/stays/stay',
        'photo/photos/picture/pictures/pic/pics ... of ... her/his/my/me/the/our/their ... kids/{family}/bairns/weans/mum/mam/nan/family ... school/house/door/car/gate/gates/flat',
        'or ... he/she/they/hes/theyll/hell ... going/coming/go/come/pay-a-visit/visit ... round/to/after ... my/me/our/her/his ... {family}/mums/mams/nans/family/kids/house',
      ],
    ],
  },
  {
    // Followed or found where they sleep, with a threat (round 26: "a guy keeps following me from the hostel, says he
    // knows where i sleep and that im getting done"); "getting done for shoplifting" is court (an everyday exception).
    id: 'followed-and-threatened',
    kind: 'harm',
    now: true,
    signs: [
      [
        'following/followed/follows/follow/stalking/stalked/stalks ... me/us/her/him',
        // round 36: "hes been driving round looking for me all night, says when he finds me im dead"
        'driving/walking/going/been ... round/around/about/up-and-down ... looking/searching/hunting ... for ... me/us/her/him',
        // round 32's second-person lines: "followed in from the gate by a man who cornered her"
        'followed/stalked ... by ... a/some/this/the/two/these? man/bloke/fella/guy/lad/men/lads/blokes/stranger/strangers',
        'knows/know/found/find/found-out/knew/worked-out ... where {me}/i/she/he/we ... sleep/sleeps/slept/live/lives/stay/stays/kip/kips/doss/dosses/am/is/pitch/tent',
        'hanging/waiting/waits/sat/sitting/parked/standing ... outside/round/around/by ... my/me/the/her/his/our ... tent/door/flat/hostel/room/house/doorway/pitch/spot',
        'watching/watched/watchin/watches/casing/cased ... my/me/the/her/his/our ... tent/door/flat/hostel/room/house/doorway/pitch/spot/place/gaff',
      ],
      [
        '{me}/she/he/we am/is/are/s/m? getting/get/going-to-get/gonna-get/goin-to-get/about-to-get done/it/hurt/battered/sorted/whats-coming/what-is-coming',
        '{other} ... will/going-to/gonna/said/says/swore/threatened/told-me ... get/sort/do/have/find ... me/us/her/him',
        'dead/finished ... when/if ... he/she/they ... find/finds/gets/catch/catches',
        'when/if/once ... he/she/they ... find/finds/catch/catches/get/gets ... me/us/her/him ... ... dead/finished/done-for',
        '{me}/i/she/he am/m/is/s? next', 'you/youre/your are/re? next',
        // round 32: "these blokes keep following me back to my tent at the festival and one just grabbed me"
        '{other}/one/someone/somebody ... just? grabbed/groped/dragged/cornered/pinned/shoved/pushed ... me/her/us',
        'and/then/n/an/who just? grabbed/groped/dragged/cornered/pinned ... me/her/us',
      ],
    ],
  },
  {
    // A fresh injury someone gave them, often relayed ("client's turned up with a black eye, says her partner did it this
    // morning and she's terrified to go back"): the injury, who did it, and now or fear, all three.
    id: 'injury-given-recently',
    kind: 'harm',
    now: true,
    signsNeeded: 3,
    signs: [
      [
        'black/blacked/blackened eye/eyes', 'shiner', 'finger/fingers/fingertip/fingertips/hand/grip/belt marks/mark/bruises',
        'marks/mark/bruises/bruise ... where ... his/her/their ... fingers/hand/hands ... were/was/grabbed/gripped',
        'bruise/bruises/bruised/bruising/marks/mark/fingermarks/finger-marks ... on/round/around/all-over ... her/his/my/me/their/the ... neck/face/arms/arm/throat/ribs/back/legs/body/wrist/wrists/leg/bum/tummy/belly/chest/head/cheek/cheeks/ear/ears/eye',
        // round 47: "bruises all up our little uns arms, his dad did it last week"
        'bruise/bruises/bruised/bruising/marks/mark/fingermarks ... all-up/up/all-over/all-down/down ... our/his/her/their/the/my/me ... ... arms/arm/legs/leg/back/face/body/neck/sides',
        // (round 84's families: "grabbed me arms so hard last night theres bruises all up them")
        'bruise/bruises/bruising/marks ... all-up/all-over ... them',
        'split/cut/fat/burst/busted lip', 'busted/bust/broken/burst/bloody nose', 'cracked/broken/bruised ribs', 'ribs ... cracked/broken',
        'face/neck/arm/arms/wrist/throat/ribs/back/legs/eye/eyes/body/jaw ... is/are/s/all/covered/black/proper ... bruised/bruises/bruising/black/swollen/marked/marks/purple',
        'arm/wrist/hand/finger/fingers/jaw/shoulder ... swollen/twisted/sprained/broken/broke/dislocated',
        // round 33: "my 4 year old had bruises from her dad last week"
        'had/has/got/with/came-back-with/come-home-with/came-home-with bruises/bruising/marks/a-black-eye/burns/welts',
      ],
      [
        '{family}/partner/boyfriend/fella/husband/bloke/ex/girlfriend/wife/da/daddy/mummy/mammy/he/she/they/him ... did/done/gave/given/twisted/broke/bent/yanked/wrenched/squeezed/grabbed/gripped/pinched/hit/hurt ... it/that/this/them/her/him/me',
        'from/off/by ... her/his/my/me/their ... partner/boyfriend/fella/husband/bloke/ex/girlfriend/wife/dad/stepdad/mum/stepmum/dads/mums/stepdads/partners/fellas/da/das/mams/mam',
        'from/off/by mums/mams/dads/mum/mam/dad partner/boyfriend/fella/girlfriend/bloke',
        // round 29: "came back from her dads sunday with bruises … like fingers" (the marks say a hand did it)
        'like ... fingers/fingermarks/a-hand/hands/someone-grabbed/been-grabbed/a-belt', 'fingerprint/fingerprints/finger/fingertip ... bruises/bruise/marks/mark',
        // round 42: "my boyfriend grabbed my little one by the arm that hard last week theres still finger marks"
        'grabbed/gripped/yanked/squeezed/dragged/pinched/shook/shaken/held/pinned ... ... ... by ... the/his/her/their? arm/arms/wrist/wrists/neck/hair/ear/shoulders/shoulder',
      ],
      [
        'this morning/afternoon/evening', 'last night', 'today/yesterday/earlier/tonight/just-now', 'at the weekend', 'last week/wk',
        // round 47's second-person lines: "finger marks on his arms sat"
        'on/last? =saturday/=sat/=sunday/=monday/=tuesday/=tues/=wednesday/=weds/=thursday/=thurs/=friday',
        // round 40's second-person lines: "came back from his dad's with a big bruise on his cheek"
        'came/come/comes/coming/got back/home ... from/fae/frae ... his/her/their/the? dads/das/mums/mams/fathers/mothers/nans/contact/visit/weekend',
        'since/after ... his/her/their ... dad/daddy/da/mum/mam/mummy/father/mother/stepdad ... had ... him/her/them',
        'after/since ... the? weekend/contact/visit/night ... at ... his/her/their ... mams/dads/mums/das/nans/fathers/mothers',
        'on? monday/tuesday/wednesday/thursday/friday/saturday/sunday', 'screams/screaming/cries/crying/panics/shakes/sobs/begs ... when/if ... ... going/go/goes ... back',
        'not/never/doesnae/disnae/doesnt/does-not/dont/do-not ... want/wanna ... to? go/going ... back/there/again', 'begging/begs/begged/pleading/pleads ... not ... to? send/go/make/take ... back/again/there',
        'terrified/scared/frightened/afraid/petrified/bricking-it ... to ... go ... back/home', 'will-not/wont/not/can-not ... go/going ... back/home',
      ],
    ],
  },
];
