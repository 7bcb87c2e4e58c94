import { translatedLabels } from "@/lib/i18n";

export const ORG_ROLE_LABEL: Readonly<Record<string, string>> = translatedLabels<string>("applicant", "members.role", ["OWNER", "MEMBER"]);
