// The map's switchable layers and which are on at first: places only mentioned in decisions (as in the
// 2009 council) are not where participants came from, so that layer starts off.
import type { PlaceRole } from '../lib/types';

export type LayerId = PlaceRole | 'regions';

export const DEFAULT_LAYERS: Readonly<Record<LayerId, boolean>> = {
  host: true,
  origin: true,
  speaker: true,
  mentioned: false,
  regions: true,
};
