// The store: the one module that knows Dexie, and the only one that opens a transaction. Views read
// through `state/`, which reads from here.
export { ResolutionsDb, openDb } from './db';
export { liveQuery } from 'dexie';
export { seedFromBundle, type SeedResult } from './seed';
export { putImported, type ImportResult } from './imported';
export { updateResolution, deleteResolution, restoreDeleted, type ResolutionPatch } from './edit';
export {
  exportBackup,
  importBackup,
  restoreBackup,
  type Backup,
  type BackupMode,
  type BackupCounts,
  type ImportBackupResult,
} from './backup';
export { parseBackup, type ParsedBackup } from './backup-check';
export { describeStoreError, STORE_MESSAGES } from './errors';
export { onStoreNotice, type StoreNotice, type StoreNoticeKind } from './notices';
export {
  allResolutions,
  getResolution,
  allPlaces,
  placesInRegion,
  allRecommendations,
  recommendationsByTheme,
  allThemes,
  bundledVersion,
} from './queries';
export { BACKUP_FORMAT, ResolutionSchema } from './validate';
export {
  DEFAULT_DB_NAME,
  CURRENT_SCHEMA_VERSION,
  SCHEMA_V1,
  SCHEMA_V2,
  LEGACY_EDIT,
  type Origin,
  type StoredResolution,
  type PlaceRow,
  type RecommendationRow,
  type ThemeRow,
  type MetaRow,
  type ResolutionRowV1,
} from './schema';
