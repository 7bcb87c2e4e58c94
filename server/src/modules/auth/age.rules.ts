/** Minimum age to hold an account (POL-CHILD-18). */
export const MINIMUM_AGE = 18;

export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

export function parseLocalDate(value: string): LocalDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return { year, month, day };
}

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The calendar date at `now` in the given IANA time zone. */
export function localDateIn(now: Date, timeZone: string): LocalDate {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "numeric", day: "numeric" }).formatToParts(now);
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  return { year: get("year"), month: get("month"), day: get("day") };
}

/**
 * Age in whole years on `today`. Someone born on 29 February turns a year older on 1 March in
 * common years (the day after 28 February), the conservative reading for an age gate.
 */
export function ageOn(birth: LocalDate, today: LocalDate): number {
  let age = today.year - birth.year;
  if (today.month < birth.month || (today.month === birth.month && today.day < birth.day)) age -= 1;
  return age;
}

/**
 * Whether a person born on `birth` is 18 or older at `now`, judged by the calendar date where
 * they are (`timeZone`, default UTC): an 18th birthday today counts, tomorrow does not.
 */
export function isAdult(birth: LocalDate, now: Date, timeZone = "UTC"): boolean {
  return ageOn(birth, localDateIn(now, timeZone)) >= MINIMUM_AGE;
}
