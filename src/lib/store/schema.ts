// The database's row types and the Dexie schema of every version the app ever shipped.
// Keep old versions here unchanged: Dexie needs them to upgrade a database made by an older release.
import type { Place, Resolution } from '../types';

export const DEFAULT_DB_NAME = 'resolutions-dashboard';
export const CURRENT_SCHEMA_VERSION = 2;

/** Where a document came from: the bundled data set, or a file the user imported. */
export const ORIGINS = ['bundled', 'imported'] as const;
export type Origin = (typeof ORIGINS)[number];

/** A stored document: the full record plus bookkeeping. */
export interface StoredResolution extends Resolution {
  origin: Origin;
  /** Field paths edited by hand ("title", "participants.total", …); empty when untouched. */
  edited: string[];
  /** ISO timestamps. */
  addedAt: string;
  updatedAt: string;
}

/** One row per `Resolution.places[index]` (without its evidence); derived, rewritten with its resolution. */
export type PlaceRow = Omit<Place, 'evidence'> & { resolutionId: string; index: number };

/** One row per `Resolution.recommendations[index]`; derived, rewritten with its resolution. */
export interface RecommendationRow {
  /** `${resolutionId}#${index}` */
  id: string;
  resolutionId: string;
  index: number;
  themes: string[];
  text: string;
}

/** A row of the theme taxonomy. */
export interface ThemeRow {
  id: string;
  ru: string;
  en: string;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

/** Keys of the meta table. */
export const META = {
  /** `Dataset.version` of the bundled data last seeded (string). */
  bundledVersion: 'bundledVersion',
  /** { version, migratedFrom?, at } — written on creation and on each upgrade. */
  schema: 'schema',
  /** Ids of bundled documents the user deleted (string[]): a re-seed does not bring them back. */
  deletedBundled: 'deletedBundled',
} as const;

/**
 * Version 1 (first release): documents and meta only. A row was the bare record with two flags
 * and a save time; nothing recorded which fields were edited.
 */
export const SCHEMA_V1 = {
  resolutions: 'id, source.sha256, year',
  meta: 'key',
} as const;

export interface ResolutionRowV1 extends Resolution {
  imported?: boolean;
  modified?: boolean;
  savedAt?: string;
}

/** Version 2 (current): provenance and edit tracking, plus derived places/recommendations and themes. */
export const SCHEMA_V2 = {
  resolutions: 'id, source.sha256, origin, year',
  places: '[resolutionId+index], resolutionId, regionCode, name, role',
  recommendations: 'id, resolutionId, *themes',
  themes: 'id',
  meta: 'key',
} as const;

/** `edited` marker for a v1 document flagged as modified: which fields were changed is unknown. */
export const LEGACY_EDIT = '*';
