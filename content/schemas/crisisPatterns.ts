import { z } from 'zod';

/**
 * A phrase is plain lower-case words, with a few marks (see the header of content/crisis-patterns.yaml):
 * `a/b` either word, `word?` optional, `...` up to four words in between, `*` any one word,
 * `#` any number, `{slot}` any entry of a named list, `=word` exactly this word (no other endings),
 * `a-b` two words in a row (as one choice of a `/`).
 */
export const crisisPhraseSchema = z
  .string()
  .min(1)
  .regex(/^[a-z0-9' {}/?.#*=!-]+$/, 'use lower-case letters, digits, spaces and the marks / ? ... * # = ! - {slot}')
  .refine((phrase) => !/!(\s|$)|[^\s]!/.test(phrase), 'a "!" starts a word and needs words after it: "out !where/which"')
  // "every # /few" silently needed "every 5 few" (a built-in pregnancy sign, found after round 20)
  .refine((phrase) => !/(^|\s)\/|\/(\s|$)|\/\//.test(phrase), 'a "/" needs a word on each side: "a/b", not "a /b" or "a/ b"');

export const crisisKindSchema = z.enum(['suicide', 'overdose', 'harm', 'medical']);

export const crisisPatternSchema = z.object({
  /** stable id; it is what the bot logs and what the crisis reply is chosen by (never the person's words) */
  id: z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and hyphens'),
  kind: crisisKindSchema,
  /**
   * true: the pattern is about something happening now (an overdose, a seizure, someone hurting them), so a
   * distant past time in the same part of the sentence ("two years ago", "when I was a kid") means it is not
   * a danger now. Suicide patterns leave this false: a past attempt is the strongest risk sign there is.
   */
  now: z.boolean().default(false),
  phrases: z.array(crisisPhraseSchema).default([]),
  /**
   * Signs that mean little alone but together do ("on the floor" and "snoring"): groups of phrases; the pattern
   * matches when phrases from `signsNeeded` different groups are anywhere in the message.
   */
  signs: z.array(z.array(crisisPhraseSchema).min(1)).default([]),
  signsNeeded: z.number().int().min(2).default(2),
  /**
   * true: the built-in everyday phrases (idioms such as "he'll kill me when he sees") do not hide this pattern's words.
   * Only for a signs pattern whose other sign says the idiom's reading is wrong ("…he broke my arm the last time").
   */
  readsThroughIdioms: z.boolean().default(false),
}).refine((pattern) => pattern.phrases.length > 0 || pattern.signs.length >= pattern.signsNeeded, {
  message: 'a pattern needs phrases, or at least signsNeeded groups of signs',
});

export const crisisPatternsSchema = z.object({
  /** named lists usable as {name} inside phrases; entries here are added to the built-in lists of the same name */
  slots: z.record(z.string().regex(/^[a-z]+$/), z.array(crisisPhraseSchema)).default({}),
  /** patterns added to the built-in ones; a pattern with a built-in id adds its phrases to that pattern */
  patterns: z.array(crisisPatternSchema).default([]),
  /** everyday phrases; a match of a pattern from THIS file inside one is ignored (built-in patterns are not affected) */
  exceptions: z.array(crisisPhraseSchema).default([]),
});

export type CrisisPattern = z.infer<typeof crisisPatternSchema>;
export type CrisisPatterns = z.infer<typeof crisisPatternsSchema>;
