import type { Database } from 'better-sqlite3';

/** One forward-only schema step; `version` is the number in its file name and becomes user_version. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
