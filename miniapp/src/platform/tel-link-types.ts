/** A phone number to tap and call; it is a `.link` (blue, a tap target of --tap each way) on both targets. */
export interface TelLinkProps {
  id?: string;
  className?: string;
  /** the number to call, as shown (0539-7211203) */
  phone: string;
}
