import { CLI_EN } from './ui/cli-en.js';
import { ACTION_EN } from './ui/action-en.js';
import { FIX_EN } from './ui/fix-en.js';
import { BOM_EN } from './ui/bom-en.js';
import { HELP_EN } from './ui/help-en.js';
import { LSP_EN } from './ui/lsp-en.js';
import { REPORT_EN } from './ui/report-en.js';

/** Every interface text in English, by id: `UI_CATALOGS.en` (ui.ts), which loads this module on first use. */
export const UI_EN = { ...CLI_EN, ...HELP_EN, ...REPORT_EN, ...BOM_EN, ...LSP_EN, ...ACTION_EN, ...FIX_EN } as const;
