import { analyseMessage, type NlpLexicons } from './analyseMessage';
import { keywordTalkType } from './keywordTalkType';
import type { TalkType } from './messageAnalysis';
import { normalise } from './normalise';
import { readAnnomiClient } from './readAnnomi';
import { scoreTalk, type TalkScores } from './talkMetrics';

/**
 * Scores client talk type on AnnoMI's TEST split (never trained or tuned on) for the NLP and two baselines
 * computed in the same run: always "neutral", and the v1 keyword rules. Also times the whole analysis.
 */

export interface TalkBench {
  count: number;
  alwaysNeutral: TalkScores;
  keywordRules: TalkScores;
  nlp: TalkScores;
  /** median and 95th-percentile milliseconds for analyseMessage on one message */
  medianMs: number;
  p95Ms: number;
}

export function benchTalk(lexicons: NlpLexicons): TalkBench {
  // In transcript order, so each message's `previousTalk` is what the NLP itself read from the one before (as the bot
  // remembers it), never the gold label.
  const rows = readAnnomiClient('test').sort((a, b) => a.transcript - b.transcript || a.utterance - b.utterance);
  const gold = rows.map((r) => r.talk);
  const neutral = rows.map((): TalkType => 'neutral');
  const keyword = rows.map((r) => keywordTalkType(normalise(r.text)).talk);
  // Warm up once so the timing is of steady running, as in the bot.
  for (const r of rows.slice(0, 50)) analyseMessage(r.text, lexicons);
  const times: number[] = [];
  const predicted: TalkType[] = [];
  rows.forEach((r, i) => {
    const previousTalk = rows[i - 1]?.transcript === r.transcript ? predicted[i - 1] : 'none';
    const started = process.hrtime.bigint();
    const analysis = analyseMessage(r.text, lexicons, previousTalk ? { previousTalk } : undefined);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    predicted.push(analysis.talk);
  });
  times.sort((a, b) => a - b);
  return {
    count: rows.length,
    alwaysNeutral: scoreTalk(gold, neutral),
    keywordRules: scoreTalk(gold, keyword),
    nlp: scoreTalk(gold, predicted),
    medianMs: times[Math.floor(times.length / 2)] ?? 0,
    p95Ms: times[Math.floor(times.length * 0.95)] ?? 0,
  };
}
