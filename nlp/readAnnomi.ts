import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * Reads AnnoMI client utterances in place (shared/data/annomi/client.jsonl); the data is never copied
 * into the project. ANNOMI_DIR overrides where to look.
 */

const clientUtterance = z.object({
  transcript: z.number(),
  utterance: z.number(),
  split: z.enum(['train', 'test']),
  text: z.string(),
  talk: z.enum(['change', 'neutral', 'sustain']),
  previous_counsellor: z.string().nullable().optional(),
});

export type ClientUtterance = z.infer<typeof clientUtterance>;

const candidates = ['../shared/data/annomi', '../../shared/data/annomi', '/work/shared/data/annomi'];

export function findAnnomiDir(): string | null {
  const fromEnv = process.env.ANNOMI_DIR;
  if (fromEnv) return existsSync(resolve(fromEnv, 'client.jsonl')) ? resolve(fromEnv) : null;
  for (const dir of candidates) if (existsSync(resolve(dir, 'client.jsonl'))) return resolve(dir);
  return null;
}

export function readAnnomiClient(split: 'train' | 'test', dir = findAnnomiDir()): ClientUtterance[] {
  if (!dir) throw new Error('AnnoMI not found: set ANNOMI_DIR to the folder holding client.jsonl (shared/data/annomi)');
  return readFileSync(resolve(dir, 'client.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => clientUtterance.parse(JSON.parse(line)))
    .filter((row) => row.split === split);
}
