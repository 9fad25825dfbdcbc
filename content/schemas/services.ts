import { z } from 'zod';

/**
 * Schemas for the services directory in content/services/: countries.yaml, areas.yaml and the
 * services-*.yaml files. Editors see the messages below, so they say what to fix in plain words.
 */

export const serviceKinds = [
  'narcotics-anonymous',
  'cocaine-anonymous',
  'mutual-aid',
  'drug-service',
  'needle-exchange',
  'naloxone',
  'bbv-testing',
  'crisis-line',
  'family-support',
  'housing',
  'legal',
  'information',
] as const;

export const weekDays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens, e.g. "tower-hamlets"');

const plainText = z.string().trim().min(1, 'must not be empty');

/** Digits, spaces and hyphens only; checked against UK, Irish, US and short-code shapes. */
export function isWellFormedPhone(value: string): boolean {
  if (!/^\+?[0-9][0-9 -]*[0-9]$/.test(value) && !/^[0-9]{3}$/.test(value)) return false;
  const digits = value.replace(/[ -]/g, '');
  const shortCode = /^[0-9]{3,6}$/; // 999, 111, 116123, 988, 85258
  const ukOrIeLocal = /^0[1-9][0-9]{6,9}$/; // 0300 123 6600, 020 7324 2989, 0800 1111, 01 234 5678
  const ieFreephone = /^1(800|850)[0-9]{6}$/; // 1800 247 247
  const usNumber = /^1?[2-9][0-9]{2}[2-9][0-9]{6}$/; // 1-800-662-4357
  const international = /^\+(44|353|1)[0-9]{9,10}$/;
  return [shortCode, ukOrIeLocal, ieFreephone, usNumber, international].some((shape) => shape.test(digits));
}

const phone = z
  .string()
  .trim()
  .refine(isWellFormedPhone, 'not a UK, Irish or US phone number (digits and spaces only, e.g. "0800 58 58 58")');

const httpsUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && url.hostname.includes('.');
    } catch {
      return false;
    }
  }, 'must be a full web address starting with https://');

/** Sources are citations, so an old http:// page is allowed; links people tap must be https. */
const sourceUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
    } catch {
      return false;
    }
  }, 'must be the full address of the page you checked, starting with https:// or http://');

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'write dates as YYYY-MM-DD, e.g. 2026-11-23')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'not a real date');

const timeZone = z.string().refine((value) => {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}, 'not a time zone name; use one like "Europe/London" or "Europe/Dublin"');

const clockTime = z
  .string()
  .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$/, 'write times as HH:MM on the 24-hour clock, e.g. "09:00" or "17:30"');

export const openingSlotSchema = z
  .object({
    days: z.array(z.enum(weekDays)).min(1, 'list at least one day'),
    from: clockTime,
    /** earlier than `from` means the slot runs past midnight into the next day */
    to: clockTime,
  })
  .strict()
  .refine((slot) => slot.from !== slot.to, { message: '"from" and "to" are the same time', path: ['to'] });

export const openingHoursSchema = z.union([
  z.literal('24/7'),
  z
    .object({
      timeZone,
      open: z.array(openingSlotSchema).min(1, 'list at least one opening time, or write hours: 24/7'),
    })
    .strict(),
]);

export const textContactSchema = z
  .object({
    number: phone,
    /** the word to send, e.g. SHOUT */
    keyword: plainText.optional(),
  })
  .strict();

export const crisisLineSchema = z
  .object({
    id: slug,
    name: plainText,
    phone: phone.optional(),
    /** what to say after dialling, e.g. "then press 2" */
    phoneNote: plainText.optional(),
    text: textContactSchema.optional(),
    hours: openingHoursSchema,
    free: z.boolean().optional(),
    for: plainText,
    /** which crisis replies name this line: suicide (the default), harm (abuse, a child at risk), young (under 16s) */
    crisis: z.array(z.enum(['suicide', 'harm', 'young'])).min(1).default(['suicide']),
    source: sourceUrl,
    status: z.enum(['confirmed', 'secondary']),
    note: plainText.optional(),
  })
  .strict()
  .refine((line) => line.phone !== undefined || line.text !== undefined, {
    message: 'a crisis line needs a phone number or a text number',
    path: ['phone'],
  });

export const countrySchema = z
  .object({
    id: slug,
    name: plainText,
    timeZone,
    emergency: z
      .object({
        phone,
        also: z.array(phone).default([]),
        note: plainText.optional(),
      })
      .strict(),
    crisisLines: z.array(crisisLineSchema).min(1, 'list at least one crisis line'),
  })
  .strict();

export const countriesFileSchema = z
  .object({
    /** services that serve every one of these countries are shown when nobody knows the country */
    whenCountryUnknown: z.array(slug).min(1),
    countries: z.array(countrySchema).min(1),
  })
  .strict();

export const areaSchema = z
  .object({
    id: slug,
    name: plainText,
    country: slug,
    aliases: z.array(plainText).default([]),
    nearby: z.array(plainText).default([]),
    /** names that are also everyday words: a place only after "in", "near", "from"… or as the whole answer */
    everydayWords: z.array(plainText).default([]),
    /** made up for tests or demos; never shown to people */
    example: z.boolean().default(false),
  })
  .strict();

export const areasFileSchema = z.object({ areas: z.array(areaSchema).min(1) }).strict();

export const serviceSchema = z
  .object({
    id: slug,
    name: plainText,
    kind: z.enum(serviceKinds),
    /** other things the service offers, so it can be chosen for those needs too */
    alsoOffers: z.array(z.enum(serviceKinds)).default([]),
    areas: z.array(slug).optional(),
    countries: z.array(slug).optional(),
    phone: phone.optional(),
    phoneNote: plainText.optional(),
    text: textContactSchema.optional(),
    web: httpsUrl.optional(),
    email: z.email('not an email address').optional(),
    address: plainText.optional(),
    hours: openingHoursSchema.optional(),
    /** hours as the source words them when they cannot be written as days and times */
    hoursNote: plainText.optional(),
    description: plainText,
    source: sourceUrl,
    alsoSources: z.array(sourceUrl).default([]),
    checked: isoDate,
    status: z.enum(['confirmed', 'secondary']),
    /** for editors only; never shown to people */
    note: plainText.optional(),
    example: z.boolean().default(false),
  })
  .strict()
  .refine((s) => ((s.areas?.length ?? 0) > 0) !== ((s.countries?.length ?? 0) > 0), {
    message: 'give either "areas" (a local service) or "countries" (a national one), not both and not neither',
    path: ['areas'],
  })
  .refine((s) => s.phone !== undefined || s.text !== undefined || s.web !== undefined || s.address !== undefined, {
    message: 'a service needs at least one way to reach it: phone, text, web or address',
    path: ['phone'],
  });

export const servicesFileSchema = z.object({ services: z.array(serviceSchema) }).strict();

export type ServiceKind = (typeof serviceKinds)[number];
export type WeekDay = (typeof weekDays)[number];
export type OpeningSlot = z.infer<typeof openingSlotSchema>;
export type OpeningHours = z.infer<typeof openingHoursSchema>;
export type CrisisLine = z.infer<typeof crisisLineSchema>;
export type Country = z.infer<typeof countrySchema>;
export type CountriesFile = z.infer<typeof countriesFileSchema>;
export type Area = z.infer<typeof areaSchema>;
export type AreasFile = z.infer<typeof areasFileSchema>;
export type Service = z.infer<typeof serviceSchema>;
export type ServicesFile = z.infer<typeof servicesFileSchema>;

/** Everything in content/services/, checked across files. */
export interface ServiceDirectory {
  countries: Country[];
  areas: Area[];
  services: Service[];
  whenCountryUnknown: string[];
}
