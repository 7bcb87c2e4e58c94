export const ORG_ROLE_LABEL: Record<string, string> = { OWNER: "Owner", MEMBER: "Member" };
