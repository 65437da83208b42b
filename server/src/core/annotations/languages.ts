/**
 * Comment and string-literal syntax by language, chosen by file name. The scanner (`scanner.ts`)
 * reads this table; it only needs to tell comments from strings from code, not to parse.
 */
import { basename, extname } from '../paths.js';

export interface StringSyntax {
  open: string;
  close: string;
  /** Escapes the next character. When equal to `close`, a doubled close is an escaped quote (SQL `''`). */
  escape?: string;
  multiline: boolean;
  /**
   * A character literal: only a literal when it closes after one character or one escape
   * sequence, so Rust lifetimes (`'a`) and OCaml type variables stay code.
   */
  char?: boolean;
  /** Not an opener right after a word character or closing bracket (MATLAB/Julia transpose, Haskell primes). */
  notAfterWord?: boolean;
  /** Only an opener at line start, after whitespace or after one of `[{(,:=` (YAML quoted scalars). */
  afterBoundary?: boolean;
}

export interface BlockCommentSyntax {
  open: string;
  close: string;
  /** Nested pairs must balance (Rust, Swift, Haskell `{- -}`, OCaml `(* *)`). */
  nested?: boolean;
  /** Open and close only count at the start of a line (Ruby `=begin`, Perl POD). */
  atLineStart?: boolean;
}

export interface CommentSyntax {
  line: string[];
  block: BlockCommentSyntax[];
  strings: StringSyntax[];
  /** Line comments start only at line start or after whitespace (shell `$#`, YAML `a#b`). */
  lineAfterSpace?: boolean;
  /** In code, makes the next character plain code (shell `\#`, Clojure `\"`, Erlang `$"`, TeX `\%`). */
  codeEscape?: string;
  /** Word prefixes that belong to the string literal after them (Python `rb"…"`), lower case. */
  stringPrefixes?: string[];
  /** JavaScript-style `/regex/` literals, recognised where an expression may start. */
  regex?: boolean;
}

interface LanguageInfo {
  id: string;
  syntax: CommentSyntax;
  /** Lower-case extensions with the dot, e.g. `.py`. */
  extensions: readonly string[];
  /** Exact file names, e.g. `Dockerfile`. */
  basenames: readonly string[];
}

// ---- building blocks -------------------------------------------------------------------------

function s(open: string, close = open, escape: string | undefined = '\\', multiline = false): StringSyntax {
  return escape === undefined ? { open, close, multiline } : { open, close, escape, multiline };
}

const DQ = s('"');
const SQ = s("'");
const DQ_ML = s('"', '"', '\\', true);
const SQ_ML = s("'", "'", '\\', true);
const CHAR: StringSyntax = { ...s("'"), char: true };
const SQL_SQ = s("'", "'", "'", true);
const DOUBLED_DQ = s('"', '"', '"');
const DOUBLED_SQ = s("'", "'", "'");
const TRIPLE_DQ = s('"""', '"""', '\\', true);
const TRIPLE_SQ = s("'''", "'''", '\\', true);
const RAW_TRIPLE_DQ = s('"""', '"""', undefined, true);

const SLASH_LINE = ['//'];
const C_BLOCK = [{ open: '/*', close: '*/' }];
const C_BLOCK_NESTED = [{ open: '/*', close: '*/', nested: true }];
const HASH = ['#'];
const XML_BLOCK = [{ open: '<!--', close: '-->' }];

const C: CommentSyntax = { line: SLASH_LINE, block: C_BLOCK, strings: [DQ, CHAR] };
const CPP: CommentSyntax = {
  line: SLASH_LINE,
  block: C_BLOCK,
  strings: [s('R"(', ')"', undefined, true), DQ, CHAR],
  stringPrefixes: ['u8', 'u', 'l'],
};
const JS: CommentSyntax = {
  line: SLASH_LINE,
  block: C_BLOCK,
  strings: [DQ, SQ, s('`', '`', '\\', true)],
  regex: true,
};
const JAVA: CommentSyntax = { line: SLASH_LINE, block: C_BLOCK, strings: [TRIPLE_DQ, DQ, CHAR] };
const KOTLIN: CommentSyntax = { line: SLASH_LINE, block: C_BLOCK_NESTED, strings: [RAW_TRIPLE_DQ, DQ, CHAR] };
const SCALA: CommentSyntax = KOTLIN;
const GROOVY: CommentSyntax = { line: SLASH_LINE, block: C_BLOCK, strings: [TRIPLE_DQ, TRIPLE_SQ, DQ, SQ] };
const GO: CommentSyntax = { line: SLASH_LINE, block: C_BLOCK, strings: [DQ, s('`', '`', undefined, true), CHAR] };
const RUST: CommentSyntax = {
  line: SLASH_LINE,
  block: C_BLOCK_NESTED,
  strings: [
    ...['###', '##', '#', ''].flatMap((h) => [
      s(`br${h}"`, `"${h}`, undefined, true),
      s(`r${h}"`, `"${h}`, undefined, true),
    ]),
    DQ_ML,
    CHAR,
  ],
  stringPrefixes: ['b', 'c'],
};
const CSHARP: CommentSyntax = {
  line: SLASH_LINE,
  block: C_BLOCK,
  strings: [
    s('$"""', '"""', undefined, true),
    s('"""', '"""', undefined, true),
    s('$@"', '"', '"', true),
    s('@$"', '"', '"', true),
    s('@"', '"', '"', true),
    s('$"'),
    DQ,
    CHAR,
  ],
};
const SWIFT: CommentSyntax = {
  line: SLASH_LINE,
  block: C_BLOCK_NESTED,
  strings: [
    s('##"""', '"""##', '\\', true),
    s('#"""', '"""#', '\\', true),
    s('##"', '"##'),
    s('#"', '"#'),
    TRIPLE_DQ,
    DQ,
  ],
};
const DART: CommentSyntax = {
  line: SLASH_LINE,
  block: C_BLOCK_NESTED,
  strings: [
    s("r'''", "'''", undefined, true),
    s('r"""', '"""', undefined, true),
    TRIPLE_SQ,
    TRIPLE_DQ,
    s("r'", "'", undefined),
    s('r"', '"', undefined),
    SQ,
    DQ,
  ],
};
const SIMPLE_C: CommentSyntax = { line: SLASH_LINE, block: C_BLOCK, strings: [DQ, SQ] };
const ZIG: CommentSyntax = { line: SLASH_LINE, block: [], strings: [s('\\\\', '\n', undefined), DQ, CHAR] };
const PYTHON: CommentSyntax = {
  line: HASH,
  block: [],
  strings: [TRIPLE_DQ, TRIPLE_SQ, DQ, SQ],
  stringPrefixes: ['r', 'u', 'b', 'f', 't', 'rb', 'br', 'fr', 'rf', 'tr', 'rt'],
};
const RUBY: CommentSyntax = {
  line: HASH,
  block: [{ open: '=begin', close: '=end', atLineStart: true }],
  strings: [DQ_ML, SQ_ML, s('`', '`', '\\', true)],
};
const PHP: CommentSyntax = { line: ['//', '#'], block: C_BLOCK, strings: [DQ_ML, SQ_ML, s('`', '`', '\\', true)] };
const PERL: CommentSyntax = {
  line: HASH,
  block: ['=pod', '=head', '=begin', '=over', '=for', '=item', '=encoding'].map((open) => ({ open, close: '=cut', atLineStart: true })),
  strings: [DQ_ML, SQ_ML],
  lineAfterSpace: true,
};
const R: CommentSyntax = { line: HASH, block: [], strings: [DQ_ML, SQ_ML, s('`', '`', '\\')] };
const JULIA: CommentSyntax = {
  line: HASH,
  block: [{ open: '#=', close: '=#', nested: true }],
  strings: [TRIPLE_DQ, DQ_ML, s('`', '`', '\\'), { ...CHAR, notAfterWord: true }],
};
const LUA: CommentSyntax = {
  line: ['--'],
  block: ['==', '=', ''].map((e) => ({ open: `--[${e}[`, close: `]${e}]` })),
  strings: [...['==', '=', ''].map((e) => s(`[${e}[`, `]${e}]`, undefined, true)), DQ, SQ],
};
const SQL: CommentSyntax = { line: ['--'], block: C_BLOCK, strings: [SQL_SQ, s('"', '"', '"', true)] };
const HASKELL: CommentSyntax = {
  line: ['--'],
  block: [{ open: '{-', close: '-}', nested: true }],
  strings: [DQ, { ...CHAR, notAfterWord: true }],
};
const LEAN: CommentSyntax = { line: ['--'], block: [{ open: '/-', close: '-/', nested: true }], strings: [DQ_ML, CHAR] };
const ELIXIR: CommentSyntax = { line: HASH, block: [], strings: [TRIPLE_DQ, TRIPLE_SQ, DQ_ML, SQ_ML], codeEscape: '?' };
const ERLANG: CommentSyntax = { line: ['%'], block: [], strings: [DQ_ML, SQ], codeEscape: '$' };
const CLOJURE: CommentSyntax = { line: [';'], block: [], strings: [DQ_ML], codeEscape: '\\' };
const LISP: CommentSyntax = {
  line: [';'],
  block: [{ open: '#|', close: '|#', nested: true }],
  strings: [DQ_ML],
  codeEscape: '\\',
};
const MATLAB: CommentSyntax = {
  line: ['%', '#'],
  block: [{ open: '%{', close: '%}', atLineStart: true }],
  strings: [{ ...DOUBLED_SQ, notAfterWord: true }, DOUBLED_DQ],
};
const TEX: CommentSyntax = { line: ['%'], block: [], strings: [], codeEscape: '\\' };
const VB: CommentSyntax = { line: ["'", 'REM ', 'Rem ', 'rem '], block: [], strings: [DOUBLED_DQ] };
const BATCH: CommentSyntax = { line: ['::', 'REM ', 'rem ', '@REM ', '@rem '], block: [], strings: [], lineAfterSpace: true };
const SHELL: CommentSyntax = { line: HASH, block: [], strings: [DQ_ML, s("'", "'", undefined, true)], lineAfterSpace: true, codeEscape: '\\' };
const POWERSHELL: CommentSyntax = {
  line: HASH,
  block: [{ open: '<#', close: '#>' }],
  strings: [s('@"', '"@', undefined, true), s("@'", "'@", undefined, true), s('"', '"', '`', true), s("'", "'", "'", true)],
  lineAfterSpace: true,
};
const YAML: CommentSyntax = {
  line: HASH,
  block: [],
  strings: [
    { ...s('"', '"', '\\', true), afterBoundary: true },
    { ...s("'", "'", "'", true), afterBoundary: true },
  ],
  lineAfterSpace: true,
};
const TOML: CommentSyntax = {
  line: HASH,
  block: [],
  strings: [TRIPLE_DQ, s("'''", "'''", undefined, true), DQ, s("'", "'", undefined)],
};
const INI: CommentSyntax = { line: ['#', ';'], block: [], strings: [], lineAfterSpace: true };
const HASH_ONLY: CommentSyntax = { line: HASH, block: [], strings: [DQ, SQ] };
const DOCKERFILE: CommentSyntax = { line: HASH, block: [], strings: [DQ, SQ], lineAfterSpace: true, codeEscape: '\\' };
const MAKEFILE: CommentSyntax = { line: HASH, block: [], strings: [], lineAfterSpace: true, codeEscape: '\\' };
const CMAKE: CommentSyntax = {
  line: HASH,
  block: [{ open: '#[==[', close: ']==]' }, { open: '#[=[', close: ']=]' }, { open: '#[[', close: ']]' }],
  strings: [DQ_ML, s('[[', ']]', undefined, true)],
};
const MARKUP: CommentSyntax = { line: [], block: XML_BLOCK, strings: [] };
/** Single-file components: markup comments plus the script's `//` and `/* *\/`. */
const SFC: CommentSyntax = { line: SLASH_LINE, block: [...XML_BLOCK, ...C_BLOCK], strings: [DQ, SQ, s('`', '`', '\\', true)] };
const CSS: CommentSyntax = { line: [], block: C_BLOCK, strings: [DQ, SQ] };
const SCSS: CommentSyntax = { line: SLASH_LINE, block: C_BLOCK, strings: [DQ, SQ] };
const HCL: CommentSyntax = { line: ['#', '//'], block: C_BLOCK, strings: [DQ] };
const FSHARP: CommentSyntax = {
  line: SLASH_LINE,
  block: [{ open: '(*', close: '*)', nested: true }],
  strings: [RAW_TRIPLE_DQ, s('@"', '"', '"', true), DQ_ML, CHAR],
};
const OCAML: CommentSyntax = { line: [], block: [{ open: '(*', close: '*)', nested: true }], strings: [s('{|', '|}', undefined, true), DQ_ML, CHAR] };
const PASCAL: CommentSyntax = {
  line: SLASH_LINE,
  block: [{ open: '(*', close: '*)' }, { open: '{', close: '}' }],
  strings: [DOUBLED_SQ],
};
const FORTRAN: CommentSyntax = { line: ['!'], block: [], strings: [DOUBLED_DQ, DOUBLED_SQ] };
const ADA: CommentSyntax = { line: ['--'], block: [], strings: [DOUBLED_DQ, { ...CHAR, escape: undefined, notAfterWord: true }] };
const VHDL: CommentSyntax = { line: ['--'], block: C_BLOCK, strings: [DOUBLED_DQ, { ...CHAR, escape: undefined, notAfterWord: true }] };
const ASM: CommentSyntax = { line: [';'], block: [], strings: [DQ, SQ] };
const GAS: CommentSyntax = { line: ['#', '//'], block: C_BLOCK, strings: [DQ] };
const NIM: CommentSyntax = {
  line: HASH,
  block: [{ open: '#[', close: ']#', nested: true }],
  strings: [RAW_TRIPLE_DQ, s('r"', '"', '"'), DQ, CHAR],
};
const COFFEE: CommentSyntax = { line: HASH, block: [{ open: '###', close: '###' }], strings: [TRIPLE_DQ, TRIPLE_SQ, DQ, SQ] };
const GRAPHQL: CommentSyntax = { line: HASH, block: [], strings: [TRIPLE_DQ, DQ] };
const JSONC: CommentSyntax = { line: SLASH_LINE, block: C_BLOCK, strings: [DQ] };

// ---- the table -------------------------------------------------------------------------------

function lang(id: string, syntax: CommentSyntax, extensions: string[], basenames: string[] = []): LanguageInfo {
  return { id, syntax, extensions, basenames };
}

export const LANGUAGES: readonly LanguageInfo[] = [
  lang('python', PYTHON, ['.py', '.pyi', '.pyw', '.pyx', '.pxd', '.bzl', '.star'], ['BUILD', 'BUILD.bazel', 'WORKSPACE', 'SConstruct', 'SConscript']),
  lang('javascript', JS, ['.js', '.mjs', '.cjs']),
  lang('javascriptreact', JS, ['.jsx']),
  lang('typescript', JS, ['.ts', '.mts', '.cts']),
  lang('typescriptreact', JS, ['.tsx']),
  lang('java', JAVA, ['.java']),
  lang('kotlin', KOTLIN, ['.kt', '.kts']),
  lang('scala', SCALA, ['.scala', '.sc', '.sbt']),
  lang('go', GO, ['.go']),
  lang('c', C, ['.c', '.h']),
  lang('cpp', CPP, ['.cpp', '.cc', '.cxx', '.c++', '.hpp', '.hh', '.hxx', '.h++', '.ino', '.cu', '.cuh', '.mm']),
  lang('csharp', CSHARP, ['.cs', '.csx']),
  lang('rust', RUST, ['.rs']),
  lang('swift', SWIFT, ['.swift']),
  lang('dart', DART, ['.dart']),
  lang('ruby', RUBY, ['.rb', '.rake', '.gemspec', '.ru'], ['Gemfile', 'Rakefile', 'Vagrantfile', 'Podfile', 'Fastfile']),
  lang('php', PHP, ['.php', '.phtml']),
  lang('perl', PERL, ['.pl', '.pm', '.t']),
  lang('r', R, ['.r', '.rprofile']),
  lang('julia', JULIA, ['.jl']),
  lang('lua', LUA, ['.lua']),
  lang('sql', SQL, ['.sql', '.psql', '.pgsql', '.hql']),
  lang('haskell', HASKELL, ['.hs', '.lhs', '.elm', '.purs']),
  lang('lean', LEAN, ['.lean']),
  lang('elixir', ELIXIR, ['.ex', '.exs']),
  lang('erlang', ERLANG, ['.erl', '.hrl']),
  lang('clojure', CLOJURE, ['.clj', '.cljs', '.cljc', '.edn']),
  lang('lisp', LISP, ['.lisp', '.lsp', '.el', '.scm', '.ss', '.rkt']),
  lang('matlab', MATLAB, ['.m']),
  lang('latex', TEX, ['.tex', '.sty', '.cls', '.bib']),
  lang('vb', VB, ['.vb', '.vbs', '.bas', '.vba']),
  lang('bat', BATCH, ['.bat', '.cmd']),
  lang('shellscript', SHELL, ['.sh', '.bash', '.zsh', '.ksh', '.fish'], ['.bashrc', '.bash_profile', '.zshrc', '.profile', '.envrc']),
  lang('powershell', POWERSHELL, ['.ps1', '.psm1', '.psd1']),
  lang('yaml', YAML, ['.yaml', '.yml']),
  lang('toml', TOML, ['.toml'], ['Pipfile']),
  lang('ini', INI, ['.ini', '.cfg', '.conf', '.properties', '.env'], ['.env', '.editorconfig', '.gitignore', '.dockerignore']),
  lang('dockerfile', DOCKERFILE, ['.dockerfile'], ['Dockerfile', 'Containerfile']),
  lang('makefile', MAKEFILE, ['.mk', '.mak'], ['Makefile', 'makefile', 'GNUmakefile']),
  lang('cmake', CMAKE, ['.cmake'], ['CMakeLists.txt']),
  lang('html', MARKUP, ['.html', '.htm', '.xhtml']),
  lang('xml', MARKUP, ['.xml', '.svg', '.xsd', '.xsl', '.xslt', '.plist', '.csproj', '.fsproj', '.vbproj', '.props', '.targets', '.resx']),
  lang('markdown', MARKUP, ['.md', '.markdown', '.mdx', '.rmd', '.qmd']),
  lang('vue', SFC, ['.vue']),
  lang('svelte', SFC, ['.svelte']),
  lang('astro', SFC, ['.astro']),
  lang('css', CSS, ['.css']),
  lang('scss', SCSS, ['.scss', '.sass', '.less']),
  lang('terraform', HCL, ['.tf', '.tfvars', '.hcl', '.nomad']),
  lang('groovy', GROOVY, ['.groovy', '.gradle', '.gvy'], ['Jenkinsfile']),
  lang('fsharp', FSHARP, ['.fs', '.fsi', '.fsx']),
  lang('ocaml', OCAML, ['.ml', '.mli']),
  lang('pascal', PASCAL, ['.pas', '.dpr']),
  lang('fortran', FORTRAN, ['.f', '.for', '.f77', '.f90', '.f95', '.f03', '.f08']),
  lang('ada', ADA, ['.adb', '.ads', '.ada']),
  lang('vhdl', VHDL, ['.vhd', '.vhdl']),
  lang('verilog', SIMPLE_C, ['.sv', '.svh', '.vh']),
  lang('asm', ASM, ['.asm', '.nasm']),
  lang('gas', GAS, ['.s']),
  lang('zig', ZIG, ['.zig']),
  lang('nim', NIM, ['.nim', '.nims', '.nimble']),
  lang('solidity', SIMPLE_C, ['.sol']),
  lang('proto', SIMPLE_C, ['.proto']),
  lang('coffeescript', COFFEE, ['.coffee']),
  lang('graphql', GRAPHQL, ['.graphql', '.gql']),
  lang('jsonc', JSONC, ['.jsonc', '.json5']),
  lang('tcl', HASH_ONLY, ['.tcl']),
  lang('crystal', HASH_ONLY, ['.cr']),
  lang('awk', HASH_ONLY, ['.awk']),
];

const byExt = new Map<string, LanguageInfo>();
const byBase = new Map<string, LanguageInfo>();
const byBaseLower = new Map<string, LanguageInfo>();
const byId = new Map<string, LanguageInfo>();
for (const info of LANGUAGES) {
  byId.set(info.id, info);
  for (const e of info.extensions) if (!byExt.has(e)) byExt.set(e, info);
  for (const b of info.basenames) {
    if (!byBase.has(b)) byBase.set(b, info);
    if (!byBaseLower.has(b.toLowerCase())) byBaseLower.set(b.toLowerCase(), info);
  }
}

/** The language of a file: exact basename, then case-insensitive basename, then extension. */
export function languageForPath(path: string): LanguageInfo | undefined {
  const base = basename(path);
  const exact = byBase.get(base) ?? byBaseLower.get(base.toLowerCase());
  if (exact) return exact;
  const lower = base.toLowerCase();
  // Dockerfile.dev, Makefile.am and friends.
  if (lower.startsWith('dockerfile.') || lower.startsWith('containerfile.')) return byId.get('dockerfile');
  if (lower.startsWith('makefile.')) return byId.get('makefile');
  return byExt.get(extname(path));
}

const ALIASES: Record<string, string> = {
  python3: 'python',
  py: 'python',
  js: 'javascript',
  ts: 'typescript',
  'c++': 'cpp',
  'c#': 'csharp',
  cs: 'csharp',
  'f#': 'fsharp',
  bash: 'shellscript',
  sh: 'shellscript',
  shell: 'shellscript',
  zsh: 'shellscript',
  octave: 'matlab',
  tex: 'latex',
  pwsh: 'powershell',
  rb: 'ruby',
  rs: 'rust',
  kt: 'kotlin',
  hs: 'haskell',
  'common-lisp': 'lisp',
  scheme: 'lisp',
  racket: 'lisp',
  elisp: 'lisp',
  hcl: 'terraform',
  protobuf: 'proto',
};

/** The language for an id or common alias (`python3`, `c++`, `R`), case-insensitive. */
export function languageForId(id: string): LanguageInfo | undefined {
  const key = id.trim().toLowerCase();
  return byId.get(key) ?? byId.get(ALIASES[key] ?? '');
}
