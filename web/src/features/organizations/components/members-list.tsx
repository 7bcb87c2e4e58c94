import { useMutation, useQuery } from "@apollo/client/react";
import { OrganizationMemberRemoveDocument, OrganizationMembersDocument, type OrganizationMemberFieldsFragment } from "@ccp/shared";
import { useState } from "react";
import { useViewer } from "@/lib/auth";
import { formatDate } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Confirm } from "@/components/ui/confirm";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { ORG_ROLE_LABEL } from "../utils/organization-labels";

type MembersListProps = {
  organizationId: string;
  organizationName: string;
  isOwner: boolean;
  /** Called after the viewer left the organization. */
  onLeft: () => void;
};

export const MembersList = ({ organizationId, organizationName, isOwner, onLeft }: MembersListProps) => {
  const t = useT("applicant");
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(OrganizationMembersDocument, {
    variables: { organizationId },
    fetchPolicy: "cache-and-network",
  });
  const [removeMember] = useMutation(OrganizationMemberRemoveDocument);
  const [removing, setRemoving] = useState<OrganizationMemberFieldsFragment | null>(null);
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);

  if (loading && !data) return <LoadingState label={t("members.loading")} />;
  if (error && !data) return <ErrorState message={describeError(error)} onRetry={() => void refetch()} />;
  const members = data?.organizationMembers ?? [];
  if (members.length === 0) return <EmptyState title={t("members.empty")} />;

  const doRemove = async () => {
    if (!removing) return;
    setPending(true);
    setErrors([]);
    setNotice(null);
    try {
      const { data: result } = await removeMember({ variables: { organizationId, userId: removing.userId } });
      const payload = result?.organizationMemberRemove;
      if (!payload) throw new Error("empty response");
      if (payload.errors.length > 0) {
        setErrors(payload.errors.map((e) => e.message));
      } else if (removing.userId === viewer.id) {
        onLeft();
      } else {
        setNotice(t("members.removed", { name: `${removing.firstName} ${removing.lastName}`, organization: organizationName }));
        await refetch();
      }
      setRemoving(null);
    } catch (e) {
      setErrors([describeError(e)]);
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="stack">
      <FormErrors messages={errors} />
      {notice && <Alert tone="success" title={notice} />}
      <ul className="member-list" aria-label={t("members.label", { organization: organizationName })}>
        {members.map((member) => {
          const self = member.userId === viewer.id;
          const name = `${member.firstName} ${member.lastName}`;
          return (
            <li key={member.userId} className="member">
              <div className="member-main">
                <p className="member-name">
                  {name}
                  {self && <span className="muted">{t("members.you")}</span>}
                </p>
                <p className="member-meta">
                  <span className="cell-break">{member.email}</span>
                  <span>
                    <Trans text={t("members.joined", { date: formatDate(member.joinedAt) })} components={[<time dateTime={member.joinedAt} />]} />
                  </span>
                </p>
              </div>
              <span className={`badge ${member.role === "OWNER" ? "badge-info" : "badge-neutral"}`}>
                {ORG_ROLE_LABEL[member.role] ?? member.role}
              </span>
              {(isOwner || self) && removing?.userId !== member.userId && (
                <Button
                  variant="link"
                  onClick={() => {
                    setNotice(null);
                    setRemoving(member);
                  }}
                  aria-label={self ? t("members.leaveLabel") : t("members.removeLabel", { name })}
                >
                  {self ? t("members.leave") : t("members.remove")}
                </Button>
              )}
              {removing?.userId === member.userId && (
                <Confirm
                  title={self ? t("members.leaveTitle", { organization: organizationName }) : t("members.removeTitle", { name, organization: organizationName })}
                  confirmLabel={self ? t("members.leaveYes") : t("members.removeYes")}
                  pendingLabel={self ? t("members.leaving") : t("members.removing")}
                  pending={pending}
                  tone="danger"
                  onConfirm={() => void doRemove()}
                  onCancel={() => setRemoving(null)}
                >
                  <p>
                    {self ? t("members.leaveText") : t("members.removeText")}
                  </p>
                </Confirm>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
};
