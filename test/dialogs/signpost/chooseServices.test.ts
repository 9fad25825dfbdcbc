import { join } from 'node:path';
import { loadServices } from '../../../content/loadServices';
import { areaSchema, countrySchema, serviceSchema, type ServiceDirectory } from '../../../content/schemas/services';
import { chooseServices, countryOf, crisisLinesFor, emergencyFor, isOpenAt, shownAreas, type ChosenService } from '../../../dialogs/signpost/chooseServices';

/** A small made-up directory, so the order rules can be checked one by one. */
function exampleDirectory(): ServiceDirectory {
  const country = (id: string, timeZone: string) =>
    countrySchema.parse({
      id,
      name: id,
      timeZone,
      emergency: { phone: '999' },
      crisisLines: [
        { id: 'all-day', name: 'All day line', phone: '116 123', hours: '24/7', for: 'Anyone.', source: 'https://example.org', status: 'confirmed' },
        {
          id: 'evenings',
          name: 'Evening line',
          phone: '0800 58 58 58',
          hours: { timeZone, open: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], from: '17:00', to: '24:00' }] },
          for: 'Anyone.',
          source: 'https://example.org',
          status: 'confirmed',
        },
        ...(id === 'north' ? [{ id: 'north-only', name: 'North line', phone: '0808 808 8000', hours: '24/7', for: 'The north.', source: 'https://example.org', status: 'confirmed' }] : []),
      ],
    });
  const service = (fields: Record<string, unknown>) =>
    serviceSchema.parse({ name: String(fields.id), web: 'https://example.org', description: 'Made up for tests.', source: 'https://example.org', checked: '2026-11-23', status: 'confirmed', ...fields });
  const both = ['south', 'north'];
  return {
    whenCountryUnknown: both,
    countries: [country('south', 'Europe/London'), country('north', 'Europe/London')],
    areas: [
      areaSchema.parse({ id: 'testville', name: 'Testville', country: 'south' }),
      areaSchema.parse({ id: 'northtown', name: 'Northtown', country: 'north' }),
      areaSchema.parse({ id: 'demo-town', name: 'Demo Town', country: 'south', example: true }),
    ],
    services: [
      service({ id: 'world-na', kind: 'narcotics-anonymous', countries: both }),
      service({ id: 'south-na', kind: 'narcotics-anonymous', countries: ['south'] }),
      service({ id: 'south-info', kind: 'information', countries: ['south'], hours: '24/7' }),
      service({ id: 'both-info', kind: 'information', countries: both }),
      service({ id: 'south-families', kind: 'family-support', countries: ['south'] }),
      service({ id: 'both-legal', kind: 'legal', countries: both }),
      service({ id: 'south-crisis', kind: 'crisis-line', countries: ['south'] }),
      service({
        id: 'testville-drugs',
        kind: 'drug-service',
        alsoOffers: ['naloxone'],
        areas: ['testville'],
        hours: { timeZone: 'Europe/London', open: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00' }] },
      }),
      service({ id: 'testville-exchange', kind: 'needle-exchange', areas: ['testville'] }),
      service({ id: 'testville-housing', kind: 'housing', areas: ['testville'] }),
      service({ id: 'northtown-na', kind: 'narcotics-anonymous', areas: ['northtown'] }),
      service({ id: 'demo-drugs', kind: 'drug-service', areas: ['demo-town'], example: true }),
      service({ id: 'demo-national', kind: 'information', countries: ['south'], example: true }),
    ],
  };
}

const ids = (chosen: ChosenService[]) => chosen.map((entry) => entry.service.id);
const wednesday = new Date('2026-01-14T12:00:00Z');

describe('chooseServices order', () => {
  const directory = exampleDirectory();

  it('puts the narrowest national NA first, then the local drug service, then national information', () => {
    const chosen = chooseServices(directory, { areaId: 'testville', needs: [], now: wednesday });
    expect(ids(chosen)).toEqual(['south-na', 'testville-drugs', 'south-info', 'both-info']);
    expect(chosen.map((entry) => entry.reason)).toEqual(['narcotics-anonymous', 'general', 'general', 'general']);
    expect(chosen.map((entry) => entry.scope)).toEqual(['national', 'local', 'national', 'national']);
  });

  it('prefers local NA meetings over any meeting finder', () => {
    const chosen = chooseServices(directory, { areaId: 'northtown', needs: [], now: wednesday });
    expect(ids(chosen)[0]).toBe('northtown-na');
    expect(ids(chosen)).not.toContain('world-na');
  });

  it('follows the needs in the order given, local before national', () => {
    const chosen = chooseServices(directory, { areaId: 'testville', needs: ['housing', 'needle-exchange', 'family-support', 'legal'], now: wednesday, limit: 10 });
    expect(ids(chosen)).toEqual(['south-na', 'testville-housing', 'testville-exchange', 'testville-drugs', 'south-families', 'both-legal', 'south-info', 'both-info']);
    expect(chosen.find((entry) => entry.service.id === 'testville-housing')).toMatchObject({ reason: 'need', need: 'housing', scope: 'local' });
  });

  it('puts what the person asked for outright before NA, local then national; a meeting asked for keeps NA first', () => {
    expect(ids(chooseServices(directory, { areaId: 'testville', needs: [], now: wednesday, lead: 'housing' }))).toEqual(['testville-housing', 'south-na', 'testville-drugs', 'south-info', 'both-info']);
    expect(ids(chooseServices(directory, { areaId: null, countryId: 'south', needs: [], now: wednesday, lead: 'family-support' })).slice(0, 2)).toEqual(['south-families', 'south-na']);
    expect(ids(chooseServices(directory, { areaId: 'testville', needs: [], now: wednesday, lead: 'mutual-aid' }))[0]).toBe('south-na');
  });

  it('finds a service for a need it also offers (naloxone at the drug service after overdose talk)', () => {
    const chosen = chooseServices(directory, { areaId: 'testville', needs: ['naloxone'], now: wednesday });
    expect(chosen[1]).toMatchObject({ reason: 'need', need: 'naloxone' });
    expect(chosen[1]?.service.id).toBe('testville-drugs');
  });

  it('never lists crisis lines or another area’s services, and lists each service once', () => {
    const chosen = chooseServices(directory, { areaId: 'testville', needs: ['naloxone', 'drug-service'], now: wednesday, limit: 20 });
    expect(ids(chosen)).not.toContain('south-crisis');
    expect(ids(chosen)).not.toContain('northtown-na');
    expect(new Set(ids(chosen)).size).toBe(chosen.length);
  });

  it('shows made-up example services only for a made-up example area', () => {
    expect(ids(chooseServices(directory, { areaId: 'testville', needs: [], now: wednesday, limit: 20 }))).not.toContain('demo-national');
    expect(ids(chooseServices(directory, { areaId: null, countryId: 'south', needs: [], now: wednesday, limit: 20 }))).not.toContain('demo-national');
    expect(ids(chooseServices(directory, { areaId: 'demo-town', needs: [], now: wednesday, limit: 20 }))).toEqual(['south-na', 'demo-drugs', 'south-info', 'both-info', 'demo-national']);
    expect(shownAreas(directory).map((area) => area.id)).toEqual(['testville', 'northtown']);
  });

  it('stops at the limit', () => {
    expect(chooseServices(directory, { areaId: 'testville', needs: ['housing', 'legal'], now: wednesday, limit: 2 })).toHaveLength(2);
  });

  it('with no area uses the given country', () => {
    const chosen = chooseServices(directory, { areaId: null, countryId: 'south', needs: ['family-support'], now: wednesday });
    expect(ids(chosen)).toEqual(['south-na', 'south-families', 'south-info', 'both-info']);
  });

  it('with no area and no country shows only services every fallback country shares', () => {
    const chosen = chooseServices(directory, { areaId: null, countryId: null, needs: ['family-support', 'legal'], now: wednesday });
    expect(ids(chosen)).toEqual(['world-na', 'both-legal', 'both-info']);
  });

  it('treats an unknown area id like no area', () => {
    const chosen = chooseServices(directory, { areaId: 'atlantis', needs: [], now: wednesday });
    expect(ids(chosen)).toEqual(['world-na', 'both-info']);
  });
});

describe('open now', () => {
  const weekdays9to5 = { timeZone: 'Europe/London', open: [{ days: ['mon' as const, 'tue' as const, 'wed' as const, 'thu' as const, 'fri' as const], from: '09:00', to: '17:00' }] };

  it.each([
    ['winter (GMT): Wednesday 08:30 UTC is 08:30 in London', '2026-01-14T08:30:00Z', false],
    ['winter (GMT): Wednesday 09:30 UTC is 09:30 in London', '2026-01-14T09:30:00Z', true],
    ['winter (GMT): Wednesday 16:59 UTC', '2026-01-14T16:59:00Z', true],
    ['winter (GMT): Wednesday 17:00 UTC, closing time', '2026-01-14T17:00:00Z', false],
    ['summer (BST): Wednesday 08:30 UTC is 09:30 in London', '2026-07-15T08:30:00Z', true],
    ['summer (BST): Wednesday 16:30 UTC is 17:30 in London', '2026-07-15T16:30:00Z', false],
    ['summer (BST): Friday 23:30 UTC is already Saturday in London', '2026-07-17T23:30:00Z', false],
    ['Saturday midday', '2026-07-18T12:00:00Z', false],
  ])('%s', (_label, at, open) => {
    expect(isOpenAt(weekdays9to5, new Date(at))).toBe(open);
  });

  it('follows a slot past midnight into the next day (Breathing Space: Mon–Thu 6pm–2am, Fri 6pm–Mon 6am)', () => {
    const shipped = loadServices(join(__dirname, '..', '..', '..', 'content', 'services')).directory;
    const scotland = shipped?.countries.find((country) => country.id === 'uk-scotland');
    const hours = scotland?.crisisLines.find((line) => line.id === 'breathing-space')?.hours;
    expect(hours).toBeDefined();
    const at = (iso: string) => isOpenAt(hours, new Date(iso));
    expect(at('2026-01-13T01:30:00Z')).toBe(true); // Tuesday 01:30 GMT, Monday night's slot
    expect(at('2026-01-13T02:30:00Z')).toBe(false); // Tuesday 02:30
    expect(at('2026-01-13T12:00:00Z')).toBe(false); // Tuesday midday
    expect(at('2026-07-17T00:30:00Z')).toBe(true); // Friday 01:30 BST, Thursday night's slot
    expect(at('2026-07-17T01:30:00Z')).toBe(false); // Friday 02:30 BST
    expect(at('2026-07-18T12:00:00Z')).toBe(true); // Saturday
    expect(at('2026-07-20T04:30:00Z')).toBe(true); // Monday 05:30 BST, end of the weekend
    expect(at('2026-07-20T05:30:00Z')).toBe(false); // Monday 06:30 BST
  });

  it('uses the service’s own time zone (Dublin and New York)', () => {
    const dublin = { timeZone: 'Europe/Dublin', open: [{ days: ['wed' as const], from: '09:00', to: '10:00' }] };
    expect(isOpenAt(dublin, new Date('2026-07-15T08:30:00Z'))).toBe(true); // 09:30 IST
    const newYork = { timeZone: 'America/New_York', open: [{ days: ['wed' as const], from: '09:00', to: '10:00' }] };
    expect(isOpenAt(newYork, new Date('2026-01-14T14:30:00Z'))).toBe(true); // 09:30 EST
    expect(isOpenAt(newYork, new Date('2026-01-14T09:30:00Z'))).toBe(false); // 04:30 EST
  });

  it('is null when hours are unknown and true for 24/7', () => {
    expect(isOpenAt(undefined, wednesday)).toBeNull();
    expect(isOpenAt('24/7', wednesday)).toBe(true);
  });

  it('is reported on each chosen service', () => {
    const directory = exampleDirectory();
    const at = (iso: string) => chooseServices(directory, { areaId: 'testville', needs: [], now: new Date(iso) }).map((entry) => [entry.service.id, entry.openNow]);
    expect(at('2026-07-15T08:30:00Z')).toEqual([['south-na', null], ['testville-drugs', true], ['south-info', true], ['both-info', null]]);
    expect(at('2026-07-15T16:30:00Z')).toContainEqual(['testville-drugs', false]);
  });
});

describe('countryOf, crisisLinesFor and emergencyFor', () => {
  const directory = exampleDirectory();

  it('finds an area’s country', () => {
    expect(countryOf(directory, 'northtown')?.id).toBe('north');
    expect(countryOf(directory, 'atlantis')).toBeNull();
    expect(countryOf(directory, null)).toBeNull();
  });

  it('lists lines open now first', () => {
    const morning = crisisLinesFor(directory, 'north', new Date('2026-01-14T10:00:00Z'));
    expect(morning.map((choice) => [choice.line.id, choice.openNow])).toEqual([['all-day', true], ['north-only', true], ['evenings', false]]);
    const evening = crisisLinesFor(directory, 'north', new Date('2026-01-14T20:00:00Z'));
    expect(evening.map((choice) => choice.line.id)).toEqual(['all-day', 'evenings', 'north-only']);
  });

  it('with no country lists only the lines all fallback countries share', () => {
    expect(crisisLinesFor(directory, null, wednesday).map((choice) => choice.line.id)).toEqual(['all-day', 'evenings']);
  });

  it('gives an emergency number even when the country is unknown', () => {
    expect(emergencyFor(directory, null)?.phone).toBe('999');
  });
});

describe('chooseServices on the shipped directory', () => {
  const shipped = loadServices(join(__dirname, '..', '..', '..', 'content', 'services')).directory;
  if (!shipped) throw new Error('the shipped services directory did not load');
  const now = new Date('2026-11-23T21:00:00Z');

  it('gives NA UK first and Forward Leeds for naloxone in Leeds', () => {
    const chosen = chooseServices(shipped, { areaId: 'leeds', needs: ['naloxone'], now });
    expect(ids(chosen).slice(0, 2)).toEqual(['na-uk', 'forward-leeds']);
  });

  it('gives Dublin its local NA and no UK service', () => {
    const chosen = chooseServices(shipped, { areaId: 'dublin', needs: ['housing'], now });
    expect(ids(chosen)[0]).toBe('na-eastern-area');
    expect(chosen.every((entry) => entry.service.areas?.includes('dublin') || entry.service.countries?.includes('ireland'))).toBe(true);
  });

  it('with nothing known, shows no service limited to one UK nation', () => {
    const chosen = chooseServices(shipped, { areaId: null, countryId: null, needs: ['family-support', 'bbv-testing'], now });
    expect(chosen.length).toBeGreaterThan(1);
    for (const entry of chosen) expect(entry.service.countries).toEqual(expect.arrayContaining(['uk-england', 'uk-scotland', 'uk-wales', 'uk-northern-ireland']));
    expect(ids(chosen)).not.toContain('adfam');
    expect(ids(chosen)).not.toContain('nhs-hep-c-home-test');
  });

  it('shows Scotland’s family support, not England’s, for someone in Glasgow', () => {
    const chosen = chooseServices(shipped, { areaId: 'glasgow', needs: ['family-support'], now, limit: 10 });
    expect(ids(chosen)).toContain('scottish-families');
    expect(ids(chosen)).not.toContain('adfam');
  });

  it('knows the Belfast street team is open on a summer Sunday afternoon and closed at night', () => {
    const at = (iso: string) => chooseServices(shipped, { areaId: 'belfast', needs: ['naloxone'], now: new Date(iso) }).find((entry) => entry.service.id === 'extern-street-injectors-support')?.openNow;
    expect(at('2026-07-19T15:30:00Z')).toBe(true); // 16:30 BST
    expect(at('2026-07-19T16:30:00Z')).toBe(false); // 17:30 BST
    expect(at('2026-01-18T16:30:00Z')).toBe(true); // 16:30 GMT
  });

  it('gives Northern Ireland Lifeline and no 111, and an unknown country the shared UK lines', () => {
    const ni = crisisLinesFor(shipped, 'uk-northern-ireland', now).map((choice) => choice.line.phone);
    expect(ni).toContain('0808 808 8000');
    expect(ni).not.toContain('111');
    const unknown = crisisLinesFor(shipped, null, now).map((choice) => choice.line.id);
    expect(unknown).toEqual(expect.arrayContaining(['samaritans', 'shout']));
    expect(unknown).not.toContain('lifeline');
    expect(emergencyFor(shipped, 'us')?.phone).toBe('911');
  });
});
