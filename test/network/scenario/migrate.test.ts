/**
 * The migration mechanism: step-by-step upgrades with injected steps, the refusal of newer files, and
 * errors that name schemaVersion. MIGRATIONS itself is empty (no older format has been released).
 */
import { describe, expect, it } from 'vitest';
import {
  MIGRATIONS,
  migrateDocument,
  SCENARIO_SCHEMA_VERSION,
  type Migration,
} from '../../../src/network/index.js';

const renameTitle: Migration = {
  from: 1,
  to: 2,
  description: 'title -> name',
  migrate: ({ title, ...rest }) => ({ ...rest, name: title }),
};
const addSeed: Migration = {
  from: 2,
  to: 3,
  description: 'seed becomes required',
  migrate: (document) => ({ seed: 0, ...document }),
};

describe('migrateDocument', () => {
  it('has no released migrations and reads version 1', () => {
    expect(MIGRATIONS).toEqual([]);
    expect(SCENARIO_SCHEMA_VERSION).toBe(1);
    const document = { schemaVersion: 1, name: 'x' };
    const result = migrateDocument(document);
    expect(result.ok && result.value).toBe(document);
  });

  it('applies injected steps in order and stamps each new version', () => {
    const input = { schemaVersion: 1, title: 'old' };
    const result = migrateDocument(input, [addSeed, renameTitle], 3);
    expect(result.ok && result.value).toEqual({ schemaVersion: 3, name: 'old', seed: 0 });
    expect(input).toEqual({ schemaVersion: 1, title: 'old' });
  });

  it('starts from the document version', () => {
    const result = migrateDocument({ schemaVersion: 2, name: 'n' }, [renameTitle, addSeed], 3);
    expect(result.ok && result.value).toEqual({ schemaVersion: 3, name: 'n', seed: 0 });
  });

  it('reports a missing step', () => {
    const result = migrateDocument({ schemaVersion: 1 }, [addSeed], 3);
    expect(!result.ok && result.error.issues).toEqual([
      { path: 'schemaVersion', message: 'no upgrade from version 1 to 3 is available' },
    ]);
  });

  it('reports a failing step without throwing', () => {
    const broken: Migration = {
      from: 1,
      to: 2,
      description: 'broken',
      migrate: () => {
        throw new Error('boom');
      },
    };
    const result = migrateDocument({ schemaVersion: 1 }, [broken], 2);
    expect(!result.ok && result.error.issues).toEqual([
      { path: 'schemaVersion', message: 'upgrading from version 1 to 2 failed: boom' },
    ]);
  });

  it('rejects newer, missing and malformed versions, naming schemaVersion', () => {
    const newer = migrateDocument({ schemaVersion: 2 });
    expect(!newer.ok && newer.error.issues).toEqual([
      {
        path: 'schemaVersion',
        message: 'this file was written by a newer qnet-planner (version 2); this version reads up to 1',
      },
    ]);
    const missing = migrateDocument({});
    expect(!missing.ok && missing.error.issues[0]!.path).toBe('schemaVersion');
    const text = migrateDocument({ schemaVersion: 'one' });
    expect(!text.ok && text.error.issues[0]!.message).toBe('expected an integer, got string');
    const zero = migrateDocument({ schemaVersion: 0 });
    expect(!zero.ok && zero.error.issues[0]!.message).toBe('must be an integer >= 1 (got 0)');
  });
});
