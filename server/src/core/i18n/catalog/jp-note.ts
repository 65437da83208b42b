/**
 * What Japan's AI Promotion Act does not impose, in English: the catalogue's `jp.honestNote`
 * (en.ts) and the rules' descriptions (rules/packs/jp.ts), which are built when the rules load
 * while the catalogue is loaded only when a message is put into words.
 */
export const JP_HONEST_NOTE_EN =
  'The Act imposes no registration, reporting, technical-standard, risk-assessment or incident-reporting duty on businesses and has no penalties.';
