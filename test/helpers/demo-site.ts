/**
 * The end-to-end setup every e2e test file shares: the real demo server on a free port of
 * 127.0.0.1 with a throwaway SQLite file (so no test touches data/ or prints a staff token), and
 * Debian's Chromium driven by puppeteer-core.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { createDemoServer } from '../../demo/server.ts';
import { repoRoot } from './knowledge.ts';

/** A running demo site and browser; `close` stops both and removes the database. */
export interface DemoSite { origin: string; browser: Browser; close(): Promise<void> }

/** Starts the demo server and Chromium. Fails with a clear message when dist/ was not built. */
export async function startDemoSite(staffToken = 'e2e-demo-site-staff-token-of-32-chars'): Promise<DemoSite> {
  if (!existsSync(join(repoRoot, 'dist', 'vejviser', 'app.js'))) throw new Error('dist/ is missing: run npm run build first');
  const dir = mkdtempSync(join(tmpdir(), 'vejviser-e2e-'));
  const server = createDemoServer({ dbFile: join(dir, 'booking.sqlite'), staffToken, log: () => {} });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    browser,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs axe-core over the whole page (shadow roots included) with the WCAG tags the project holds itself to and
 * returns "rule (count)" per violation. The page must have been opened with setBypassCSP(true):
 * injecting axe is the one inline script the strict policy would otherwise refuse.
 */
export async function pageAxeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: readFileSync(join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8') });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}
