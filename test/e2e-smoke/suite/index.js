'use strict';
// Suite entry with the standard contract of @vscode/test-electron: the extension host
// loads this file (extensionTestsPath) and awaits run(). Mocha comes from the
// project's node_modules; no build step.
const path = require('path');

const Mocha = require(path.resolve(__dirname, '../../../node_modules/mocha'));

function run() {
  const mocha = new Mocha({ ui: 'bdd', timeout: 20000, color: false, reporter: 'spec' });
  mocha.addFile(path.join(__dirname, 'smoke.e2e.js'));
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const passed = runner.stats ? runner.stats.passes : 0;
        // The closing line CI reads, on its own line and unprefixed.
        console.log(`${passed} passed, ${failures} failed`);
        if (failures > 0) reject(new Error(`${failures} test(s) failed.`));
        else resolve();
      });
    } catch (err) {
      console.error(err);
      reject(err);
    }
  });
}

module.exports = { run };
