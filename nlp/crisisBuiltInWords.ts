import {
  builtInNearMissesAfterRound18, builtInNearMissesAfterRound19, builtInNearMissesAfterRound20, builtInNearMissesAfterRound21,
  builtInNearMissesAfterRound22, builtInNearMissesAfterRound23, builtInNearMissesAfterRound37, builtInNearMissesAfterRound45,
  builtInNearMissesAfterRound51, builtInNearMissesAfterRound57, builtInNearMissesAfterRound59,
  builtInNearMissesAfterRound61,
} from './crisisBuiltInNearMisses';
import { nearMissesAfterRound67 } from './crisisPatternsAfterRound67';
import { nearMissesAfterRound69 } from './crisisPatternsAfterRound69';
import { nearMissesAfterRound73 } from './crisisPatternsAfterRound73';
import { nearMissesAfterRound75 } from './crisisPatternsAfterRound75';
import { nearMissesAfterRound79 } from './crisisPatternsAfterRound79';
import { nearMissesAfterRound81 } from './crisisPatternsAfterRound81';
import { nearMissesAfterRound83 } from './crisisPatternsAfterRound83';
import { nearMissesAfterRound85 } from './crisisPatternsAfterRound85';
import { nearMissesAfterRound87 } from './crisisPatternsAfterRound87';
import { nearMissesAfterRound89 } from './crisisPatternsAfterRound89';
import { nearMissesAfterRound91 } from './crisisPatternsAfterRound91';
import { nearMissesAfterRound93 } from './crisisPatternsAfterRound93';
import { nearMissesAfterRound95 } from './crisisPatternsAfterRound95';

/**
 * Word lists behind the built-in crisis patterns (nlp/crisisBuiltIn.ts): the {slots} phrases use, the everyday
 * phrases that must not count, and the times that put an event in the distant past.
 */

export const builtInSlots: Record<string, string[]> = {
  me: ['i', 'me', 'myself'],
  other: [
    'he', 'she', 'they', 'him', 'her', 'them', 'someone', 'somebody', 'my *', 'my best *', 'my wee *', 'my little *',
    'our *',
    // "the woman in the stairwell", "a young lad": people, not things ("the sky went grey" must not count)
    'the/this/that/a/some/his/her/their {person}', 'the/this/that/a/some/his/her/their * {person}',
    // people often drop the "my": "mate's gone blue"
    'mate', 'mates', 'pal', 'friend', 'partner', 'bf', 'gf', 'boyfriend', 'girlfriend', 'missus', 'fella', 'bloke',
    'guy', 'lad', 'man', 'woman', 'bro', 'hubby', 'husband', 'wife',
    // round 32: "Padmate's gone floppy" (in prison)
    'padmate', 'padmates', 'cellmate', 'cellmates', 'cellie', 'celly',
    // round 35: "mum punched me in the face this morning"
    'mum', 'mam', 'mom', 'dad', 'da', 'stepdad', 'stepmum', 'nan', 'gran', 'brother', 'sister', 'uncle', 'auntie',
  ],
  anyone: ['{me}', '{other}', 'we', 'you'],
  person: [
    'guy', 'lad', 'man', 'woman', 'girl', 'boy', 'bloke', 'fella', 'person', 'dude', 'geezer', 'lass', 'lassie', 'mate',
    'pal', 'friend', 'neighbour', 'dealer', 'kid', 'baby', 'wean', 'bairn', 'lady', 'gent', 'people', 'one', 'punter',
    // people in a worker's note (round 58: "I think the gentleman in Rm 3 may be dead")
    'gentleman', 'resident', 'client', 'patient', 'tenant', 'customer', 'service user', 'su',
    // round 32: "padmate's gone floppy" (a cellmate)
    'padmate', 'padmates', 'pad mate', 'cellmate', 'cellmates', 'cell mate', 'cellie', 'celly',
    // round 18: "gonna stab the prick who robbed me" (people named by an insult)
    'prick', 'bastard', 'twat', 'dickhead', 'knobhead', 'scumbag', 'wanker', 'tosser', 'cunt', 'nonce',
    '{family}',
  ],
  violence: [
    'hit', 'hits', 'hitting', 'beat', 'beaten', 'punch', 'kick', 'slap', 'smack', 'choke', 'strangle', 'throttle', 'hurt',
    'attack', 'batter', 'abuse', 'rape', 'stab', 'headbutt', 'assault', 'glass', 'slash', 'shook', 'bash',
    'burn', 'burnt', 'leather', 'kicked-in', 'beat-up', 'beats',
    // round 28: "he booted me in the ribs", "belted me again tonight" (past forms only: "gave me his belt", "called me a twat")
    '=booted', '=belted', '=twatted', '=decked', '=lamped', '=stamped', '=thumped', '=walloped', '=clouted', '=kneed', '=headbutted', '=floored', '=brayed', '=skelped', '=battered',
  ],
  drugs: [
    '{pills}', 'subs', 'subbies', 'bupe', 'subutex', 'suboxone', 'espranor', 'gear', 'heroin', 'smack', 'crack', 'coke',
    'ket', 'spice', 'edibles', 'edible', 'drugs', 'stuff', 'fent', 'fentanyl', 'oxy', 'oxys', 'morphine', 'vodka', 'bleach',
    'weed', 'gummy', 'gummies', 'cannabis', 'thc', 'nicotine', 'vape', 'e-liquid',
    // round 33: "my meth doses" (methadone, as often said)
    'meth', 'meth doses', 'oxycodone', 'oramorph', 'zomorph',
  ],
  drop: [
    'bridge', 'building', 'roof', 'rooftop', 'cliff', 'multi storey', 'multi-storey', 'multistorey', 'car park', 'flats',
    'balcony', 'window', 'tower', 'tower block', 'motorway', 'tracks', 'railway', 'viaduct', 'overpass',
    // round 32: "sat on the windowsill on the third floor saying he's going to jump"
    'windowsill', 'window sill', 'window ledge',
  ],
  water: [
    'sea', 'river', 'canal', 'loch', 'lake', 'harbour', 'reservoir', 'docks', 'quarry', 'clyde', 'thames', 'mersey',
    // round 17: more rivers by name (not Wear, Forth, Dee, Avon: everyday words and names)
    'tyne', 'tees', 'severn', 'humber', 'ouse', 'taff', 'irwell', 'lagan', 'liffey', 'tay', 'trent',
  ],
  family: [
    '{child}', 'sister', 'brother', 'mum', 'mam', 'mom', 'dad', 'da', 'nan', 'gran', 'granny', 'grandad', 'partner', 'wife',
    // "keeps punching his missus" (found after round 15's retrain, when the reader no longer raised it)
    'missus', 'mrs', 'other half', 'stepdad', 'stepmum', 'step dad', 'step mum',
    'husband', 'girlfriend', 'boyfriend', 'mate', 'pal', 'friend', 'cousin', 'auntie', 'aunt', 'uncle', 'niece', 'nephew',
  ],
  child: [
    'kid', 'kids', 'child', 'children', 'baby', 'babies', 'toddler', 'son', 'daughter', 'wean', 'weans', 'bairn',
    'bairns', 'little one', 'little ones', 'wee one', 'wee ones', 'little un', 'little uns', 'wee un', 'wee uns', 'newborn', 'grandson', 'granddaughter', 'little boy',
    'little girl', 'wee boy', 'wee girl', 'baby boy', 'baby girl', 'my boy', 'my girl', 'stepson', 'stepdaughter',
    // round 57's second person: "their dad came round last night and hit our eldest"
    'eldest', 'youngest', 'our eldest', 'our youngest',
    '# year old', '# year olds', '# month old', 'year old', 'month old',
    // "my 4 yr old got into my methadone" (found after round 15)
    '# yr old', '# yr olds', '# yrs old', 'yr old', '# yo', 'niece', 'nephew', 'grandkid', 'grandkids',
    'grandchild', 'grandchildren',
    // a young sibling in the person's care: "my little brother … he's 6"
    'little brother', 'little sister', 'baby brother', 'baby sister', 'wee brother', 'wee sister', 'kid brother', 'kid sister',
  ],
  weapon: [
    'knife', 'knives', 'gun', 'guns', 'machete', 'machetes', 'blade', 'blades', 'weapon', 'weapons', 'axe', 'axes',
    'shotgun', 'crossbow', 'zombie knife', 'baseball bat', 'bats', 'hammers', 'shank', 'shanks', 'nank', 'nanks',
  ],
  pills: [
    'pills', 'tablets', 'tabs', 'meds', 'medication', 'paracetamol', 'painkillers', 'blues', 'benzos', 'vallies',
    'valium', 'diazepam', 'xanax', 'pregabalin', 'pregabs', 'gabapentin', 'methadone', 'script', 'prescription', 'sleeping pills',
    'tramadol', 'codeine', 'co codamol', 'insulin', 'antidepressants', 'sertraline', 'mirtazapine', 'packet',
    'box', 'bottle', 'strip', 'stash',
    // sleepers and other prescribed sedatives (round 16: "took all me zopiclone with half a bottle of gin")
    'zopiclone', 'zopiclones', 'zopis', 'zopi', 'zops', 'zimmos', 'zimovane', 'zolpidem', 'sleepers', 'amitriptyline', 'quetiapine', 'promethazine',
  ],
  lots: [
    'all', 'whole', 'entire', 'full', 'handful', 'twenty', 'thirty', 'forty', 'fifty',
    'hundred', '20', '25', '30', '40', '50', '60', '100',
    // pack sizes in the UK: "all 28 of my mirtazapine"
    '12', '14', '16', '24', '28', '32', '56', '84', 'twelve', 'fourteen', 'sixteen', 'twenty eight', 'the lot', 'the whole lot', 'every', 'two packets', 'three packets', 'a box', 'a bottle',
    // a note's words (round 58: "took a large quantity of paracetamol yesterday afternoon")
    'a large/huge/massive/big/excessive/significant/unknown quantity/amount/number',
  ],
};

/** Food and pop that come by the box or bottle, like pills (round 26's families: "necked a whole box of jaffa cakes"). */
const containers =
  'box/boxes/bottle/bottles/packet/packets/pack/packs/multipack/tub/tubs/bag/bags/tin/tins/can/cans/pot/pots/tube/tubes/jar/jars/carton/cartons/family-size/sharing';
const foods =
  'jaffa/jaffa-cakes/cakes/cake/biscuits/biscuit/cookies/crisps/pringles/doritos/sweets/haribo/chocolates/chocolate/maltesers/celebrations/heroes/roses/quality-street/cereal/coco-pops/doughnuts/donuts/pop/coke/cola/pepsi/juice/water/milk/irn-bru/lucozade/monster/red-bull/redbull/squash/ribena/ice-cream/cheese/pickles/nuts/peanuts/popcorn/wine-gums/jelly-babies/custard/noodles/soup/beans';

/** Things, and workers or services, that can be "not responding" or "dead" with nobody in danger (after round 25). */
const things =
  'phone/app/computer/screen/bot/website/worker/keyworker/service/council/laptop/tv/thing/portal/phones/apps/computers/screens/websites/site/sites/laptops/tablet/ipad/system/server/wifi/internet/router/printer/console/xbox/ps5/playstation/controller/telly/till/machine/touchscreen/mouse/keyboard/email/browser/game/page/ps4/ps4s/ps5s/xboxs/xboxes/consoles/tablets/ipads/tvs/tellies/games/pages/systems/machines/controllers/emails';

/**
 * Everyday phrases that contain crisis words. A crisis match that overlaps one of these is ignored; any other
 * crisis match in the same message still counts ("dying for a smoke but I want to end it" is still a crisis).
 */
export const builtInExceptions: string[] = [
  ...builtInNearMissesAfterRound18,
  ...builtInNearMissesAfterRound19,
  ...builtInNearMissesAfterRound20,
  ...builtInNearMissesAfterRound21,
  ...builtInNearMissesAfterRound22,
  ...builtInNearMissesAfterRound23,
  ...builtInNearMissesAfterRound37,
  ...builtInNearMissesAfterRound45,
  ...builtInNearMissesAfterRound51,
  ...builtInNearMissesAfterRound57,
  ...builtInNearMissesAfterRound59,
  ...builtInNearMissesAfterRound61,
  ...nearMissesAfterRound67,
  ...nearMissesAfterRound69,
  ...nearMissesAfterRound73,
  ...nearMissesAfterRound75,
  ...nearMissesAfterRound79,
  ...nearMissesAfterRound81,
  ...nearMissesAfterRound83,
  ...nearMissesAfterRound85,
  ...nearMissesAfterRound87,
  ...nearMissesAfterRound89,
  ...nearMissesAfterRound91,
  ...nearMissesAfterRound93,
  ...nearMissesAfterRound95,
  // idioms
  'dying for/to', 'dying/die of laughter/laughing/boredom/embarrassment/thirst/shame', 'die/died/dying laughing',
  'kill/killing/killed myself laughing', 'could/would murder a/for', 'killed/kill/killing/smashed it',
  'dead good/funny/easy/nice/on/set/tired/keen/right/sound/serious/chuffed/proud/confused/worried/scared/upset/ill/rough/poorly/weird/quiet/excited/nervous/lucky/close/hard/sleepy/dozy/groggy/spaced/pale/cold/bored', 'dead to me',
  'to die for', 'overdosed/overdose/overdosing/od on chocolate/sweets/sugar/cake/netflix/telly/tv/coffee/caffeine/carbs/crisps/food/junk-food/quality-street/roses/celebrations/heroes/biscuits/mince-pies/easter-eggs/pizza/sprouts/turkey', 'die/dying clean/sober', 'die/dye my/her/his/their hair', // a relationship ended (not "tried to end it with a ligature", round 42)
  'end/ended/ending/finish/finished it with him/her/them/{person}/{family}', 'end/ended/ending/finish/finished it with my/me/his/her/the ... {person}/{family}/boyfriend/girlfriend/bf/gf/fella/ex/man/missus/husband/wife/partner/lad/lass/bird',
  'had/having a fit about/over', 'throw/threw/throwing/thrown a fit', 'a? fit/fits of', 'shot down', 'fit for work',
  // (a visit, not "coming round tonight with a hammer", round 44)
  // (round 50: not "he won't come round for me", a person not waking)
  // (not "coming round tonight to do me in", "coming round to do me in": round 88's families)
  'come/coming round/over to/later/tomorrow/tonight/mine/here/my/again/anymore !with/to/do/batter/kill/hurt/stab/smash/finish/sort/get', 'come/coming round/over for !me/us/anyone/anybody',
  // "told my dealer not to come round no more": a visit, not waking up
  'told/tell/telling/asked/ask/asking/said ... not to come/coming round', 
  // put out of a place, not hurt: "my missus kicked me out last night", "they kicked him out of the group"
  'kicked/kick/kicking/kicks/chucked/chuck/chucking/threw/throw/throwing/thrown/turfed me/him/her/them/us/you out', 
  // a near miss: "nearly got hit by a bus lol"
  'nearly/almost got/get/been hit/run-over by a/the bus/car/van/bike/taxi/lorry/cab/train/tram', 
  // machines overheat too: "my phone keeps overheating"
  'phone/laptop/car/engine/van/computer/pc/console/xbox/playstation/boiler/charger/battery/oven/kettle/telly/tv ... overheating/over-heating/overheated', 'a/this/the/head/bad cold',
  // the thing just before its colour (round 28's second-person lines: "found him in his room not breathing with blue lips" had
  // been read as a blue room, which hid the whole overdose)
  'eyes/jacket/shirt/car/hair/top/trainers/phone/walls/door/coat/hat/sky/paint/room/tattoo/colour/color/favourite/shade/wall/ceiling/carpet/curtains/bedroom/kitchen/van/bike/football/kit is/are/was/were/s/all/painted/gone/went/been/turned/turning? is/are/was/painted/bright/dark/light/navy/baby/pale/sky/royal/electric/slate/dove? =blue/=grey/=gray/=purple',
  'business/company/shop/shops/firm/pub/club/cafe/restaurant/bar/salon/garage/charity/bank ... going/gone/went/go under',
  // (round 43: not "gone under, the nasal one")
  'gone/went/going/go/slipped/sinking under the/a/an/his/her/their/my/for/anaesthetic/anesthetic/general/sedation/radar/knife/pressure/spell/water/covers/duvet !nasal/naloxone/narcan/spray/jab/nyxoid',
  'gone/went/going/go/sinking under ... with/from/because-of/financially ... the? debt/debts/bills/money/work/stress/pressure/workload/paperwork/rent/arrears/business',
  'scared/afraid/terrified/frightened of ... finding/knowing/seeing/hearing/judging/reaction/disappointed/telling',
  // (round 51's second-person lines: not "scared of what I'll do when I'm on my own tonight")
  'scared/afraid/terrified/frightened of ... what !i/ill/id/myself', 'scared/afraid/terrified/frightened of ... what ... i/{me} ... will/might/would/could/d/ll? find/see/hear/say/think/happen/get',
  'how/what ... know/tell/signs ... if/when/of ... overdose/overdosed/overdosing/overdoses',
  'hair/beard/sky/weather/clouds/picture/screen ... going/gone/went/turning/turned ... grey/gray/blue/white', 'a/new/the/light/bathroom/kitchen =fitting/=fittings',
  'sat/sit/sitting/sits/sleep/sleeping/slept/sleeps ... on the floor',
  'responding/reacting to treatment/medication/meds/methadone/subs/script/therapy/antibiotics',
  // round 30: "my back pain isnt responding to the new tablets"
  'responding/reacting/respond/react to ... treatment/medication/meds/methadone/subs/script/therapy/antibiotics/tablets/pills/painkillers/injections/cream/steroids/inhaler',
  // "fitting a new kitchen", "fitting in" (exact forms: "had a fit in the kitchen" is a fit, round 16)
  // (round 45's second-person lines: "she's fitting in the tent" is a fit; "fitting in at the new hostel" is not)
  '=fitting/=fitted in/into !the/a/an/his/her/their/my/this/that/tent/bed/car/street/toilet/bathroom/corridor/hallway/kitchen/bath/shower/cell/van/back/middle/road',
  '=fitting/=fitted in/into the/a/his/her/their/my new/group/job/hostel/school/place/team/crowd/area/flat/class/world/uni/college/community',
  '=fitting/=fitted a/the/new/out/kitchen/carpet/doors/windows', 'hit/hitting/hits him/her/them/me/us up',
  // round 18: only the thing answered, so "won't answer me, door's locked" is not cancelled; after round 25 a door needs
  // its "the / his / …", since "he won't answer, doors locked" is not "answer the door"
  'answer/answering/answered/answers the/his/her/my/their/your/a/any/its/bloody/fucking/her-bloody/his-bloody phone/door/texts/calls/messages/emails/mobile', 'answer/answering/answered/answers phone/texts/calls/messages/emails/mobile',
  'dog/dogs/cat/cats/pup/puppy/fur/muzzle/roots/temples/sideburns/stubble/tash/moustache/eyebrows/whiskers is/are/has/have/s? going/gone/went/turning/turned =grey/=gray/white',
  'wake/waking up early/at-#/so-early/before/for-work/in-time',
  // sleeping late: "hes not waking till 10 on weekends"
  'not/never wake/waking/waken/get-up/getting-up up? till/until/til/before #/noon/midday/dinner/lunch/dinnertime/lunchtime/the-afternoon',
  // gone somewhere: "I think he's gone home, he's cold" (not "I think he's gone. He's cold.")
  'think/reckon {other} ... gone/went to/home/out/off/back/for/away/upstairs/downstairs/outside/already/shopping/to-bed/to-work',
  'worker/keyworker/doctor/gp/council/probation/landlord/service/housing/dwp/solicitor/caseworker/surgery ... to? answer/respond/reply/react',
  // colour from something eaten, worn or put on: "my lips are a funny colour from the blue slush"
  'colour/color/=blue/=purple/=green/=red ... from/after/because-of the/a/some/that? =blue/=red/=green/=purple/raspberry/cherry? slush/slushie/slushy/slushies/lolly/lollies/ice-pop/sweets/sweet/lipstick/wine/ribena/juice/blackcurrant/blueberries/blueberry/dye/paint/pen/ink/tan/fake-tan/makeup/make-up/sunburn/sweetie/sweeties',
  'slush/slushie/slushy/slushies/lolly/lollies/ice-pop/sweets/lipstick/dye/paint/fake-tan/tan/ribena/juice/blackcurrant/blueberries/wine/makeup/sweeties ... lips/face/tongue/mouth/fingers/hands/skin ... colour/color/=blue/=purple/=green/=red/=black',
  // bodily pain that is not about wanting to die: "I want the pain in my back to stop for good"
  'back/knee/knees/tooth/teeth/hip/hips/foot/feet/leg/legs/neck/shoulder/joint/joints/ankle/wrist/abscess/gum/gums/jaw/period/nerve pain/pains/ache',
  // (the body part straight after "in my": "pain in his chest spreading to his jaw" is the chest, round 39)
  'pain/pains/ache/aching ... in/from/with my/his/her/the/me? lower/upper/left/right/bad/sore/dodgy/top/bottom? back/knee/knees/tooth/teeth/hip/hips/foot/feet/leg/legs/neck/shoulder/joints/ankle/wrist/abscess/gums/jaw', 'chest ... from/with/because-of ... coughing/cough/cold/chest-infection/flu/asthma/running',
  // a thing, not a person (after round 25: "pharmacy app's not responding again", where "app's" is one word, "apps"); the
  // thing just before the verb, so "his phone's ringing and he's not responding" counts
  `${things} is/are/was/were/has/have/had/keeps/kept/just/still/been/completely/totally? is/are/was/been/just/still/completely/totally/saying/showing/says/shows? not/no-longer/never/will-not/would-not/wont/stopped responding/reacting/respond/react/loading/load/working/wake/waking/turning-on/switching-on`,
  `${things} is/are/s/keeps/has/been? dead/frozen/crashed/crashing/freezing/broken/broke/cracked/smashed/glitching/glitchy/playing-up/bust/knackered/buggy ... ... not/no-longer/never/will-not/would-not/wont/stopped responding/reacting/respond/react/loading/load/working/wake/waking`,
  // ("back" only before how it is: round 80's "if I ask for it back he'll hurt me" is a threat)
  'feet/legs/head/teeth/tooth/knees/arms/belly/stomach/kidneys/joints/bones/eyes/ears/hands/shoulders ... killing/hurting/kills/hurts me',
  // exact forms: "on his way back, said he'll kill me" is a threat (round 85)
  'back/backs ... =killing/=kills me', 'back/backs is/s/are/keeps/been/really/proper/still? =hurting/=hurts me',
  // change talk and ordinary talk about use: not a danger now
  // no gap after the verb: "kill myself with the gear" is not "kill the habit"
  'kill/killing/kick/kicking/beat/beating the/this/that/my/these/those/off/off-the/off-this/off-my/this-bloody/this-fucking/the-bloody/the-fucking/my-bloody/my-fucking/this-stupid/the-stupid/this-horrible/the-horrible? habit/urge/urges/craving/cravings/addiction/pain/time/buzz/boredom/liver/rattle/drinking/using/use/smoking/drugs/gear/booze/dependence',
  'killing me slowly', 'kill me one day/eventually/slowly/in-the-end',
  'gear/drink/drugs/drug/crack/heroin/spice/habit/using/stuff/shit/smack/coke/booze/fags/smoking/pipe/methadone/benzos/pills/ket/rattle/withdrawal/withdrawals/cravings/comedown/life ... will/going/gonna/is/would/could/gon ... kill/killing/kills/hurt/hurting/hurts me',
  // "my mum will kill me if she finds out" is an idiom; "my dad is going to kill me when he gets home" is not
  // "find out", not "find me": "he's going to murder me when he finds me" is a threat (round 22's second-person lines)
  // (not "…finds out where I'm staying": that is finding me, round 35)
  'kill/murder/strangle/throttle/skin/slaughter me if/when ... find/finds/found out !where/which', 'kill/murder/strangle/throttle/skin/slaughter me if ... know/knows/knew/see/sees/saw/hear/hears',
  // "when" only with the knowing straight after it: "me dad's gonna kill me when he gets in, he knows i pawned his telly"
  // is a threat (round 37)
  'kill/murder/strangle/throttle/skin/slaughter me when {other}/he/she/they/you/u/{family}? know/knows/knew/see/sees/saw/hear/hears',
  'nan/gran/granny/keyworker/worker/boss/probation/doctor/gp/teacher/manager ... kill/murder/strangle/throttle/skin me',
  'beat me at/in/to', 'beat/beating/hit/hitting the/my/this/that habit/gear/bottle/drink/pipe',
  'hit/hits me hard/harder/different/like/straight', 'it/that/this/gear/drink/buzz/rattle/withdrawal/reality hits/hit me',
  'hit with a/the fine/sanction/bill',
  'scared/afraid/worried/frightened/fear/terrified/risk/chance/risks/danger/dangers/chances ... of/about/from ... overdosing/overdose/overdoses',
  'prevent/prevention/preventing/stop/stopping ... overdose/overdoses/overdosing',
  'overdose risk/risks/awareness/training/kit/kits',
  'naloxone/narcan/nyxoid/prenoxad kit/kits/training/trained/course', // ("=": "got narcanned last nite" is naloxone given, round 44)
  'carry/carrying/got/have/has ... =naloxone/=narcan/=nyxoid',
  'died/dies/dying of/from ... overdose/overdoses', 'lost ... to an? overdose/overdoses', 'passed away',
  'collapsed/collapsing vein/veins', 'collapsed/collapsing/collapse/blown/blew a/my/me/another/the/one/two/all/both/his/her? vein/veins', 'vein/veins ... collapsed/collapsing/collapse', 'passed out on the sofa/couch/bed',
  'too much/many ... to drink/pints/beers/cans/drinks',
  // past, one-off accidents ("burnt myself on the pipe") are builtInAccidents below; "been burning myself" is self-harm
  'hurt/hurting/hurted my back/feet/foot/knee/knees/leg/legs/arm/hand/wrist/shoulder/neck/ankle',
  'only/just hurting/hurt/harming myself', 'hurting/harming myself ... with/by ... using/gear/drugs/drink/this',
  // slow harm by using, said of themselves or by someone close: "im killing myself with this stuff", "me maw says am
  // killin masel" (not "gonna kill myself with the gear": only the -ing form, or "says I'm killing myself")
  '=killing myself with/wi this/that/the/all-this/all-the/all-that? stuff/gear/drink/drugs/booze/crack/smack/spice/shit/coke/ket/habit/drinking/using',
  'says/said/thinks/thought/reckons/reckon/keeps-saying i/im/am/i-am =killing myself',
  'cutting/cut down/back/out', 'cutting my/the dose/script',
  'take/took/taken all my meds/medication/pills/tablets ... on-time/as-prescribed/every-day/every-morning/every-night/supposed',
  'took/take/taken/taking ... {lots} ... {pills} ... like/as ... doctor/doc/docs/dr/doctors/gp/nurse/pharmacist/chemist/psych/psychiatrist/consultant/prescriber/keyworker/label/leaflet/instructions/prescribed/supposed/should/told/directed',
  'take/taking/took/taken ... my/the ... {pills}/dose/doses properly/correctly',
  'be/being around him/her/them/people/you/my/that/those/these/drugs/gear/users/using/it/crack/the/here-when',
  'pass/passing out from/of/with boredom/tiredness/hunger',
  'take/took/taken/taking ... whole/full ... {pills} !off ... on-time/as-prescribed/every-day/every-morning/every-night/each-day/each-morning/daily/supposed/at-the-chemist/at-the-pharmacy',
  'took/taken/brought/bring/handed ... back? to/into the chemist/pharmacy',
  'at the chemist/pharmacy', 'supervised',
  'phone/battery/charger/signal/data/wifi/trainers ... dead/died/dying',
  'respond/responding/reply/replying to my ... messages/texts/emails/calls', 'respond/responding/reply/replying/answering/answer to/any ... of? my/me ... messages/texts/emails/calls/voicemails/dms',
  'queue/traffic/bus/line/car/list/time/things/waiting-list ... not moving',
  // (not over an edge: "intends to go over the edge tonight", round 58's families)
  'gone/going/go/went over to/there/the/here/it/that/this/his/her/my/their/things/everything/what !edge/=cliff/=cliffs/=side/=railings/=balcony/=bridge/=ledge/=top',
  'give/giving/gives/hand/handing/hands out', 'naloxone/narcan/nyxoid ... at/from the? chemist/pharmacy/exchange/hub/service/clinic/hostel',
  'where/how ... get/find/buy ... naloxone/narcan/nyxoid',
  'breathing exercise/exercises/technique/techniques',
  'blood test/tests/bloods', 'sick of giving blood',
  'live/living like this/that/this-way/that-way', 'live/living this/that way/life',
  'life of/on ... using/drugs/gear/crime/the-streets/addiction/drink/drinking/scoring/grafting/robbing/begging/shoplifting/hustling/chasing/sleeping-rough/dealing/sofa-surfing',
  // how they live, not living (after round 25: "done with this way of life, scoring every morning"); "done with life" counts
  'way/kind/sort/type of life/living/lifestyle', 'lifestyle/lifestyles', 'done/finished/through with that/the life', 'the/that/this/my/me/our drug/drugs/street/party/junkie/smackhead/gangster/criminal/estate/using life/lifestyle/scene',
  'go/going on a/the/holiday/methadone/script/subs/bupe/list/waiting-list',
  'carry/carrying on using/drinking/like-normal',
  // "can't keep going to these meetings", not "I can't keep going to be honest" (tbh)
  'keep/keeps going to the/my/these/those/this/that/a/an/his/her/their/work/college/school/uni/meetings/meeting/group/groups/na/aa/ca/church/gym/appointments/see/visit/court/bed/sleep/him/them/mine/hers/bingo/football',
  'keep/keeps going back/out/round/on-about',
  'keep/keeps going ... with/at ... the/this/that/these/my ... course/job/work/detox/meetings/group/college/diet/gym/training/taper',
  'no point ... asking/arguing/worrying/lying/talking-about-it',
  'what is the point ... asking/arguing/this-bot/of-this/talking',
  'tired of ... waiting/queueing/this-bot/the-queue/being-skint',
  'had enough ... of? waiting/queueing/the-hostel/my-worker/methadone/gear/this-bot/you',
  // near the families added after round 13
  'ready to go to/home/out/back/for/in/on/shopping/outside/when', 'live with myself if/unless',
  'favour/favor ... if/by {me} ... went/go/going/left to/into/back/home/on/out/in/for/shopping',
  'another/one-more day/night/week/minute/hour ... at/in/of ... work/job/rain/weather/hostel/queue/school/waiting/this-rain/the-rain/the-job/this-job/the-hostel/this-hostel/the-queue/traffic/this-weather',
  'benefits/money/credit/uc/pip/hours/electric/electricity/gas/power/water/phone/script/dose/payments/funding/wages/hair/grass/budget/service/services ... ... cut/cutting again',
  'cut/cutting my/the/his/her hair/grass/nails/hedge/fringe ... again?',
  'lined/counted/laid/piled/spread/sorted ... up/out ... ... for the/next? week/weekend/dosette/days/morning/tomorrow', 'dosette/blister/pharmacist/chemist/nurse/pharmacy ... counted/lined/laid',
  'threat/threats/threatening/threatened ... letter/letters/eviction/evicted/sanction/sanctions/court/bailiffs/bailiff/fine/prison/jail/police/legal-action/kicked-out/losing/the-sack/sacked/warning/disconnection/cut-off',
  'letter/letters/bailiffs/bailiff/debt-collectors/collectors/council/energy/court/dwp ... threat/threats/threatening/threatened',
  'numb/dead ... from/after ... the? dentist/anaesthetic/filling/tooth/injection/sleeping/lying',
  // near the families added after round 14
  'battered/hammered/thrashed/murdered/beaten/beat/smashed/spanked/stuffed/walloped/destroyed/slaughtered/killed/annihilated/mullered/trounced/leathered/tonked ... # nil/#/zero/love',
  'battered/hammered/thrashed/murdered/beaten/beat/smashed/spanked/stuffed/walloped/destroyed/slaughtered/leathered ... in/at the? league/cup/final/derby/semi/semis/semi-final/quiz/pool/darts/snooker/tournament/five-a-side/fives',
  'spot/spotting/recognise/recognize/recognising/recognizing/tell/telling/notice/noticing/identify/identifying/signs/sign ... if/when/whether/that/of? ... someone/somebody/people/a-person/others/a-friend/a-mate/someone-is/somebody-is/people-are ... suicidal/suicide/overdosing',
  'suicide/suicidal/overdose prevention/awareness/first-aid ... training/course/workshop/session/talk/day/week/month/leaflet/leaflets/poster/posters/campaign',
  'course/courses/training/workshop/session/class/module/lecture ... on/about/in ... suicide/overdose/overdoses/suicide-prevention/overdose-awareness',
  '=overdid/=overdone/overdo/overdoing it ... at/on/with/in/down/over ... the? gym/dinner/christmas/xmas/tea/lunch/breakfast/food/meal/buffet/run/running/training/work/shopping/sun/cake/chocolate/pudding/pud/sweets/curry/kebab/takeaway/pints/=cans/beers/exercise/workout/walk/walking/garden/gardening/roast/carbs/sugar',
  'lamb/beef/pork shank/shanks', 'get/getting/got/gets/be shot of',
  'jumped/jumping on/up/all-over ... dog/dogs/cat/cats/puppy/pup/kids/kid/baby/bandwagon',
  'blood pressure/sugar/sugars/results/result/levels/level/count/type/donor/donation/donating',
  'sleep/sleeping/slept/sleeps/play/playing/played/plays/live/lives/living/lived/moved/walk/walks/walking/walked ... alone/on-their-own/on-his-own/on-her-own/by-themselves/by-himself/by-herself',
  'is/are/now/still/wide/fully/properly/sat-up/sitting-up awake ... but? ... =grey/=gray/=pale/ashen',
  // near the families added after round 15
  'breathing/breathe/breathes/breathed/breath down ... neck/necks', 'not/never breathe/breathing/breathed a word',
  'breathing/breathe ... sigh of relief', 'breathing space/room',
  'overdosed/overdose/overdosing/od/ate/eaten/eating/stuffed/pigged/scoffed/gorged ... chocolate/chocolates/sweets/cake/food/dinner/pizza/roast/christmas/buffet/crisps/kebab/curry/so-much/too-much/that-much/loads/telly/tv/netflix ... ... can-not/could-not/barely move/moving',
  'so/too/that full/stuffed ... can-not/could-not/barely move/moving', 'can-not/could-not/barely move/moving ... so/too full/stuffed',
  // "I could strangle my brother sometimes", "could murder him for eating my yogurts": the idiom, a trivial cause
  'could/would/might ... kill/murder/strangle/throttle/swing-for/batter/brain/skin/slap ... him/her/them/{other} ... sometimes/some-days/at-times/some-times/lol/haha/lmao/for-eating/for-nicking/for-taking/for-finishing/for-leaving/for-borrowing/for-losing/for-breaking/for-using/for-drinking/for-that/for-this',
  'could/would/might ... kill/murder/strangle/throttle/swing-for/batter/brain/skin/slap ... him/her/them/{other} ... when/if ... he/she/they ... =eats/=ate/=nicks/=nicked/=snores/=starts/=takes/=took/=leaves/=left/=borrows/=borrowed/=finishes/=finished/=does/=did/=goes-on/=moans',
  // teams and games: "our darts team got battered at the legion" (not "got battered by 4 lads")
  'team/side/squad/darts/pool/snooker/quiz/football/footy/rugby/hockey/cricket/netball/five-a-side/fives/club/eleven/bowls ... got/get/gets/were/was/been/getting/are/is ... battered/hammered/thrashed/murdered/leathered/beaten/beat/destroyed/smashed/stuffed/spanked/walloped/slaughtered/annihilated/mullered/trounced',
  'battered/hammered/thrashed/murdered/beaten/beat/smashed/spanked/stuffed/walloped/destroyed/slaughtered/leathered ... ... at/in/playing ... darts/pool/snooker/quiz/bingo/bowling/bowls/cards/poker/dominoes/chess/fifa/scrabble/monopoly/football/footy/fives/rugby/cricket',
  // "sorry for everything I said last night" (an apology, not a goodbye)
  'sorry/apologise/apologised/apologising for/about everything ... said/shouted/at-the-party/at-the-pub/when-drunk/when-i-was-drunk',
  // "I won't be around by then, I'm away" (a trip, not an end)
  // (not "away" of things: round 64's families, "won't be around tomorrow, has given away belongings")
  // ("=working": round 78's "I wont be here by then, I've got it all worked out" is a plan, not a job)
  'be/being around/here ... ... holiday/away/abroad/=working/at-work/visiting/staying/moved/moving/rehab/detox/prison/inside/jail/hospital/at-my/at-the/in-spain/on-a-course/on-nights !belongings/possessions/stuff/things/his/her/my/all/the/everything/dog/cat/me',
  // a sore calf from sport or a walk is not a clot
  'calf/calves/leg/legs ... ... after/from/because-of ... football/footy/gym/run/running/training/match/game/walk/walking/hike/hiking/cramp/squats/exercise/dancing/cycling/the-stairs/work',
  // a ball kicked about ("my *" reads "my football" as a person)
  'kick/kicks/kicked/kicking/boot/boots/booted/booting my/his/her/the/a/our/their ball/football/footy/can/tyres/bin/stone/stones/leaves',
  // a minute in the car while paying for petrol; seeing things more clearly
  '{child} ... in the car/van ... for? a/# ... minute/minutes/min/mins/second/seconds/sec/secs/moment',
  'seeing/see/sees things clearer/clearly/differently/more-clearly/in-a-new',
  // "how much should I take so I don't wake up in the night" is about sleep
  // (not "would": round 52's second-person line "she wishes she wouldnt wake up in the morning")
  '{me}/he/she/they/we/you/u/i/do/does/did/will/can/could/is/am/are/was/were/s/m/re/still/usually/often/sometimes not/never wake/waking up? in/during/through/at/before/early/every ... the? night/morning/#/alarm/am/pm',
  'not/never wake/waking up? sick/rattling/clucking/sweating/hungover/shaking/aching/withdrawing/starving/feeling/with/so-early/too-early',
  // "look after the dog for me while I'm away" (a trip, not a goodbye)
  'look/looking/take/taking ... after/care-of ... for me ... while/till/until/when/this/next/tomorrow/weekend/holiday/away/at-work',
  // a child and a can of pop: "my son had a swig of my coke"
  'swig/swigs/sip/sips/mouthful/gulp/can/cans/glass/bottle/drank/drinking/drink ... of? my/his/her/the/some/a? coke/cola/pepsi/diet-coke/coca-cola',
  // near the families added after round 16
  // a task after "can't do this": "i cant do this essay anymore" (not "i cant do this anymore")
  'can-not do this/that/the/these/my/me ... essay/essays/form/forms/job/course/assignment/assignments/homework/coursework/exam/exams/paperwork/report/application/module/puzzle/level/crossword/quiz/shift/shifts/diet/workout/commute/journey/maths/sum/sums/question/questions/test/dissertation/presentation',
  // an explicit denial: "im not suicidal or owt dont panic" ("I'm not suicidal but I want to die" still counts: "want to die")
  'i/im/am/he/she/hes/shes/is/they/are/theyre not/never suicidal', 'not feeling suicidal',
  // a distant past with an age now: "used to self harm as a teenager, I'm 46 now"
  'self-harm/self-harming/harm/harming/harmed/cut/cutting/burn/burning/burnt ... ... as-a-teenager/as-a-teen/as-a-kid/at-school/in-my-teens/in-me-teens/when-i-was-young/when-i-was-# ... ... i/im/i-am/am/me ... # now',
  // naloxone taught, not given: "they showed us how to jab someone with naloxone"
  'learn/learned/learnt/learning/showed/show/shown/showing/taught/teach/teaching/practise/practised/practice/how-to ... jab/jabbing/spray/spraying/give/giving/use/using/inject ... naloxone/narcan/nyxoid/prenoxad',
  // a cigarette stubbed out on a thing: "stubbed my fag out on the wall"
  'stub/stubbed/stubbing/put/putting ... fag/fags/cig/cigs/cigarette/cigarettes/rollie/rollies/spliff/joint ... out ... on/in ... the/an/a ... wall/ashtray/floor/ground/pavement/step/bin/plant-pot/window-sill/windowsill/table/can',
  // a temper, not a seizure: "mum had a fit in the shop when she saw the price"
  'had/having/threw/throw/throwing/have/has a fit ... when/cos/because/about/over ... saw/see/seen/sees/found/find/heard/hear/told/tell/said/say/asked/realised/noticed/got-home/came-home/price/bill',
  // a dream: "had a dream last night my mate overdosed" (a nightmare about it, not a crisis)
  'had/have/having a? dream/dreams/nightmare/nightmares ... {anyone}? ... overdosed/overdosing/overdose/od/died/dead/not-breathing/gone-blue/killed', 'dreamt/dreamed/dreamnt ... {anyone}? ... overdosed/overdosing/overdose/od/died/dead/not-breathing/gone-blue/killed',
  // near the families added after round 17
  // idioms on crisis words: "I could strangle our lass, she's put my good jeans on a boil wash" (a trivial cause said after)
  'could/would/might/ill/will ... kill/murder/strangle/throttle/swing-for/batter/brain/skin/slap/wring ... him/her/them/{other} ... {other}? ... =put/=left/=eaten/=ate/=nicked/=pinched/=broke/=broken/=shrunk/=shrank/=ruined/=lost/=used/=finished/=borrowed/=moved/=forgot/=forgotten/=washed/=binned/=hid/=hidden/=spilled/=spilt/=scratched/=dented/=snoring/=snored/=moaning/=hogging/=chewing/=changed/=deleted/=spoiled/=spoilt/=wrecked/=burnt/=burned/=flooded/=tipped/=drank/=drunk/=sold/=recorded/=taped/=dyed/=bleached',
  // round 40: "I could strangle our kid, hes took me charger again" (could or would only: "he'll kill me when he finds me, I
  // took his gear" is a threat, round 42)
  'could/would/might ... kill/murder/strangle/throttle/swing-for/batter/brain/skin/slap/wring ... him/her/them/{other} ... {other}? ... =took/=taken/=nabbed/=swiped',
  // round 43: "I could strangle our kid, he's gone and given my number to Trish"
  'could/would/might ... kill/murder/strangle/throttle/swing-for/batter/brain/skin/slap/wring ... him/her/them/{other} ... {other}? ... gone-and/went-and/only-gone-and/=given/=gave/=told/=grassed/=invited/=posted/=rung/=phoned/=texted/=blabbed/=booked/=signed',
  'could/would/might ... wring ... his/her/their/its neck/necks',
  // a height looked up for a reason: "looked up how high ben nevis is for the charity climb" (not "just curious")
  'how high/tall/long/far/deep/big ... ... for/cos/because/walking/walk/climb/climbing/cycling/cycle/visit/visiting/trip/quiz/homework/project/charity/photo/photos/drone/abseil/abseiling/sightseeing/running/run/fishing/dive/diving/swim/swimming/van/lorry/bus/height-restriction/barrier/crossing',
  // water as a way somewhere: "the canal will take me 20 mins", "the river path will take me into town"
  'take/takes/taking/took/get/gets me/us #/about/around/roughly/maybe/like/half/nearly/under/no-time/forever/ages/minutes/mins/hours/hour/an/a/to/into/past/home/there/through/along/out/back/all/on/up/down/across/over/round/around/far/straight/right/the-long-way',
  'have/has/had/get/got me/us ... soaked/wet/drenched/freezing/cold/shivering/sea-sick/seasick/in-stitches/laughing/hooked',
  // "thinking how easy it would be to score / get the train to Leeds": an errand, not a way to die
  'how easy/quick/simple ... it/itd ... would/could/will/is ... be? to ... score/use/relapse/pick-up/buy/get/go-back/slip/drink/travel/commute/move/visit/pop/nip/see/find/sort/make/do/afford/walk-to/go-to/go-home/go-shopping/just-go-home/just-go',
  // letters with an everyday purpose: "wrote a letter to my mum from rehab", "letters to santa", "step 9 apology letters"
  'letter/letters/note/notes ... ... from/in/to/for/of/about ... rehab/prison/jail/detox/hospital/her-will/his-will/their-will/my-will/apology/apologies/santa/father-christmas/step/teacher/teachers/school/council/judge/court/the-move/thank-you/thanks/birthday/christmas/the-milkman/postman',
  // a child alone for a moment: "left the kids on their own for 5 minutes to get the washing in"
  '{child} ... alone/on-their-own/on-his-own/on-her-own/on-its-own/on-it-is-own/by-themselves ... for? a/# ... minute/minutes/min/mins/second/seconds/sec/secs/moment',
  // a child alone by choice or for a shower: "likes being on his own in his room", "on her own in the cot while I had a shower"
  'like/likes/liked/enjoy/enjoys/enjoyed/prefer/prefers/loves/love being/to-be ... alone/on-their-own/on-his-own/on-her-own/by-themselves/by-himself/by-herself',
  'alone/on-their-own/on-his-own/on-her-own/on-its-own/on-it-is-own/by-themselves/by-himself/by-herself ... ... while/whilst/when {me} ... had/have/having/in/get/got/went/go/nipped/jumped ... shower/bath/wee/toilet/loo/brew/tea/washing/bins/door',
  // a harmless folly named: "might do something stupid like buy a puppy", "do summat daft like text my ex"
  'something/summat/owt/anything/sumat stupid/daft/silly/drastic ... like/such-as ... buy/buying/text/texting/ring/ringing/call/calling/spend/spending/eat/eating/get/getting/book/booking/quit/quitting/dye/dyeing/shave/shaving/tattoo/propose/marry/move/moving/sell/selling/adopt/go-back-to/message/messaging/bet/betting/gamble/gambling',
  // singing and seat belts: "belts out songs with the bairns", "belted the kids into the car seats"
  // (the verb's forms, or a song after it: "the belt out" is a beating waiting, round 31's second-person lines)
  '=belts/=belted/=belting out/along', 'belt/belts/belted/belting up', 'belt out ... song/songs/tune/tunes/karaoke/number/numbers/anthem/anthems/hits/classics/lyrics/words', 'belt/belts/belted/belting/strap/straps/strapped ... in/into ... the/their/his/her/a? seat/seats/car/car-seat/car-seats/buggy/pram/highchair',
  // a local pulse, not a heart stopped: "no pulse in my wrist"
  'no/not/can-not-find/can-not-feel/cant-feel/could-not-find pulse ... in ... my/his/her/the? wrist/hand/foot/feet/arm/leg/ankle/fingers/toes',
  // a blade for a job: "got the blade on me for work, im a carpet fitter"
  '{weapon}/blade/blades/knife/stanley ... ... for ... work/the-job/my-job/camping/fishing/cooking/cutting/carpet/carpets/boxes/the-garden/whittling/the-allotment',
  // sulking, not unconscious: "cant get a word out of him since he got the xbox"
  'word/words/peep/sound/answer/sense ... out-of/outta ... him/her/them ... since/about/cos/because/at/in/on/over/all-day/all-week/all-night/anymore/these-days/lately',
  // (round 50: not "not a peep out of him when I bang" on a locked door)
  'word/words/peep/sound/answer/sense ... out-of/outta ... him/her/them ... when !i/we/me/you/they/she/he/mum/mam/dad',
  // "one step at a time", "one step forward, two back"
  'one/1 step at/forward/back/closer/ahead',
  // a startle: "nearly had a heart attack when the postman hammered on the door", "gave me a heart attack"
  'nearly/almost/near/practically/about-to/could-have/could-of have/had/having a? heart-attack/coronary/stroke/seizure/fit/kittens/cardiac',
  // worry about a future overdose (the Decisions; after round 25: "scared one day I'll mix the wrong things and not wake
  // up", "is it true you can not wake up from mixing"); "I'm worried, he won't wake up" is now and counts
  'scared/afraid/worried/worry/worries/terrified/frightened/fear/fears/dread/paranoid/anxious/panicking/petrified ... {me}/i/ill/i-will/i-might/i-could/i-would/id/of/that-i ... ... ... not/never/dont/do-not/wont/will-not/would-not ... wake/waking/wakeup',
  'not/never/dont/do-not/wont/will-not/would-not ... wake/waking/wakeup ... up? ... one day/night/morning/of-these-days',
  'one/some day/night/morning/of-these-days ... ... ... not/never/dont/do-not/wont/will-not/would-not ... wake/waking/wakeup',
  'can/could/true/possible ... you/u/ya/people/someone/somebody/anyone/folk/folks/a-person ... not/never ... wake/waking/wakeup ... up? from/if/after/when/by ... mixing/mix/taking/using/combining/doing',
  'nightmare/nightmares/dream/dreams/dreamt/dreamed/dreaming that/about/where ... ... ... not/never/dont/do-not/didnt/did-not/wont/will-not ... wake/waking/wakeup',
  // an adult or a service holding the tablets is a safety plan (after round 25's second-person lines: "keyworker's keepin
  // my spare diazepam locked up for my detox"); a child who "got hold of" them is not
  'keyworker/keyworkers/worker/workers/chemist/pharmacy/pharmacist/nurse/doctor/gp/mum/mam/dad/partner/wife/husband/sister/brother/nan/gran/missus/fella/girlfriend/boyfriend/hostel/staff ... keeping/keeps/kept/holding/holds/looking-after/looks-after/looked-after/locks/locked/locking/minding/minds ... my/me/our/the/his/her ... {pills}',
  // the "if they find out" idiom with the thing found (round 27: "me ma will murder me if she finds the foil in my jeans");
  // "…when he finds me" is a person hunted, and "he's found my stash" is already found: both count
  'kill/murder/strangle/throttle/slap/skin/leather ... me/us ... if ... she/he/they/{family}/mum/mam/ma/dad/da ... finds/find/sees/see/catches/catch/spots/clocks ... the/my/me/our/this/that/them/it/out/about',
  'if ... she/he/they/{family}/mum/mam/ma/dad/da ... finds/find/sees/see/catches/catch/spots/clocks ... the/my/me/our/this/that/them/it/out/about ... ... she/he/they/hell/shell/will/ll/is-going-to/gonna/going-to ... kill/murder/strangle/throttle ... me/us',
  // an ambulance turned away is not a call for one (round 27's families: "overdosed about 6 year ago and refused the
  // ambulance"); the overdose itself is judged on its own words
  'refused/refuse/refusing/turned-down/sent-away/said-no-to the/an? ambulance/paramedics/hospital',
  // the weather, a queue (round 27's families: "I'm dying in this heat")
  'dying/dyin/die/died in/with/of/from this/the/that heat/sun/weather/humidity/queue/traffic/cold/boredom/thirst/hunger',
  'dying of/for thirst/hunger/a-drink/a-brew/a-wee/a-piss/a-pint',
  // round 28's near-neighbours: a temper said as a condition ("me nan'd have a fit if she knew"), a question about what can
  // bring on fits, the risk of a mix, a straight answer not given, a life lived round the gear, an app unresponsive
  'would/d/will/ll/gonna/going-to/might have/throw/take a? fit/fits/kittens/heart-attack/seizure/stroke ... if/when/cos/because',
  'can/could/does/do/will/might/may/would ... bring/brings/brought ... on ... fits/seizures/a-fit/a-seizure/fitting',
  'can/could/does/do/will/might/may ... cause/causes/trigger/triggers/give/gives/lead-to ... fits/seizures/a-fit/a-seizure',
  'risk/risks/danger/dangers/chance/chances/dangerous/safe ... with/of/from/in/to ... ... on-top-of/mixing/mix/together/with',
  'give/giving/gave/get/getting/got ... a/an/any/no/the? straight/proper/clear/honest/real/decent ... answer/answers',
  'live/living my/me/our/his/her life ... round/around/for/on/like/chasing/revolving/in/about',
  `${things} is/are/s/has/have/been/keeps/went/gone/going/was? been/gone/went/going/just/totally/completely/all/saying/showing/says/shows? unresponsive/frozen/crashed/down/offline/glitching/not-loading/dead`,
  `${things} ... hangs/hanging/hung/froze/freezes/freezing/crashed/crashes/crashing/loading/buffering/glitching/spinning ... not/un ... responding/responsive/unresponsive`,
  // the thing then called "it" (round 38: "my phone screen's gone frozen again and its not responding"): a person never is
  `${things} ... ... ... it is/was/keeps/s still/just? not/never/no-longer/stopped responding/reacting/loading/working/turning-on`,
  // a watch or a monitor that reads no pulse (round 29's second-person lines: "smartwatch says no pulse on my wrist")
  'smartwatch/watch/fitbit/apple-watch/garmin/oximeter/monitor/app/machine/tracker says/said/saying/shows/showing/reads/reading/showed ... no/zero/0 pulse/heartbeat/heart-rate/oxygen',
  // a jump for fun or for charity ("doing a bungee jump off a bridge for charity")
  'bungee/bungy/sponsored/charity/tandem/parachute/skydive/zip-wire/zipwire/zip-line/zipline/abseil/abseiling ... jump/jumps/jumping/abseil/abseiling/dive/slide',
  // away and back again ("you won't hear from me for a bit after tonight, I'm on a residential course")
  'hear/see ... from/of ... me/him/her ... for a? bit/while/few/couple/week/fortnight/weekend/month/days',
  'last message/text/post from/fae me ... tonight/today/for-now/till/until/speak/back/tomorrow/phone/charger',
  // put out of a team or a place, not hurt (round 28's second-person lines and AnnoMI: "got booted off the five a side
  // team", "probably get booted out right away")
  // (=belted, the past form only: "his belt off" is a threat, round 31)
  'booted/=belted/=kicked/=kicking/=kicks/chucked/thrown/turfed/slung out/off/from',
  // round 29: how they live, not living ("sick to the back teeth of living out of a rucksack"); "no more calls today"
  'living/live out-of/outta/off/rough/hand-to-mouth/day-to-day/on-the-streets/on-benefits/on-the-dole', 'living/live in/at/on a/the/this/that/my hostel/tent/shelter/bedsit/squat/car/doorway/van/sofa/settee/floor/street/streets', 'no/nae/any more/mair calls/time/shifts/days/hours/money/texts/messages/jobs/work/overtime/people/visitors/bookings/orders/clients/customers/noise/snoring/new/sugar/milk/patients/referrals/in/on/off/leave/holiday',
  'no/nae/any more/mair of/o his/her/their/your/them/that/the/my-mates/the-kids ... snoring/snorin/noise/moaning/whinging/chat/shite/music/rubbish/nonsense/drama/attitude/cheek/mess',
  // round 30: worry that someone will overdose one day; "it was only me I was harming" (change talk, the Decisions)
  'worried/worry/scared/afraid/terrified/frightened/fear/dread/petrified/panicking/anxious ... ... ... going-to/gonna/will/might/could/end-up/ends-up ... overdosing/overdose/od/oding/overdosed',
  'end/ends/ending up overdosing/od/oding/overdosed ... one/some day/of-these-days',
  'only ... me/myself/meself ... {me}/i/was/were/am? harming/hurting/hurt/harm', 'it/its/it-was/it-is/was only me/myself ... harming/hurting',
  'drinking/using/habit/addiction/gambling/smoking/behaviour/moods/lying/absence ... hurts/hurt/hurting/harms/upsets/affects ... her/him/them/everyone/the-kids/my-mum/my-family/us',
  // a game's character (round 30's second-person lines: "my character got stabbed in GTA again lol"); an illness not
  // answering to treatment ("this cough isnt responding to anything ive tried"; the illness just before the verb, since
  // "eyes rolled back, he's no respondin tae anything" is a person)
  'my/his/her/your character/characters/avatar/avatars/player/npc ... ... stabbed/shot/killed/battered/jumped/died/dead/murdered/kicked',
  'cough/infection/pain/rash/wound/cold/flu/fever/headache/migraine/eczema/psoriasis/acne/thrush/asthma/toothache/abscess/ulcer/sore is/s/keeps/has/just/still? not/never/isnt responding/reacting to',
  // a box or a bottle of food or pop (round 26's families: "necked a whole box of jaffa cakes"); alcohol stays, since a
  // bottle of vodka with the pills is how many of these overdoses are told
  `${containers} of ${foods}`, `${containers} of * ${foods}`,
  // taken to court, not hurt (round 26's families: "getting done for shoplifting")
  'getting/get/got/gets/gonna-get/going-to-get done for/by/at/in-court/at-court/by-the-police/by-the-feds/by-the-old-bill',
  // a worker rung and not answering (round 26: "rang my drug worker 5 times, she's not responding")
  'rang/ring/ringing/called/calling/phoned/phoning/texted/texting/emailed/emailing/messaged/messaging/tried/trying/contacted/chased/chasing ... my/the/his/her/our? drug/support/key/social/case/housing? worker/keyworker/gp/doctor/probation/officer/counsellor/nurse/service/helpline/council/housing/dwp/jobcentre/landlord/chemist/pharmacy/clinic/team ... ... ... she/he/they/it is/s/are/has/have/keeps? not/never/still-not ... responding/answering/replying/getting-back/picked-up/picking-up/rung-back/ringing-back/called-back',
  'rang/ring/ringing/called/calling/phoned/phoning/texted/texting/emailed/emailing/messaged/messaging/tried/trying/contacted/chased/chasing ... my/the/his/her/our? drug/support/key/social/case/housing? worker/keyworker/gp/doctor/probation/officer/counsellor/nurse/service/helpline/council/housing/dwp/jobcentre/landlord/chemist/pharmacy/clinic/team ... ... ... totally/completely/just/still? unresponsive/no-answer/no-reply',
  // a chest the doctor has explained ("chest was tight last week but the doc said chest infection", once "last week" stopped
  // being a distant past time after round 27)
  'chest/chests ... ... ... doc/doctor/gp/nurse/hospital/a-and-e/they ... said/says/reckons/told ... infection/chest-infection/asthma/anxiety/panic/muscle/nothing/fine/a-cold/flu/indigestion/heartburn',
  // a scare that turned out to be something else (after round 25: "thought it was a heart attack, turned out anxiety")
  'thought/thinking/convinced/sure ... ... heart-attack/coronary/stroke/seizure/fit/cardiac/dying/overdose/od/overdosing ... ... turned-out/turns-out/was-just/was-only/its-just/is-just/ended-up-being/doctors-said/docs-said/doc-says/doctor-says/gp-says/doc-said/hospital-said/all-clear',
  // round 80: "thought i was getting chest pains but it was just heartburn from the kebab" (not "thought it was just
  // heartburn but the chest pain is spreading": the pain comes after the explanation)
  'thought/thinking/convinced/sure ... ... chest-pain/chest-pains/pains-in-my-chest/palpitations/heart-pains ... ... turned-out/turns-out/was-just/was-only/ended-up-being/doctors-said/docs-said/hospital-said/all-clear',
  'gave/give/gives/giving/given me/him/her/us/you/them a? heart-attack/coronary/stroke/fit/seizure/kittens',
  'frightened/frighten/frightening/scared/scare/scaring/bored/bore/worried/worry/worrying/tickled/terrified ... me/him/her/us/them/myself/half? to death',
  'nearly/almost died/dying/die ... of/from/with? fright/shock/laughing/laughter/embarrassment/shame/boredom/cringe',
  // a general question about a risk (the Decisions: worry and questions are not events); "he's fitting, is it the benzos?" counts
  'can/could/do/does/will/would/might/true/is-it-true/is-it-possible ... you/u/ya/people/someone/somebody/anyone/folk/folks/a-person/one ... have/get/take/go-into/end-up/start/start-having/end-up-having ... a? fit/fits/seizure/seizures/fitting',
  'can/could/do/does/will/would/might/true ... you/u/ya/people/someone/somebody/anyone/folk/a-person ... =fit/seize/convulse',
  'seizure/seizures/fits/fitting ... is/are ... that/it/they/this/those ... a-thing/real/true/common/likely/actually/scare/myth/rare/normal/possible',
  'risk/risks/chance/chances/danger/dangers/likely/likelihood/possible/possibility ... of/about/to ... seizure/seizures/fit/fits/fitting',
  'scared/afraid/worried/frightened/fear/terrified/nervous/panicking ... of/about/that/i-will/id/ill ... seizure/seizures/fit/fits/fitting/having-a-fit/have-a-fit',
  // round 31's second-person lines: a dose limit ("cannae take nae mair paracetamol the day, already had 8") and what a
  // camera caught ("a lad overdosed on camera and they brought him back")
  'take/tek/have/having no/any/ony more/mair {pills}/{drugs}/doses/dose',
  // round 32's second-person lines: tablets taken as prescribed, a goalkeeper's joke, waking up cold, jumping for fun
  'took/take/taking/takes all? his/her/my/me/their/the? prescribed? {pills} ... on time/as-prescribed/every-day/like-the-doc/with-his-breakfast/with-her-breakfast/with-my-breakfast',
  'better/best/happier/easier off? without me in/on/at ... goal/nets/net/team/defence/midfield/side/quiz/kitchen/band/choir/rota/shift/squad',
  // (not "won't wake up, stiff and cold": only enough of something to not wake)
  'enough blankets/blanket/duvets/duvet/layers/covers/heating/coffee/caffeine/sleep/earplugs ... to not/never wake/waking',
  'kids/children/lads/lasses/we/us/everyone/people/teenagers ... jumping/jumpin/jump/jumped ... off ... the? harbour/pier/rocks/wall/quay/jetty/harbour-wall ... ... summer/fun/tombstoning/all-day/swimming/holidays',
  'overdosed/overdosing/od/ods/oded/collapsed/collapsing/died/dying ... on camera/screen/film/video/livestream/bodycam',
  'overdosed/overdosing/od/ods/oded/collapsed/collapsing ... on camera/screen/film/video/livestream/bodycam ... ... brought/bring/got/get/bringing ... him/her/them/em ... back/round',
];

/**
 * One-off accidents with crisis words ("burnt myself on the pipe", "cut myself shaving"): everyday, but not in a
 * sentence that says it was meant ("burnt myself with the lighter on purpose again"), where they are self-harm.
 */
export const builtInAccidents: string[] = [
  'cut myself shaving',
  // round 66: "my dad cut himself shaving and bled all over the sink"; the families' "cut meself opening a tin of beans"
  '=cut/=nicked/=sliced/=burnt/=burned himself/herself/themselves/meself/myself ... shaving/opening/chopping/slicing/peeling/cooking/washing-up/fixing',
  '=cut/=burnt/=burned/=hurt/=burn myself on/with a? ... knife/tin/glass/needle/work/pipe/lighter/foil/spoon',
  // round 95's families: "my son cut himself on broken glass at the park, needed a plaster" (someone else's fall)
  '=cut/=grazed/=gashed himself/herself/themselves on/with a/the/some? broken? glass/bottle/fence/nail/rock/rocks/stone/tin/can/railings/gravel',
  // the second families: "Keep cutting my fingers on the foil edges", "Scratched my arm to bits on the brambles", "my son's
  // burnt himself, grabbed the pan handle without thinking"
  '=cutting/=cut/=scratched/=scratching/=grazed/=nicked my/his/her/their/me arm/arms/hand/hands/finger/fingers/fingertips/leg/legs/knee/knees ... on/with/in the/a/some? ... foil/brambles/bramble/nettles/thorns/thorn/roses/rose-bush/fence/barbed-wire/wire/glass/tin/can/paper/card',
  '=burnt/=burned/=scalded/=burn/=scald himself/herself/themselves/meself/myself ... ... grabbed/grabbing/touched/touching/picked/picking/leaned/leaning ... the/a/his/her/my ... pan/handle/pan-handle/iron/kettle/oven/tray/hob/grill/stove/radiator/exhaust',
  'hurt/cut myself ... fell/falling/fall/tripped/slipped/accident/accidentally/gym/football/work',
  // round 72: "hurt myself on the trampoline lol"; the families' "fell off a bouncy castle"
  '=hurt/=cut/=grazed/=bruised/=twisted myself/himself/herself/meself on/off a/the/my/his/her? trampoline/bouncy-castle/bike/skateboard/scooter/swing/slide/ladder/stairs/kerb/curb',
  // round 32's second-person lines: "our lass cut her arm on a glass" (someone else's accident)
  '=cut/=burnt/=burned/=sliced/=gashed her/his/their/my/me arm/hand/finger/fingers/leg/foot/head/thumb/wrist/lip/lips/fingertips ... on/with a/the? ... glass/knife/tin/bottle/window/can/fence/mirror/blade/pipe/foil/spoon/kettle/oven/iron',
  // (round 66: "my flatmate burnt her fingers on the pipe again, silly sod": a pipe or foil too; not a lighter, which
  // is how people burn themselves on purpose)
];

/** Words that say a hurt was meant; "not on purpose" is not one (builtInNotMeant). */
export const builtInMeant: string[] = [
  'on purpose', 'deliberately/intentionally/purposely/purposefully/deliberate', 'meant to', 'to punish myself', 'to feel something',
  // (a habit come back: round 95's "I used to burn myself with lighters and it's been creeping back lately")
  'used/use to ... ... myself/meself/himself/herself ... ... ... ... creeping/crept/sneaking/coming back',
  // (round 95's second families: "Burnt myself on the pipe again, and this time it wasn't an accident, I held it there
  // till it blistered")
  'held/hold/holding/kept/keep/pressed it/them there/down/on ... till/until/til/so ... blister/blistered/blisters/burnt/burned/sizzled/melted/bled/scarred',
  // ("I cut myself. Not an accident, I do it most nights": read before as an accident, by its word "accident")
  'not/never an accident', 'no accident',
];
// (round 95's second families: "def not deliberate, just clumsy", "nothing deliberate"; "on-purpose" as one choice, so
// that "not deliberately" is read too)
export const builtInNotMeant: string[] = ['not/never/no/nothing ... on-purpose/deliberately/intentionally/purposely/meant-to/deliberate'];

/** Times that put what happened in the distant past: a `now` pattern in the same part of a sentence is not a danger now. */
export const builtInPastTimes: string[] = [
  '# years/year/yrs/yr/months/month/mths/weeks/week/wks/winters/winter/summers/summer/christmases ago/back', 'years/months/weeks ago/back', 'a year/month/week ago/back',
  // round 53: "2 years since i overdosed in that stairwell"
  '# years/year/yrs/months today? since',
  'last year/month/summer/winter/spring/autumn/christmas', 'i/{me} am/m # now', 'when i/he/she/we/they was/were #/younger/young/little/small/a-kid/a-child/a-teenager/a-teen/at-school/in-school/at-uni/at-university/at-college/a-student/growing-up/in-my/in-his/in-her/in-their/inside/in-prison/in-care/on-the-streets', 'back then', 'back in the day',
  // "back in 2015", "back in my twenties" (not "if I go back in that pub")
  'back in the/my/me/our/his/her/those/them? day/days/time/times/twenties/teens/thirties/forties/school/90s/80s/nineties/eighties/seventies/noughties/january/february/march/april/may/june/july/august/september/october/november/december/summer/spring/winter/autumn',
  'back in #',
  // round 21: "i overdosed once in my twenties, im 52 now" (their own age only: "a man in his 30s" is who, not when)
  'in my/me early/late/mid? twenties/teens/thirties/forties/fifties/20s/30s/40s/50s',
  // round 33: "when I was in Strangeways in the 90s" (a decade of the calendar)
  'in/during the early/late/mid? 60s/70s/80s/90s/sixties/seventies/eighties/nineties/noughties/1960s/1970s/1980s/1990s/2000s',
  'in his/her/their early/late/mid? twenties/teens/thirties/forties/fifties/20s/30s/40s/50s ... ... # now',
  // round 58: "a seizure he had in his twenties during a benzo detox" (an event, then someone's decade: when, not who)
  'seizure/seizures/fit/fits/overdose/overdoses/od/ods/attempt/collapse/stroke/heart-attack ... ... in his/her/their early/late/mid? twenties/teens/thirties/forties/fifties/20s/30s/40s/50s',
  // after round 25: someone's decade after a count ("he OD'd three times in his twenties"): when, not who
  'times/time/once/twice/loads/lots/plenty/a-lot/regularly/constantly ... in his/her/their/your early/late/mid? twenties/teens/thirties/forties/fifties/20s/30s/40s/50s',
  'used to', 'ages ago', 'long time ago', 'a while ago/back', 'as a kid/child/teenager/teen', 'growing up', 'in the past',
  // a habit told on past "and" (round 86's families: "my ex used to take my money and hit me, but that was years ago")
  'used-to ... ... ... and/an/n =hit/=beat/=punch/=kick/=slap/=hurt/=strangle/=batter/=choke/=threaten/=lock/=knock',
  'few years/months back', 'the other year', 'survived an? overdose', 'years clean', 'i was #', 'at # years old',
  // round 90: "That was my granddad in the war"; the families' "my great-grandad in the trenches"
  'in/during the war/trenches/blitz/first-world-war/second-world-war/ww1/ww2/wwii/wwi',
  'before now', 'once before', 'times before', 'a few times', 'couple of times', 'overdosed/overdose/overdoses before',
];

/** Words that refer back to events already told ("both times"): their part shares the distant past of the part before. */
export const builtInPastReferences: string[] = [
  'both/all/each/them/those/these times', 'each time', 'all/them/those/these # times', 'both of them/those/these? times?',
  // the end of the event just told (round 42: "in my twenties I OD'd in a B&B in Rhyl and the paramedics brought me back")
  'brought/brung/got {anyone}/me back/round', 'was/were/got revived/resuscitated/resussed',
  // round 60's families: "went on a proper bender in 2019 and ended up throwing up blood" (the same event, told on)
  'ended/end up',
];
