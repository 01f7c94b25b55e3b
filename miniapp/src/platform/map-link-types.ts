export interface MapLinkProps {
  id?: string;
  className?: string;
  /** the place in words (the centre's address) */
  address: string;
  /** a map search for the address (`pickup.mapUrl` of the case view) */
  mapUrl?: string;
  /** the place's name, shown by the map when coordinates are known */
  name?: string;
  latitude?: number;
  longitude?: number;
  /** the link's words */
  label?: string;
}
