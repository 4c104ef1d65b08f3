import { execFileSync } from 'child_process';
import fs from 'fs';
import type { SqlRows } from './twins';

// pg ships no type declarations here; the calls this file makes are typed by hand.
interface PgClient {
  connect(): Promise<void>;
  query(sql: string): Promise<{ rows: Array<Record<string, unknown>> }>;
  end(): Promise<void>;
}
const { Client } = require('pg') as { Client: new (config: { host: string; port: number; user: string; database: string }) => PgClient };

const SERVER = { host: '127.0.0.1', port: 5432, user: 'postgres' };

const isReady = () => {
  try {
    execFileSync('pg_isready', ['-h', SERVER.host, '-p', String(SERVER.port)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** Starts the local PostgreSQL cluster when pg_isready says it is down (CI images start without it). */
export const ensurePostgres = () => {
  if (isReady()) return;
  for (const version of fs.readdirSync('/etc/postgresql')) {
    execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start'], { stdio: 'inherit' });
  }
  if (!isReady()) throw new Error('PostgreSQL on 127.0.0.1:5432 did not come up');
};

const admin = async <T>(work: (client: PgClient) => Promise<T>): Promise<T> => {
  const client = new Client({ ...SERVER, database: 'postgres' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};

export interface TestDatabase {
  name: string;
  rows: SqlRows;
  drop(): Promise<void>;
}

/** A fresh, uniquely named database for one test run, dropped (connections and all) by drop(). */
export const createTestDatabase = async (prefix: string): Promise<TestDatabase> => {
  ensurePostgres();
  const name = `${prefix}_${process.pid}_${Date.now()}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  return {
    name,
    async rows(sql) {
      const client = new Client({ ...SERVER, database: name });
      await client.connect();
      try {
        return (await client.query(sql)).rows;
      } finally {
        await client.end();
      }
    },
    drop: () => admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
};
