import { lex } from './src/core/annotations/scanner.js';
import { LANGUAGES } from './src/core/annotations/languages.js';
const units = ['a = b / c; x = "s\\"" + \'q\' [/ ( /[ $# `t` \\ ', "'".repeat(1), '"', '/*', '(/[', "r#\"", "'a ", '--[[', '\\\\'];
for (const u of units) {
  const text = u.repeat(Math.ceil(10e6 / u.length));
  let worst = 0, wid = '';
  for (const l of LANGUAGES) { const t = Date.now(); lex(text, l.syntax); const d = Date.now() - t; if (d > worst) { worst = d; wid = l.id; } }
  console.log(JSON.stringify(u), worst, wid);
}
