import type { CommunicationPreferencesFieldsFragment } from "@ccp/shared";

export type PreferenceKey = keyof CommunicationPreferencesFieldsFragment;

export const PREFERENCES: readonly { key: PreferenceKey; label: string; description: string }[] = [
  {
    key: "emailNotifications",
    label: "Application updates by e-mail",
    description: "When your application's status changes, a reviewer writes to you, or something needs your attention.",
  },
  {
    key: "emailAnnouncements",
    label: "Announcements by e-mail",
    description: "Occasional news about CareCorePlus, such as new certifications.",
  },
  {
    key: "inAppNotifications",
    label: "Notifications in CareCorePlus",
    description: "The bell at the top of the page, which shows what's new since your last visit.",
  },
];
