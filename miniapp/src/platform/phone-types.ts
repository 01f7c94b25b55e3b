/** A phone number the user has granted: the `phoneCode` for PUT /me/profile and what to show. */
export interface PhoneGrant {
  code: string;
  display: string;
}

export interface PhoneFieldProps {
  value: PhoneGrant | null;
  onChange: (grant: PhoneGrant | null) => void;
  disabled?: boolean;
}
