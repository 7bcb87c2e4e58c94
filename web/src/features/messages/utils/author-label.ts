type Author = { id: string; firstName: string; lastName: string } | null;
type MessageLike = { fromStaff: boolean; author: Author };

/**
 * Who wrote a message, as the reader sees it: "You" for their own messages;
 * staff messages are marked with `staffRole` ("CareCorePlus reviewer").
 */
export const authorLabel = (
  message: MessageLike,
  viewerId: string,
  staffRole: string,
): { name: string; role: string | null; own: boolean } => {
  const own = message.author?.id === viewerId;
  const fullName = message.author ? `${message.author.firstName} ${message.author.lastName}`.trim() : "";
  if (own) return { name: "You", role: message.fromStaff ? staffRole : null, own };
  if (message.fromStaff) return { name: message.author?.firstName || "CareCorePlus", role: staffRole, own };
  return { name: fullName || "Former member", role: null, own };
};
