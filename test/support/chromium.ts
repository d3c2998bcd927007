/**
 * One place for the end-to-end tests' Chromium: the executable (QNET_CHROMIUM or Debian's /usr/bin/chromium)
 * and launch flags exactly as the CLI's PDF export uses them (src/cli/report-output/html-to-pdf.ts), whether it
 * is there (suites skip, with the reason in their title, when it is not), and launchers for a plain browser and
 * a persistent profile. Never a downloaded browser (design.md "Electron on these machines").
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, isExecutable, resolveChromiumPath } from '../../src/cli/report-output/html-to-pdf.js';

/** The Chromium executable the tests use. */
export const CHROMIUM_PATH = resolveChromiumPath();
/** True when that executable exists. */
export const CHROMIUM_AVAILABLE = isExecutable(CHROMIUM_PATH);

/** A suite title that says which browser ran it, or why the suite was skipped. */
export function chromiumSuiteTitle(what: string): string {
  return CHROMIUM_AVAILABLE
    ? `${what} in Chromium (${CHROMIUM_PATH})`
    : `${what} in Chromium: SKIPPED, no browser at ${CHROMIUM_PATH} (apt-get install -y chromium, or set QNET_CHROMIUM)`;
}

/** A headless browser with the project's flags (close it when done). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], headless: true });
}

/** A headless browser with a persistent profile in `profileDir` (the app's autosave and recent files live there). */
export function launchPersistentChromium(
  profileDir: string,
  options: { viewport?: { width: number; height: number }; acceptDownloads?: boolean } = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
    headless: true,
    ...options,
  });
}
