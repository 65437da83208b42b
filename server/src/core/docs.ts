/**
 * Where each rule's documentation page is published. Diagnostics (`codeDescription.href`) and
 * SARIF (`helpUri`) link here; the pages are `docs/rules/<CODE>.md` in this repository.
 */
export const DOCS_BASE_URL = 'https://github.com/aigov-dev/aigov/blob/main/docs/rules/';

export function docsUrl(code: string, base = DOCS_BASE_URL): string {
  return `${base}${code}.md`;
}
