import { areaSchema, countrySchema, type ServiceDirectory } from '../../content/schemas/services';
import { contactsFor, ukEmergencyContacts } from '../../dialogs/emergencyContacts';

/** Two made-up countries: the north has an evening line (17:00–22:00 London time) besides its all-day one. */
function directory(): ServiceDirectory {
  const country = (id: string, emergency: string) =>
    countrySchema.parse({
      id,
      name: id,
      timeZone: 'Europe/London',
      emergency: { phone: emergency },
      crisisLines: [
        { id: `${id}-all-day`, name: `${id} all-day line`, phone: '116 123', hours: '24/7', free: true, for: 'Anyone.', source: 'https://example.org', status: 'confirmed' },
        ...(id === 'north'
          ? [
              {
                id: 'north-evenings',
                name: 'North evening line',
                phone: '0800 58 58 58',
                hours: { timeZone: 'Europe/London', open: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], from: '17:00', to: '22:00' }] },
                for: 'Anyone.',
                source: 'https://example.org',
                status: 'confirmed',
              },
            ]
          : []),
      ],
    });
  return {
    whenCountryUnknown: ['south', 'north'],
    countries: [country('south', '999'), country('north', '112')],
    areas: [areaSchema.parse({ id: 'southtown', name: 'Southtown', country: 'south' }), areaSchema.parse({ id: 'northtown', name: 'Northtown', country: 'north' })],
    services: [],
  };
}

describe('contactsFor', () => {
  it('names the lines open at that minute, even when asked again a minute later (21:59 and 22:00 GMT)', () => {
    const services = directory();
    expect(contactsFor(services, 'northtown', new Date('2026-01-14T21:59:30Z')).crisisLine).toBe('north all-day line on 116 123 (free, 24/7), or North evening line on 0800 58 58 58');
    expect(contactsFor(services, 'northtown', new Date('2026-01-14T21:59:59Z')).crisisLine).toContain('North evening line');
    expect(contactsFor(services, 'northtown', new Date('2026-01-14T22:00:00Z')).crisisLine).toBe('north all-day line on 116 123 (free, 24/7)');
    // And back: an earlier time is worked out afresh, not served from what was seen last.
    expect(contactsFor(services, 'northtown', new Date('2026-01-14T21:00:00Z')).crisisLine).toContain('North evening line');
  });

  it('keeps each country’s contacts apart within the same minute', () => {
    const services = directory();
    const now = new Date('2026-01-14T20:00:00Z');
    expect(contactsFor(services, 'northtown', now).emergency).toBe('112');
    expect(contactsFor(services, 'southtown', now)).toMatchObject({ emergency: '999', crisisLine: 'south all-day line on 116 123 (free, 24/7)' });
    expect(contactsFor(services, 'northtown', now).crisisLine).toContain('North evening line');
    // No known area: the lines every country shares (none here), so the compiled-in UK line.
    expect(contactsFor(services, null, now).crisisLine).toBe(ukEmergencyContacts.crisisLine);
  });

  it('follows reloaded content at once, within the same minute', () => {
    const now = new Date('2026-01-14T20:00:00Z');
    expect(contactsFor(directory(), 'southtown', now).emergency).toBe('999');
    const reloaded = directory();
    reloaded.countries[0] = { ...(reloaded.countries[0] as ServiceDirectory['countries'][number]), emergency: { phone: '911', also: [] } };
    expect(contactsFor(reloaded, 'southtown', now).emergency).toBe('911');
  });

  it('gives the same numbers as call buttons: the country\'s emergency number and the lines open now', () => {
    const services = directory();
    expect(contactsFor(services, 'northtown', new Date('2026-01-14T20:00:00Z')).dial).toEqual({
      emergency: { name: 'Emergency services', phone: '112' },
      crisisLines: [
        { name: 'north all-day line', phone: '116 123', note: 'free, 24/7' },
        { name: 'North evening line', phone: '0800 58 58 58' },
      ],
      abuseLines: [],
    });
    expect(contactsFor(services, 'northtown', new Date('2026-01-14T23:00:00Z')).dial.crisisLines.map((line) => line.name)).toEqual(['north all-day line']);
  });
});
