/** Dates as the council sees them: the day in Manchester, never a time of day. */
const londonDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

export const dayOf = (now: Date): string => londonDay.format(now);

/** Epoch seconds of midnight UTC on `day` plus `days`: the TTL of a response, which must not reveal a time. */
export function expiryFor(day: string, days: number): number {
  return Date.parse(`${day}T00:00:00Z`) / 1000 + days * 86_400;
}
