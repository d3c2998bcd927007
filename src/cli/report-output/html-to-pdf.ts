/**
 * PDF export: the self-contained HTML report printed to A4 by a headless Chromium driven with playwright-core
 * (never a downloaded browser: Debian's /usr/bin/chromium, or the path in QNET_CHROMIUM). The page is loaded
 * with `setContent`, so nothing is fetched; the report's CSP forbids any network access anyway.
 * Source: design.md ("Electron on these machines": launch flags; never `playwright install`).
 * Assumptions: one short-lived browser per export (seconds); reports are a few pages.
 */
import { accessSync, constants } from 'node:fs';
import { chromium } from 'playwright-core';
import { QnetError } from '../../core/index.js';

/** Where Debian's chromium package puts the browser. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags for a quiet, offline, sandbox-less headless run (containers lack the user namespaces the sandbox needs). */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** The message users see when no browser is available. */
export const CHROMIUM_MISSING_MESSAGE =
  'PDF export needs Chromium: install it with `apt-get install chromium` (Debian) or set QNET_CHROMIUM to its path';

/** Options of {@link htmlToPdf}. */
export interface HtmlToPdfOptions {
  /** Browser executable; default QNET_CHROMIUM from the environment, else {@link DEFAULT_CHROMIUM_PATH}. */
  readonly chromiumPath?: string;
  /** Launch and render timeout in milliseconds; default 60000. */
  readonly timeoutMs?: number;
}

/** The Chromium executable to use: QNET_CHROMIUM when set and non-empty, else /usr/bin/chromium. */
export function resolveChromiumPath(environment: NodeJS.ProcessEnv = process.env): string {
  const override = environment.QNET_CHROMIUM?.trim();
  return override ? override : DEFAULT_CHROMIUM_PATH;
}

/** True when `file` exists and is executable. */
export function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Prints HTML to an A4 PDF (backgrounds printed).
 * @throws QnetError with {@link CHROMIUM_MISSING_MESSAGE} when the browser is missing, or naming the browser
 *   path when it fails to start or render.
 */
export async function htmlToPdf(html: string, options: HtmlToPdfOptions = {}): Promise<Buffer> {
  const executablePath = options.chromiumPath ?? resolveChromiumPath();
  if (!isExecutable(executablePath)) {
    throw new QnetError(`${CHROMIUM_MISSING_MESSAGE} (not found: ${executablePath})`);
  }
  const timeout = options.timeoutMs ?? 60_000;
  let browser;
  try {
    browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS], headless: true, timeout });
  } catch (error) {
    throw new QnetError(
      `PDF export could not start Chromium at ${executablePath}: ${(error as Error).message}`,
    );
  }
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(timeout);
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true });
  } catch (error) {
    throw new QnetError(`PDF export failed in Chromium: ${(error as Error).message}`);
  } finally {
    await browser.close();
  }
}
