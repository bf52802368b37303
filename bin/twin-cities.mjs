#!/usr/bin/env node
// The command-line tools, compiled to dist/ by the build (which `npm install` runs in a clone of the repository).
try {
  const {main} = await import('../dist/cli/main.js');
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  const unbuilt = error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli/main.js');
  process.stderr.write(`twin-cities: ${unbuilt ? 'the tools are not built; run "npm run build" in the package' : error?.message}\n`);
  process.exitCode = 1;
}
