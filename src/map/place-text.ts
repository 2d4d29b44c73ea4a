// How a place reads in the table and the tooltips: role names and the region column.
import type { PlaceRole } from '../lib/types';
import { countryByIso, regionByCode } from '../lib/geo/regions';
import { t, type MessageKey } from '../i18n/messages';

const ROLE_KEY: Record<PlaceRole, MessageKey> = {
  host: 'map.role.host', origin: 'map.role.origin', speaker: 'map.role.speaker', mentioned: 'map.role.mentioned',
};

export const roleLabel = (role: PlaceRole): string => t(ROLE_KEY[role]);

/** "Кемеровская область" for a Russian place, "Беларусь" for a town abroad, "" when there is no region. */
export function regionLabel(p: { regionCode: string | null; country: string | null; kind: string }): string {
  const region = p.regionCode ? regionByCode(p.regionCode) : undefined;
  if (region) return region.short;
  if (p.country && p.country !== 'RU' && p.kind !== 'country') return countryByIso(p.country)?.short ?? p.country;
  return p.regionCode ?? '';
}
