// The one function of topojson-client the map uses (the package ships no types; @types/topojson-client is not installed).
declare module 'topojson-client' {
  import type { FeatureCollection, Geometry } from 'geojson';

  export interface Topology {
    type: 'Topology';
    objects: Record<string, { type: string }>;
    arcs: unknown[];
    transform?: { scale: [number, number]; translate: [number, number] };
  }

  export function feature<P>(topology: Topology, object: { type: string }): FeatureCollection<Geometry, P>;
}
