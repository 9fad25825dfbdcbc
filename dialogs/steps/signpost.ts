import type { ServiceCard } from '../replyPlan';
import { chooseServices, type ChosenService } from '../signpost/chooseServices';
import { needForRequest, needsFor } from '../signpost/needsFor';
import type { TurnWriter } from '../turnWriter';
import { autonomyGap } from './resistance';

/**
 * Narcotics Anonymous and services, offered with permission, never pushed; nearer ones if they say where they are.
 * When the person asks for help or a service themselves, their asking is the permission and the answer comes at once.
 */
export function signpostReply(writer: TurnWriter): void {
  const lines = writer.content.steps.signpost;
  const { after, before, context, now } = writer.facts;
  if (after === 'signpost.offer') {
    writer.reflect();
    if (before === 'plan.obstacles') writer.say(writer.content.steps.plan.affirmStep);
    // Moving on to services is a transition: gather what they have said first, if planning has not already.
    else if (!before.startsWith('plan')) writer.summarise(writer.content.steps.plan.summary);
    // After discord, or sustain talk again and again: the choice is theirs, said once, not every turn.
    if (before === 'resistance' || writer.facts.analysis?.talk === 'sustain') writer.sayIfFresh(writer.content.steps.resistance.autonomy, {}, autonomyGap);
    writer.say(lines.offer);
    return;
  }
  const directory = writer.content.services;
  const { event } = writer.facts;
  // Asked outright for something other than a meeting, or said yes to support for families: answer that, with NA
  // (a fellowship for people who use) still on the list but not leading.
  const forFamily = before.startsWith('someoneElse');
  const askedForKind = forFamily || (event.type === 'SUPPORT_ASKED' && event.asked !== 'meeting' && event.asked !== 'general');
  // What they asked for leads the list, here and when they then say where they are.
  const lastAsked = context.asked[context.asked.length - 1];
  const lead = forFamily || context.whoseUse === 'someone-else' ? 'family-support' : lastAsked ? needForRequest[lastAsked] : null;
  const chosen = chooseServices(directory, { areaId: context.area, needs: needsFor(context), now, lead });
  const place = directory.areas.find((area) => area.id === context.area)?.name;
  if (after === 'signpost.given' && !askedForKind) {
    if (event.type === 'SUPPORT_ASKED') writer.say(lines.asked);
    const narcoticsAnonymous = chosen.find((choice) => choice.reason === 'narcotics-anonymous');
    writer.say(lines.narcoticsAnonymous, { naMeetings: shortAddress(narcoticsAnonymous?.service.web) ?? 'na.org/meetingsearch' });
  }
  // Never promise what the list does not hold: with no service of the kind they asked for, say so plainly.
  const askedNeed = event.type === 'SUPPORT_ASKED' ? needForRequest[event.asked] : forFamily ? 'family-support' : null;
  const listed = chosen.some((choice) => choice.reason === 'need' && choice.need === askedNeed);
  const intro = !askedForKind
    ? place ? lines.servicesNearby : lines.servicesIntro
    : !listed ? lines.askedNotListed
    : place ? lines.askedNearby : lines.askedIntro;
  writer.add({ ...writer.line(intro, place ? { place } : {}), card: chosen.map(serviceCard) });
  if (after === 'signpost.given' && !place) writer.say(lines.askPlace);
}

function serviceCard(choice: ChosenService): ServiceCard {
  const { service, openNow } = choice;
  const open = openNow === true ? ' Open now.' : openNow === false ? ' Closed right now.' : '';
  return {
    title: service.name,
    text: `${service.description}${open}`,
    ...(service.phone ? { phone: service.phone } : {}),
    ...(service.web ? { url: service.web } : {}),
  };
}

/** "https://ukna.org/" → "ukna.org": easier to read and to type on a phone. */
function shortAddress(url: string | undefined): string | undefined {
  return url?.replace(/^https:\/\//, '').replace(/\/$/, '');
}
