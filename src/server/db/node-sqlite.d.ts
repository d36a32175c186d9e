/**
 * The part of the built-in `node:sqlite` (Node ≥ 22) that Stillpoint uses. @types/node 20 has
 * no declarations for it, because Node 20 has no such module.
 */
declare module 'node:sqlite' {
  export interface StatementSync {
    all(...params: unknown[]): unknown[];
    run(...params: unknown[]): { changes: number | bigint; lastInsertRowid: number | bigint };
    iterate(...params: unknown[]): IterableIterator<unknown>;
    columns(): unknown[];
  }
  export class DatabaseSync {
    constructor(path: string);
    exec(sql: string): void;
    prepare(sql: string): StatementSync;
    close(): void;
    /** Node ≥ 22.16 / 24: whether a transaction is open. */
    readonly isTransaction?: boolean;
  }
}
