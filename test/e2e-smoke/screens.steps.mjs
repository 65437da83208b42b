// Steps for the smoke .vsix: proves the installed (not development) extension
// activates, by running its command from the palette and waiting for its toast.
export default async function steps(page, helpers) {
  await helpers.assertVisible('.monaco-workbench');
  if (!helpers.extensions.some((e) => e.startsWith('aigov.aigov-e2e-smoke@'))) {
    throw new Error(`smoke extension not installed: ${helpers.extensions.join(', ')}`);
  }
  await helpers.runCommand('Smoke: Hello');
  await helpers.waitForNotification('Hello from the aigov e2e smoke extension');
  await helpers.waitForIdle();
  await helpers.screenshot('smoke-vsix');
}
