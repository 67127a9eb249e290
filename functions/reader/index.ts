export { createReader } from './createReader';
export { ItemContractError, OverflowReadError, ReaderError, TableReadError } from './errors';
export type { ReadOptions, Reader, ReaderDeps, ReaderTables, StoredArticle } from './types';
