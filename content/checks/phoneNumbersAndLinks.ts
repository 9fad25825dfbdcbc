import type { ContentProblem, ParsedContentFile } from '../contentFile';
import { isWellFormedPhone, type ServiceDirectory } from '../schemas/services';
import { lineName, problemAt, spokenTexts } from './spokenLines';

/** A phone number or web address found inside a sentence. */
export interface FoundContact {
  text: string;
  /** what is wrong with it, or undefined when it is well formed */
  problem?: string;
  /** well formed, but worth checking against the source */
  doubt?: string;
}

// A run of digits with single spaces or hyphens between them: "0300 123 6600", "116 123", "1-800-662-4357".
const phoneLike = /(?<![\w{/.:£$€-])\+?\d(?:[ -]?\d)*/g;
/** Fewer digits than this is a count or a ruler ("0 to 10", "12 months"), not a number to call. */
const fewestPhoneDigits = 5;

/** Endings that make "word.word" a web address rather than two sentences run together. */
const webEndings = ['com', 'org', 'net', 'uk', 'ie', 'us', 'info', 'gov', 'scot', 'wales', 'eu', 'io', 'app', 'help'];
const webLike = /(?<![\w@.-])(?:[a-z][a-z0-9+.-]*:\/+)?(?:[a-z0-9-]*\.{1,2})+[a-z]{2,}(?:\/[^\s"'<>)]*)?/gi;

export function findPhoneNumbers(text: string): FoundContact[] {
  const found: FoundContact[] = [];
  for (const match of text.matchAll(phoneLike)) {
    const number = match[0];
    if (number.replace(/\D/g, '').length < fewestPhoneDigits) continue;
    if (!isWellFormedPhone(number)) found.push({ text: number, problem: 'is not a UK, Irish or US phone number' });
    else if (looksShort(number)) found.push({ text: number, doubt: 'is shorter than UK numbers usually are (10 or 11 digits)' });
    else found.push({ text: number });
  }
  return found;
}

// "htps://", "https//", "https:/": a scheme typed wrong; "and/or" has neither a colon nor two slashes.
const schemeLike = /\b[a-z]+(?::\/{1,3}|\/\/)/gi;

/** 0800 1111 and Irish 01 numbers are real, so a short 0… number is a doubt, not an error. */
function looksShort(number: string): boolean {
  const digits = number.replace(/\D/g, '');
  return digits.startsWith('0') && digits.length < 10;
}

export function findWebAddresses(text: string): FoundContact[] {
  const found: FoundContact[] = [];
  for (const match of text.matchAll(schemeLike)) {
    const scheme = match[0].toLowerCase();
    if (scheme !== 'https://' && scheme !== 'http://') found.push({ text: match[0], problem: `starts with "${match[0]}", not "https://"` });
  }
  for (const match of text.matchAll(webLike)) {
    const address = match[0].replace(/[.,;:!?]+$/, '');
    const scheme = /^([a-z][a-z0-9+.-]*):\/*/i.exec(address);
    const host = address.replace(/^[a-z][a-z0-9+.-]*:\/*/i, '').split('/')[0] ?? '';
    const ending = host.split('.').pop()?.toLowerCase() ?? '';
    if (!scheme && !webEndings.includes(ending)) continue; // "now.What": a missing space, not a link
    if (scheme && !/^https?:\/\/$/i.test(scheme[0])) continue; // a mistyped scheme, reported above
    found.push({ text: address, ...webAddressProblem(address, scheme?.[0], host) });
  }
  return found;
}

function webAddressProblem(address: string, scheme: string | undefined, host: string): { problem?: string } {
  if (scheme?.toLowerCase() === 'http://') return { problem: 'starts with http://, which phones may refuse to open' };
  const labels = host.split('.');
  if (labels.some((label) => label === '')) return { problem: 'has two dots together, or a dot at the start or end' };
  if (labels.some((label) => label.startsWith('-') || label.endsWith('-'))) return { problem: 'has a part that starts or ends with a hyphen' };
  try {
    new URL(scheme ? address : `https://${address}`);
  } catch {
    return { problem: 'is not a web address a phone can open' };
  }
  return {};
}

/**
 * Phone numbers and web addresses inside what the bot says must be well formed, and should be ones the
 * services directory knows (so they are checked every year, with a source).
 */
export function checkPhoneNumbersAndLinks(file: ParsedContentFile<unknown>, directory?: ServiceDirectory): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const known = directory ? knownContacts(directory) : undefined;
  for (const { path, text } of spokenTexts(file.value)) {
    if (path.includes('source')) continue; // a citation, not something the bot says
    const where = lineName(path);
    for (const phone of findPhoneNumbers(text)) {
      if (phone.problem) {
        problems.push(problemAt(file, path, 'error', `phone number "${phone.text}" in ${where} ${phone.problem}`, 'write it with digits and spaces exactly as the service gives it, e.g. "0300 123 6600"'));
      } else if (phone.doubt) {
        problems.push(problemAt(file, path, 'warning', `phone number "${phone.text}" in ${where} ${phone.doubt}`, 'check every digit against the source'));
      } else if (known && !known.phones.has(digitsOf(phone.text))) {
        problems.push(problemAt(file, path, 'warning', `phone number "${phone.text}" in ${where} is not in content/services`, 'add the service to a services-*.yaml file with its source and checked date, so the number is checked every year'));
      }
    }
    for (const address of findWebAddresses(text)) {
      if (address.problem) {
        problems.push(problemAt(file, path, 'error', `web address "${address.text}" in ${where} ${address.problem}`, 'write it the way people would type it, e.g. "ukna.org" or "https://ukna.org"'));
      } else if (known && !known.hosts.has(hostOf(address.text))) {
        problems.push(problemAt(file, path, 'warning', `web address "${address.text}" in ${where} is not in content/services`, 'add the service to a services-*.yaml file with its source and checked date, so the address is checked every year'));
      }
    }
  }
  return problems;
}

function knownContacts(directory: ServiceDirectory): { phones: Set<string>; hosts: Set<string> } {
  const phones = new Set<string>();
  const hosts = new Set<string>();
  for (const service of directory.services) {
    if (service.phone) phones.add(digitsOf(service.phone));
    if (service.text) phones.add(digitsOf(service.text.number));
    if (service.web) hosts.add(hostOf(service.web));
  }
  for (const country of directory.countries) {
    phones.add(digitsOf(country.emergency.phone));
    country.emergency.also.forEach((phone) => phones.add(digitsOf(phone)));
    for (const line of country.crisisLines) {
      if (line.phone) phones.add(digitsOf(line.phone));
      if (line.text) phones.add(digitsOf(line.text.number));
    }
  }
  return { phones, hosts };
}

function digitsOf(phone: string): string {
  return phone.replace(/\D/g, '');
}

function hostOf(address: string): string {
  return address.replace(/^[a-z][a-z0-9+.-]*:\/*/i, '').split('/')[0]?.toLowerCase().replace(/^www\./, '') ?? '';
}
