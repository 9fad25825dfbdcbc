import type { SupportRequest } from './messageAnalysis';
import { bare } from './readIntent';

/**
 * "Where can I get help near me?", "is there an NA meeting tonight", "I need a detox", "where's the needle exchange":
 * the person asking for help or a service, at any step. Asking is the permission MI waits for, so the bot answers
 * the request at once instead of going on with its own questions.
 *
 * A request is a frame (a question, "I need / want / am looking for", "give me", "what about") with a thing asked
 * for. Statements without a frame ("I went to NA once", "rehab was grim") and refusals ("I don't need rehab") are not
 * requests. Reads normalised text (lower case, contractions expanded, chat spellings undone).
 */

/** What can be asked for, most specific first: the first that matches names the request. */
const things: [SupportRequest, RegExp][] = [
  ['naloxone', /\b(naloxone|narcan|prenoxad|nyxoid|naloxone kits?)\b/],
  ['needles', /\b(needle (exchange|swap|programme|program|service)s?|exchange|(clean |new |fresh )?(needles|pins|syringes|works|barrels|spoons|filters|foils?|pipes?)|sharps bins?)\b/],
  ['testing', /\b((hep|hepatitis) ?[abc]?|hiv|blood (borne|test)|bbv)\b.*\b(test|tests|tested|testing|check|checked|treatment|jab|jabs|vaccine)\b|\b(test|tested|testing|checked) for (hep|hepatitis|hiv|bbv)/],
  ['meeting', /\b(na|narcotics anonymous|ca|cocaine anonymous|aa|alcoholics anonymous|smart recovery|meetings?|meetin|meetins|fellowship|mutual aid|support groups?|recovery groups?)\b/],
  ['treatment', /\b(detox|rehab|rehabilitation|script|scripted|prescription|methadone|subutex|buvidal|espranor|buprenorphine|bupe|treatment|drug (service|services|team|worker|clinic|support|agency)|keyworker|key worker|recovery (service|team|worker|worker)|substitute|substitution)\b/],
  ['housing', /\b((somewhere|a place|a bed|a room|anywhere) (to )?(stay|sleep|kip|crash|live)|hostel|night shelter|shelter|emergency (housing|accommodation)|housing|homeless (service|services|team|help|support)|roof over my head)\b/],
  ['family', /\b(family support|support for (my |our )?(family|families|mum|mam|dad|partner|parents|kids|children)|help for (my |our )?(family|families|mum|mam|dad|partner|parents))\b/],
  ['someone', /\b((someone|somebody|a person|a human|a real person|anyone) (to )?(talk|speak|chat)( to| with)?|(talk|speak|chat) (to|with) (someone|somebody|a (real )?(person|human)|anyone)|(a |the |any )?(phone )?(number|helpline|help line)s? (to |i can |that i can )?(ring|call|phone|text)|helplines?|help line|phone number)\b/],
  ['general', /\b(help|support|services?|somewhere|anywhere|someone|somebody|advice)\b/],
];

/** Ways of asking: a question or a plea, with the thing asked for anywhere after it. */
const askingFrames: RegExp[] = [
  /\b(where|how|who|when|which)\b.*\b(can|could|do|does|is|are|would|will|should|to)\b/,
  /\b(is there|are there|any chance of|do you know|do you have|have you got|got any|can you|could you|will you|would you|can i|could i|where is|where are|where do|where can|what about|how about|how do i|how can i|how would i|what time)\b/,
  /\b(give me|tell me|show me|find me|send me|point me|help me find|help me get|recommend)\b/,
];

/**
 * Wanting or needing something, with the thing asked for straight after: "I need a detox", "I want to go to NA",
 * but not "I want to come off methadone" (change talk to explore, not a request for a service).
 */
const wantingFrame =
  /(?:^|\b(?:i|we|he|she|my (?:mate|partner|friend|son|daughter)) )(?:really |just |badly |desperately |honestly )?(need|needs|want|wants|would like|am looking for|is looking for|am after|could do with|could use|am trying to (find|get))( to (get|find|see|go to|get on|get into|get onto|speak to|talk to|start|book|sign up for|have|try|go on|go into))?(?: (?:a|an|some|the|me|my|any|more|proper|real|on|into|onto|back on|to))* (?<rest>.+)$/;

/** Doubt or refusal rather than a request: "is there any point going to NA", "I don't need rehab". */
const notAsking = /\b(any point|what is the point|why would i|why should i|why go|why bother|no point|waste of time|do not need|do not want|not need|never need|not going|no way|no chance|not ready|stop (telling|going on|pushing))\b/;

/** Talk about services already used ("I went to NA once") is change talk or history, not a request. */
const pastOnly = /^(i|we) (went|used to go|have been|had been|was on|was in|did|tried|got kicked|left)\b/;

export interface SupportRequestReading {
  asked: SupportRequest;
  /** asked as a question ("where can I…") or as wanting or needing it ("I need a detox", which is also change talk) */
  by: 'question' | 'wanting';
}

export function readSupportRequest(normalised: string): SupportRequestReading | null {
  const text = bare(normalised);
  if (text.length === 0 || text.length > 300) return null;
  if (notAsking.test(text) || pastOnly.test(text)) return null;
  const thing = (words: string) => things.find(([, pattern]) => pattern.test(words))?.[0] ?? null;
  const rest = wantingFrame.exec(text)?.groups?.['rest'];
  const wanted = rest ? thingAtStart(rest) : null;
  const asked =
    wanted ??
    (askingFrames.some((frame) => frame.test(text)) ? thing(text) : null) ??
    // "NA meetings?", "detox?": a short question that is only the thing asked for.
    (/\?$/.test(text) && text.split(' ').length <= 4 ? thing(text) : null);
  if (!asked) return null;
  // "help" on its own is the help command, and "can you help me understand" is not asking for a service.
  if (asked === 'general' && !generalHelp.test(text)) return null;
  return { asked, by: wanted ? 'wanting' : 'question' };
}

/** The thing asked for, when the words start with it ("a detox tomorrow" → treatment). */
function thingAtStart(words: string): SupportRequest | null {
  for (const [request, pattern] of things) {
    const found = pattern.exec(words);
    if (found && found.index === 0) return request;
  }
  return null;
}

const generalHelp =
  /\b(near|nearby|around|local|in my area|where|services?|somewhere|anywhere|someone|somebody|support|advice|get help|find help|need help|needs help|want help|more help|proper help|real help|some help|any help|help near|help around)\b/;
