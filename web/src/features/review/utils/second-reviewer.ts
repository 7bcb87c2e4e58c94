import type { ApplicationStatus, Decision } from "@ccp/shared";

type Input = {
  approvalsNeeded: number | null;
  status: ApplicationStatus;
  reviewDecisions: readonly { decision: Decision; at: string }[] | null;
  timeline: readonly { toStatus: ApplicationStatus; at: string }[];
};

/**
 * A second reviewer must still approve: the server says approvals are
 * needed, or exactly one approval was given since the application was last
 * submitted and it is still under review. Approvals from before a change
 * request don't count.
 */
export const waitingForSecondReviewer = ({ approvalsNeeded, status, reviewDecisions, timeline }: Input): boolean => {
  if (status !== "UNDER_REVIEW") return false;
  if ((approvalsNeeded ?? 0) > 0) return true;
  const lastSubmitted = timeline
    .filter((e) => e.toStatus === "SUBMITTED")
    .reduce((latest, e) => (e.at > latest ? e.at : latest), "");
  const approvals = (reviewDecisions ?? []).filter((d) => d.decision === "APPROVE" && d.at >= lastSubmitted);
  return approvals.length === 1;
};
