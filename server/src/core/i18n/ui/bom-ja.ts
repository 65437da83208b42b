import type { UiTranslation } from '../ui-text.js';
import type { BOM_EN } from './bom-en.js';

/** The human-readable descriptions of the AI-BOM's model cards, in Japanese. */
export const BOM_JA: UiTranslation<typeof BOM_EN> = {
  'bom.role': '役割: {role}',
  'bom.misuse': '予見可能な誤用: {misuse}',
  'bom.riskLevel': 'リスクレベル: {level}',
  'bom.riskLevelBasis': 'リスクレベル: {level}（{basis}）',
  'bom.riskAssessment': 'リスク評価: {path}',
  'bom.personalData': '個人データを扱います',
  'bom.privacyContact': 'プライバシー窓口: {contact}',
  'bom.biasReview': 'バイアスレビュー: {path}',
  'bom.stopMechanism': '停止の仕組み: {mechanism}',
  'bom.sensitivePersonal': '個人データ',
};
