// Dates of birth are calendar dates ("YYYY-MM-DD"), compared with today's
// date where the person is, never converted through UTC timestamps.

export const MINIMUM_AGE = 18;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

type Ymd = { year: number; month: number; day: number };

const parse = (value: string): Ymd | null => {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return null;
  }
  return { year, month, day };
};

export const isIsoDate = (value: string): boolean => parse(value) !== null;

/** Today's calendar date in the browser's time zone, as "YYYY-MM-DD". */
export const localIsoDate = (now: Date = new Date()): string =>
  [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n, i) => String(n).padStart(i === 0 ? 4 : 2, "0")).join("-");

/**
 * Completed years between two calendar dates. Someone born on 29 February
 * has their birthday on 1 March in non-leap years.
 */
export const ageOn = (dateOfBirth: string, today: string): number => {
  const birth = parse(dateOfBirth);
  const now = parse(today);
  if (!birth || !now) return Number.NaN;
  const hadBirthday = now.month > birth.month || (now.month === birth.month && now.day >= birth.day);
  return now.year - birth.year - (hadBirthday ? 0 : 1);
};
