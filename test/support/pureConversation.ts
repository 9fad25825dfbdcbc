import { takeTurn, type ConversationRecord, type TurnDependencies, type TurnOutcome } from '../../dialogs/takeTurn';
import { shippedDependencies } from './botHarness';

/**
 * A whole conversation through the pure turn (`takeTurn`), without the bot: the start, then one turn per line, on a
 * fixed clock. `outcomes[0]` is the start (the welcome); `outcomes[i]` answers `lines[i - 1]`.
 */
export function converse(lines: readonly string[], dependencies: TurnDependencies = shippedDependencies): { outcomes: TurnOutcome[]; record: ConversationRecord } {
  let record: ConversationRecord | undefined;
  const outcomes: TurnOutcome[] = [];
  for (const input of [{ kind: 'started' } as const, ...lines.map((text) => ({ kind: 'message', text }) as const)]) {
    const outcome = takeTurn(record, input, dependencies, { now: new Date('2026-11-23T12:00:00Z') });
    outcomes.push(outcome);
    record = outcome.record;
  }
  return { outcomes, record: record as ConversationRecord };
}

/** The replies to each line, without the start. */
export function repliesTo(lines: readonly string[], dependencies?: TurnDependencies): TurnOutcome[] {
  return converse(lines, dependencies).outcomes.slice(1);
}
