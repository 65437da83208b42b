import type { Locale } from '../i18n/messages.js';
import { ui, type UiArgs, type UiId } from '../i18n/ui.js';
import type { ProjectModel } from '../model/project-model.js';

/** What fix builders may read: the model, the date, and file contents the engine holds. */
export interface FixContext {
  readonly model: ProjectModel;
  readonly today: string;
  /** Text of a file the engine holds (registries; files with annotations or detections). */
  textOf(path: string): string | undefined;
  /** True when the path exists: a fix never creates over an existing file. */
  exists(path: string): boolean;
  /** The language of the documents a fix writes (templates); English when absent. */
  readonly locale?: Locale;
}

/** A fix's title in the run's language (the CLI's `--locale`, the editor's locale); English when absent. */
export function fixTitle(ctx: Pick<FixContext, 'locale'>, id: UiId, args?: UiArgs): string {
  return ui(ctx.locale ?? 'en', id, args);
}
