/**
 * Structured logging that cannot carry what people say: fields are ids, counts and names only.
 * One JSON line per event on stderr, so stdout stays free for the terminal chat.
 */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, error: unknown, fields?: LogFields): void;
}

export type LogSink = (line: string) => void;

export function createLogger(sink: LogSink = (line) => process.stderr.write(`${line}\n`)): Logger {
  const write = (level: string, event: string, fields: LogFields = {}) =>
    sink(JSON.stringify({ time: new Date().toISOString(), level, event, ...fields }));
  return {
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    // Only the error's class and stack: an error message can quote input, so it is not logged.
    error: (event, error, fields) =>
      write('error', event, { ...fields, errorName: error instanceof Error ? error.name : typeof error, stack: stackFrames(error) }),
  };
}

function stackFrames(error: unknown): string | undefined {
  if (!(error instanceof Error) || !error.stack) return undefined;
  return error.stack
    .split('\n')
    .filter((line) => line.trim().startsWith('at '))
    .slice(0, 8)
    .map((line) => line.trim())
    .join(' | ');
}

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
