import type { ServiceCard } from '../replyPlan';
import { chooseServices, type ChosenService } from '../signpost/chooseServices';
import { needsFor } from '../signpost/needsFor';
import type { TurnWriter } from '../turnWriter';

/** Narcotics Anonymous and services, offered with permission, never pushed; nearer ones if they say where they are. */
export function signpostReply(writer: TurnWriter): void {
  const lines = writer.content.steps.signpost;
  const { after, before, context, now } = writer.facts;
  if (after === 'signpost.offer') {
    writer.reflect();
    if (before === 'plan.obstacles') writer.say(writer.content.steps.plan.affirmStep);
    if (before === 'resistance') writer.say(writer.content.steps.resistance.autonomy);
    writer.say(lines.offer);
    return;
  }
  const directory = writer.content.services;
  const chosen = chooseServices(directory, { areaId: context.area, needs: needsFor(context), now });
  const place = directory.areas.find((area) => area.id === context.area)?.name;
  if (after === 'signpost.given') {
    const narcoticsAnonymous = chosen.find((choice) => choice.reason === 'narcotics-anonymous');
    writer.say(lines.narcoticsAnonymous, { naMeetings: shortAddress(narcoticsAnonymous?.service.web) ?? 'na.org/meetingsearch' });
  }
  writer.add({ ...writer.line(place ? lines.servicesNearby : lines.servicesIntro, place ? { place } : {}), card: chosen.map(serviceCard) });
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
