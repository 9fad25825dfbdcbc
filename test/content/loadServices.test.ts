import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { formatProblem, type ContentProblem } from '../../content/contentFile';
import { loadServices } from '../../content/loadServices';

const shippedDir = join(__dirname, '..', '..', 'content', 'services');
const checkedOn = new Date('2026-11-23T12:00:00Z');

describe('loadServices on the shipped directory', () => {
  const loaded = loadServices(shippedDir, { today: checkedOn });

  it('loads with no problems at all', () => {
    expect(loaded.problems.map(formatProblem)).toEqual([]);
    expect(loaded.directory).toBeDefined();
  });

  it('has the six countries, each with an emergency number and crisis lines', () => {
    const countries = loaded.directory?.countries ?? [];
    expect(countries.map((country) => country.id).sort()).toEqual(
      ['ireland', 'uk-england', 'uk-northern-ireland', 'uk-scotland', 'uk-wales', 'us'],
    );
    for (const country of countries) expect(country.crisisLines.length).toBeGreaterThan(0);
  });

  it('has the areas outreach links can name', () => {
    const ids = loaded.directory?.areas.map((area) => area.id) ?? [];
    for (const id of ['glasgow', 'edinburgh', 'manchester', 'liverpool', 'birmingham', 'leeds', 'bristol', 'camden', 'hackney', 'lambeth', 'tower-hamlets', 'cardiff', 'belfast', 'dublin']) {
      expect(ids).toContain(id);
    }
    expect(loaded.directory?.areas.some((area) => area.example)).toBe(false);
  });

  it('gives every country a Narcotics Anonymous meeting finder', () => {
    const services = loaded.directory?.services ?? [];
    for (const country of loaded.directory?.countries ?? []) {
      const na = services.filter((service) => service.kind === 'narcotics-anonymous' && service.countries?.includes(country.id));
      expect({ country: country.id, found: na.length > 0 }).toEqual({ country: country.id, found: true });
    }
  });

  it('never ships a number the research marks NOT confirmed, nor the obsolete FRANK number', () => {
    const notConfirmed = ['0300 999 1212', '0800 77 66 00', '88247', '88858', '0800 587 5879', '0800 027 1234', '0800 999 5428', '07786 209697', '0808 801 0690'];
    const digits = (number: string) => number.replace(/\D/g, '');
    const shipped: string[] = [];
    for (const service of loaded.directory?.services ?? []) shipped.push(service.phone ?? '', service.text?.number ?? '');
    for (const country of loaded.directory?.countries ?? []) {
      shipped.push(country.emergency.phone, ...country.emergency.also);
      for (const line of country.crisisLines) shipped.push(line.phone ?? '', line.text?.number ?? '');
    }
    const shippedDigits = new Set(shipped.filter(Boolean).map(digits));
    expect(shippedDigits.size).toBeGreaterThan(20);
    expect(notConfirmed.filter((number) => shippedDigits.has(digits(number)))).toEqual([]);
  });

  it('uses no labels and no "you should" in anything people see', () => {
    const seen: string[] = [];
    for (const service of loaded.directory?.services ?? []) seen.push(service.name, service.description, service.hoursNote ?? '');
    for (const country of loaded.directory?.countries ?? []) {
      for (const line of country.crisisLines) seen.push(line.name, line.for);
      seen.push(country.emergency.note ?? '');
    }
    const labels = /\b(addicts?|junkies?|clean|dirty|abusers?|misusers?|you should|you must)\b/i;
    expect(seen.filter((text) => labels.test(text))).toEqual([]);
  });

  it('warns, with file and line, about services checked more than 12 months before today', () => {
    const later = loadServices(shippedDir, { today: new Date('2027-12-01T00:00:00Z') });
    expect(later.directory).toBeDefined(); // warnings do not block loading
    const stale = later.problems.filter((problem) => problem.severity === 'warning');
    expect(stale.length).toBe(later.directory?.services.length);
    const frank = stale.find((problem) => problem.message.includes('"FRANK"'));
    expect(frank?.file).toMatch(/services-uk\.yaml$/);
    expect(lineOf(join(shippedDir, 'services-uk.yaml'), frank?.line ?? 0)).toMatch(/checked: 2026-11-23/);
  });
});

describe('loadServices on broken copies', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'services-'));
    cpSync(shippedDir, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Replaces the first `from` in a copied file and returns the 1-based line it is on. */
  function breakFile(name: string, from: string, to: string): number {
    const path = join(dir, name);
    const text = readFileSync(path, 'utf8');
    const at = text.indexOf(from);
    if (at < 0) throw new Error(`"${from}" not found in ${name}`);
    writeFileSync(path, text.slice(0, at) + to + text.slice(at + from.length));
    return text.slice(0, at).split('\n').length;
  }

  function errorsIn(name: string): ContentProblem[] {
    const loaded = loadServices(dir, { today: checkedOn });
    expect(loaded.directory).toBeUndefined();
    return loaded.problems.filter((problem) => problem.severity === 'error' && relative(dir, problem.file) === name);
  }

  it('reports a value of the wrong type at its line', () => {
    const line = breakFile('areas.yaml', 'country: uk-wales', 'country: [uk-wales]');
    const [problem, ...rest] = errorsIn('areas.yaml');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ line, column: 14 });
    expect(problem?.message).toMatch(/^areas\.\d+\.country: /);
  });

  it('reports an unknown area in a services file', () => {
    const line = breakFile('services-england.yaml', 'areas: [leeds]', 'areas: [leeds-city]');
    const problems = errorsIn('services-england.yaml');
    expect(problems).toEqual([expect.objectContaining({ line, message: 'unknown area "leeds-city"' })]);
    expect(problems[0]?.hint).toMatch(/known: .*leeds/);
  });

  it('reports an unknown country in a services file', () => {
    const line = breakFile('services-wales.yaml', 'countries: [uk-wales]', 'countries: [wales]');
    expect(errorsIn('services-wales.yaml')).toEqual([expect.objectContaining({ line, message: 'unknown country "wales"' })]);
  });

  it('reports a badly written phone number', () => {
    const line = breakFile('services-england.yaml', '"0117 987 6000"', '"0117-987-600O"');
    const problems = errorsIn('services-england.yaml');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line });
    expect(problems[0]?.message).toMatch(/phone: not a UK, Irish or US phone number/);
  });

  it('reports a web address that is not https', () => {
    const line = breakFile('services-uk.yaml', 'web: https://www.talktofrank.com\n', 'web: http://www.talktofrank.com\n');
    expect(errorsIn('services-uk.yaml')).toEqual([expect.objectContaining({ line, message: expect.stringMatching(/web: must be a full web address starting with https/) })]);
  });

  it('reports a YAML syntax error with the file and line', () => {
    const line = breakFile('areas.yaml', 'aliases: [caerdydd]', 'aliases: [caerdydd');
    const [problem] = errorsIn('areas.yaml');
    expect(problem?.message).toMatch(/^YAML syntax/);
    expect(problem?.line).toBeGreaterThanOrEqual(line);
    expect(problem?.line).toBeLessThanOrEqual(line + 2);
  });

  it('reports a service id used twice, pointing at both places', () => {
    const line = breakFile('services-wales.yaml', 'id: cgl-taith-cardiff', 'id: forward-leeds');
    const problems = errorsIn('services-wales.yaml');
    expect(problems).toEqual([expect.objectContaining({ line, message: expect.stringMatching(/service id "forward-leeds" is already used at .*services-england\.yaml:\d+:\d+/) })]);
  });

  it('reports a place name given to two areas', () => {
    const line = breakFile('areas.yaml', 'nearby: [salford,', 'nearby: [leith, salford,');
    expect(errorsIn('areas.yaml')).toEqual([expect.objectContaining({ line, message: '"leith" is already a name for area "edinburgh"' })]);
  });

  it('reports a missing file', () => {
    rmSync(join(dir, 'countries.yaml'));
    const [problem] = errorsIn('countries.yaml');
    expect(problem?.message).toMatch(/^cannot read file/);
  });
});

function lineOf(path: string, line: number): string {
  return readFileSync(path, 'utf8').split('\n')[line - 1] ?? '';
}
