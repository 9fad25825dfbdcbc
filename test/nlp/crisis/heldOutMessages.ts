import type { CrisisKind } from '../../../nlp/messageAnalysis';

/**
 * HELD-OUT messages, round 14. Written by a third writer on 2026-11-23 without seeing the detector's
 * patterns or earlier rounds, then frozen. The detector (patterns and the learned reader) was frozen at f2ac0b7. This round leans on describing signs instead of naming the crisis
 * (colour, noises, cold, "gone under", "keeled over"), regional dialect and text-speak, crisis lines buried in
 * long rambling messages, and everyday lines that mirror crisis grammar ("tried to kill the weed habit last
 * year", "best way to kill a hangover", "how many bags would it take") so a keyword match is not enough.
 * Labels follow the rules written in content/crisis-patterns.yaml (Decisions).
 * heldOut.test.ts reports this round's numbers; it does not fail on them (see README.md for why).
 */
export const heldOutCrisis: [string, CrisisKind][] = [
  // overdose (12)
  ['me marra gone a funny grey colour after his bag, makin this weird snorin noise and wont wake up', 'overdose'],
  ['lad slumpd in the hostel bogs lips gone blue wat do i do', 'overdose'],
  ['found our kid on the bathroom floor, hes cold and not moving, needle still in his arm', 'overdose'],
  ['necked the whole strip of zopiclone with a bottle of voddy so i dont wake up, just wanted someone to know', 'overdose'],
  ['she did a dig and just dropped, eyes rolled back and shes makin a gurglin noise', 'overdose'],
  ['how do u do the naloxone spray hes gone under n im on me own wiv him', 'overdose'],
  ['ok so long story, got kicked out of me sisters on sunday, been sofa surfin at this lads flat, hes been usin all day and now hes gone purple in the face and i cant feel him breathin, im freakin out', 'overdose'],
  ['took extra methadone earlier, bought some off a mate, now i can barely keep me eyes open and me breathin feels really slow', 'overdose'],
  ['wee man in the close is lyin there no breathin, av shook him n shouted, nothin', 'overdose'],
  ['hes no wakin up', 'overdose'],
  ['swallowed a full box of paracetamol about an hour ago, feel fine tho so is that ok', 'overdose'],
  ['yer man in the hostel took a load of pregabs on top of the gear and i cant rouse him at all', 'overdose'],

  // suicide (12)
  ['been stockpilin me pills for weeks, nearly got enough now', 'suicide'],
  ['wrote letters to the kids last night, theyll be better off, tonights the night', 'suicide'],
  ['which bridge round here is high enough that you wouldnt survive the fall', 'suicide'],
  ['tbh id rather not wake up tomorrow', 'suicide'],
  ['me bro hung himself in the spring n i keep thinkin bout doin the same', 'suicide'],
  ['been cuttin me arms agen, went deeper this time', 'suicide'],
  ['took an od on purpose last christmas, ended up on a drip, never told anyone', 'suicide'],
  ['honestly whats the point of me even bein alive', 'suicide'],
  ['got the rope sorted in the garage, just waitin till shes gone to work', 'suicide'],
  ['am done wi it aw, cannae dae this nae mair', 'suicide'],
  ['anyway the council lost my forms again and the jobcentre sanctioned me, whatever, wont matter soon, gonna do meself in after this last bag, just wanted to say thanks for listenin', 'suicide'],
  ['my mate from the day centre took his own life last week and i cant stop seein his face', 'suicide'],

  // harm (10)
  ['my fella had his hands round my throat last night so he did, says next time he wont stop', 'harm'],
  ['the dealer says if i dont have his money by friday im gettin stabbed', 'harm'],
  ['the kids next door been on their own since yesterday, their mams out on a bender, the little one keeps cryin', 'harm'],
  ['bruv theres man outside my door with a shank sayin hes gonna do me', 'harm'],
  ['me mas fella batters her when hes on the ale and hes on it now la, im scared', 'harm'],
  ['swear down im gonna do him when he gets back, got the bat by the door', 'harm'],
  ['baby hasnt been fed since this mornin, he spent the money on gear and wont let me out to the shop', 'harm'],
  ['she takes my phone and locks me in when she goes out', 'harm'],
  ['some fella at the hostel keeps comin in my room at night and touchin me', 'harm'],
  ['theyve took over my flat, runnin their lines from it and wont let me leave', 'harm'],

  // medical (10)
  ['bin on the rock all nite n me chest is crushin, left arm gone numb', 'medical'],
  ['me mates havin a fit on the floor after the spice, shakin all over and it wont stop', 'medical'],
  ['been bringin up blood since this mornin, dark like coffee grounds', 'medical'],
  ['where i inject in me groin its gone black and red hot, im shiverin and all muddled', 'medical'],
  ['mate on pills at the rave is roastin, stopped sweatin, talkin gibberish', 'medical'],
  ['the missus face has dropped down one side, her arm gone floppy and shes not makin sense', 'medical'],
  ['fell down the stairs steamin and cracked me head, been sick twice and seein double', 'medical'],
  ['mate just keeled over after a massive line, hes awake now but grey and grabbin his chest', 'medical'],
  ['day 3 off the benzos cold turkey and i just had a fit, bit me tongue', 'medical'],
  ['me leg swelled up massive where i was injectin, hot and purple, and now i get pains in me chest when i breathe', 'medical'],
];

export const heldOutEveryday: string[] = [
  'dying for a brew and a fag tbh',
  'this gear is slowly killin me, i know it, want to cut down after xmas',
  'overdosed years back in me twenties, thats what got me on the script in the first place',
  'watched trainspotting again last night, the bit where he ODs is proper grim',
  'scared id go over if i went back on the gear after rehab, tolerance and that',
  'got a naloxone kit off the chemist today, keepin it in me bag just in case',
  'my keyworker is gonna kill me when she sees i missed the appointment',
  'passed out on the sofa watchin the match, woke up with a stiff neck',
  'veins are shot in both arms so im smokin it now',
  'pinned to bits but feelin sound',
  'we got battered 4 nil on saturday, gutted',
  'dont wanna keep livin like this, sick of the hostel and graftin for money every day',
  'got a chesty cough from the smokin, doc gave me an inhaler',
  'our kid tripped over the dog, nearly died laughin',
  'me mam used to leather us when we were kids, shes alright now though',
  'where can i get trained to use naloxone, want to carry a kit for the lads',
  'could murder a chippy tea',
  'lost me brother to the gear 5 year back, still miss him every day',
  'cat brought a dead mouse in and left it on me pillow',
  'three weeks clean, cravings are killin me but im holdin on',
  'head is bangin after last night, hungover to bits',
  'feel like death warmed up, rattlin a bit, day 2 of cuttin down',
  'the rave was mad, danced till 6, had a good kip after and feel grand now',
  'shot myself in the foot there missin my script pick up',
  'our kid will murder me if he finds out i pawned his xbox',
  'is it true you can od on water',
  'doin a mental health first aid course at the recovery hub, learnin how to spot if someone is suicidal',
  'hit the gym first time in years, me legs are dead',
  'the app wasnt respondin earlier sorry',
  'its roastin in this hostel, heatings stuck on full and the windows dont open',
  'we killed it at the pool tournament last night',
  'went to a funeral today, old fella from the wet centre, he was 82, it was his liver in the end',
  'got stabbed years ago inside, big scar on me side from it',
  'ex used to knock me about but ive had me own place 3 years now, safe as houses',
  'gonna knock the crack on the head, booked detox for monday',
  'nose bleeds a bit when i blow it, thats the coke, gonna give it a rest',
  'ive had enough of this rain',
  'dog had to be put down yesterday, gutted',
  'he hit the roof when he saw the state of the kitchen',
  'nearly overdosed back in 2015 and it scared me straight for a bit',
  'whats the best way to kill a hangover',
  'how many bags would it take to get me through the weekend',
  'i tried to kill the weed habit last year, lasted 3 weeks',
  'overdid it at christmas dinner, couldnt move for hours lol',
];
