import type { BuiltInPattern } from './crisisBuiltIn';

// who makes a threat for the return home (threat-when-home), and the threat: one list for both of its phrases
const parentOrPartner =
  '{family}/stepdad/step-dad/stepfather/dad/father/da/mum/mam/mother/stepmum/step-mum/stepmother/uncle/partner/boyfriend/fella/dads/stepdads/mums';
const parentsThreat = 'kill/batter/smash/hurt/leather/belt/murder/beat/do-in/strangle/throttle/hit/stab';

/**
 * Crisis patterns for the families found by rounds 57 and 58 (test/nlp/crisis/README.md, "Fixed after rounds 57 and
 * 58"): round 58 was workers and services writing case notes ("SU disclosed active SI with a plan", "c/o severe abdo
 * pain"), so several of these read a note's words as well as a person's. nlp/crisisBuiltIn.ts puts them after their
 * kind's own patterns and the rounds before.
 */

/** Overdose patterns from rounds 57 and 58. */
export const overdosePatternsAfterRound57: BuiltInPattern[] = [
  {
    // Found and feared dead, in a note (round 58: "I think the gentleman in Rm 3 may be dead. Cold to the touch, no rise
    // and fall of the chest. CPR started"): CPR being done now says someone is not breathing. A course, a dummy or a
    // refresher is not (the stories and the near misses say so).
    id: 'feared-dead-found',
    kind: 'overdose',
    now: true,
    phrases: [
      'cpr/compressions/chest-compressions/resus ... started/commenced/ongoing/in-progress/being-done/underway/initiated',
      '{me}/i/we/staff/he/she/they/im/were/theyre ... am/are/is/m/re/s? ... doing/giving/started/starting/start/begun/began/started-doing ... cpr/compressions/chest-compressions/resus ... on ... him/her/them/my/his/the/a/our',
    ],
    signs: [
      [
        'think/reckon/scared/fear/worried/feel/feels/believe/appears/looks ... he/she/they/{other} ... might/may/could/must/to? be/have dead/deceased/gone/died',
        'appears/appear/appeared/looks/seems ... to? be? deceased/dead/lifeless',
      ],
      [
        'cold/freezing/icy/stiff ... to/when/at ... the touch',
        'no rise/rising ... and/or/n? fall/falling ... of? ... his/her/their/the? chest',
        'chest/chests ... not/isnt/is-not/no-longer ... rising/moving/going-up',
        'no/not/can-not/could-not/cant ... pulse/breathing/breath/heartbeat/signs-of-life/response/resp',
        'not/no ... breathing/breathin/responsive/responding',
      ],
    ],
  },
  {
    // A large amount of paracetamol (or pills) taken recently and hospital refused, in a note (round 58: "took a large
    // quantity of paracetamol yesterday afternoon. c/o nausea only … declining A&E"; the second person's "ingesting approx
    // 32 x 500mg paracetamol this morning, asymptomatic, refusing to attend A&E"). Feeling fine is the danger here: the
    // liver fails days later. Three signs, so "took 2 paracetamol, feel fine" is not this.
    id: 'overdose-hospital-refused',
    kind: 'overdose',
    now: true,
    signsNeeded: 3,
    signs: [
      ['paracetamol/co-codamol/cocodamol/codeine/{pills}/tablets/pills/painkillers'],
      ['ingested/ingesting/ingestion/took/taken/taking/swallowed/consumed/necked/had/done/downed ... {lots}', 'ingested/ingesting/took/taken/swallowed/consumed ... approx/approximately/around/about/circa/roughly ... #'],
      [
        'refusing/refused/declining/declined/wont/will-not/does-not-want/doesnt-want/dont-want/not-wanting/reluctant ... to? attend/go/going/go-to ... a-e/a-and-e/hospital/ae/the-hospital',
        'refusing/refused/declining/declined ... a-e/a-and-e/hospital/ambulance/999/paramedics/medical-attention/treatment',
        'asymptomatic/no-symptoms/no-sx/no-other-sx',
      ],
    ],
  },
];

/** Medical patterns from rounds 57 and 58. */
export const medicalPatternsAfterRound57: BuiltInPattern[] = [
  {
    // Drink withdrawal turning to delirium (round 57: "seeing spiders on the walls, shaking and sweating, last drink was
    // Sunday"; round 58: "in alcohol withdrawal since Sunday … seeing things that aren't there … drenched … confused"; the
    // families' "picking at invisible things … tremor and diaphoresis, not oriented"). The earlier withdrawal-danger
    // patterns keep their own signs; this one joins a note's words to a person's. A question about withdrawal, or a time
    // long past ("had the DTs years ago"), is everyday.
    id: 'withdrawal-danger',
    kind: 'medical',
    now: true,
    signs: [
      [
        'last drink/drop/can/bevvy/bevy/drink-was/voddy/vodka/pint/bottle/alcohol/etoh ... was/were/on/at/since? ... monday/tuesday/wednesday/thursday/friday/saturday/sunday/mon/tue/tues/wed/thu/thurs/fri/sat/sun/yesterday/the-weekend/#/days/day/ago',
        'alcohol/drink/booze/benzo/benzos/etoh withdrawal/withdrawals/withdrawing/w-d/wd',
        'detox/detoxing/self-detox/self-detoxing/detoxed ... from/off ... the? alcohol/drink/booze/benzos/vodka/cider',
        'withdrawal/withdrawals/withdrawing/rattling/clucking ... from/off ... the? drink/alcohol/booze/benzos/vodka/cider',
        'day/days # ... of? ... off/without/no ... the? drink/booze/alcohol/benzos/vallies/vodka/cider/cans/voddy/etoh',
        'no/without/off/not-had/not-touched ... the? drink/booze/alcohol/bevvy/vodka/voddy/cans/can/cider/benzos/vallies/etoh/a-drink/a-drop ... since ... monday/tuesday/wednesday/thursday/friday/saturday/sunday/mon/tue/tues/wed/thu/thurs/fri/sat/sun/yesterday/the-weekend/last-week/#',
        'no/without/off ... the? drink/booze/alcohol/bevvy/vodka/voddy/cans/cider/benzos/vallies/etoh ... for ... #/two/three/four/five/a-couple/a-few ... days/day',
        'off/stopped/quit/came-off/come-off/coming-off/packed-in/knocked-off ... the? drink/drinking/booze/vodka/voddy/cider/cans/alcohol/wine/lager/beer ... since/at/on/over ... the-weekend/monday/tuesday/wednesday/thursday/friday/saturday/sunday',
        'stopped/quit/came-off/packed-in ... the? drink/drinking/booze/vodka/voddy/cider/cans/alcohol ... #/two/three/four/five/a-couple/a-few ... days/day ... ago',
      ],
      [
        'seeing/sees/seen/saw ... things/stuff/bugs/spiders/insects/people/faces/shapes/animals/rats/snakes',
        'hallucinating/hallucinations/hallucinate/hallucinated',
        'responding ... to ... unseen/invisible ... stimuli/things/people/voices',
        'picking/grabbing/brushing/swatting/clawing/pulling ... at? ... invisible/imaginary ... things/bugs/insects/threads/people',
        'invisible/imaginary ... things/bugs/insects/spiders/people/men',
        'talking/talkin/shouting ... to/at ... people/folk/someone/things ... who/that ... are-not/arent/is-not/isnt/not ... there',
        'tremor/tremors/tremoring/tremulous/tremulousness', 'diaphoresis/diaphoretic',
        'not oriented/orientated', 'disoriented/disorientated/disorientation',
        'shaking/shakes/trembling ... violently/like-a-leaf/all-over/uncontrollably/badly/bad/so-bad/non-stop',
        'drenched/soaked ... in/with? sweat', 'sweating buckets', 'walls/wall/ceiling/curtains/floor ... moving/crawling/breathing/melting',
        'does-not/doesnt/dont/do-not/did-not/didnt/not ... know ... where/who/what-day/what-year/the-date',
        'confused/muddled ... re/about/over ... date/day/time/where',
        '=fit/=fits/seizure/seizures/fitting', 'bit/bitten/biting ... his/her/my/me? tongue',
      ],
    ],
  },
  {
    // A belly emergency (round 58: "rough sleeper c/o severe abdo pain, stomach rigid to touch, vomiting repeatedly. Hx of
    // alcohol dependence and pancreatitis"): pain said to be severe AND a sign that it is more than a bad stomach (a rigid
    // or swollen belly, being sick over and over, pancreatitis, grey and sweaty). "A bit of a stomach ache after that
    // kebab" is not severe, and pancreatitis long past is not now.
    id: 'belly-emergency',
    kind: 'medical',
    now: true,
    signs: [
      [
        'severe/excruciating/worst/agonising/agonizing/unbearable/crippling/horrendous/extreme/terrible ... ... pain/pains/ache/cramps/cramping ... in? ... his/her/my/me/the/their/upper/lower? ... stomach/belly/abdo/abdomen/abdominal/tummy/gut/guts',
        'severe/excruciating/worst/agonising/agonizing/unbearable/crippling/horrendous/extreme/terrible ... ... stomach/belly/abdo/abdominal/tummy/gut ... pain/pains/ache/cramps',
        'stomach/belly/abdo/abdominal/tummy/gut ... pain/pains/ache ... severe/excruciating/unbearable/radiating/agony',
        'agony/screaming/doubled-over/doubled-up/curled-up/writhing/rolling-around ... with/in/from/holding/clutching ... his/her/my/me/the/their? stomach/belly/tummy/gut/guts/abdomen',
        // round 58's second person: "my belly is rock hard and in agony", "acute epigastric pain radiating to back"
        'stomach/belly/tummy/abdomen/abdo ... ... ... agony/agonising/agonizing/excruciating/unbearable',
        'acute/severe/sudden ... epigastric/abdominal/abdo/stomach/belly ... pain/pains',
      ],
      [
        'stomach/belly/abdo/abdomen/tummy ... is/s/gone/feels/went/all/so/really? rigid/rock-hard/hard-as-a-board/hard-as-rock/board-like/distended/swollen/tender/bloated-and-hard',
        'rigid/distended ... stomach/belly/abdomen/abdo/tummy',
        'pancreatitis',
        'vomiting/being-sick/throwing-up/spewing/puking/bringing-up ... repeatedly/loads/non-stop/all-day/all-night/constantly/bile/over-and-over/every-few',
        'repeated/repeatedly/persistent/constant/projectile/continuous/continual/nonstop/non-stop ... vomiting/being-sick/vomits/emesis',
        'guarded/swollen/tight/distended/rigid ... and? ... tender/stomach/belly/abdomen/tummy', 'sick ... # ... times', 'can-not/cant/could-not ... keep ... anything/owt/food/water ... down',
        'keeps/keep/keeping/can-not-stop/cant-stop/will-not-stop/wont-stop ... being-sick/throwing-up/vomiting/spewing/puking',
        'grey/gray/pale/white ... and? sweaty/clammy/sweating',
        'radiating/going-through/goes-through/shooting ... to/into/through? ... his/her/my/me/the? back',
      ],
    ],
  },
];

/** Suicide patterns from rounds 57 and 58. */
export const suicidePatternsAfterRound57: BuiltInPattern[] = [
  {
    // A worker's note of suicidal ideation with a plan or intent (round 58: "SU disclosed active SI with a plan (hanging)
    // and has identified a location"; the families' "disclosed intent to end life by overdose this weekend, has means").
    // A screening answered no ("denies current SI") is a denial (crisisBuiltInContexts.ts).
    id: 'ideation-noted',
    kind: 'suicide',
    now: false,
    phrases: [
      'active/current/ongoing/increased/worsening/escalating si/suicidal-ideation/ideation/suicidal-thoughts',
      'si/ideation/suicidal-ideation/suicidal-thoughts/suicidal-intent ... with/and/plus ... a? plan/plans/intent/means/method',
      'disclosed/disclosing/discloses/reports/reported/reporting/expressed/expressing/expresses/voiced/voicing/presenting-with/presents-with !no/=nil/=not/=never/=any/=denies ... si/suicidal-ideation/suicidal-thoughts/suicidal-intent/thoughts-of-suicide/thoughts-of-ending',
      'disclosed/disclosing/discloses/expressed/expressing/voiced/stated/states/reports/has/with/plus/and ... an? intent/intention/plan/plans ... to ... end/take his/her/their/my/me/the? own? life/lives',
      'identified/chosen/found/picked/scoped/scouted ... a? location/place/spot/site/method ... to? ... for? ... hanging/jumping/overdose/end-it/it/do-it',
    ],
  },
  {
    // Looking up how much would kill (round 57: "not suicidal or anything but ive looked up how many it would take"; the
    // families' "researching online the number of amitriptyline tablets needed to be fatal", "googled how much of my
    // methadone it would take to not wake up"). "Looked up how much it would take to get to Leeds" goes on to say what for.
    id: 'lethal-amount-looked-up',
    kind: 'suicide',
    now: false,
    phrases: [
      'looked/look/looking/looks/googled/googling/google/searched/searching/researched/researching/checked/checking/checked-online/read-up ... up/online? ... how much/many ... ... it/they/that/them/she/he would/will/d/ll/might/could/does/do take/kill !to/=for/=me-to/=us/=you-to/=him-to/=her-to',
      'looked/look/looking/googled/googling/searched/searching/researched/researching/checked/checking ... up/online? ... how much/many/the-number/the-amount ... of? ... ... {pills}/tablets/pills/gear/methadone/it ... ... would/will/d/ll/it-would/it-d/to/needed/need/takes ... take? ... to? be? fatal/lethal/kill/die/finish/not-wake/never-wake/od/overdose',
      'number/amount/quantity ... of? ... {pills}/tablets/pills/methadone/gear ... needed/need/required/it-takes/would-take ... to ... be? fatal/lethal/kill/die/end-it/not-wake',
      // round 57's second person: "been reading up on what dose of his meds would be fatal", "researching lethal quantities"
      'reading/read/reads/asking/asked/asks/finding/found/looking/looked/googling/googled/searching/searched/researching/researched ... up/about/out/online? ... what/which/how-much/how-many/the ... dose/amount/quantity ... of? ... ... would/will/is/to/it-would ... be? fatal/lethal/kill/enough',
      // a number of something, not a phone number (round 86: "he's found the refuge number in my phone, he's going to
      // kill me when he gets back")
      'reading/read/reads/asking/asked/asks/finding/found/looking/looked/googling/googled/searching/searched/researching/researched ... up/about/out/online? ... what/which/how-much/how-many/the ... number of ... ... would/will/is/to/it-would ... be? fatal/lethal/kill/enough',
      'researching/researched/research/looking-up/looked-up/googling/googled/searching/searched/reading-up/read-up/reading/read ... ... lethal/fatal/deadly ... quantities/quantity/amounts/amount/doses/dose/levels/dosage',
      'searches/searched/searching/googled/googling/looked-up/looking-up/history ... ... ... how to ... tie/make ... a? noose',
      'searches/searched/searching/googled/googling/looked-up/looking-up ... for? ... how to ... kill/hang/end/overdose/od/die/drown ... yourself/herself/himself/myself/themselves/it/your-life',
    ],
  },
  {
    // Means saved for a time to come (round 58: a pharmacist's customer "saving them for when she's ready"; the families'
    // "building up enough for when i decide its time"). Pills kept for when they are needed, or money saved for rehab, are
    // everyday: readiness here has no purpose said after it.
    id: 'saved-for-when-ready',
    kind: 'suicide',
    now: false,
    phrases: [
      'saving/saved/save/saves/stashing/stashed/stockpiling/stockpiled/keeping/kept/hoarding/hoarded/building/putting/storing/collecting/squirrelling ... them/it/enough/up/{pills}/tablets/pills/doses/methadone ... ... for/till/until/til ... when ... {me}/i/she/he/they/im/shes/hes/theyre/its ... am/is/are/m/s/re? ready/decide/decides/decided/time/its-time !to/=for',
      'saving/saved/stashing/stockpiling/keeping/hoarding/building/putting/storing ... them/it/enough/up/{pills}/tablets/pills/doses ... ... for/till/until ... the time/day ... comes/is-right',
    ],
    // round 58's second person: "a drawer full of his tablets he's not been taking, he told me they're his way out if it
    // gets too bad" ("my way out of debt" has no pills kept)
    signs: [
      [
        'drawer/box/tin/bag/bottle/cupboard ... full ... of? ... his/her/my/their/me? tablets/pills/{pills}',
        '{pills}/tablets/pills ... ... not-been-taking/not-taking/been-saving/saving/stockpiling/kept/keeping/hiding/hidden/stashed',
      ],
      ['way out/escape/exit/get-out ... if/when/for ... ... too/gets/ever/it', 'his/her/my/their/me way out !of/=to'],
    ],
  },
  {
    // Fresh self-inflicted wounds, said by a worker (round 58: "noticed fresh cuts on client's forearms, some still
    // weeping. She says she did them last night"; the families' "new self-inflicted lacerations to thighs"). Cuts from a
    // fight or a fall say who did them, and old healed scars are not fresh.
    id: 'fresh-self-inflicted',
    kind: 'suicide',
    now: false,
    phrases: [
      'self-inflicted/self-inflicting/self-injurious ... =cuts/=lacerations/=wounds/=injuries/=burns/=scratches',
      // round 64: "burnt my arm on purpose" (an accident's words, meant)
      'burnt/burned/burning/cut/sliced/scratched/scalded/slashed ... my/me/his/her ... arm/arms/forearm/forearms/leg/legs/wrist/wrists/hand/hands/skin/thigh/thighs/stomach/belly/chest/face ... on-purpose/deliberately/purposely/intentionally',
      'deliberately/purposely/intentionally/purposefully burning/burnt/burned/cutting/cut/scratching/scratched/scalding ... her/his/my/their ... arm/arms/forearm/forearms/legs/leg/wrists/wrist/thighs/thigh/skin/hands/hand',
      // round 66's families: "been holding the lighter to my arm on purpose just to feel something"
      'holding/held/hold/pressing/pressed/press/putting/put ... lighter/flame/cig/fag/cigarette/iron/pipe/blade/lighter-flame ... to/on/against/into ... my/me/his/her ... arm/arms/forearm/leg/legs/wrist/wrists/hand/hands/skin/thigh/thighs ... on-purpose/deliberately/purposely/intentionally/to-feel-something',
    ],
    signs: [
      [
        'fresh/new/recent/open/weeping/bleeding/raw ... cuts/lacerations/wounds/slashes/scratches/burns ... on/to/across/up ... his/her/their/my/me/client/clients/sus/the? ... arms/arm/forearms/forearm/wrists/wrist/thighs/thigh/legs/leg/stomach/belly/chest',
        'cuts/lacerations/wounds/burns ... on/to/across ... his/her/their/my/me/client/clients/the? ... arms/arm/forearms/forearm/wrists/wrist/thighs/thigh/legs ... ... still? weeping/bleeding/fresh/raw/open',
      ],
      [
        'she/he/they/i ... did/done/made/caused ... them/it/these/those/that ... herself/himself/themselves/myself/last-night/yesterday/this-morning/earlier/after/following/when',
        'she/he/they/i ... did/done/made/caused ... them/it/these/those ... ... ... last-night/yesterday/this-morning/earlier/after/following/when',
        'self-inflicted/deliberate/deliberately/on-purpose/herself/himself/themselves',
      ],
    ],
  },
  {
    // Told flatly that the next supply will not be needed (round 58: GP reception, "doesn't matter, I won't need it after
    // this weekend" and she hung up; the families' "dont bother sorting my next script, i wont be here after friday, ive
    // made my peace"). Two signs: not needing it or not being here after a time, and something final with it. "Won't need
    // my script after friday, I'm going into rehab" gives a reason (an everyday near miss).
    id: 'wont-need-it-after',
    kind: 'suicide',
    now: false,
    signs: [
      [
        'wont/will-not/not-going-to/not-gonna/aint-going-to ... need/needing/be-needing/want ... it/them/any/another/a/my/the/her/his/anything/any-more/anymore ... ... after/past/beyond/by/come/from',
        'wont/will-not/not-going-to/not-gonna ... be ... here/around/alive ... after/past/beyond/by/come ... this/that/the/tonight/tomorrow/friday/monday/tuesday/wednesday/thursday/saturday/sunday/weekend/next',
        'wont/will-not/not-going-to/not-gonna ... be ... needing/need ... any-more/anymore/another/any ... after',
        // round 58's second person: "I won't be here to take it", "I'll be gone by next week"
        'wont/will-not/not-going-to/not-gonna ... be ... here/around ... to ... take/collect/need/use/see/pick',
        'will/ll/shall ... be gone/dead ... by/before/after/come ... next/this/the/tomorrow/tonight/friday/monday/tuesday/wednesday/thursday/saturday/sunday/weekend',
      ],
      [
        'does-not/doesnt/dont/do-not ... matter/bother', 'no/not point/worth ... sorting/ordering/getting/booking/renewing/collecting/doing',
        'not/no/needn-t/need-not ... to? bother', 'cancelled/cancelling/cancels/cancel ... all ... ... appointments/appts/appointment/sessions', 'no need',
        'flatly/flat/calmly/calm/too-calm/dead-calm', 'hung/hangs/hanging up', 'made/make/making ... my/his/her/their/me peace',
        'sorry for everything', 'look/looking after ... the/my/his/her/our kids/dog/mum/mam/cat/children',
        // (round 58's families: "asked to have his whole fortnight of methadone at once")
        'whole/all/entire ... fortnight/week/weeks/month/supply ... ... at once', 'all at once', 'in one go',
        'said/saying/say ... goodbye/bye/his-goodbyes/her-goodbyes', 'last time ... ever',
      ],
    ],
  },
  {
    // A no to a screening said only to be left alone (round 57's second person: "told the crisis nurse she wasnt thinking of
    // ending it but … she only said that so theyd leave her alone"); round 31's pattern needed "said no".
    id: 'screening-no-taken-back',
    kind: 'suicide',
    now: false,
    phrases: [
      'suicidal/suicide/ending/end/kill/killing/harming/hurting/harm/hurt/self-harm/selfharm/topping/top/thoughts/plan/plans ... ... ... ... only/just said/told/say/says ... that/it/so/no ... so/to/cos/because ... ... ... leave/let/get/stop/rid ... her/him/me/them/alone/go/off/out',
    ],
  },
  {
    // Self-harm stopped and now back (round 57's second person: "i stopped cutting years back but its creeping back lately,
    // did my arm last night"): the Decisions' "unless the message says it is back".
    id: 'self-harm-back',
    kind: 'suicide',
    now: false,
    phrases: [
      'stopped/quit/gave-up/packed-in ... cutting/self-harming/harming/burning/scratching ... ... ... its/it-is/it/they/urges/the-urges/thoughts ... =creeping/=crept/=coming/=came/come ... back',
    ],
  },
  {
    // A goodbye that says it is the last (the families' "said this is the last time ill ever hear from her, look after the
    // kids, then hung up"): "the last time I'll ever drink" or "…ever eat there" is not a goodbye to a person.
    id: 'last-time-ever-heard',
    kind: 'suicide',
    now: false,
    phrases: [
      'last time ... {me}/you/youll/ill/we/well/theyll/they/he/she ... ever? ... hear/see/speak/talk ... from/to/of? ... me/her/him/them/us',
    ],
  },
  {
    // A plan to go over an edge, told by someone near it (round 57: outreach, "man on the railway bridge by the canal
    // saying hes going to jump"; the families' "phoned from the cliffs … he intends to go over the edge tonight").
    id: 'at-a-height-saying',
    kind: 'suicide',
    now: false,
    signs: [
      [
        'on/at/by/from/near/up/onto/over ... the/a/that? ... railway/motorway/canal/road/river/train/rail/high/foot? ... bridge/bridges/footbridge/flyover/overpass/viaduct/cliff/cliffs/cliff-edge/edge/roof/rooftop/ledge/multistorey/multi-storey/car-park/tower/balcony/parapet/railings',
      ],
      [
        'saying/says/said/threatening/threatened/wants/wanting/going-to/gonna/intends/intending/intent/intention/stating/stated/states/plans/planning/about/talking-about ... to? ... jump/jumping/go-over/throw-himself/throw-herself/throw-themselves/end-it/over-the-edge/go-off',
        'he/she/they/hes/shes/theyre/i/im ... is/s/are/re/am/m? going-to/gonna/goin-to/about-to/will/ll ... jump/go-over/throw ... !in/=into/=the-queue/=on/=at/=ship/=for/=up',
      ],
    ],
  },
];

/** Harm patterns from rounds 57 and 58. */
export const harmPatternsAfterRound57: BuiltInPattern[] = [
  {
    // Something heavy thrown at a person (round 57: "my missus threw a kettle at me this morning, missed but she says next
    // time she won't"; the families' mug of hot tea, a chair, an ashtray). Round 51's pattern needed the head or face.
    id: 'thrown-at-someone',
    kind: 'harm',
    now: true,
    phrases: [
      'threw/thrown/throws/throwing/chucked/chucks/lobbed/lobs/hurled/hurls/flung/launched/launches ... a/an/the/her/his/their/my? ... plate/plates/mug/mugs/glass/glasses/bottle/bottles/cup/cups/ashtray/pan/pans/knife/knives/chair/chairs/iron/kettle/brick/bricks/hammer/stool/table/vase/boiling-water/hot-water/pint-glass/remote/phone/shoe/boot/lighter/bowl/dish/controller ... at/towards/toward ... me/us/her/him/them/my/his/her',
    ],
  },
  {
    // Kept in until the medicine is handed over (round 57: "landlords son let himself in last night and wouldnt leave till
    // I handed over my script"; the families' "stood in the doorway saying he's not going nowhere til I give him my
    // methadone", "made her collect her script so he can take it off her").
    id: 'held-for-the-script',
    kind: 'harm',
    now: true,
    phrases: [
      'would-not/wouldnt/wont/will-not/not/refused-to/refuses-to/refusing-to/never ... leave/go/budge/move/going/goin ... nowhere/anywhere? ... till/til/until/unless/before ... {me}/i/she/he/they ... hand/handed/give/gave/gives/handing/hands ... him/her/them/it? ... over? ... my/her/his/their/me/the? script/methadone/meds/medication/pick-up/pickup/prescription/pregabs/pregabalin/subs/subutex/espranor/tablets/pills/{pills}',
      'made/makes/making/forced/forcing/forces ... me/her/him/them ... collect/pick-up/get/fetch ... my/her/his/their/the? script/methadone/prescription/pick-up/pickup/meds ... so ... he/she/they/{other} ... can/could? take/have/sell/nick',
      // round 60: a dealer "makes him spit his methadone into a bottle to hand over"
      'makes/made/making/forces/forced/forcing ... him/her/me/them ... spit/hand-over/give/bring/save/keep ... ... his/her/my/their/the? methadone/script/meds/dose/pick-up/take-homes/bupe/subs',
    ],
    signs: [
      [
        'taking/takes/took/taken/nicking/nicks/robbing/robs/having ... my/her/his/their/me ... daily/weekend? ... pick-up/pickup/script/methadone/meds/prescription/pregabs/subs/medication/take-homes/takehomes ... off/from/by ... me/her/him/them/force',
        // round 58's second person: "a man who took the dispensed bag from her at the counter … 'he makes me'"
        'took/takes/taking/taken/grabbed/snatched ... the/her/his/their/my ... dispensed/supervised/daily? ... bag/meds/script/methadone/bupe/subs/dose/medication ... from/off ... her/him/me/them',
        'takes/took/taking/has/got/gets ... his/her/my/their ... uc/universal-credit/benefits/pip/esa/pension/money/wages/card/pin/bank-card/giro ... ... every/each/out',
      ],
      [
        'too? scared/terrified/frightened/afraid/fearful ... to? ... refuse/say-no/stop/tell/report/argue', 'or/else ... he/she/they/{other} ... will/ll/would/d ... hurt/batter/kill/do',
        'appeared/appears/looked/looks/seemed/seems ... fearful/frightened/terrified/scared', 'he/she/they makes/made/forces/forced/make me/her/him',
        'daresnt/darent/dare-not/doesnt-dare/does-not-dare/dont-dare/do-not-dare/wouldnt-dare ... stop/say/tell/refuse/report/him/her/them',
        'if ... he/she/i/they ... refuses/refuse/refused/does-not/doesnt/dont/wont/will-not/says-no ... ... gets/get/got/will-get/gonna-get ... a? kicking/slap/beating/battering/hiding/hurt/stabbed/smacked/belting',
        'by force', 'threats/threat ... of ... violence/harm', 'with ... threats/threatening'
      ],
    ],
  },
  {
    // A threat to snatch the children, with a court order or a threat beside it (round 58: "my ex-partner … has said he
    // will take our daughter from school tomorrow and "make me pay". There is a non-molestation order in place"). Taking
    // the kids to school, or a contact order kept to, is everyday.
    id: 'threat-to-snatch-children',
    kind: 'harm',
    now: true,
    signs: [
      [
        'said/says/saying/threatened/threatening/threatens/text/texted/messaged/told ... he/she/they/hes/shes/hell/shell/theyll/{other}? ... will/ll/gonna/going-to/is-going-to/would/d/to ... take/grab/snatch/collect/keep/get/pick-up/run-off-with ... the/our/my/her/his? kids/children/daughter/son/baby/{child}/little-one/boy/girl',
        'breached/breaching/broke/broken/breach ... the/his/her/a/their? restraining-order/non-molestation/injunction/court-order/bail/protection-order/order/conditions',
        // round 92, caught only by the reader on 547ffba: "he's just sent me a picture of a knife saying I'll never see her
        // again"
        'sent/sending/sends/texted/messaged ... me? ... a/the? picture/photo/pic/video/snap/selfie ... of ... a/his/her/the? knife/blade/gun/machete/{weapon}',
        // its second families: "a voice note with a blade in shot"; "keeps posting pictures of a knife"
        'voice-note/voicenote/video/picture/photo/pic/snap ... with ... a/the? blade/knife/gun/machete ... in? shot/it/frame',
        'posting/posted/posts ... pictures/photos/pics/videos/picture/photo ... of ... a/his/the? knife/blade/gun/machete',
      ],
      [
        'non-molestation/nonmolestation/molestation/injunction/court-order/restraining-order/protection-order/no-contact/not-allowed-contact/barred/supervised-contact',
        'make/makes ... me/her/him/us ... pay', 'pay/paying ... for ... it/this/that', 'sort/sorting ... me/her/him/us ... out',
        'never see/seeing/find ... them/her/him/the-kids ... again?',
        'never/not see/seeing ... ... ... again', 'no-one/nobody/noone/no-ones ... taking/takes/gonna-take/is-taking ... her/him/them/the-baby ... from/off me/him/her', 'wont/will-not see/seeing ... the/her/his/my/our? baby/kids/children/son/daughter ... again',
        'regret ... it/this', 'not allowed ... near/anywhere-near/contact', 'injunction/injuction',
      ],
    ],
  },
  {
    // Attacked and told they will come back (round 58: a rough sleeper "kicked and robbed by a group of lads … they told
    // him they'll be back for him tonight"; the families' sleeping bag set alight "and the group said they will return
    // tonight", "coming back each night to threaten her"). Round 51's pattern needed a tent, a bag or a head.
    id: 'attacked-and-told-return',
    kind: 'harm',
    now: true,
    signs: [
      [
        'was/were/been/got/get/getting/being ... kicked/punched/robbed/beaten/battered/attacked/assaulted/jumped/mugged/stamped-on/spat-at/set-alight/set-on-fire/slashed/stabbed/glassed',
        '{other}/lads/men/group/gang ... kicked/punched/robbed/beat/battered/attacked/assaulted/jumped/mugged/spat/stamped/slashed ... him/her/me/us/them',
        'set/setting ... his/her/my/their/the ... sleeping-bag/tent/blanket/bedding/stuff/things ... alight/on-fire/ablaze',
      ],
      [
        'said/say/says/told/telling/shouted/threatened ... ... will/ll/would/d/are-going-to/gonna/going-to ... return/be-back/come-back/coming-back/back-for ... tonight/later/tomorrow/for-him/for-her/for-me/for-more',
        'coming/come/comes/came ... back ... each/every ... night/day ... to? threaten/hurt/get/kick/rob/harass',
        'they/he/theyll/hell/theyre ... be/coming/come ... back ... for ... him/her/me/us/them',
        // round 58's second person: "males stated they would return", "they know where he sleeps"
        'said/stated/states/stating/told/threatened/shouted ... ... they/he/she/males/men/lads/group/gang ... would/will/ll/d/were-going-to ... return/come-back/be-back',
        'know/knows ... where ... he/she/they/i/you ... sleeps/sleep/lives/live/stays/stay/kips/beds-down/dosses',
      ],
    ],
  },
  {
    // A baby or small child left alone while the carers go to use or score (round 58: "baby (8 months) … left alone in the
    // flat since this morning while both parents went to score; neighbour has heard crying for hours"; the families'
    // "leaves our baby in the cot and goes off to score for hours"). "Is it ok to leave a 15 year old home alone for an
    // evening?" is a question (a near miss).
    id: 'child-left-to-score',
    kind: 'harm',
    now: true,
    signs: [
      [
        'baby/babies/toddler/toddlers/{child}/kids/little-one/little-un/bairn/wean/infant/newborn ... left/been-left/alone/on-its-own/on-their-own/on-his-own/on-her-own/by-itself/by-themselves/home-alone/unattended',
        'leaves/left/leaving/leave ... the/our/my/her/his/their? baby/toddler/{child}/kids/little-one/infant/newborn ... in/at/alone/asleep/upstairs ... ... and/while/to/n/then ... go/goes/went/gone/going/off/out',
        'crying/screaming ... in ... the? flat/house/room/next-door ... all/for ... day/morning/night/hours/ages',
        'crying/screaming ... for ... hours/ages/hours-on-end',
        // round 58's second person: "2yo found alone in property", "a little lad about 4 … wandering the stairwell since dinner"
        '#-yo/yo/#-year-old/year-old/yr-old/month-old ... found/left/alone/home-alone/unattended',
        'wandering/wanders/wandered/roaming ... the? stairwell/stairs/streets/street/corridor/corridors/landing/estate/road/close/car-park',
      ],
      [
        'go/goes/went/gone/going/out/off ... to? ... score/scoring/get-gear/for-gear/get-drugs/buy-gear/buy-drugs/the-dealer/the-dealers/get-on/use/the-pub/the-offie/drinking',
        'no-one/nobody/noone/no-ones/nobodys/neither-of-them ... has? ... come/came/been/come-back ... back/home/in',
        'both/neither ... parents/of-them ... out/gone/went/away',
        'parents/mum/mam/dad/carers/both ... ... using/scoring/high/drinking/at-an-associates/off-their-heads', 'no/nobody/no-one ... adult/adults/parent/parents ... contactable/there/home/present/around/answering',
        'has-not/hasnt/have-not/havent/not/never ... come/came ... back/home',
      ],
    ],
  },
  {
    // A young child neglected while the adults use (round 58's second person, a nursery: "3yo has arrived in the same soiled
    // clothes for the fourth day running, says he had no tea and mum and her boyfriend 'smoke the pipe' all night"). Three
    // signs: a child, neglect, and the adults using; "the kids had no tea tonight, I'm skint" has no using.
    id: 'child-neglected-while-using',
    kind: 'harm',
    now: true,
    signsNeeded: 3,
    signs: [
      ['{child}/#yo/yo/year-old/yr-old/#-year-old/toddler/toddlers/nursery/school/pupil/kids'],
      [
        'same/soiled/dirty/filthy/unwashed/wet ... clothes/nappy/nappies/uniform/pyjamas', 'no/not/nothing ... tea/dinner/breakfast/food/to-eat/lunch',
        'hungry/starving/starved ... every/all/again/always/most', 'nappy/nappies ... not/never/hasnt/hasn-t ... changed',
      ],
      [
        'mum/mam/dad/parents/boyfriend/girlfriend/carers/they/stepdad/partner ... ... smoke/smoking/using/use/high/drunk/off-their-heads/injecting/pipe/crack/gear ... all? night/day/the-pipe/gear/crack/every',
      ],
    ],
  },
  {
    // A parent's threat for when the child gets home, told by a worker (round 58: "pupil … said her stepdad is going to
    // kill her when she gets home because she lost her phone"; the families' "said he will 'smash him' when he gets home
    // tonight"). The Decisions: a parent's threat counts unless it is the "if they find out" idiom.
    id: 'threat-when-home',
    kind: 'harm',
    now: true,
    phrases: [
      `${parentOrPartner}/das/mams ... is/s/are/will/ll/has-said/said/says/saying/threatened/threatening/threatens? ... ... going-to/gonna/goin-to/to? ... ${parentsThreat} ... her/him/me/us/them ... when/once/as-soon-as/the-minute/the-moment ... she/he/i/we/they ... get/gets/got/come/comes/goes/go/is/s/walks ... home/in/back`,
      // round 64: "dads gonna kill me when hes home" (the "is" inside "dad's"); the families' note "father threatened to
      // kill her on his return home"
      `${parentOrPartner} ... threatened/threatening/threatens/has-threatened/going-to/gonna/will/ll ... to? ${parentsThreat} ... her/him/me/us/them ... on/upon/after ... his/her/their/my return/returning/getting-home/coming-home/arrival`,
    ],
  },
  {
    // Made to deal or carry, with a threat to the family or a home used (round 58: probation, "younger brother (14) is
    // being used to run county lines from the address, and the older lads have threatened to hurt the family if he stops";
    // the families' "told him they know where his sisters live", "if he don't do the run tonight they'll do his family").
    id: 'made-to-run-threatened',
    kind: 'harm',
    // not `now`: "is being used to run county lines" holds the past time "used to" (round 58); a home taken to deal from
    // is home-taken-to-deal (crisisPatternsAfterRound59.ts), which is `now`
    now: false,
    signs: [
      [
        'being/been/is/was/made/forced/used/groomed ... to? ... run/running/deal/dealing/sell/selling/carry/carrying ... county-lines/a-line/the-line/lines/drugs/gear/from/for-them/from-a',
        'trap/trap-house/traphouse/county-lines/city-line/a-line/the-line',
        'do/doing/does ... the? run/runs/drop/drops', 'using/use/used/took-over/taken-over/taking-over ... his/her/my/their/the ... flat/house/place/home/address ... to ... sell/deal/cook/bag-up',
        'made/making/forced/forcing ... his/her/my/their? ... nephew/niece/brother/sister/son/daughter/{child}/cousin ... # ... carry/run/deal/sell',
        'using/used/use/uses/made/making/forcing/forced/got/getting ... my/his/her/their/the? ... nephew/niece/brother/sister/son/daughter/{child}/kid/lad/boy/girl/cousin ... to? run/carry/deal/sell/hold/drop/deliver',
      ],
      [
        'threatened/threatening/threatens/threat ... to? ... hurt/harm/kill/do/get/attack/burn/stab ... the/his/her/my/their/your? family/mum/mam/sister/sisters/brother/nan/kids',
        'know/knows/knew ... where ... his/her/my/your/their/the/you/he/she/they ... family/mum/mam/sister/sisters/brother/nan/kids/live/lives',
        'they/theyll/theyd/we/well/he/hell ... will/ll/d/would/gonna? ... do/hurt/get/kill/come-for/visit ... his/her/your/my/their ... family/mum/mam/sister/brother/nan',
        'if ... he/she/they/i/you ... stops/stop/leaves/leave/dont/does-not/doesnt/wont/will-not/refuses ... ... threatened/hurt/do/kill',
        'his/her/your/my/their ... mum/mam/family/sister/brother/nan/gran ... gets/get/will-get/getting ... it/hurt/done/stabbed/burnt',
      ],
    ],
  },
  {
    // A threat to cut someone's throat (round 57: "he's out looking for me and said he'd slit my throat"): harm, where the
    // same words about one's own throat are suicide. "…says he'll slit his throat" in a film is about a third man.
    id: 'throat-threat',
    kind: 'harm',
    now: true,
    phrases: ['{other}/hed/shed/theyd/hell/shell/theyll ... would/will/ll/d/gonna/going-to/is-going-to/threatened-to/wants-to ... slit/cut/slash ... my/me/your/our/her throat'],
  },
  {
    // A weapon and a threat, in a note (round 58: "male visitor in the car park with a machete, shouting that he will 'do'
    // the resident in Rm 15 over money owed"). A knife in the kitchen drawer and no threat is not this.
    id: 'armed-and-threatening',
    kind: 'harm',
    now: true,
    signs: [
      ['with/holding/waving/carrying/got/has/had/brandishing/wielding ... a/an/his/her/their? machete/machetes/knife/knives/blade/blades/bat/bats/baseball-bat/gun/guns/hammer/hammers/axe/crowbar/weapon/weapons/zombie-knife/sword'],
      [
        'shouting/saying/threatening/says/said/screaming/yelling/telling/tells/told ... ... he/she/they/hell/shell/theyll ... will/ll/gonna/going-to/would/d ... do/get/kill/stab/hurt/batter/slash/cut/do-in/shoot/sort ... him/her/me/us/them/you/the-resident/the-client/{person}',
        'over/about/for ... money/debt/cash ... owed/owes/owing', 'over/about/for ... what ... he/she/they ... owes/owe/owed',
        // round 62 and its families: "he say I pay tonight or they finish me", "next time is not the door, it is my head"
        'pay/paid/pays ... ... tonight/today/tomorrow/now/by ... ... or/else/otherwise', 'or ... they/he/she/you/i ... will/ll/is/are/am? ... finish/finished/end/dead/kill',
        'next time ... ... ... ... my/your/his/her ... head/face/legs',
        'threatened/threatening/threatens ... to ... end/do/kill/hurt/stab/batter/finish ... him/her/me/us', 'demanded/demanding ... arrears/money/rent/cash ... by/tonight',
      ],
    ],
  },
  {
    // People owed money at the door with a threat (the families' "the lads he owes are at the door saying they'll cut him
    // up"): three signs, because "cut him up" alone is a driver's word.
    id: 'debt-at-the-door',
    kind: 'harm',
    now: true,
    signsNeeded: 3,
    signs: [
      ['owe/owes/owed/owing/debt/debts/tick/on-tick'],
      ['at/outside/round/banging-on/kicking/waiting-at/waiting-outside ... the/my/his/her/our/me? door/flat/house/window/gate', 'looking/hunting/searching ... for ... him/her/me/us', 'hiding/whispering'],
      ['they/theyll/hell/he/shell/she/theyre/hes/gonna ... will/ll/going-to/gonna/are? ... cut/carve/slice/slash/chop/stab/shank/do/batter ... him/her/me/us/you ... up?'],
    ],
  },
  {
    // Voices telling them to hurt someone, in any verb (the families' "the voices keep telling me to throttle my mum while
    // she sleeps"); "throttle" is otherwise an idiom's word, so this reads through idioms (the voices say it is not one).
    id: 'voices-to-hurt-someone',
    kind: 'harm',
    now: false,
    readsThroughIdioms: true,
    phrases: [
      'voices/voice ... telling/tell/tells/told/saying/say/says/keep/keeps ... me/him/her/them? ... to ... throttle/strangle/choke/smother/stab/kill/hurt/attack/batter/suffocate/murder/harm ... my/me/his/her/the/our/someone/somebody/him/her/them/people/a/{other}',
      // round 79's families, in a note: "command hallucinations instructing him to attack staff on shift tonight",
      // "auditory hallucinations telling her to harm her partner"
      'hallucinations/hallucination/commands/voices/voice ... instructing/instructs/instructed/commanding/ordering/directing/telling/urging ... him/her/them/me? ... to ... throttle/strangle/choke/smother/stab/kill/hurt/attack/batter/suffocate/murder/harm/assault ... my/his/her/the/our/someone/somebody/him/them/people/a/{other}/staff/others/residents/neighbours/workers/nurses/partner',
      // round 80's families: "them voices wont shut up, saying go round and batter the bloke downstairs", "they keep saying
      // glass the bloke on the bus", "command hallucinations to assault fellow resident"
      'voices/voice ... ... ... saying/say/says/telling/tell/tells/shouting ... ... batter/glass/stab/kill/hurt/attack/strangle/throttle/smash/knife/shank/murder ... the/my/his/her/that/this/a ... bloke/man/woman/lad/guy/fella/neighbour/neighbours/staff/flatmate/kid/baby/girl/boy/copper/driver/someone/resident',
      'command/commanding/commands hallucinations/hallucination/voices ... to ... throttle/strangle/choke/smother/stab/kill/hurt/attack/batter/suffocate/murder/harm/assault ... my/his/her/the/our/someone/somebody/him/them/people/a/{other}/staff/others/fellow/residents/resident/neighbours/workers/nurses/partner',
    ],
  },
];
