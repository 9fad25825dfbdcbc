/** English words a typo of a crisis word could be confused with; never "corrected". Filled by test/nlp/crisis tooling. */
export const typoGuard: ReadonlySet<string> = new Set<string>([]);
