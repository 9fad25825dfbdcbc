import type { BuiltInPattern } from './crisisBuiltIn';

/**
 * Built-in crisis patterns of one kind: danger from or to others.
 * Threats, violence, children at risk, and the person meaning to hurt someone.
 * Listed in the order they are tried; nlp/crisisBuiltIn.ts puts the kinds together.
 */

export const harmPatterns: BuiltInPattern[] = [
  {
    id: 'threatened-with-harm',
    kind: 'harm',
    now: true,
    phrases: [
      '{other} ... going-to/will/would/wants-to/threatened-to/threatening-to/trying-to/tried-to/swore-to/gonna/about-to/coming-to/said/says/promised ... kill/hurt/stab/batter/beat/shoot/strangle/choke/murder/burn/slash/cut/glass/rape/smash/do-in/kick-in ... me/us/my/our/the-kids',
      '{other} ... threatening/threatened ... me/us/to-kill',
      // round 46: "saying hell end me when i come out"
      '{other}/hell/shell/theyll ... will/ll/gonna/going-to/is-going-to/wants-to/threatened-to/threatening-to/swore-to/said/says/saying/sayin/texting/messaging ... end me/us !if/lol/haha',
      'hell/shell/theyll end me/us',
      '{other} ... going-to/will/would/wants-to/gonna/about-to/coming-to/threatened-to/threatening-to/swore-to/said/says/on-their-way/on-his-way/on-her-way/coming-round/coming-over ... do/finish ... me/us/her/him ... in/over/off',
      // round 29: "her brothers are on their way round to do me in"
      'on their/his/her way ... ... to do/finish ... me/us ... in/over/off',
      'sending/sent/send/sends ... ... round/over/after ... to? do/sort/finish/batter ... me/us ... in/over/out?',
      // round 28: "her fella will finish her if she goes to the refuge"
      '{other} ... will/ll/going-to/gonna/would/said/says/swore/threatened ... finish ... her/him/me/us/them ... if/when/off/for-good',
      // not "kill me" or "batter me": "the bills are going to kill me", "my mum will batter me" are idioms
      'stab/shoot/slash/glass/murder/knife/strangle/kneecap/shank/shiv/merk/murk me/us',
      // round 49: "her ex is outside the house right now banging on the door saying he'll kill her"
      'outside/banging/hammering/kicking ... ... ... saying/says/said/shouting/screaming/yelling ... he/she/they/hell/shell/theyll ... will/ll/going-to/gonna/is-going-to ... kill/stab/hurt/batter/murder ... her/him/them/us/me',
      // round 50: "she'll give me a Chelsea smile if I go to detox"
      'chelsea/glasgow smile/grin !on',
      // round 48: "on Sunday he threw me down the stairs" (a recent attack said plainly)
      '{other} ... threw/thrown/throws/pushed/pushes/shoved/shoves/kicked/kicks/dragged/drags/flung/chucked ... me/us ... down/into/against/across/through/off ... the/a? stairs/wall/door/table/floor/window/wardrobe/radiator/bath',
      // round 48: "put me up against the wall by my throat"
      'up? against ... the/a ... wall/door ... by ... my/me/her/his/the throat/neck',
      'kicked/threw/pushed/shoved/flung/dragged/slammed me/us ... into/down/against/across ... the/a? wall/stairs/door/table/floor/window/wardrobe/radiator', 'had/grabbed/pinned/held ... me/her/him/us ... by ... the/my/me/her/his throat/neck',
      // round 16: "he'll do me proper this time", "he'll make sure I dont get back up", "gonna leather me when he's back"
      '{other} ... will/going-to/gonna/goin-to/is-gonna/said/says/swore/threatened ... do me/us/her/him proper/properly/over/right/good/this-time',
      '{other} ... make/making sure ... {me}/you/she/he ... not/never ... get-back-up/walk-again/wake-up-again/see-tomorrow/see-another-day/come-back',
      '{other}/{family} ... going-to/gonna/will/is-gonna/wants-to/coming-to/threatened-to ... leather/belt/paste/wallop/skelp/thrash/hammer/kick-in/kick-my-head-in/kick-me-in ... me/us',
      'booting/boot/booted/kicking/kick/kicked/smashing/smash/smashed/bashing/bash/bashed/battering ... the/my/our/me/her/his? door ... in/down ... screaming/shouting/threatening/saying/kill/do-me/going-to/gonna/wants',
      // "if I don't have his money by Friday I'm getting stabbed" (not "getting shot of the sofa": an exception)
      '{me}/we ... get/getting/gets/got/be/going-to-get/gonna-get stabbed/shot/glassed/slashed/knifed/shanked/kneecapped/done-in/jumped/bottled/merked/murked/wetted',
      // round 35: "they say ill get cut if i dont hold their parcel" (not "got cut off" or "cut from the team": a condition)
      'get/getting/gets/be/going-to-get/gonna-get cut/striped/chivved/shanked/slashed if/unless/when/or',
      // round 35: "lads outside hostel waiting with a bat"
      'outside ... ... waiting/stood/standing/sat/sitting/hanging ... with ... a/an/the/some/their? {weapon}/bat',
      // "I'm a dead man if I don't pay him by Friday"
      'dead man/woman/meat ... ... pay/owe/owes/owed/money/debt/cash',
      'going-to/about-to/will/could/might get/be stabbed/shot/glassed/slashed/knifed/shanked/kneecapped/done-in/bottled/merked/murked/wetted',
      // "he'll break my legs if I don't pay"
      'break/smash/snap/bust/kneecap/kneecapped ... my/our/your/me ... legs/leg/arms/arm/fingers/face/jaw/kneecaps/knees/neck/nose/teeth/head/skull',
      'kneecap/kneecapped/kneecapping ... me/us/him/her',
      // round 51: "hes sending his boys round to do my knees"
      'do/doing/done/do-in my/his/her/me/your/yer knees/kneecaps/kneecap', 'sending/send/sends/sent ... his/the/their/some? boys/lads/heavies/goons/muscle ... round/over ... to ... do/batter/sort/hurt/kick',
      // round 18: a threat to someone else reported ("he told her he'd break her legs if she leaves"; not "she'll break
      // her neck in those heels": an exception)
      'told/tells/telling/threatened/threatening/says/said/saying/swore/warned/warning ... ... would/will/going-to/gonna ... break/smash/snap/bust/kneecap ... her/his/their ... legs/leg/arms/arm/fingers/jaw/kneecaps/knees/face/teeth/neck',
      // round 18: arson threatened ("threatened to torch the building with everyone in it")
      'threatened/threatening/threatens/going-to/gonna/will/wants-to/said/says/swore/shouting/screaming/yelling ... ... torch/burn-down/set-fire/set-fire-to/petrol-bomb/firebomb/set-alight/burn ... the/my/our/his/her/their/this/that? building/house/flat/place/hostel/door/gaff/home/car/block/everyone/us/room/bedroom/van/caravan/tent',
      // round 56: "saying he's gonna burn the place down with me in it"
      'burn/torch/burning/torching ... the/my/our/this/his/her? place/house/flat/hostel/building/gaff/home/caravan/it ... down ... with ... me/us/her/him/them/the-kids ... in/inside',
      // round 55's second person: "my brothers got a baseball bat and says hes gonna do my dad in"
      'going-to/gonna/will/ll ... do ... my/his/her/our/the ... {family}/dad/da/mum/mam/brother/sister/mate/fella/missus ... in !the/=head',
      // "he had me in a headlock till i nearly blacked out"
      'headlock/choke-hold/chokehold/sleeper-hold/strangle-hold/stranglehold ... till/until/and ... {me}/i/she/he ... nearly/almost? ... blacked/passed/went ... out/under',
      'petrol/lighter-fluid ... through/thru/in/into/down/under ... the/my/our/her/his? letterbox/door/window/flat',
      // round 17: "hes taking it out of my kneecaps" (not "out of my wages")
      '{other}/dealer/dealers ... take/taking/takes/took/going-to-take ... it ... out of ... my/me/our/your/his/her ... kneecaps/kneecap/knees/legs/hide/skin/face/teeth/ribs/head',
      // UK drill: "im wetting him", "gonna splash that yute" (not "wetting the baby's head": an exception)
      '{me}/we/gonna/going-to/will ... wet/wetting/wettin/wetted/splash/splashing/splashed/juke/juking/dip/dipping/slide-on/sliding-on/ride-on/riding-on ... him/her/them/man/opp/opps/yute/youth/you/u/that-yute/dat-yute/that-boy/dat-boy/that-guy/dat-guy/that-man/dat-man',
      '{other} ... has/got/with/holding/pulled/pulling ... a knife/gun/blade/machete/weapon/bat/shank/nank',
      // weapons at the door: "a gang outside my flat with machetes"
      'outside/at/in/through/round/banging-on ... my/our ... door/flat/house/window/room/home/tent/gaff/place/building ... with/has/have/got/carrying/holding ... {weapon}',
      '{weapon} ... outside/at/through ... my/our ... door/flat/house/window/home/tent/gaff/place',
      '{other}/gang/gangs/crew/lads/men ... with/carrying/holding/got/have/has ... knives/guns/machetes/blades/weapons',
      'lads/men/boys/guys/gang/crew/youths ... with/carrying/holding/got/have/has ... a/an ... knife/shank/nank/blade/machete/gun/weapon/axe',
      'gang/gangs/crew/dealers/dealer/lads/men ... after/looking-for/coming-for/hunting/waiting-for ... me/us',
      // threats, and debts that bring them: "being threatened by someone I owe"
      'being/been/getting/got/keep-getting/am/was ... threatened/threats',
      'owe/owes/owed/owing/debt ... threat/threats/threatening/threatened/coming-for/after-me/looking-for-me/hunting-me/hurt/batter/kill/do-me',
      'threatened/threatening/threats ... owe/owes/owed/debt/money',
      'trying/tried/try/tries/broke/breaking/break ... to? break/breaking/broke/kick/kicking ... in/into/down ... door/house/flat/room/window',
      'trying/tried/try ... to? break/get/force ... in',
      'scared/afraid/terrified/frightened ... {other} ... will/going/gonna/might ... kill/hurt/hit/attack/come-back/find',
      'scared/afraid/terrified/frightened of him/her/them/{other}',
      'not safe ... at-home/here/with/in-my/around',
      'do not feel safe',
      'locked me in',
      'will not let me leave/out',
      // round 24: "a punter's got her phone and won't let her out of the car"
      'will-not/wont/would-not/wouldnt/not let her/him/us/them ... out/leave/go/get-out',
      'will not let me go out/outside/anywhere/home',
    ],
  },
  {
    id: 'being-hurt',
    kind: 'harm',
    now: true,
    phrases: [
      '{other} ... {violence}/touches/touching ... me/us',
      '{other} ... {violence}/touches/touching ... my/our/his/her ... {family}',
      '{other} ... {violence} him/her/them/{other}',
      // found by hand after round 21: "bloke in the next room keeps punching his missus", "her fella laid into her again",
      // "he's squaring up to her in the kitchen"
      'keeps/keep/kept/is/are/s/been/was punching/hitting/battering/beating/kicking/strangling/choking/slapping/smacking/leathering/hammering his/her/their missus/wife/partner/girlfriend/boyfriend/husband/fella/mrs/bird/kids/{child}',
      // round 30: "neighbours battering his missus again" (the "is" glued on or left out)
      'battering/beating/hitting/punching/kicking/strangling/choking/leathering/hammering his/her/their missus/wife/partner/girlfriend/boyfriend/husband/fella/mrs/bird/kids ... again/now/right-now/screaming/through-the-wall',
      // (not "me": "the doctor really laid into me about that" is a telling-off, in AnnoMI)
      'laying/laid/lay/lays/layin into her/him/them/my/his/our/their',
      'squaring/squared/squares/squarin up to her/me/us/my/his/our',
      '{other} ... attacked/went-for/came-at/jumped ... me/us ... with',
      '{other} ... been/got/was/is/has/just ... stabbed/shot/glassed/knifed/slashed',
      '{other} ... hit/beat/punched/kicked/choked/strangled/hurt/attacked/battered/abused/raped/stabbed/assaulted ... me/us',
      // the subject said once for two acts (after round 25: "tonight he's kicked the door in and hit me again")
      'and/then/an/n hit/punched/kicked/battered/beat/slapped/strangled/choked/attacked/stabbed/glassed/headbutted/leathered/smacked/booted me/us',
      // (=jumping: "he's going to jump, he's had a lot of spice" is a man on a bridge, round 57)
      '{other} is/are ... battering/beating/stabbing/attacking/kicking/strangling/choking/=jumping {other}',
      'being/been/getting/got ... abused/beaten/battered/raped/hit/attacked/assaulted/strangled/choked',
      // round 28: "got jumped by three lads at the hostel yesterday"
      'been/getting/got/get/was/were =jumped/=glassed/=bottled/=headbutted/=stabbed/=slashed/=knifed/=leathered/=twatted/=booted/=belted/=decked/=lamped',
      'domestic abuse/violence',
      // round 51: "the mrs threw a plate at my head last night, not the first time either"
      'threw/thrown/throws/chucked/chucks/lobbed/hurled/flung/launched/smashed ... a/the/her/his/their? plate/plates/mug/mugs/glass/glasses/bottle/cup/ashtray/pan/knife/chair/iron/remote/kettle/brick ... at/off/over ... my/me/his/her ... head/face',
      // "her bloke's been knocking her about again" (not "knocking about with the lads")
      '{other} ... knock/knocks/knocked/knocking/slap/slaps/slapped/slapping/kick/kicks/kicked/kicking/boot/boots/booted/booting me/her/him/them/us/you about/around',
      '{other} ... knock/knocks/knocked/knocking/slap/slaps/slapped/slapping/kick/kicks/kicked/kicking/boot/boots/booted/booting my/his/her/their/our {family} about/around',
      '{me}/she/he ... been/getting/got/gets/being ... knocked/slapped/kicked about/around',
      'grabbed/grabs/grabbing/grab/held/holding/pinned/pinning/dragged/dragging/pushed/shoved/threw ... me/us/her/him ... by-the-throat/by-the-neck/by-the-hair/round-the-neck/round-the-throat/around-the-throat/around-the-neck/against-the-wall/down-the-stairs/to-the-floor',
      // round 55: "my mums boyfriend gave my little brother a black eye on tuesday"
      '{other}/{family}/he/she/they ... gave/given/give/gives ... me/her/him/them/my/his/her/our ... {child}/brother/sister/son/daughter/mum/mam? ... a black-eye/fat-lip/bloody-nose/split-lip/busted-lip/broken-nose/kicking/hiding/beating/battering',
      'hands/hand/arm ... round/around ... my/her/his ... throat/neck',
      // round 28: "my stepdad grabbed my little sister by the throat"
      'grabbed/grabs/grabbing/grab/held/holding/pinned/pinning/dragged/dragging/lifted/lifting ... ... by the/his/her/their/me/my throat/neck/hair',
      // round 30: "my fella had me by the throat last night" (not "the bills have me by the throat": someone did it)
      '{other} ... had/has/got ... me/her/him/us ... by the/my/her/his throat/neck',
      // "dragged her out the flat by her hair", "smashing her head off the wall"
      'grabbed/grabs/grabbing/grab/held/holding/dragged/dragging/drags/pulled/pulling/yanked/yanking ... me/us/her/him/them ... by ... my/her/his/their/the ... hair/throat/neck',
      'smash/smashing/smashed/smashes/bang/banging/banged/bangs/slam/slamming/slammed/slams ... her/his/their head/face ... off/against/into/on ... the/a? wall/walls/floor/door/table/ground/sink',
      'raped/rape/sexually-assaulted',
      // round 28: "OUR LASS'S EX IS OUTSIDE THE FRONT DOOR WITH A BLADE SHOUTING HES COMING IN"
      'outside/at/by/banging-on/kicking/hammering-on ... the/my/our/me/her/his/front/back? door/flat/house/window/gate/doorstep ... with ... a/the/his/her/some? {weapon}/blade/knife/machete/bat/hammer/gun/axe/crowbar/bottle',
      // round 16: "shoved her into the radiator", an older parent hurt or robbed ("keeps taking me mam's pension off her")
      'pushed/shoved/threw/thrown/slammed/flung/shoves/pushes ... me/us/her/him/them/{family} ... into/against/onto/through/down ... the/a? radiator/wall/door/table/fire/fireplace/cooker/window/mirror/cupboard/wardrobe/stairs/bannister/banister',
      'taking/took/takes/taken/nicking/nicked/stealing/stole/robbing/robbed ... pension/pension-money/benefits/bank-card ... off/from her/him/them/me/my-nan/my-mum/my-mam/my-dad/my-gran',
      // "he put his hands on me again", "he gets violent with me"
      'put/puts/putting ... hands/hand/finger/a-finger/a-hand on me/us/my-kids/the-kids/my-son/my-daughter/her/him',
      '{other} ... got/gets/getting/been/gone/turns/turned ... physical/violent/rough/handsy with me/us',
    ],
  },
  {
    id: 'going-to-hurt-someone',
    kind: 'harm',
    now: true,
    phrases: [
      '{me} ... going-to/gonna/will/want-to/wanna/about-to/could/might/ready-to/feel-like ... kill/stab/hurt/batter/shoot/murder/strangle/attack/glass/do-in ... him/her/them/someone/somebody/everyone/everybody/{other}',
      'going/want/wants/gonna ... to ... kill/stab/shoot/murder ... someone/somebody/everyone/people',
      // round 18: "gonna stab the prick who robbed me" (not kill or murder: "going to kill my brother, he ate my yogurt")
      'going/want/wanna/gonna ... to ... stab/shoot/glass/shank/slash/knife/batter/bottle/merk/wet ... the/that/this/some/dat {person}',
      // round 16: "im shanking him" (intent said in the present; not "shooting him a text" or "poking him")
      'i/im/am/we/were ... shanking/stabbing/merking/murking/blading/juking/shivving/nanking/slashing him/her/them/that/the/this/he',
      'get/got/getting ... a knife/gun/blade/machete ... him/her/them/someone/for',
      'took/taken/grabbed/got/picked-up ... a/the/his/her? blade/knife/machete/bat/hammer/shank/{weapon} ... ... gone/going/went/headed/heading/off ... round/over/out/after ... to? sort/do/get/stab/find/batter/cut',
      // round 50's second-person lines: "grabbed a blade and stormed out, says he's gonna do him tonight"
      'took/take/takes/taken/grabbed/grab/got/picked-up ... a/the/his/her/big? blade/knife/machete/bat/hammer/{weapon} ... ... ... ... say/says/said/saying/swearing ... he/she/they/hes/shes/hell ... gonna/going-to/will/ll/is-going-to ... do/finish/stab/kill/cut/batter/get ... him/her/them',
      'voices/voice-in-my-head/voice-in-me-head ... tell/telling/told/tells/say/says/saying/said/want/wants/keep/command/commanding/urging ... ... kill/stab/hurt/attack/batter/harm/murder/strangle ... him/her/them/someone/somebody/people/everyone/my/{other}',
    ],
    // "I'm gonna do him when he gets back, got the bat by the door": an intent and a weapon ready
    signs: [
      ['{me} ... going-to/gonna/will/about-to/ready-to/want-to/wanna ... do/get/jump/batter/smash/have/deal-with ... him/her/them'],
      [
        '{weapon}/bat/hammer/shank/nank/bottle ... ready/by-the-door/behind-the-door/under-the-bed/under-my-pillow/in-my-pocket/in-my-bag/on-me/waiting',
        'got/have/grabbed/holding/keeping/keep/carrying/bought/picked-up ... a/the/my ... {weapon}/bat/hammer/shank/nank ... ready/by/behind/under/on-me/in-my/waiting/for-him/for-her/for-them',
      ],
    ],
  },
  {
    // round 17: carrying a weapon ready for someone ("got the ting on me", "got my shank on me, if i see him…"); a blade
    // "for work" is an exception, and "the ting" (the thing) needs a second sign of someone to use it on
    id: 'weapon-on-me',
    kind: 'harm',
    now: true,
    phrases: [
      'got/have/carrying/carry/bringing/brought/packing/holding/keep/keeping/take/taking ... the/a/my/me/his/our? shank/nank/blade/skeng/knife/machete/zombie-knife/strap/wap/burner/shotty/shooter/piece/gat ... on/with/in ... me/us/my-waist/my-waistband/my-pocket/my-bag/my-sock/my-jacket',
    ],
    signs: [
      [
        'got/have/carrying/carry/bringing/brought/packing/holding ... the/a/my/me/our? ting/tool/thing/strap/piece/burner/wap/skeng ... on/with/in ... me/us/my-waist/my-waistband/my-pocket/my-bag/my-sock',
        'shank/nank/blade/skeng/knife/strap/ting/wap/burner/piece ... on me/us/my-waist',
      ],
      [
        'wet/wetting/wettin/wetted/splash/splashing/merk/merking/murk/murking/juke/juking/shank/shanking/dip/dipping/slide/sliding/ride/riding/opp/opps/yute/beef/on-sight/if-i-see/when-i-see/catch-him/catch-them/see-him/see-that',
      ],
    ],
  },
  {
    // round 17: an older person's carer or family taking their pension, money or medicine, and the fear that keeps it
    // quiet ("my nan's carer takes her pension and half her oxycodone and nan is too frightened to say anything"); not a
    // carer who "picks up her pension for her" or "takes her tablets out of the dosette" (exceptions)
    id: 'elder-exploited',
    kind: 'harm',
    now: true,
    signs: [
      [
        'carer/carers/{other}/{family}/nephew/grandson/granddaughter/lodger/neighbour ... takes/taking/took/nicks/nicking/nicked/steals/stealing/stole/keeps/keeping/kept/pockets/pocketing/helps-himself-to/helps-herself-to/spends/spending/spent/has/had ... her/his/their/nans/grans/mums/mams/dads/grandads ... pension/pensions/benefits/money/savings/bank-card/card/pin/oxycodone/morphine/{pills}/meds/medication/painkillers/patches/fentanyl/oxy/tramadol',
      ],
      [
        'frightened/scared/afraid/terrified/too-scared/too-frightened/daren-not/dare-not/wont-say/will-not-say/can-not-say/scared-to-say',
        'without ... asking/permission/her-knowing/him-knowing', 'half/most/all/some ... her/his/their ... pension/money/{pills}/meds/oxycodone/morphine/tablets',
        'no/not-any/nothing/nowt ... money/food/left', 'goes/going/gone ... without', 'threatens/threatened/threatening/shouts/hits/bullies/bullying',
      ],
    ],
  },
  {
    // round 17: a child under 18 picked up, given lifts, drink or gifts by older men (sexual exploitation): "girl at the
    // hostel is 15, older blokes pick her up in a car every night and bring her back off her head"; three signs needed
    id: 'child-groomed',
    kind: 'harm',
    now: true,
    signsNeeded: 3,
    signs: [
      [
        'is/shes/hes/only/just/aged/age/she-is/he-is 11/12/13/14/15/16/17/eleven/twelve/thirteen/fourteen/fifteen/sixteen/seventeen',
        '11/12/13/14/15/16/17/eleven/twelve/thirteen/fourteen/fifteen/sixteen/seventeen year/years/yr/yrs/yo/y-o ... old?',
        'underage/under-age/schoolgirl/schoolboy/under-16/under-18/school-uniform/year-9/year-10/year-11', '{child}',
      ],
      [
        'older/old/grown/adult/much-older/twice-her-age/twice-his-age/middle-aged ... men/man/blokes/bloke/lads/guys/fellas/fella/geezers/boys/males',
        'men/blokes/guys/lads/fellas ... in/in-their ... 20s/30s/40s/twenties/thirties/forties',
        'grown ... men/man',
      ],
      [
        'pick/picks/picking/picked/collect/collects/collecting/drive/drives/driving/drove/take/takes/taking/took ... her/him/them ... up/off/away/out/in-a-car/in-cars/to-parties/to-flats/to-hotels',
        'every-night/all-night/overnight/hotel/hotels/party/parties/their-flat/their-flats',
        'off her/his/their head/face/tits/nut', 'drunk/wasted/smashed/high/stoned/vodka/booze/drink/weed/gifts/presents/new-phone/phones/money/cash/clothes/trainers',
      ],
    ],
  },
  {
    // round 17: forced labour (trafficking): papers kept by a boss, no pay, living at the work or unable to leave ("at
    // the car wash the lads dont get paid, sleep in the back room, boss keeps their passports")
    id: 'trafficked',
    kind: 'harm',
    now: true,
    signs: [
      [
        'boss/gaffer/employer/manager/owner/he/she/they/them/man/men/gang/{other} ... keeps/kept/keeping/took/taken/takes/taking/has/have/got/holding/holds/hold/confiscated/locked-up ... passport/passports/id/ids/papers/documents/visa/visas',
        'passport/passports/papers/documents ... kept/taken/confiscated/held ... by ... the? boss/gaffer/employer/manager/owner/them/him/her',
      ],
      [
        'not/never/no/without ... get/getting/got/gets/been ... paid/pay/wages/money', 'unpaid/no-pay/no-wages/for-nothing/for-free/for-nowt',
        'sleep/sleeps/sleeping/live/lives/living/kept/stay/stays ... in/at ... the? back-room/backroom/shop/work/workplace/car-wash/kitchen/basement/warehouse/site/nail-bar/salon/farm/factory/restaurant/takeaway/cannabis-farm',
        'can-not/could-not/not-allowed/will-not-let-them/wont-let-them/not-let/never-let ... leave/go/out/go-out/go-home',
        'owe/owes/owed/owing/debt/debts ... for ... travel/journey/the-journey/coming-here/getting-here/transport', 'broken english/english',
      ],
    ],
  },
  {
    // strangled until near fainting: "hands round my throat till everything went fuzzy" (harm, though "everything went
    // fuzzy" alone reads as someone going under: crisisBuiltIn.ts lets this pattern explain will-not-wake)
    id: 'strangled',
    kind: 'harm',
    now: true,
    signs: [
      [
        'hands/hand/arm/arms/belt/rope/cord ... round/around ... my/her/his/me/their ... throat/neck',
        'strangled/strangling/strangle/choked/choking/choke/throttled/throttling ... me/her/him/them/us',
        'by-the-throat/by-the-neck',
      ],
      [
        'till/until/til/then ... everything/vision/eyes/it/things/i/she/he ... went/gone/go/going/goes ... fuzzy/black/dark/blurry/hazy/grey/white/dim',
        'till/until/til ... {anyone}? ... passed/blacked/pass/black ... out', 'nearly/almost ... passed/blacked ... out',
      ],
    ],
  },
  {
    // "if I don't have his 200 by Friday he's gonna do my legs" (not "she's gonna do my legs" at the salon: a debt is the second sign)
    id: 'debt-threat',
    kind: 'harm',
    now: true,
    signs: [
      [
        'going-to/will/would/threatened-to/threatening-to/said/says/coming-to/wants-to ... do/break/smash/snap/kneecap ... my/me/our/your ... legs/leg/knees/kneecaps/fingers/face/hands',
        // round 19: "he says if i dont pay by friday hes coming for my little sister"
        'coming/comin/gonna-come/going-to-come/will-come for/after my/me/our/your ... {family}',
        // round 68's families: "said hes gonna stab me if i havent got his money" (not "cut me off"), "burn the house down with us in it"
        'gonna/going-to/will/ll/would/d/hed/hell/threatened-to/threatening-to ... stab/shank/slash/shoot/burn ... me/her/him/us/them/the-house/the-flat/my/our',
        // ("hell cut me up if i dont have the 200 quid"; a modal, so not a car that "cut me up" on the roundabout)
        'gonna/going-to/will/ll/would/d/hed/hell/threatened-to/threatening-to cut/slice me/her/him/us/them up',
      ],
      ['owe/owes/owed/owing/debt/money/pay/paid/cash/dealer/dealers/tick/by-friday/by-tomorrow/by-tonight/by-the-weekend/quid/grand/by-monday/by-tuesday/by-wednesday/by-thursday/by-saturday/by-sunday/by-fri/by-tomoz'],
    ],
  },
  {
    // working off a drug debt for a dealer (exploitation): "the fella who sorts me out says I owe him 300 and I've to go
    // round his mates houses to work it off" (not "owe my mate 50 so I'm helping with his garden": a dealer is the third sign)
    id: 'debt-bondage',
    kind: 'harm',
    now: true,
    signsNeeded: 3,
    signs: [
      ['owe/owes/owed/owing/debt/tick/on-tick'],
      [
        'work/working/worked ... it/debt/them/off ... off', 'go/going/sent/send/sending/have-to-go ... round/to ... houses/house/trap/traphouse/flats/spots',
        'run/running/carry/carrying/drop/dropping/deliver/delivering ... bags/lines/drugs/packages/parcels/shots/gear', 'hold/holding/stash/stashing ... gear/drugs/for-them/for-him',
      ],
      ['sorts/sort/sorted ... me/us out', 'dealer/dealers/plug/olders/gang/county-lines/line/runner/runners', 'do-not/not want/wanna ... to', 'scared/frightened/terrified/or-else/threatened'],
    ],
  },
  {
    // round 18: sex demanded to pay off a drug debt ("he says i can pay off what i owe by sleeping with his mates and he
    // wont take no"): sexual exploitation, like debt bondage (not "pay him back by doing his garden")
    id: 'sex-for-debt',
    kind: 'harm',
    now: true,
    // "he makes me sleep with his mates" (not "makes me sleep with the light on")
    phrases: [
      'makes/made/making/forces/forced/forcing/pimps/pimping/pimped ... me/her/him/them ... sleep/sleeping/have-sex/shag/go ... with ... his/him/them/their/mates/friends/men/blokes/lads/punters/strangers',
      // round 56's second person: "older men who give her ket for sex"; "he makes me go out on the beat every night"
      'give/gives/gave/giving ... her/him/me/them ... {drugs}/ket/weed/drink/coke/gear/vodka/booze ... for ... sex/favours/stuff/things',
      'makes/made/making/forces/forced/forcing/puts/putting/sends/sending ... me/her/him/them ... go/work/be/stand ... out? ... on ... the? beat/game/streets',
      // round 56: "her partner is making her sell herself to pay for his gear"
      'making/makes/made/forcing/forces/forced/puts/putting/put/sends/sending/sent ... her/me/him/them ... sell/selling/sells/on-the-game/on-the-streets/work-the-streets ... herself/myself/himself/themselves/her-body/my-body/his-body/sex/it?',
    ],
    signs: [
      ['owe/owes/owed/owing/debt/debts/tick/on-tick/rent/arrears', 'instead/stead of ... paying/pay/money/cash', 'clear/clearing/pay/paying/pay-off ... the? #', 'pay/paying/clear/clearing/wipe/wiped/wipes/work/working ... it/debt/off/back/tick', 'can-not/cant/could-not/do-not/dont ... get/find/pay/have ... the/his/her? money/cash/dough'],
      [
        'sleep/sleeping/sleeps/slept/shag/shagging/sex/stuff/things/favours/go/going/be ... with ... him/his/them/their/mates/friends/men/blokes/lads/fellas/guys/punters/strangers/people',
        'sex/sexual/shag/shagging', 'will-not/would-not/does-not/do-not take no',
        // after round 25: "he says I can pay off what I owe him on my back" (not "she's on my back to pay it off")
        'pay/paying/pays/paid/clear/clearing/work/working/settle/settling ... ... ... on/off my/me/her/his/their back/knees', 'pay/paying/pays/paid/clear/clearing/settle/settling ... in kind',
        'pay/paying/pays/paid/clear/clearing/work/working/settle/settling ... ... with/in/by ... favours/favors/other-ways/another-way',
        // round 47: "he says i can pay it off other ways if u get me"
        'pay/paying/pays/paid/clear/clearing/work/working/settle/settling ... it/off/debt/that/#/rent/the-rent/what-i-owe ... ... other/another ways/way', 'rent/debt/it ... ... paid/cleared/settled ... other/another ways/way', 'if you/u/ya get/know me/what-i-mean',
        // round 42: "says I can clear it if I go round his and sort his mates out, if you know what I mean"
        'sort/sorting ... his/their/the ... mates/friends/boys/pals/lads ... out', 'keep/keeping ... his/their ... mates/friends/boys/pals ... company',
        'if you know what i mean', 'he is/hes/s not asking',
        // round 50: "I pay Friday or I work it off with his mates, and he didn't mean washing cars"
        'work/working/pay/paying ... it/off/debt ... off? ... with ... his/their/the ... mates/friends/lads/boys/pals/mandem',
        'did-not/didnt/does-not/doesnt/not mean/meaning ... washing/cleaning/cooking/odd-jobs/graft/the-garden/decorating/painting',
        // round 42's second-person lines: "if i do him a favour at his flat, winked", "by being nice tae him and his pals"
        'do/doing ... him/them ... a favour/favours', 'winked/winking', 'that or else', 'being/be ... nice/friendly/good ... to/tae ... him/them/his-friends/his-mates/his-pals/their-friends',
        '{me}/i/she ... no/not/nae ... getting/gettin ... a say',
      ],
    ],
  },
  {
    // round 16: "her bloke's got her locked in the bedroom again, can hear her screamin" (a person shut in, and distress)
    id: 'locked-in',
    kind: 'harm',
    now: true,
    signs: [
      [
        '{other} ... locked/locking/locks/lock/keeps/kept/shut/shuts ... her/him/me/us/them/the-kids/{family} ... in ... the/a/my/his/her/their/our? bedroom/room/house/flat/cupboard/bathroom/basement/shed/cellar/attic/loft',
        '{other} ... got/has/have/keeps/kept/keeping ... her/him/me/us/them/the-kids/{family} ... locked/shut ... in/up ... the/a/my/his/her/their/our? bedroom/room/house/flat/cupboard/bathroom/basement/shed/cellar/attic/loft',
        // round 36's second-person lines: "he's got ma keys an ma phone, cannae get oot the hoose"
        '{me}/she/he? can-not/could-not ... get/go ... out ... the/of? house/flat/room/hoose',
        'lock/locks/locked ... the door ... ... take/takes/took/taken/hides/hid/keeps ... the/my? key/keys',
      ],
      [
        'scream/screaming/screams/screamed/crying/cries/banging/shouting/sobbing/begging/help/will-not-let/not-let/again/scared/terrified',
        // round 36: "she keeps me locked in the flat and takes my phone off me, had to sneak this"
        'takes/took/taken/has/got/keeps/kept ... my/me/her/his ... phone/keys/money/card', 'had to sneak/hide', 'sneak/sneaked/snuck/sneaking/secretly',
      ],
    ],
  },
  {
    // a child used to run drugs (county lines) and hurt or threatened: "my lads 14 and some older lads have got him
    // running bags out to Blackpool, came home with his face battered"; all three signs are needed ("running lines" at drama is not)
    id: 'child-exploited',
    kind: 'harm',
    now: true,
    signsNeeded: 3,
    signs: [
      [
        '{child}/lad/lads/boy/boys/girl/girls/kid/son/daughter ... 11/12/13/14/15/16/eleven/twelve/thirteen/fourteen/fifteen/sixteen', '{child}',
        // round 27: "young lad's just told us his cousin's making him run parcels"
        'young/wee/little lad/lass/girl/boy/one/un/uns/lads/lasses/boys/girls', 'teenager/teenagers/teen/teens/teenage/youngster/youngsters/schoolboy/schoolgirl/school-kid',
        'youngest/eldest/oldest/middle-one ... is/s ... 11/12/13/14/15/16/eleven/twelve/thirteen/fourteen/fifteen/sixteen',
        // round 29: "im 15 and theres older lads making me take stuff"
        '{me}/i? am/m only? 11/12/13/14/15/16/17/eleven/twelve/thirteen/fourteen/fifteen/sixteen/seventeen', 'sons/daughters/boys/girls/lads/son/daughter 11/12/13/14/15/16',
        '11/12/13/14/15/16/17 and/n/an ... they/older/lads/some/these',
        // round 46's second-person lines: "now they got my lil bro holding for them"
        'little/lil/wee/baby/younger/kid bro/brother/sister/sis',
        // round 79: "My 16 year old keeps coming home with new trainers and three phones"
        '11/12/13/14/15/16/17 year/years/yr/yrs old',
      ],
      [
        'running/run/runs/ran/carrying/carry/dropping/holding/shotting/selling/delivering/deliver ... bags/lines/drugs/gear/packages/parcels/shots/food/for-them',
        'county lines/county-lines', 'older/olders/elders ... lads/boys/gang/men/ones ... got/have/making/make/makes/made/using/grooming ... him/her/them/me/my',
        'take/taking/took/carry/carrying/bring/bringing/drop/dropping ... stuff/bags/drugs/gear/packages/parcels/things ... to ... other/another/different ... town/towns/cities/city/places/areas',
        // round 17: "keeps getting the train to blackpool, came home with trainers and a phone i never bought him, owes some lads 2 grand"
        'came/comes/coming ... home/back ... with ... trainers/phone/phones/money/cash/clothes/jacket/designer/wad ... ... never/not/did-not ... bought/buy/gave/give/got',
        'owes/owe/owed/owing ... lads/men/olders/dealers/gang/them/some-lads/people ... grand/#', 'keeps/keep ... getting/going/taking ... train/trains/bus/buses/coach ... to',
        // round 46: "the lads im running for have got my little brother doing drops now, hes 13"
        'doing/do/does/did drops/runs/deliveries', 'bag/bags/parcel/package/line ... comes/come/came/coming back ... light/short', 'lads/olders/men/gang/people/guys/mandem/ones/line ... {me}/i/im/we/he/hes ... run/running/shot/shotting/sell/selling/deal/dealing/graft/grafting/work/working/hold/holding for',
        'using/used/uses ... him/her/them/his/her/their ... little? ... brother/sister/son/daughter/bro/sis/kid ... ... to ... carry/run/sell/hold/deliver/drop/move',
        // round 79: "…three phones, got his face cut last week, think someone's using him to sell"; its families' "found a bag
        // of wraps in his school coat … he says he owes someone and has to work it off"
        'using/used/uses ... him/her/them ... to ... carry/run/sell/hold/deliver/drop/move/deal/shot',
        'dropped/picked/dropping/picking ... off/up ... by ... older/grown/grown-up/adult ... men/blokes/lads/guys/males/man/bloke', 'two/three/four/2/3/4/several/multiple/extra ... phones/mobiles/burners',
        'burner/burners/burner-phone/burner-phones/second-phone', 'owes/owe/owed/owing ... ... ... work/working/graft/grafting/run/running ... it/them/this/that? off',
        'bag/bags/load/stash ... of? wraps/deals/baggies/shots/bits/rocks/stones ... in ... his/her/their ... coat/bag/room/school-bag/pocket/pockets/jacket/bedroom/drawer',
      ],
      [
        'face/eye/nose/head/lip ... battered/smashed/busted/bust/cut/swollen/black/kicked-in/bleeding/slashed/stabbed/glassed/marked/bruised/cut-up',
        'hand/arm/leg/hands/arms/legs ... slashed/stabbed/glassed/cut-up/broken', 'burst/busted/bust/split/fat/cut/black/blacked lip/nose/eye/face', 'know/knows ... where ... we/i/he/she/they ... live/lives', 'know/knows ... where ... my/me/our/his/her/your/ur/yer/ya ... {family}/mum/mam/nan/family ... lives/live/stays', 'know/knows ... my/me/our/his/her ... {family}/mas/mums/mams/nans/ma/mum/mam ... address/house/school',
        'or ... they/theyll/he/hell/she ... go/going/come/coming/visit/pay-a-visit ... round/to/after ... my/me/our ... {family}/mams/mums/nans/family/house',
        'missing/not-home/not-come-home/not-been-home', 'threatened/threatening/threats/scared/terrified/stabbed/beaten',
        // round 46's second-person lines: "they've sent him a photo of their mum's front door tonight"
        'sent/sending/send/showed/showing ... him/her/them/me/us? ... a? photo/photos/pic/pics/picture/pictures/video ... of ... ... house/door/front-door/address/school/car/mum/mums/mams/nans/street',
        // round 34: "now they say he owes them and theyve been waiting outside his school"
        'waiting/waited/hanging/sat/parked ... outside/at/by ... his/her/the/my ... school/college/house/door/flat/work', 'say/says/said/saying/reckon ... he/she/they ... owes/owe/owed/in-debt',
        'slapped/slap/slapping/hit/hitting/battered/battering/beat/kicked/punched/leathered/smacked/knocked/knocking ... him/her/them ... about/around/up',
        'battered/beat/beaten/hit/stabbed/slashed/leathered/kicked/jumped ... him/her/them ... ... when/for/cos/because ... ... short/owed/lost/late/light/came-back-short',
        'get/getting ... it ... worse/again', 'still got/have ... the? bruises/marks',
        // round 36: "…and hurt him if he says no"
        'hurt/hurts/hit/hits/batter/batters/beat/beats/slap/slaps ... him/her/them ... if/when ... he/she/they ... says/say/said ... no/refuses/refuse',
      ],
    ],
  },
  {
    // cuckooing: people who have taken over someone's home to deal from it, often over a debt
    id: 'home-taken-over',
    kind: 'harm',
    now: true,
    phrases: ['been/being/getting/got/get cuckooed', 'cuckooed/cuckooing me/us/my/our/her/him/them'],
    signs: [
      [
        'took/taken/taking/take/takes/took-over/taking-over over ... my/me/our/his/her/their ... flat/house/place/gaff/home/room',
        // round 43's second-person lines: "dealing from my place", "me flats been took over"
        'dealing/selling/running/shotting/sellin ... from/out-of/outta ... my/me/our/his/her ... place/flat/house/gaff/home', 'flat/flats/house/place/gaff ... been/is/s/got ... took/taken ... over',
        // round 67: "theres lads dealing out my flat, they took my keys and wont leave"
        'dealing/shotting/sellin/selling/supplying out my/me/our/his/her/their ... place/flat/house/gaff/home/bedsit/room/kitchen',
        'moved/moving/move ... into/in-to/in ... my/me/our/his/her/their ... flat/house/place/gaff/home',
        // round 30's second-person lines: "my mum's got dealers staying in her flat, been a week"
        'dealers/dealer/lads/boys/gang/they ... staying/living/stopping/moved-in/kipping/dossing ... in/at ... my/her/his/their/our ... flat/house/place/gaff',
        'using/use/used/uses ... my/me/our ... flat/house/place/gaff/home ... to/for/as ... sell/selling/deal/dealing/cook/cooking/store/stash/bag/base/trap',
        'cuckoo/cuckooed/cuckooing',
        // round 30: "dealers been at mine a week, wont leave"
        'been/staying/stopping ... at/in mine/my-place/my-flat/my-house ... ... will-not/wont/not/refuse/refusing ... leave/go/get-out/move', 'will-not/wont/refuse/refusing ... to? leave ... my/me/mine ... flat/house/place/gaff',
      ],
      [
        'sell/selling/sells/sold/dealing/deal/deals/cook/cooking/bagging/bag-up/trapping/serving/running/shotting/sellin ... from/out-of/outta/in/out ... it/there/here/my/me/the/our', 'took/taken/taking/grabbed/have/got ... my/me/her/his/their ... phone/keys',
        'owe/owes/owed/owing/debt', 'dealers/dealer/gang/county-lines/youngers/olders/runners',
        'will-not/wont/not/refuse/refusing ... let me ... in/back/into/leave/go',
      ],
    ],
  },
  {
    // "makes my little brother wait in the car while they go score, he's 6, it was minus 2"
    id: 'child-left-in-car',
    kind: 'harm',
    now: true,
    signs: [
      [
        '{child} ... wait/waits/waiting/left/leaves/leave/sat/sit/sits/sitting/locked/stay/stays/staying ... in ... car/van/motor',
        'leave/leaves/left/leaving/makes/made/make/lock/locks/locked ... {child} ... in ... the/a/his/her/their? car/van/motor',
      ],
      [
        'score/scoring/scores/buy-gear/get-gear/pick-up/picking-up/minus/freezing/below-zero/baking/boiling/roasting/scorching',
        'for/all ... hours/night/day/overnight', 'go/goes/went/going ... score/scoring/the-pub/drinking/using',
      ],
    ],
  },
  {
    id: 'child-at-risk',
    kind: 'harm',
    now: true,
    // children on their own, and the adult who should be with them cannot get back
    signs: [
      ['{child} ... alone/on-their-own/on-his-own/on-her-own/by-themselves/by-himself/by-herself/nobody-with/no-one-with'],
      [
        'stuck/trapped/arrested/custody/locked-up/lifted/sectioned/in-hospital/at-the-police/cells',
        'can-not/could-not ... get ... back/home/to-them', 'not home/back', 'will-not/wont/can-not be back',
        'out/off on a/the? bender/lash/piss/sesh/binge', 'off her/his/their/my face/head/heads/tits/nut',
      ],
    ],
    phrases: [
      '{child} ... not-safe/in-danger/home-alone/left-alone/unsupervised',
      '{child} ... alone/on-their-own/by-themselves ... house/flat/home/car/night/overnight/hours/days',
      // round 18: "her two kids under 5 are in the flat on their own"
      '{child} ... in ... the/a/their/her/his/my? house/flat/home/caravan ... alone/on-their-own/on-his-own/on-her-own/by-themselves/by-himself/by-herself',
      // "the kids next door have been on their own since yesterday"
      '{child} ... alone/on-their-own/on-his-own/on-her-own/by-themselves/by-himself/by-herself ... since-yesterday/since-last-night/since-this-morning/since-the-morning/since-monday/since-tuesday/since-wednesday/since-thursday/since-friday/since-saturday/since-sunday/all-day/all-night/overnight/for-hours/for-days/for-ages',
      'left ... {child} ... alone/on-their-own/on-her-own/on-his-own/by-themselves',
      // a child left in a place, not a letter left for a child in it (round 21)
      'left/leaving/leave the/my/her/his/their/our/me/both/all? {child} in-the-house/in-the-flat/in-the-car/at-home/in-the-bath',
      '{child} ... being/been/getting ... hurt/abused/hit/beaten/touched/neglected',
      'hit/hitting/beat/beating/hurt/hurting/abuse/abusing/touch/touching/shake/shaking/shook/harm/harming/punch/punching/kick/kicking ... my/the/our/his/her/their ... {child}',
      // round 51: "off his head on crack and hes shaking her to make her stop crying"; the second person's "slamming the
      // toddler about", "chucking him round the room"
      'shaking/shook/shakes/shake ... her/him/the-baby/{child} ... to make ... her/him/them/it ... stop/shut-up/be-quiet/quiet',
      'slamming/slammed/chucking/chucked/throwing/threw/slinging/flinging/flung/swinging/knocking ... the/my/his/her/our? toddler/baby/{child}/kid/little-one/little-un/him/her ... about/around/round/across/into/against',
      '{child} ... not/has-not/have-not/nothing ... eaten/fed/food ... days/today/since',
      'scared/afraid ... {me} ... hurt/harm/shake ... {child}',
      // round 17: "clips the bairn round the heed", "skelps the weans", "belts the kids" (not hair clips: a head or ear
      // after the child is needed for "clips"; not seat belts: an exception)
      '{other}/{family} ... clip/clips/clipped/clipping/skelp/skelps/skelped/skelping/belt/belts/belted/belting/smack/smacks/smacked/smacking/wallop/wallops/walloped/whack/whacks/whacked/clout/clouts/clouted/cuff/cuffs/cuffed/thump/thumps/thumped/slap/slaps/slapped/lamp/lamps/lamped/leather/leathers/leathered/batter/batters/battered ... the/my/our/his/her/their/me/wor? {child}/bairn/bairns/wean/weans/bairns/kiddie/kiddies/young-un/young-uns ... round/across/over/on/in/about ... the/his/her/their? head/heed/heid/ear/ears/lug/lugs/face/legs/backside/bum/mouth/chops/jaw',
      '{other}/{family} ... skelp/skelps/skelped/skelping/belt/belts/belted/belting/wallop/wallops/walloped/thump/thumps/thumped/leather/leathers/leathered/batter/batters/battered/lamp/lamps/lamped/clout/clouts/clouted/batter/beats/hammers ... the/my/our/his/her/their/me/wor? {child}/bairn/bairns/wean/weans/kiddie/kiddies/young-un/young-uns',
      // round 31: "step dad come home steaming and threw my little brother across the room" (not into the pool: a room,
      // a wall or the stairs)
      '{other}/{family} ... threw/thrown/throws/throwing/chucked/chucks/flung/flings/hurled/launched/lobbed/slung ... the/my/our/his/her/their/me? {child}/brother/sister/little-brother/little-sister/wee-brother/wee-sister/baby-brother/baby-sister ... across/against/into/down/at ... the? room/kitchen/floor/landing/wall/walls/door/hall/hallway/bedroom/living-room/lounge/sofa/table/radiator/stairs/telly/tv',
      // round 32: "the little un's dad threw her across the room last week" (a person: not "threw it", the phone)
      '{other}/{family} ... threw/thrown/throws/throwing/chucked/flung/hurled/launched/slung her/him/me/us across/against/into/down the? room/kitchen/floor/landing/wall/walls/door/hall/hallway/bedroom/stairs',
      // round 17: "left the baby on its own again, its been crying 6 hours" (a baby's "its own" too)
      '{child} ... alone/on-its-own/on-it-is-own/left-alone ... ... crying/screaming/hours/all-day/all-night/since',
    ],
  },
];
