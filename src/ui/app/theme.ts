/**
 * Light and dark themes: the page follows prefers-color-scheme until the user picks one with the toggle;
 * the choice is kept in localStorage. Colours live in styles.css as custom properties per `data-theme`.
 */

/** A theme. */
export type Theme = 'light' | 'dark';

const STORAGE_KEY = 'qnet-theme';

function stored(): Theme | undefined {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The theme in force: the user's choice, else the system's preference. */
export function currentTheme(): Theme {
  return stored() ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
}

/** Applies the theme to the document root. */
export function applyTheme(theme: Theme): void {
  document.documentElement.dataset['theme'] = theme;
}

/** Applies the current theme and follows system changes while the user has not chosen. */
export function initTheme(): void {
  applyTheme(currentTheme());
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    if (!stored()) applyTheme(currentTheme());
  });
}

/** Switches to the other theme and remembers the choice; returns the new theme. */
export function toggleTheme(): Theme {
  const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Storage may be unavailable (file:// in some browsers); the toggle still works for this session.
  }
  applyTheme(next);
  return next;
}
