/**
 * The Beijing date (`YYYY-MM-DD`) of an instant. Beijing time is UTC+8 with no
 * daylight saving since 1991, so a fixed offset is exact; dates compare as text.
 */
export const beijingDate = (at: Date): string => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
