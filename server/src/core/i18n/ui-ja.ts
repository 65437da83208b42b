import { CLI_JA } from './ui/cli-ja.js';
import { ACTION_JA } from './ui/action-ja.js';
import { FIX_JA } from './ui/fix-ja.js';
import { BOM_JA } from './ui/bom-ja.js';
import { HELP_JA } from './ui/help-ja.js';
import { LSP_JA } from './ui/lsp-ja.js';
import { REPORT_JA } from './ui/report-ja.js';

/**
 * Every interface text in Japanese, by id: `UI_CATALOGS.ja` (ui.ts), which loads this module on
 * first use and where the compiler checks that it has every English id.
 */
export const UI_JA = { ...CLI_JA, ...HELP_JA, ...REPORT_JA, ...BOM_JA, ...LSP_JA, ...ACTION_JA, ...FIX_JA };
