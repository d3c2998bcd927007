/**
 * Keyboard shortcut mapping: modifiers, text-field exceptions.
 */
import { describe, expect, it } from 'vitest';
import { shortcutOf } from '../../src/ui/app/shortcuts.js';

const key = (
  k: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('shortcuts', () => {
  it('maps the documented chords', () => {
    expect(shortcutOf(key('z', { ctrlKey: true }), false)).toBe('undo');
    expect(shortcutOf(key('Z', { ctrlKey: true, shiftKey: true }), false)).toBe('redo');
    expect(shortcutOf(key('y', { ctrlKey: true }), false)).toBe('redo');
    expect(shortcutOf(key('s', { metaKey: true }), false)).toBe('save');
    expect(shortcutOf(key('S', { ctrlKey: true, shiftKey: true }), false)).toBe('save-as');
    expect(shortcutOf(key('o', { ctrlKey: true }), false)).toBe('open');
    expect(shortcutOf(key('n', { ctrlKey: true }), false)).toBe('new');
    expect(shortcutOf(key('Delete'), false)).toBe('delete');
    expect(shortcutOf(key('Escape'), false)).toBe('escape');
    expect(shortcutOf(key('n'), false)).toBe('add-node');
    expect(shortcutOf(key('L'), false)).toBe('add-link');
    expect(shortcutOf(key('x'), false)).toBeUndefined();
  });

  it('leaves typing and text undo to text fields but keeps file chords', () => {
    expect(shortcutOf(key('n'), true)).toBeUndefined();
    expect(shortcutOf(key('Delete'), true)).toBeUndefined();
    expect(shortcutOf(key('z', { ctrlKey: true }), true)).toBeUndefined();
    expect(shortcutOf(key('s', { ctrlKey: true }), true)).toBe('save');
    expect(shortcutOf(key('Escape'), true)).toBe('escape');
  });
});
