/** "JBSWY3DPEHPK3PXP" → "JBSW Y3DP EHPK 3PXP": easier to type by hand. */
export const groupSecret = (secret: string, size = 4): string =>
  (secret.replace(/\s+/g, "").match(new RegExp(`.{1,${size}}`, "g")) ?? []).join(" ");
