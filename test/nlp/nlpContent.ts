import { loadNlpLexicons } from '../../nlp/loadNlpLexicons';

/** The shipped content and model, loaded once per test file. */
export const loaded = loadNlpLexicons('content');
