import { readContentFile, type ContentProblem } from '../content/contentFile';
import { crisisPatternsSchema, type CrisisPatterns } from '../content/schemas/crisisPatterns';
import { compileCrisisPatterns, mergeSlots, readCrisisPatterns, type CompiledCrisisPatterns, type CrisisPatternReading } from './crisisMatcher';
import { builtInCrisisPatterns } from './crisisBuiltIn';
import { readCrisisModel } from './crisisModel';
import { crisisModel } from './crisisModelWeights';
import { compilePhrase } from './crisisPhrase';
import type { CrisisSignal } from './messageAnalysis';

/**
 * Crisis detection. It runs first on every message, on the RAW text (it normalises for itself), and needs
 * nothing else: with no content patterns the compiled-in set still catches every kind of crisis. A miss is
 * far worse than a false alarm, so a negation or hedge never switches a pattern off.
 */

const builtIn = compileCrisisPatterns(undefined);
const compiledByContent = new WeakMap<CrisisPatterns, CompiledCrisisPatterns>();

function compiledFor(patterns: CrisisPatterns | undefined): CompiledCrisisPatterns {
  if (!patterns) return builtIn;
  let compiled = compiledByContent.get(patterns);
  if (!compiled) {
    try {
      compiled = compileCrisisPatterns(patterns);
    } catch {
      compiled = builtIn;
    }
    compiledByContent.set(patterns, compiled);
  }
  return compiled;
}

/** The `pattern` of a signal raised by the learned reader rather than by a pattern. */
export const crisisModelPattern = 'crisis-model';

/**
 * Whether the learned reader is asked when no pattern matched. On since round 15 was frozen: on round 14 it caught
 * 5 of the patterns' 11 misses and raised nothing new, and once it was trained on ordinary UK chat it no longer
 * raised the change talk that kept it off ("my dealer texting me, I will block him"); cross-validated it raises
 * 1.9% of everyday lines and 0.4% of AnnoMI's test talk (test/nlp/crisis/README.md, "The learned layer").
 */
export const crisisModelOnByDefault = true;

export interface DetectCrisisOptions {
  /** ask the learned reader when no pattern matched (default `crisisModelOnByDefault`) */
  learned?: boolean;
}

export function detectCrisis(text: string, patterns?: CrisisPatterns, options: DetectCrisisOptions = {}): CrisisSignal | null {
  // Typed callers always pass text; anything else (a malformed activity) has no words to read.
  if (typeof text !== 'string') return null;
  const reading = readPatterns(text, patterns);
  if (reading.signal || !(options.learned ?? crisisModelOnByDefault)) return reading.signal;
  return readModel(wordsForReader(reading, text));
}

/** The words still meant once later sentences have taken some back; the whole text if that cannot be worked out. */
function wordsForReader(reading: CrisisPatternReading, text: string): string {
  try {
    return reading.wordsStillMeant();
  } catch {
    return text;
  }
}

function readPatterns(text: string, patterns?: CrisisPatterns): CrisisPatternReading {
  try {
    return readCrisisPatterns(text, compiledFor(patterns));
  } catch {
    // Content patterns are the only thing that can be odd here; the built-in set alone must still answer.
    return readCrisisPatterns(text, builtIn);
  }
}

/** The learned reader, asked only when no pattern matched: it catches wordings nobody wrote a pattern for. */
function readModel(text: string): CrisisSignal | null {
  try {
    const reading = readCrisisModel(text, crisisModel);
    return reading.score >= crisisModel.threshold ? { kind: reading.kind, pattern: crisisModelPattern } : null;
  } catch {
    return null;
  }
}

/**
 * Reads the editors' crisis patterns. They are added to the compiled-in ones, never instead of them, so a
 * missing or broken file only loses the editors' additions. Phrases that cannot be read are dropped and reported.
 */
export function loadCrisisPatterns(path = 'content/crisis-patterns.yaml'): {
  patterns?: CrisisPatterns;
  problems: ContentProblem[];
} {
  const parsed = readContentFile(path, crisisPatternsSchema);
  const problems = [...parsed.problems];
  const value = parsed.value;
  if (!value) return { problems };
  const slots = mergeSlots(value);
  const problemAt = (location: (string | number)[], message: string, severity: ContentProblem['severity']) => {
    const { line, column } = parsed.locate(location);
    problems.push({ file: parsed.file, line, column, severity, message });
  };
  const readable = (source: string, location: (string | number)[]) => {
    try {
      compilePhrase(source, slots);
      return true;
    } catch (error) {
      problemAt(location, error instanceof Error ? error.message : String(error), 'error');
      return false;
    }
  };
  const patterns: CrisisPatterns = {
    slots: value.slots,
    exceptions: value.exceptions.filter((source, i) => readable(source, ['exceptions', i])),
    patterns: value.patterns.map((pattern, p) => {
      const builtInSame = builtInCrisisPatterns.patterns.find((known) => known.id === pattern.id);
      if (builtInSame && builtInSame.kind !== pattern.kind) {
        problemAt(['patterns', p, 'kind'], `id "${pattern.id}" is a built-in ${builtInSame.kind} pattern; these phrases are kept as a separate ${pattern.kind} pattern`, 'warning');
      }
      return {
        ...pattern,
        phrases: pattern.phrases.filter((source, i) => readable(source, ['patterns', p, 'phrases', i])),
        signs: pattern.signs.map((group, g) => group.filter((source, i) => readable(source, ['patterns', p, 'signs', g, i]))),
      };
    }),
  };
  return { patterns, problems };
}
