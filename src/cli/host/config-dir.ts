/**
 * Where the app keeps its own state (recent files, autosave): $QNET_CONFIG_DIR, else
 * $XDG_CONFIG_HOME/qnet-planner, else ~/.config/qnet-planner (XDG Base Directory Specification 0.8).
 * Assumptions: the same folder on every platform; Electron's own userData (caches) lives elsewhere.
 */
import os from 'node:os';
import path from 'node:path';

/**
 * The app's configuration folder for the given environment.
 * @param environment - defaults to process.env; empty variables count as unset.
 * @param home - the user's home folder; default os.homedir().
 */
export function resolveConfigDir(environment: NodeJS.ProcessEnv = process.env, home = os.homedir()): string {
  const explicit = environment.QNET_CONFIG_DIR?.trim();
  if (explicit) return path.resolve(explicit);
  const xdg = environment.XDG_CONFIG_HOME?.trim();
  // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
  if (xdg && path.isAbsolute(xdg)) return path.join(xdg, 'qnet-planner');
  return path.join(home, '.config', 'qnet-planner');
}
