import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readContentFile, type ContentPath, type ContentProblem, type ParsedContentFile } from './contentFile';
import {
  areasFileSchema,
  countriesFileSchema,
  servicesFileSchema,
  type AreasFile,
  type CountriesFile,
  type ServiceDirectory,
  type ServicesFile,
} from './schemas/services';

export interface LoadServicesOptions {
  /** the date "checked" is compared with; tests pin it */
  today?: Date;
}

export interface LoadedServices {
  /** present only when no file has an error (warnings are allowed) */
  directory?: ServiceDirectory;
  problems: ContentProblem[];
}

const servicesFilePattern = /^services-.+\.ya?ml$/;

/** Reads countries.yaml, areas.yaml and every services-*.yaml in `dir`, then checks them against each other. */
export function loadServices(dir = 'content/services', options: LoadServicesOptions = {}): LoadedServices {
  const countriesFile = readContentFile(join(dir, 'countries.yaml'), countriesFileSchema);
  const areasFile = readContentFile(join(dir, 'areas.yaml'), areasFileSchema);
  const serviceFiles = listServiceFiles(dir).map((name) => readContentFile(join(dir, name), servicesFileSchema));

  const problems: ContentProblem[] = [countriesFile, areasFile, ...serviceFiles].flatMap((file) => file.problems);
  if (serviceFiles.length === 0) {
    problems.push(problemAt(countriesFile, [], 'error', `no services-*.yaml files found in ${dir}`));
  }

  const countries = countriesFile.value;
  const areas = areasFile.value;
  if (countries) problems.push(...checkCountries(countriesFile as ParsedContentFile<CountriesFile>));
  if (areas) problems.push(...checkAreas(areasFile as ParsedContentFile<AreasFile>, countries));
  problems.push(...checkServices(serviceFiles, countries, areas, options.today ?? new Date()));

  const hasError = problems.some((problem) => problem.severity === 'error');
  if (hasError || !countries || !areas) return { problems };
  return {
    directory: {
      countries: countries.countries,
      areas: areas.areas,
      services: serviceFiles.flatMap((file) => file.value?.services ?? []),
      whenCountryUnknown: countries.whenCountryUnknown,
    },
    problems,
  };
}

function listServiceFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => servicesFilePattern.test(name)).sort();
  } catch {
    return []; // the missing countries.yaml and areas.yaml already report the unreadable folder
  }
}

function checkCountries(file: ParsedContentFile<CountriesFile>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const value = file.value;
  if (!value) return problems;
  const seen = new Map<string, number>();
  value.countries.forEach((country, i) => {
    const first = seen.get(country.id);
    if (first !== undefined) {
      problems.push(problemAt(file, ['countries', i, 'id'], 'error', `country id "${country.id}" is used twice`));
    } else {
      seen.set(country.id, i);
    }
    const lineIds = new Set<string>();
    country.crisisLines.forEach((line, j) => {
      if (lineIds.has(line.id)) {
        problems.push(problemAt(file, ['countries', i, 'crisisLines', j, 'id'], 'error', `crisis line id "${line.id}" is used twice in ${country.name}`));
      }
      lineIds.add(line.id);
    });
  });
  value.whenCountryUnknown.forEach((id, i) => {
    if (!seen.has(id)) problems.push(problemAt(file, ['whenCountryUnknown', i], 'error', `unknown country "${id}"`, knownList(seen.keys())));
  });
  return problems;
}

function checkAreas(file: ParsedContentFile<AreasFile>, countries: CountriesFile | undefined): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const value = file.value;
  if (!value) return problems;
  const countryIds = new Set(countries?.countries.map((country) => country.id) ?? []);
  const ids = new Set<string>();
  const nameOwners = new Map<string, string>();
  value.areas.forEach((area, i) => {
    if (ids.has(area.id)) problems.push(problemAt(file, ['areas', i, 'id'], 'error', `area id "${area.id}" is used twice`));
    ids.add(area.id);
    if (countries && !countryIds.has(area.country)) {
      problems.push(problemAt(file, ['areas', i, 'country'], 'error', `unknown country "${area.country}"`, knownList(countryIds)));
    }
    const names: { path: ContentPath; name: string }[] = [
      { path: ['areas', i, 'name'], name: area.name },
      ...area.aliases.map((name, j) => ({ path: ['areas', i, 'aliases', j], name })),
      ...area.nearby.map((name, j) => ({ path: ['areas', i, 'nearby', j], name })),
      ...area.everydayWords.map((name, j) => ({ path: ['areas', i, 'everydayWords', j], name })),
    ];
    for (const { path, name } of names) {
      const normalised = name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
      const owner = nameOwners.get(normalised);
      if (owner !== undefined && owner !== area.id) {
        problems.push(problemAt(file, path, 'error', `"${name}" is already a name for area "${owner}"`, 'a name can lead to one area only'));
      }
      nameOwners.set(normalised, area.id);
    }
  });
  return problems;
}

function checkServices(
  files: ParsedContentFile<ServicesFile>[],
  countries: CountriesFile | undefined,
  areas: AreasFile | undefined,
  today: Date,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const countryIds = new Set(countries?.countries.map((country) => country.id) ?? []);
  const areaIds = new Set(areas?.areas.map((area) => area.id) ?? []);
  const firstSeen = new Map<string, string>();
  const staleBefore = new Date(Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth(), today.getUTCDate()));

  for (const file of files) {
    file.value?.services.forEach((service, i) => {
      const where = firstSeen.get(service.id);
      if (where !== undefined) {
        problems.push(problemAt(file, ['services', i, 'id'], 'error', `service id "${service.id}" is already used at ${where}`));
      } else {
        const { line, column } = file.locate(['services', i, 'id']);
        firstSeen.set(service.id, `${file.file}:${line}:${column}`);
      }
      if (areas) {
        service.areas?.forEach((areaId, j) => {
          if (!areaIds.has(areaId)) problems.push(problemAt(file, ['services', i, 'areas', j], 'error', `unknown area "${areaId}"`, knownList(areaIds)));
        });
      }
      if (countries) {
        service.countries?.forEach((countryId, j) => {
          if (!countryIds.has(countryId)) {
            problems.push(problemAt(file, ['services', i, 'countries', j], 'error', `unknown country "${countryId}"`, knownList(countryIds)));
          }
        });
      }
      const checked = new Date(`${service.checked}T00:00:00Z`);
      if (checked < staleBefore) {
        problems.push(
          problemAt(file, ['services', i, 'checked'], 'warning', `"${service.name}" was last checked on ${service.checked}, more than 12 months ago`, 'open the source page again and update the details and the date'),
        );
      } else if (checked.getTime() > today.getTime()) {
        problems.push(problemAt(file, ['services', i, 'checked'], 'warning', `checked date ${service.checked} is in the future`));
      }
    });
  }
  return problems;
}

function problemAt<T>(file: ParsedContentFile<T>, path: ContentPath, severity: ContentProblem['severity'], message: string, hint?: string): ContentProblem {
  const { line, column } = file.locate(path);
  return hint === undefined ? { file: file.file, line, column, severity, message } : { file: file.file, line, column, severity, message, hint };
}

function knownList(ids: Iterable<string>): string {
  return `known: ${[...ids].join(', ')}`;
}
