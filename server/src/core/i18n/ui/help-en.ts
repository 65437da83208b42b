/** The `--help` of each command, in English. */
export const HELP_EN = {
  'help.check': `Usage: aigov check [dir...] [options]

Checks the AI governance registry and annotations of each folder (default: .).

Options:
  --format FORMAT       text (default), json, sarif, github (workflow annotations), junit,
                        codequality (GitLab merge requests) or golden
  --output FILE         write the report to FILE instead of standard output
  --fail-on error|warning|info|never   exit 1 when a finding at or above this severity is new (default: error)
  --baseline FILE       an earlier aigov SARIF or JSON result; only findings absent from it count
  --baseline-ref REF    only findings absent from the merge-base of HEAD and REF count (e.g.
                        origin/main); the base is checked from git's objects in a temporary
                        folder with the same options, never touching the working tree
  --frameworks LIST     packs to check instead of each registry's frameworks: (comma-separated)
  --root DIR            the folder paths and fingerprints are relative to (default: the top of
                        the git repository holding the checked folder, else the folder itself)
  --today YYYY-MM-DD    the date deadlines are computed against (or AIGOV_TODAY)
  --locale en|ja        the language of messages (or AIGOV_LOCALE, else LC_ALL, LC_MESSAGES, LANG);
                        json and golden stay English
  --no-color            plain text output
  --cache               remember what each file held and neither read nor analyse it again
                        while it is unchanged: by git's content id when git vouches for it
                        (this holds across fresh clones, as in CI), else by size and mtime;
                        stored in $XDG_CACHE_HOME/aigov, never in the repository
  --cache-location DIR  where the cache is kept
  --jobs N              worker threads that read and analyse files beside the main thread
                        (default: one per further core, at most 3; 0: none)
`,
  'help.init': `Usage: aigov init [dir] [--today YYYY-MM-DD] [--locale en|ja]

Writes a commented starter .aigov.yaml into dir (default: .), with one component per folder and
provider of the AI use found there (paths matching those files). Never overwrites an existing file.
`,
  'help.fix': `Usage: aigov fix [dir...] [options]

Applies the safe fixes of the findings in each folder (default: .): templates for missing
documents and assessments, misspelt keys and ids.

What is in the folder cannot make fix write elsewhere or lose what is there:
  - never outside the folder: the real path of each folder on the way is resolved, so a
    folder symlinked out of it is refused;
  - never over an existing file: a fix whose new file exists (a symlink too, even a dangling
    one) is skipped and said so; so is a registry edit after which the file would not parse;
  - all or nothing: every target is checked first (inside, writable, new files absent); when
    one cannot be written, nothing is written and the exit code is 2;
  - atomic: each file is written beside its target and renamed over it, so a full disk or a
    failed write leaves the file as it was.

Options:
  --code AIGOVnnn   only fixes for this code (repeatable)
  --dry-run         print a unified diff instead of writing
  --today YYYY-MM-DD
  --locale en|ja    the language of the documents it writes
`,
  'help.explain': `Usage: aigov explain AIGOVnnn | --list [--locale en|ja]

Prints what a finding means, why it matters and how to fix it.
`,
  'help.report': `Usage: aigov report [dir] [options]

Writes the governance report of a folder (default: .): per component, framework coverage
(obligation × status), risk and assessment dates, contacts, registrations, incidents with their
deadlines, links to evidence, and findings.

Options:
  --format md|html      markdown (default) or one self-contained HTML file (default when --output ends in .html)
  --output FILE         write to FILE instead of standard output; links are made relative to it
  --today YYYY-MM-DD    the date statuses and deadlines are computed for (or AIGOV_TODAY)
  --locale en|ja        the report's language
`,
  'help.bom': `Usage: aigov bom [dir] [options]

Writes the AI bill of materials of a folder (default: .) as CycloneDX 1.6 JSON: each registered
component with its model card, the upstream models and data sets it depends on, and the
dependency graph. The output is reproducible: the timestamp is the --today date and the serial
number is derived from the content.

Options:
  --output FILE         write to FILE instead of standard output
  --today YYYY-MM-DD    the BOM's date (or AIGOV_TODAY)
  --random-serial       use a random serial number (a new BOM identity on every run)
  --locale en|ja        the language of the human-readable descriptions
`,
  'help.lsp': `Usage: aigov lsp [--stdio | --node-ipc | --socket=PORT] [--today YYYY-MM-DD]

Starts the aigov language server, for any editor that speaks LSP (Neovim, Helix, Emacs, Zed, …).
The transport defaults to --stdio. --today (or AIGOV_TODAY) fixes the date deadlines are
computed against; the aigov.today setting of a workspace folder wins over it. The server speaks
the editor's language (the locale the client sends).

Neovim (0.8+):
  vim.lsp.start({ name = 'aigov', cmd = { 'aigov', 'lsp', '--stdio' },
                  root_dir = vim.fs.dirname(vim.fs.find({ '.aigov.yaml', '.git' }, { upward = true })[1]) })
`,
} as const;
