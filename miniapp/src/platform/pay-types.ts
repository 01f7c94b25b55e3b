/** What came of a payment attempt: paid (weapp), cancelled by the user, or the page left to pay (H5). */
export type PayOutcome = 'paid' | 'cancelled' | 'redirected';
