import { type TelLinkProps } from './tel-link-types';

export { type TelLinkProps } from './tel-link-types';

export function TelLink({ id, className, phone }: TelLinkProps) {
  return (
    <a id={id} className={className ? `link ${className}` : 'link'} href={`tel:${phone.replace(/[^0-9+]/g, '')}`}>
      {phone}
    </a>
  );
}
