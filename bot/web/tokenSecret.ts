import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The secret that signs web chat tokens. Set WEBCHAT_TOKEN_SECRET to share one across instances; otherwise one is
 * made on first start and kept under the data folder, so a restart does not end open chats.
 */
export function webChatTokenSecret(configured: string | undefined, file: string | undefined): string {
  if (configured) return configured;
  if (!file) return randomBytes(32).toString('hex');
  if (existsSync(file)) {
    const kept = readFileSync(file, 'utf8').trim();
    if (kept.length >= 32) return kept;
  }
  const made = randomBytes(32).toString('hex');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${made}\n`, { mode: 0o600 });
  return made;
}
