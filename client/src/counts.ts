import * as vscode from 'vscode';

/** "1 warning" or "{n} warnings": both strings come translated. */
export function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/** "1 error, 2 warnings, 0 infos": each count in its own plural form, in the display language. */
export function severityCounts(errors: number, warnings: number, infos: number): string {
  return vscode.l10n.t(
    '{0}, {1}, {2}',
    plural(errors, vscode.l10n.t('1 error'), vscode.l10n.t('{0} errors', errors)),
    plural(warnings, vscode.l10n.t('1 warning'), vscode.l10n.t('{0} warnings', warnings)),
    plural(infos, vscode.l10n.t('1 info'), vscode.l10n.t('{0} infos', infos)),
  );
}
