export interface RegionInputProps {
  id?: string;
  /** `[province, city, county]`; missing parts are ''. */
  value: ReadonlyArray<string>;
  onChange: (value: string[]) => void;
  disabled?: boolean;
}

/** Always three parts, for the pickers and inputs. */
export function regionParts(value: ReadonlyArray<string> | undefined): [string, string, string] {
  return [value?.[0] ?? '', value?.[1] ?? '', value?.[2] ?? ''];
}
