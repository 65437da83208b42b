'use strict';
// Throw-away LSP server for proving scripts/nvim (the Neovim client harness) before
// the real server exists: on didOpen it publishes one warning, code AIGOV101, on the
// first line of the opened document. Run: node test/e2e-smoke/fake-lsp.js --stdio
const {
  createConnection,
  DiagnosticSeverity,
  ProposedFeatures,
  TextDocumentSyncKind,
} = require('vscode-languageserver/node');

const connection = createConnection(ProposedFeatures.all); // transport from argv: --stdio

connection.onInitialize(() => ({
  capabilities: { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Full } },
  serverInfo: { name: 'aigov-fake-lsp', version: '0.0.1' },
}));

connection.onDidOpenTextDocument(({ textDocument }) => {
  const firstLine = textDocument.text.split(/\r?\n/, 1)[0] ?? '';
  void connection.sendDiagnostics({
    uri: textDocument.uri,
    version: textDocument.version,
    diagnostics: [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: firstLine.length } },
        severity: DiagnosticSeverity.Warning,
        code: 'AIGOV101',
        source: 'aigov',
        message: 'Fake finding from test/e2e-smoke/fake-lsp.js',
      },
    ],
  });
});

connection.listen();
