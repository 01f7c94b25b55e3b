export interface TelLinkProps {
  id?: string;
  className?: string;
  /** the number to call, as shown (0539-7211203) */
  phone: string;
}
