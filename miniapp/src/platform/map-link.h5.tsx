import { type MapLinkProps } from './map-link-types';

export { type MapLinkProps } from './map-link-types';

export function MapLink({ id, className, mapUrl, label = '在地图中查看' }: MapLinkProps) {
  if (!mapUrl) return null;
  return (
    <a id={id} className={className} href={mapUrl} target="_blank" rel="noopener noreferrer">
      {label}
    </a>
  );
}
