// Browser tests run in Debian's Chromium (apt package `chromium`), driven through puppeteer-core:
// nothing downloads a browser of its own.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

export default {
  files: 'test/browser/**/*.test.ts',
  nodeResolve: true,
  concurrency: 1,
  plugins: [esbuildPlugin({ ts: true, tsx: true, tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
};
