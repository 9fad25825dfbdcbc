import type { CrisisLine, ServiceDirectory } from '../content/schemas/services';
import { countryOf, crisisLinesFor, emergencyFor } from './signpost/chooseServices';

/**
 * Emergency and crisis contacts the bot names, phrased to drop into a sentence. The UK set is compiled in so
 * that a crisis reply never depends on a content file loading (shared/research/services.md §1.1–1.2, §1.6).
 */
export interface EmergencyContacts {
  /** the number to call in an emergency, e.g. "999" */
  emergency: string;
  /** free crisis lines open now, e.g. "Samaritans on 116 123 (free, 24/7)" */
  crisisLine: string;
  /** for danger from or to others: abuse at home, a child at risk; null where none is listed */
  abuseLine: string | null;
  /** for people under 16 */
  youngLine: string | null;
  /** the same numbers, for call buttons: on a phone, one tap to call beats copying digits in a panic */
  dial: {
    emergency: CallableNumber;
    crisisLines: CallableNumber[];
    abuseLines: CallableNumber[];
  };
}

/** A number a channel can offer as a call button. */
export interface CallableNumber {
  name: string;
  phone: string;
  /** e.g. "free, 24/7" */
  note?: string;
}

export const ukEmergencyContacts: EmergencyContacts = {
  emergency: '999',
  crisisLine: 'Samaritans on 116 123 (free, 24/7)',
  abuseLine: 'the National Domestic Abuse Helpline on 0808 2000 247 (free, 24/7)',
  youngLine: 'Childline on 0800 1111 (free, 24/7)',
  dial: {
    emergency: { name: 'Emergency services', phone: '999' },
    crisisLines: [{ name: 'Samaritans', phone: '116 123', note: 'free, 24/7' }],
    abuseLines: [{ name: 'National Domestic Abuse Helpline', phone: '0808 2000 247', note: 'free, 24/7' }],
  },
};

/**
 * Opening hours are in whole minutes, so a country's contacts cannot change within a minute: they are worked out
 * once a minute per country and directory (reloaded content is a new directory), not on every turn.
 */
const contactsThisMinute = new WeakMap<ServiceDirectory, { minute: number; byCountry: Map<string | null, EmergencyContacts> }>();

/** The contacts for the country of an area (or the UK-wide ones when it is not known), open lines first. */
export function contactsFor(directory: ServiceDirectory, areaId: string | null, now: Date): EmergencyContacts {
  const countryId = countryOf(directory, areaId)?.id ?? null;
  const minute = Math.floor(now.getTime() / 60_000);
  let cached = contactsThisMinute.get(directory);
  if (!cached || cached.minute !== minute) {
    cached = { minute, byCountry: new Map() };
    contactsThisMinute.set(directory, cached);
  }
  let contacts = cached.byCountry.get(countryId);
  if (!contacts) {
    contacts = Object.freeze(contactsForCountry(directory, countryId, now));
    cached.byCountry.set(countryId, contacts);
  }
  return contacts;
}

function contactsForCountry(directory: ServiceDirectory, countryId: string | null, now: Date): EmergencyContacts {
  const lines = crisisLinesFor(directory, countryId, now).filter((choice) => choice.openNow !== false);
  const forCrisis = (kind: 'suicide' | 'harm' | 'young') => lines.filter((choice) => choice.line.crisis.includes(kind)).map((choice) => choice.line);
  const suicideLines = forCrisis('suicide').slice(0, 2);
  const harmLines = forCrisis('harm');
  const youngLine = forCrisis('young')[0];
  const emergency = emergencyFor(directory, countryId)?.phone ?? ukEmergencyContacts.emergency;
  return {
    emergency,
    crisisLine: suicideLines.length > 0 ? suicideLines.map(describeLine).join(', or ') : ukEmergencyContacts.crisisLine,
    abuseLine: harmLines.length > 0 ? harmLines.map(describeLine).join(', or ') : null,
    youngLine: youngLine ? describeLine(youngLine) : null,
    dial: {
      emergency: { name: 'Emergency services', phone: emergency },
      crisisLines: suicideLines.length > 0 ? suicideLines.flatMap(callable) : ukEmergencyContacts.dial.crisisLines,
      abuseLines: harmLines.flatMap(callable),
    },
  };
}

/** A line as a call button; a text-only line has none (its text says how to reach it). */
function callable(line: CrisisLine): CallableNumber[] {
  if (!line.phone) return [];
  const note = lineNotes(line);
  return [{ name: line.name, phone: line.phone, ...(note.length > 0 ? { note: note.join(', ') } : {}) }];
}

function lineNotes(line: CrisisLine): string[] {
  return [line.free ? 'free' : null, line.hours === '24/7' ? '24/7' : null].filter((note): note is string => note !== null);
}

function describeLine(line: CrisisLine): string {
  const how = line.phone ? `${line.name} on ${line.phone}` : `${line.name}: text ${line.text?.keyword ? `${line.text.keyword} to ` : ''}${line.text?.number ?? ''}`;
  const notes = lineNotes(line);
  return notes.length > 0 ? `${how} (${notes.join(', ')})` : how;
}
