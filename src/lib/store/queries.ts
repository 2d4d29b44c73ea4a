// Read functions for views; each is a plain async function the app may wrap in `liveQuery`.
import type { ResolutionsDb } from './db';
import { getBundledVersion } from './meta';
import type { PlaceRow, RecommendationRow, StoredResolution, ThemeRow } from './schema';

export function allResolutions(db: ResolutionsDb): Promise<StoredResolution[]> {
  return db.resolutions.toArray();
}

export function getResolution(db: ResolutionsDb, id: string): Promise<StoredResolution | undefined> {
  return db.resolutions.get(id);
}

export function allPlaces(db: ResolutionsDb): Promise<PlaceRow[]> {
  return db.places.toArray();
}

export function placesInRegion(db: ResolutionsDb, regionCode: string): Promise<PlaceRow[]> {
  return db.places.where('regionCode').equals(regionCode).toArray();
}

export function allRecommendations(db: ResolutionsDb): Promise<RecommendationRow[]> {
  return db.recommendations.toArray();
}

export function recommendationsByTheme(db: ResolutionsDb, theme: string): Promise<RecommendationRow[]> {
  return db.recommendations.where('themes').equals(theme).toArray();
}

export function allThemes(db: ResolutionsDb): Promise<ThemeRow[]> {
  return db.themes.toArray();
}

export function bundledVersion(db: ResolutionsDb): Promise<string | null> {
  return getBundledVersion(db.meta);
}
