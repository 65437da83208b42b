// Loaded into the language server with `--require` by first-answer.test.ts. Writes to the file
// named by AIGOV_ORDER_LOG, one line each and in the order they happen, every process the server
// starts (`spawn <command> <arguments>`), every diagnostics notification it sends (`publish
// <uri>`) and every answer to a pull of diagnostics (`report <number of items>`).
'use strict';
const fs = require('node:fs');
const childProcess = require('node:child_process');

const log = process.env.AIGOV_ORDER_LOG;
if (log) {
  const spawn = childProcess.spawn;
  childProcess.spawn = function (command, args, ...rest) {
    fs.appendFileSync(log, `spawn ${command} ${Array.isArray(args) ? args.join(' ') : ''}\n`);
    return spawn.call(this, command, args, ...rest);
  };
  const write = process.stdout.write;
  process.stdout.write = function (chunk, ...rest) {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    if (text.includes('"textDocument/publishDiagnostics"')) {
      const uri = /"uri":"([^"]*)"/.exec(text);
      fs.appendFileSync(log, `publish ${uri ? uri[1] : ''}\n`);
    } else if (text.includes('"result":{"kind":"full"')) {
      fs.appendFileSync(log, `report ${(text.match(/"code":"AIGOV\d+"/g) ?? []).join(' ')}\n`);
    }
    return write.call(this, chunk, ...rest);
  };
}
