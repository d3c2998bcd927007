/**
 * Boot of the app page: theme, host detection (Electron preload, `qnet serve` over HTTP, or in-memory),
 * platform presets from the host, the app shell, Electron menu commands, then either the recovery offer for
 * autosaved work or, on the first run, the example picker. Marks `qnet:interactive` when the page accepts
 * input, for the end-to-end timing.
 */
import { detectHost, onMenuCommand } from './host/index.js';
import { startApp } from './app/app.js';
import { messageDialog } from './app/dialogs.js';
import { initTheme } from './app/theme.js';
import './styles.css';

const FIRST_RUN_KEY = 'qnet-first-run-done';

function firstRun(): boolean {
  try {
    if (localStorage.getItem(FIRST_RUN_KEY)) return false;
    localStorage.setItem(FIRST_RUN_KEY, '1');
    return true;
  } catch {
    return false;
  }
}

async function boot(): Promise<void> {
  initTheme();
  const host = detectHost();
  const presets = await host.listPresets().catch(() => []);
  const root = document.getElementById('app')!;
  const renderer = new URLSearchParams(location.search).get('renderer');
  const app = startApp(root, {
    host,
    presets,
    version: __QNET_VERSION__,
    createWorker: () => new Worker(new URL('./planning/plan-worker.ts', import.meta.url), { type: 'module' }),
    ...(renderer === 'svg' || renderer === 'webgl' ? { renderer } : {}),
  });
  onMenuCommand(host, (menu) => {
    if (menu.command === 'open-recent' && menu.path) {
      const path = menu.path;
      void app.files
        .confirmDiscard('open another file')
        .then((go) => (go ? app.files.openPath(path) : false));
    } else if (menu.command === 'export-report') app.run('export:pdf');
    else if (menu.command !== 'open-recent') app.run(menu.command);
  });
  document.documentElement.dataset['ready'] = 'true';
  performance.mark('qnet:interactive');
  const recovered = await app.files.offerRecovery();
  if (!recovered && firstRun() && app.snapshot().document.nodes.length === 0) await app.files.open();
}

boot().catch(async (error: unknown) => {
  await messageDialog('The app could not start', error instanceof Error ? error.message : String(error));
});
