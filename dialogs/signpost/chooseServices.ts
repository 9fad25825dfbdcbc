import type {
  Area,
  Country,
  CrisisLine,
  OpeningHours,
  Service,
  ServiceDirectory,
  ServiceKind,
  WeekDay,
} from '../../content/schemas/services';
import { weekDays } from '../../content/schemas/services';

/** What the person talked about that a service can help with (set by the conversation). */
export const needs = [
  'naloxone',
  'drug-service',
  'needle-exchange',
  'bbv-testing',
  'family-support',
  'housing',
  'legal',
  'mutual-aid',
  'information',
] as const;
export type Need = (typeof needs)[number];

const kindsForNeed: Record<Need, readonly ServiceKind[]> = {
  naloxone: ['naloxone'],
  'drug-service': ['drug-service'],
  'needle-exchange': ['needle-exchange'],
  'bbv-testing': ['bbv-testing'],
  'family-support': ['family-support'],
  housing: ['housing'],
  legal: ['legal'],
  'mutual-aid': ['mutual-aid', 'cocaine-anonymous'],
  information: ['information'],
};

/** The kinds shown to everyone after the services that fit their needs: a door into help. */
const generalKinds: readonly ServiceKind[] = ['drug-service', 'information'];

export interface ChooseServicesRequest {
  areaId: string | null;
  /** used when there is no known area; an area's own country wins over this */
  countryId?: string | null;
  needs: readonly Need[];
  now: Date;
  /** how many to return; 5 unless given */
  limit?: number;
  /** what the person asked for outright: services that give it come first, before NA ("how do I get on a script?") */
  lead?: Need | null;
}

export interface ChosenService {
  service: Service;
  /** why it is on the list, in the order the list is built */
  reason: 'narcotics-anonymous' | 'need' | 'general';
  /** the need it answers, when reason is "need" */
  need: Need | null;
  scope: 'local' | 'national';
  /** open at `now` in the service's own time zone; null when its hours are not known */
  openNow: boolean | null;
}

export interface CrisisLineChoice {
  line: CrisisLine;
  openNow: boolean | null;
}

/**
 * Picks services for a person: what they asked for outright first (`lead`), then Narcotics Anonymous (a local
 * NA service, or else the narrowest national NA meeting finder), then local services that fit what they talked
 * about, then the local drug service, then national services that fit, then national
 * information lines.
 *
 * With no known area and no known country we do not guess England: the bot is handed out
 * across the UK, and Scotland, Wales and Northern Ireland have their own services and no
 * shared 111. Instead only services that serve every country in `whenCountryUnknown`
 * (countries.yaml: the four UK nations) are shown, such as NA UK and FRANK.
 */
export function chooseServices(directory: ServiceDirectory, request: ChooseServicesRequest): ChosenService[] {
  const area = request.areaId === null ? undefined : directory.areas.find((candidate) => candidate.id === request.areaId);
  const country = area ? findCountry(directory, area.country) : findCountry(directory, request.countryId ?? null);
  const countryIds = country ? [country.id] : directory.whenCountryUnknown;

  // made-up services appear only for made-up areas, so a test entry can never reach a person
  const usable = directory.services.filter((service) => service.kind !== 'crisis-line' && (!service.example || area?.example === true));
  const local = area ? usable.filter((service) => service.areas?.includes(area.id) ?? false) : [];
  const national = usable.filter((service) => countryIds.every((id) => service.countries?.includes(id) ?? false));

  const chosen: ChosenService[] = [];
  const add = (service: Service, reason: ChosenService['reason'], need: Need | null, scope: ChosenService['scope']) => {
    if (chosen.some((entry) => entry.service.id === service.id)) return;
    chosen.push({ service, reason, need, scope, openNow: isOpenAt(service.hours, request.now) });
  };

  const lead = request.lead;
  if (lead && lead !== 'mutual-aid') {
    local.filter((service) => fits(service, lead)).forEach((service) => add(service, 'need', lead, 'local'));
    national.filter((service) => fits(service, lead)).forEach((service) => add(service, 'need', lead, 'national'));
  }

  const localNa = local.filter((service) => service.kind === 'narcotics-anonymous');
  if (localNa.length > 0) {
    localNa.forEach((service) => add(service, 'narcotics-anonymous', null, 'local'));
  } else {
    // a country's own meeting finder beats a worldwide one
    const nationalNa = national
      .filter((service) => service.kind === 'narcotics-anonymous')
      .sort((a, b) => (a.countries?.length ?? 0) - (b.countries?.length ?? 0));
    if (nationalNa[0]) add(nationalNa[0], 'narcotics-anonymous', null, 'national');
  }

  for (const need of request.needs) {
    local.filter((service) => fits(service, need)).forEach((service) => add(service, 'need', need, 'local'));
  }
  local.filter((service) => service.kind === 'drug-service').forEach((service) => add(service, 'general', null, 'local'));
  for (const need of request.needs) {
    national.filter((service) => fits(service, need)).forEach((service) => add(service, 'need', need, 'national'));
  }
  for (const kind of generalKinds) {
    national.filter((service) => service.kind === kind).forEach((service) => add(service, 'general', null, 'national'));
  }

  return chosen.slice(0, request.limit ?? 5);
}

/** Whether a service offers what a need asks for, as its main kind or among what it also offers. */
export function fits(service: Service, need: Need): boolean {
  const kinds = kindsForNeed[need];
  return kinds.includes(service.kind) || service.alsoOffers.some((kind) => kinds.includes(kind));
}

/** The areas people can be matched to and shown: every area except made-up examples. */
export function shownAreas(directory: ServiceDirectory): Area[] {
  return directory.areas.filter((area) => !area.example);
}

/** The country an area is in, or null for an unknown area. */
export function countryOf(directory: ServiceDirectory, areaId: string | null): Country | null {
  if (areaId === null) return null;
  const area = directory.areas.find((candidate) => candidate.id === areaId);
  return area ? findCountry(directory, area.country) : null;
}

/**
 * The crisis lines for a country, lines open at `now` first (order otherwise as in
 * countries.yaml). With no known country: the lines every `whenCountryUnknown` country shares.
 */
export function crisisLinesFor(directory: ServiceDirectory, countryId: string | null, now: Date = new Date()): CrisisLineChoice[] {
  const country = findCountry(directory, countryId);
  let lines: CrisisLine[];
  if (country) {
    lines = country.crisisLines;
  } else {
    const group = directory.whenCountryUnknown
      .map((id) => findCountry(directory, id))
      .filter((candidate): candidate is Country => candidate !== null);
    const [first, ...others] = group;
    lines = first ? first.crisisLines.filter((line) => others.every((other) => other.crisisLines.some((o) => o.id === line.id))) : [];
  }
  const choices = lines.map((line) => ({ line, openNow: isOpenAt(line.hours, now) }));
  return [...choices.filter((choice) => choice.openNow !== false), ...choices.filter((choice) => choice.openNow === false)];
}

/** The emergency number for a country; with no known country, the first `whenCountryUnknown` country's. */
export function emergencyFor(directory: ServiceDirectory, countryId: string | null): Country['emergency'] | null {
  const country = findCountry(directory, countryId) ?? findCountry(directory, directory.whenCountryUnknown[0] ?? null);
  return country?.emergency ?? null;
}

/**
 * Whether opening hours include `now`, read on the clock of the hours' own time zone (so
 * BST and GMT are handled by Intl). A slot whose "to" is not after its "from" runs past
 * midnight into the next day. Null when the hours are not known.
 */
export function isOpenAt(hours: OpeningHours | undefined, now: Date): boolean | null {
  if (hours === undefined) return null;
  if (hours === '24/7') return true;
  const { day, minutes } = localClock(now, hours.timeZone);
  const yesterday = weekDays[(weekDays.indexOf(day) + 6) % 7];
  return hours.open.some((slot) => {
    const from = toMinutes(slot.from);
    const to = toMinutes(slot.to);
    if (to > from) return slot.days.includes(day) && minutes >= from && minutes < to;
    return (slot.days.includes(day) && minutes >= from) || (yesterday !== undefined && slot.days.includes(yesterday) && minutes < to);
  });
}

// Building an Intl.DateTimeFormat costs far more than using one (it was about a tenth of every turn's CPU,
// since the crisis lines' opening hours are checked on every turn): one per time zone, made once.
const clockFormats = new Map<string, Intl.DateTimeFormat>();

function clockFormat(timeZone: string): Intl.DateTimeFormat {
  let format = clockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    clockFormats.set(timeZone, format);
  }
  return format;
}

function localClock(now: Date, timeZone: string): { day: WeekDay; minutes: number } {
  const parts = clockFormat(timeZone).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const day = part('weekday').toLowerCase().slice(0, 3) as WeekDay;
  return { day, minutes: Number(part('hour')) * 60 + Number(part('minute')) };
}

function toMinutes(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

function findCountry(directory: ServiceDirectory, countryId: string | null): Country | null {
  if (countryId === null) return null;
  return directory.countries.find((country) => country.id === countryId) ?? null;
}
