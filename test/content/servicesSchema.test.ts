import { parseContentFile } from '../../content/contentFile';
import { isWellFormedPhone, openingHoursSchema, serviceSchema, servicesFileSchema } from '../../content/schemas/services';

describe('isWellFormedPhone', () => {
  it.each([
    ['999'],
    ['111'],
    ['116 123'],
    ['85258'],
    ['0800 58 58 58'],
    ['0800 1111'],
    ['020 7324 2989'],
    ['0113 887 2477'],
    ['08080 10 10 11'],
    ['028 9033 0433'],
    ['1800 247 247'],
    ['01 234 5678'],
    ['988'],
    ['1-800-662-4357'],
    ['+44 20 7324 2989'],
  ])('accepts %s', (number) => expect(isWellFormedPhone(number)).toBe(true));

  it.each([
    ['0800-HELP'],
    ['12'],
    ['0117 987 600O'],
    ['0800 58 58 58 58 58'],
    ['call 999'],
    ['1-800-162-4357'],
    ['1900 123 456'],
    [''],
  ])('rejects %s', (number) => expect(isWellFormedPhone(number)).toBe(false));
});

describe('openingHoursSchema', () => {
  it('accepts 24/7 and days with times, including past midnight', () => {
    expect(openingHoursSchema.safeParse('24/7').success).toBe(true);
    const overnight = { timeZone: 'Europe/London', open: [{ days: ['mon', 'fri'], from: '18:00', to: '02:00' }] };
    expect(openingHoursSchema.safeParse(overnight).success).toBe(true);
  });

  it.each([
    ['an unknown day', { timeZone: 'Europe/London', open: [{ days: ['monday'], from: '09:00', to: '17:00' }] }],
    ['a 12-hour time', { timeZone: 'Europe/London', open: [{ days: ['mon'], from: '9am', to: '5pm' }] }],
    ['an unknown time zone', { timeZone: 'Europe/Glasgow', open: [{ days: ['mon'], from: '09:00', to: '17:00' }] }],
    ['the same from and to', { timeZone: 'Europe/London', open: [{ days: ['mon'], from: '09:00', to: '09:00' }] }],
    ['no opening times', { timeZone: 'Europe/London', open: [] }],
    ['"always"', 'always'],
  ])('rejects %s', (_label, hours) => expect(openingHoursSchema.safeParse(hours).success).toBe(false));
});

describe('serviceSchema', () => {
  const valid = {
    id: 'example-drug-service',
    name: 'Example drug service',
    kind: 'drug-service',
    areas: ['testville'],
    web: 'https://example.org',
    description: 'A made-up service for tests.',
    source: 'https://example.org/about',
    checked: '2026-11-23',
    status: 'confirmed',
  };

  it('accepts a local service and fills in defaults', () => {
    const parsed = serviceSchema.parse(valid);
    expect(parsed.alsoOffers).toEqual([]);
    expect(parsed.example).toBe(false);
  });

  it.each([
    ['a kind outside the list', { kind: 'rehab' }, /kind/],
    ['both areas and countries', { countries: ['uk-england'] }, /either "areas"/],
    ['neither areas nor countries', { areas: [] }, /either "areas"/],
    ['no way to reach it', { web: undefined }, /at least one way to reach it/],
    ['an http web address', { web: 'http://example.org' }, /https/],
    ['a date that is not ISO', { checked: '23/11/2026' }, /YYYY-MM-DD/],
    ['a date that does not exist', { checked: '2026-02-30' }, /not a real date/],
    ['an id with capitals', { id: 'Forward-Leeds' }, /lower-case/],
    ['an unknown field', { phonenumber: '0113 887 2477' }, /phonenumber/],
  ])('rejects %s', (_label, change, message) => {
    const result = serviceSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n')).toMatch(message);
  });

  it('points at the line of the bad value when parsed from YAML', () => {
    const yaml = [
      'services:',
      '  - id: example-drug-service',
      '    name: Example drug service',
      '    kind: drug-service',
      '    areas: [testville]',
      '    phone: "0800 HELP"',
      '    description: A made-up service for tests.',
      '    source: https://example.org/about',
      '    checked: 2026-11-23',
      '    status: confirmed',
    ].join('\n');
    const parsed = parseContentFile('services-test.yaml', yaml, servicesFileSchema);
    expect(parsed.problems).toEqual([expect.objectContaining({ file: 'services-test.yaml', line: 6, column: 12, message: expect.stringMatching(/services\.0\.phone: not a UK, Irish or US phone number/) })]);
  });
});
