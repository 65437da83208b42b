import type { Severity } from '../finding.js';
import { jaArticle } from '../i18n/ja-obligations.js';
import type { Locale } from '../i18n/messages.js';
import { ui, type UiArgs, type UiId } from '../i18n/ui.js';
import type { CoverageStatus } from './model.js';

/** How a report says things in one language: its texts, and the punctuation and date form around them. */
export interface Words {
  locale: Locale;
  t: (id: UiId, args?: UiArgs) => string;
  /** 'YYYY-MM-DD' as the reader writes a date (Japanese: 2026年11月25日); anything else as given. */
  date: (iso: string | undefined) => string;
  /** A parenthesis after a word, with the space English puts before it. */
  paren: (s: string) => string;
  /** A sentence's end. */
  sentence: (s: string) => string;
  colon: string;
  /** A colon before a sentence or a link. */
  lead: string;
  /** Between items that hold commas themselves. */
  semi: string;
  /** Between plain items. */
  comma: string;
  status: (s: CoverageStatus) => string;
  severity: (s: Severity) => string;
  contactRole: (role: string) => string;
  /** An article reference as the reader writes it ("Art 9" → 第9条). */
  article: (a: string) => string;
}

const STATUS_ID: Record<CoverageStatus, UiId> = { pass: 'report.status.pass', fail: 'report.status.fail', draft: 'report.status.draft', 'not-yet-applicable': 'report.status.later', 'n.a.': 'report.status.na' };
const ROLES = new Set(['incident', 'escalation', 'provider', 'legal_rep', 'privacy', 'oversight', 'owner']);
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function reportWords(locale: Locale): Words {
  const t = (id: UiId, args?: UiArgs): string => ui(locale, id, args);
  const ja = locale === 'ja';
  return {
    locale,
    t,
    date: (iso) => {
      if (iso === undefined) return '';
      const m = ja ? ISO.exec(iso) : null;
      return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
    },
    paren: (s) => (ja ? `（${s}）` : ` (${s})`),
    sentence: (s) => (ja ? `${s}。` : `${s}.`),
    colon: ja ? '：' : ':',
    lead: ja ? '：' : ': ',
    semi: ja ? '；' : '; ',
    comma: ja ? '、' : ', ',
    status: (s) => t(STATUS_ID[s]),
    severity: (s) => t(`cli.severity.${s}`),
    contactRole: (role) => (ROLES.has(role) ? t(`report.contactRole.${role}` as UiId) : role),
    article: (a) => (ja ? jaArticle(a) : a),
  };
}
