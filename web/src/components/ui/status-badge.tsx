export type BadgeTone = "neutral" | "info" | "success" | "warning" | "danger";

export const StatusBadge = ({ tone, children }: { tone: BadgeTone; children: string }) => (
  <span className={`badge badge-${tone}`}>{children}</span>
);
