import { translate } from "@/lib/i18n";

type Author = { id: string; firstName: string; lastName: string } | null;
type MessageLike = { fromStaff: boolean; author: Author };
/** How the reader's own messages and deleted accounts are named (the thread passes them in the active language). */
type AuthorWords = { you: string; formerMember: string };

const currentWords = (): AuthorWords => ({
  you: translate("applicant", "conversation.you"),
  formerMember: translate("applicant", "conversation.formerMember"),
});

/**
 * Who wrote a message, as the reader sees it: "You" for their own messages;
 * staff messages are marked with `staffRole` ("CareCorePlus reviewer").
 */
export const authorLabel = (
  message: MessageLike,
  viewerId: string,
  staffRole: string,
  words: AuthorWords = currentWords(),
): { name: string; role: string | null; own: boolean } => {
  const own = message.author?.id === viewerId;
  const fullName = message.author ? `${message.author.firstName} ${message.author.lastName}`.trim() : "";
  if (own) return { name: words.you, role: message.fromStaff ? staffRole : null, own };
  if (message.fromStaff) return { name: message.author?.firstName || "CareCorePlus", role: staffRole, own };
  return { name: fullName || words.formerMember, role: null, own };
};
