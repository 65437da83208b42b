'use strict';
// Throw-away extension for the e2e pipeline smoke test: one command, smoke.hello.
const vscode = require('vscode');

function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand('smoke.hello', () => {
      void vscode.window.showInformationMessage('Hello from the aigov e2e smoke extension');
      return 'hello';
    }),
  );
}

function deactivate() {}

module.exports = { activate, deactivate };
