import type { CommunicationPreferencesFieldsFragment } from "@ccp/shared";
import { translate } from "@/lib/i18n";

export type PreferenceKey = keyof CommunicationPreferencesFieldsFragment;

/** One switch, its words read in the active language when shown (applicant strings). */
const preference = (key: PreferenceKey) => ({
  key,
  get label() {
    return translate("applicant", `preferences.items.${key}.label`);
  },
  get description() {
    return translate("applicant", `preferences.items.${key}.description`);
  },
});

export const PREFERENCES: readonly { key: PreferenceKey; readonly label: string; readonly description: string }[] = [
  preference("emailNotifications"),
  preference("emailAnnouncements"),
  preference("inAppNotifications"),
];
