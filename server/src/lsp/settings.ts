import type { Connection } from 'vscode-languageserver/node';
import type { EngineOptions } from '../core/engine.js';
import type { Logger } from '../core/workspace.js';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_SECTION, type AigovSettings } from '../protocol/settings.js';
import type { ServerLog } from './guard.js';

/**
 * Settings per resource (a workspace folder), read with `workspace/configuration` and cached
 * until the client says they changed. Clients without the request get the defaults.
 */
export class SettingsCache {
  private readonly cache = new Map<string, Promise<AigovSettings>>();

  constructor(
    private readonly connection: Connection,
    private readonly supported: boolean,
    private readonly log: ServerLog,
  ) {}

  get(scopeUri: string): Promise<AigovSettings> {
    let hit = this.cache.get(scopeUri);
    if (!hit) {
      hit = this.read(scopeUri);
      this.cache.set(scopeUri, hit);
    }
    return hit;
  }

  clear(): void {
    this.cache.clear();
  }

  private async read(scopeUri: string): Promise<AigovSettings> {
    if (!this.supported) return DEFAULT_SETTINGS;
    try {
      const value: unknown = await this.connection.workspace.getConfiguration({ scopeUri, section: SETTINGS_SECTION });
      return parseSettings(value);
    } catch (err) {
      this.log.warn(`Could not read the settings for ${scopeUri}: ${String(err)}`);
      return DEFAULT_SETTINGS;
    }
  }
}

/** Engine options from settings; the command line's `--today` (or AIGOV_TODAY) is the default date. */
export function engineOptions(settings: AigovSettings, defaultToday: string | undefined, logger: Logger): EngineOptions {
  const today = settings.today ?? defaultToday;
  return {
    ...(today ? { today } : {}),
    overrides: { ...settings.rules },
    packs: { ...settings.frameworks },
    detection: { modelIds: settings.detection.modelIds },
    logger,
  };
}

/** A stable key of what the engine depends on: when it changes, the folder is re-indexed. */
export function optionsKey(o: EngineOptions): string {
  return JSON.stringify([o.today ?? '', o.overrides ?? {}, o.packs ?? {}, o.detection ?? {}]);
}
