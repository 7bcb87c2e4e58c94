import { useMutation, useQuery } from "@apollo/client/react";
import { OrganizationMemberRemoveDocument, OrganizationMembersDocument, type OrganizationMemberFieldsFragment } from "@ccp/shared";
import { useState } from "react";
import { useViewer } from "@/lib/auth";
import { formatDate } from "@/lib/dates";
import { describeError } from "@/lib/errors";
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

  if (loading && !data) return <LoadingState label="Loading members…" />;
  if (error && !data) return <ErrorState message={describeError(error)} onRetry={() => void refetch()} />;
  const members = data?.organizationMembers ?? [];
  if (members.length === 0) return <EmptyState title="No members to show" />;

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
        setNotice(`${removing.firstName} ${removing.lastName} is no longer a member of ${organizationName}.`);
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
      <ul className="member-list" aria-label={`Members of ${organizationName}`}>
        {members.map((member) => {
          const self = member.userId === viewer.id;
          const name = `${member.firstName} ${member.lastName}`;
          return (
            <li key={member.userId} className="member">
              <div className="member-main">
                <p className="member-name">
                  {name}
                  {self && <span className="muted"> (you)</span>}
                </p>
                <p className="member-meta">
                  <span className="cell-break">{member.email}</span>
                  <span>
                    Joined <time dateTime={member.joinedAt}>{formatDate(member.joinedAt)}</time>
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
                  aria-label={self ? "Leave the organization" : `Remove ${name}`}
                >
                  {self ? "Leave" : "Remove"}
                </Button>
              )}
              {removing?.userId === member.userId && (
                <Confirm
                  title={self ? `Leave ${organizationName}?` : `Remove ${name} from ${organizationName}?`}
                  confirmLabel={self ? "Yes, leave" : "Yes, remove"}
                  pendingLabel={self ? "Leaving…" : "Removing…"}
                  pending={pending}
                  tone="danger"
                  onConfirm={() => void doRemove()}
                  onCancel={() => setRemoving(null)}
                >
                  <p>
                    {self
                      ? "You will no longer see the organization's programs and applications. An owner can invite you again."
                      : "They will no longer see the organization's programs and applications. You can invite them again later."}
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
