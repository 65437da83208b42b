/** The human-readable descriptions of the AI-BOM's model cards, in English. */
export const BOM_EN = {
  'bom.role': 'role: {role}',
  'bom.misuse': 'Foreseeable misuse: {misuse}',
  'bom.riskLevel': 'Risk level: {level}',
  'bom.riskLevelBasis': 'Risk level: {level} ({basis})',
  'bom.riskAssessment': 'Risk assessment: {path}',
  'bom.personalData': 'Processes personal data',
  'bom.privacyContact': 'Privacy contact: {contact}',
  'bom.biasReview': 'Bias review: {path}',
  'bom.stopMechanism': 'Stop mechanism: {mechanism}',
  'bom.sensitivePersonal': 'personal data',
} as const;
