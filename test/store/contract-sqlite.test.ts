import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll } from 'vitest';
import { createStore } from '../../src/store/create-store.js';
import { makeTempDir } from './helpers.js';
import { describeStoreContract, type BackendFactory } from './store-contract.js';

const tmp = makeTempDir();
afterAll(() => tmp.remove());
let n = 0;

const sqlite: BackendFactory = {
  async create() {
    const path = join(tmp.dir, `contract-${++n}.db`);
    return {
      open: async (options) => createStore({ path, ...options }),
      async raw<T>(sql: string) {
        const db = new Database(path, { readonly: true });
        try {
          return db.prepare(sql).all() as T[];
        } finally {
          db.close();
        }
      },
      async setSchemaVersion(version) {
        const db = new Database(path);
        db.pragma(`user_version = ${version}`);
        db.close();
      },
    };
  },
};

describeStoreContract('SQLite', () => sqlite);
