import { type TelLinkProps } from './tel-link-types';

export { type TelLinkProps } from './tel-link-types';

export function TelLink({ id, className, phone }: TelLinkProps) {
  return (
    <a id={id} className={className} href={`tel:${phone.replace(/[^0-9+]/g, '')}`}>
      {phone}
    </a>
  );
}
