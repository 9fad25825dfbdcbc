import { watch, type FSWatcher } from 'node:fs';
import { formatProblem } from '../content/contentFile';
import { contentDir as shippedContentDir } from '../content/loadContent';
import type { TurnDependencies } from '../dialogs/takeTurn';
import { loadDependencies, readDependencies } from './loadDependencies';

export interface ContentReloadOptions {
  retentionDays: number;
  /** the content folder to load and watch; content/ by default */
  contentDir?: string;
  /** saves often come as several events; wait this long after the last one */
  debounceMs?: number;
  /** where editors read what happened: "content reloaded", or each problem as file:line:column */
  report?: (line: string) => void;
}

export interface ContentReload {
  /** the last good content: hand this to the bot as its `dependencies` */
  dependencies: () => TurnDependencies;
  /** loads the files again now (the watcher calls this); true when the new content is in use */
  reload(): boolean;
  close(): void;
}

/**
 * Content that follows the files while the bot runs, for editors trying changes in `npm run chat` or
 * `npm start`. A broken file is reported and the last good content stays in use, so a typo never stops
 * the bot. The first load still fails fast: there is no good content to fall back on yet.
 */
export function watchContent(options: ContentReloadOptions): ContentReload {
  const dir = options.contentDir ?? shippedContentDir;
  const report = options.report ?? ((line: string) => console.error(line));
  let current = loadDependencies(options.retentionDays, dir);
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;

  const reload = (): boolean => {
    const { dependencies, problems } = readDependencies(options.retentionDays, dir);
    problems.forEach((problem) => report(formatProblem(problem)));
    if (!dependencies) {
      report('content has errors: the bot keeps using the last good content until they are fixed');
      return false;
    }
    current = dependencies;
    report('content reloaded');
    return true;
  };

  try {
    watcher = watch(dir, { recursive: true }, (_event, name) => {
      if (name !== null && !/\.ya?ml$/.test(String(name))) return; // schemas and code need a restart anyway
      clearTimeout(timer);
      timer = setTimeout(reload, options.debounceMs ?? 200);
      timer.unref();
    });
    watcher.on('error', (error) => report(`content is no longer watched: ${error.message}`));
    watcher.unref();
  } catch (error) {
    report(`content will not reload on changes: ${error instanceof Error ? error.message : String(error)}`);
  }

  return {
    dependencies: () => current,
    reload,
    close: () => {
      clearTimeout(timer);
      watcher?.close();
    },
  };
}
