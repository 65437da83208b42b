/** Checks of rendered outputs shared by the hostile and fuzz tests: real parsers, strict settings. */
import MarkdownIt from 'markdown-it';
import { SaxesParser } from 'saxes';

/** Parses XML 1.0 strictly (characters included); returns the errors. */
export function xmlErrors(xml: string): string[] {
  const errors: string[] = [];
  const p = new SaxesParser({ xmlns: false });
  p.on('error', (e) => errors.push(e.message));
  p.write(xml).close();
  return errors;
}

/** A renderer that links whatever it is given (no `javascript:` filter of its own), HTML allowed. */
export function permissiveMarkdown(): MarkdownIt {
  const md = new MarkdownIt({ html: true, linkify: false });
  md.validateLink = () => true;
  return md;
}

/** Every link target in the rendered tokens, and whether raw HTML appeared. */
export function markdownLinks(md: MarkdownIt, text: string): { hrefs: string[]; html: string[] } {
  const hrefs: string[] = [];
  const html: string[] = [];
  const walk = (tokens: ReturnType<MarkdownIt['parse']>): void => {
    for (const t of tokens) {
      if (t.type === 'link_open') hrefs.push(t.attrGet('href') ?? '');
      if (t.type === 'html_inline' || t.type === 'html_block') html.push(t.content);
      if (t.children) walk(t.children);
    }
  };
  walk(md.parse(text, {}));
  return { hrefs, html };
}

/** A link that does something other than open a relative path, a fragment or a web page. */
export function isActiveLink(href: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(href) && !/^https?:/i.test(href);
}

// eslint-disable-next-line no-control-regex -- control characters are what this finds
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The control, separator and reordering characters in the text, line feeds aside (each escaped for the message). */
export function rawControls(text: string): string[] {
  return [...text.matchAll(RAW_CONTROL)].map((m) => `U+${m[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${m.index}`);
}
