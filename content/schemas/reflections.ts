import { z } from 'zod';

const changeKinds = ['desire', 'ability', 'reasons', 'need', 'commitment', 'activation', 'taking-steps'] as const;
const sustainKinds = ['benefits', 'cant', 'no-problem', 'doubts-help', 'not-ready'] as const;

const placeholders = ['clause', 'substance', 'feeling', 'topic', 'change', 'sustain'] as const;
const placeholderPattern = /\{([a-z]+)\}/g;

/** When a template fits: every condition given must hold for the message being reflected. */
export const reflectionWhenSchema = z.strictObject({
  talk: z.enum(['change', 'sustain', 'neutral']).optional(),
  /** with talk: change, a kind of change talk (DARN-CAT); with talk: sustain, what the sustain talk is about */
  kind: z.enum([...changeKinds, ...sustainKinds]).optional(),
  /** a feeling id from content/feelings.yaml, or "any": only when the person expressed it */
  feeling: z.enum(['any', 'low', 'angry', 'scared', 'ashamed', 'lonely', 'tired', 'stressed', 'hopeful', 'proud']).optional(),
  /** a life area from content/topics.yaml, or "any": only when the person mentioned it */
  topic: z.enum(['any', 'family', 'health', 'money', 'work', 'housing', 'law', 'friends']).optional(),
  /** a substance id from content/substances.yaml, or "any": only when the person named it */
  substance: z.string().regex(/^[a-z-]+$/).optional(),
  /** the person is pushing back against the bot */
  discord: z.boolean().optional(),
  /** the message holds both change and sustain talk ("I want to stop but I can't") */
  ambivalent: z.boolean().optional(),
});

export const reflectionTemplateSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and hyphens'),
    /** simple: their words turned round; complex: adds meaning; double-sided: both sides, change last; amplified: see file notes */
    style: z.enum(['simple', 'complex', 'double-sided', 'amplified']),
    when: reflectionWhenSchema.default({}),
    text: z.string().min(1),
  })
  .superRefine((template, ctx) => {
    const used = [...template.text.matchAll(placeholderPattern)].map((m) => m[1] ?? '');
    const problem = (message: string) => ctx.addIssue({ code: 'custom', message, path: ['text'] });
    for (const name of used) if (!(placeholders as readonly string[]).includes(name)) problem(`unknown placeholder {${name}}; use ${placeholders.map((p) => `{${p}}`).join(', ')}`);
    if (/\?/.test(template.text)) problem('a reflection is a statement: no question mark');
    if (/\byou (should|must|need to|have to)\b/i.test(template.text)) problem('no "you should / must / need to" (shared/research/language.md)');
    if (used.includes('feeling') && !template.when.feeling) problem('{feeling} needs when.feeling, so a feeling is only named when the person expressed it');
    if (used.includes('topic') && !template.when.topic) problem('{topic} needs when.topic');
    if (used.includes('substance') && !template.when.substance) problem('{substance} needs when.substance');
    if (used.includes('clause') && template.style !== 'simple') problem('{clause} is for simple reflections');
    // A simple reflection gives back what they said: their clause, or the drug or life area they named in a word or two.
    if (template.style === 'simple' && !['clause', 'substance', 'topic'].some((name) => used.includes(name))) problem('a simple reflection uses {clause}, {substance} or {topic}');
    if (template.style === 'double-sided') {
      const sustainAt = template.text.indexOf('{sustain}');
      const changeAt = template.text.indexOf('{change}');
      if (sustainAt < 0 || changeAt < 0 || changeAt < sustainAt) problem('a double-sided reflection has {sustain} first and ends on {change}');
    } else if (used.includes('change') || used.includes('sustain')) problem('{change} and {sustain} are for double-sided reflections');
    const kind = template.when.kind;
    const needs = kind ? ((changeKinds as readonly string[]).includes(kind) ? 'change' : 'sustain') : null;
    if (needs && template.when.talk !== needs) ctx.addIssue({ code: 'custom', message: `kind ${kind} is a kind of ${needs} talk: it needs talk: ${needs}`, path: ['when', 'kind'] });
    if (template.style === 'amplified' && template.when.talk !== 'sustain') problem('an amplified reflection answers sustain talk only (when.talk: sustain)');
    if (template.text.replace(placeholderPattern, 'x').split(/\s+/).length > 18) problem('too long: keep a template under about 18 words so the filled line stays under 25');
  });

export const reflectionsFileSchema = z.object({
  /** amplified reflections can read as sarcasm in text (shared/research/mi.md §4); off unless an editor turns them on */
  allowAmplified: z.boolean().default(false),
  reflections: z.array(reflectionTemplateSchema),
});

export type ReflectionWhen = z.infer<typeof reflectionWhenSchema>;
export type ReflectionTemplate = z.infer<typeof reflectionTemplateSchema>;
export type ReflectionsFile = z.infer<typeof reflectionsFileSchema>;
