// Electron entry point (package.json "main"): registers tsx so the main process can load the TypeScript
// sources directly, then hands the real electron module to main-process.ts, which never imports it itself.
import { register } from 'tsx/esm/api';
import electron from 'electron';

register();
const { createMainProcess } = await import('./main-process.ts');
createMainProcess(electron)
  .start()
  .catch((error) => {
    electron.dialog.showErrorBox('qnet-planner could not start', String(error?.stack ?? error));
    electron.app.quit();
  });
