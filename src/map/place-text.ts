// How a place reads in the table and the tooltips: role names and the region column.
import type { PlaceRole } from '../lib/types';
import { regionOf } from '../i18n/places';
import { t, type MessageKey } from '../i18n/messages';

const ROLE_KEY: Record<PlaceRole, MessageKey> = {
  host: 'map.role.host',
  origin: 'map.role.origin',
  speaker: 'map.role.speaker',
  mentioned: 'map.role.mentioned',
};

export const roleLabel = (role: PlaceRole): string => t(ROLE_KEY[role]);

/** "Кемеровская область" for a Russian place, "Беларусь" for a town abroad, "" when there is no region;
 * in English with lang=en ("Kemerovo Oblast (Kuzbass)", "Belarus"). */
export function regionLabel(p: { regionCode: string | null; country: string | null; kind: string }): string {
  return regionOf(p);
}
