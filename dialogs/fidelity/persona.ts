import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { formatProblem, readContentFile } from '../../content/contentFile';

/** A scripted person for fidelity runs (test/fixtures/personas/*.yaml): what they type, one message per turn. */
export const personaSchema = z.strictObject({
  name: z.string().min(1),
  /** who they are, for a person reading the scores */
  about: z.string().min(1),
  /** outreach area in the link they came from, if any */
  area: z.string().optional(),
  says: z.array(z.string().min(1)).min(3).max(40),
  /** what they answer when the bot asks a 0–10 ruler, as typed ("8", "about a 6"); left out: they carry on with `says` */
  rulers: z.strictObject({ importance: z.string().min(1).optional(), confidence: z.string().min(1).optional() }).optional(),
});

export type Persona = z.infer<typeof personaSchema>;

export const personasDir = join(__dirname, '..', '..', 'test', 'fixtures', 'personas');

/** Every persona in a folder, in file-name order; a broken file throws with its file:line:column. */
export function loadPersonas(dir: string = personasDir): Persona[] {
  const files = readdirSync(dir).filter((file) => /\.ya?ml$/.test(file)).sort();
  return files.map((file) => {
    const { value, problems } = readContentFile(join(dir, file), personaSchema);
    const errors = problems.filter((problem) => problem.severity === 'error');
    if (!value || errors.length > 0) throw new Error(`persona ${file} has problems:\n${errors.map(formatProblem).join('\n')}`);
    return value;
  });
}
