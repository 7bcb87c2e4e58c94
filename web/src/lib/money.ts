import { currentLocale } from "./i18n/language";

// Fees are stored in the smallest currency unit (cents) with an ISO 4217
// code in lower case ("usd"); people type and read them in dollars.

/** 12500, "usd" → "$125.00"; unknown codes fall back to "125.00 XYZ". */
export const formatMoney = (cents: number, currency = "usd"): string => {
  const code = currency.toUpperCase();
  try {
    return new Intl.NumberFormat(currentLocale(), { style: "currency", currency: code }).format(cents / 100);
  } catch {
    return `${(cents / 100).toFixed(2)} ${code}`;
  }
};

const AMOUNT = /^\d{1,7}(\.\d{1,2})?$/;
// Commas only as thousands separators ("1,250.50"), never as a decimal comma ("12,5").
const WITH_SEPARATORS = /^\d{1,3}(,\d{3}){1,2}(\.\d{1,2})?$/;

const normaliseAmount = (text: string): string => {
  const bare = text.trim().replace(/^\$/, "").trim();
  return WITH_SEPARATORS.test(bare) ? bare.replaceAll(",", "") : bare;
};

/** Whether text is an amount such as "125", "125.5", "125.50" or "$1,250" (not "12,5"). */
export const isMoneyAmount = (text: string): boolean => AMOUNT.test(normaliseAmount(text));

/** "125.50" → 12550. Integer arithmetic, so "0.29" is 29 and not 28.999…; NaN when it isn't an amount. */
export const dollarsToCents = (text: string): number => {
  const normalised = normaliseAmount(text);
  if (!AMOUNT.test(normalised)) return Number.NaN;
  const [whole = "0", fraction = ""] = normalised.split(".");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
};

/** 12550 → "125.50", for filling an amount input. */
export const centsToDollars = (cents: number): string => (cents / 100).toFixed(2);
