import { useQuery } from "@apollo/client/react";
import { OrganizationsDocument } from "@ccp/shared";
import { useId, useState } from "react";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { Alert } from "@/components/ui/alert";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { ORG_ROLE_LABEL } from "../utils/organization-labels";
import { InviteForm } from "./invite-form";
import { MembersList } from "./members-list";
import { PendingInvitations } from "./pending-invitations";

/** The viewer's training provider organizations: members, invitations, leaving. */
export const OrganizationManager = () => {
  const t = useT("applicant");
  const selectId = useId();
  const { data, loading, error, refetch } = useQuery(OrganizationsDocument, { fetchPolicy: "cache-and-network" });
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [left, setLeft] = useState<string | null>(null);

  if (loading && !data) return <LoadingState label={t("organization.loading")} />;
  if (error && !data) return <ErrorState message={describeError(error)} onRetry={() => void refetch()} />;
  const organizations = data?.organizations ?? [];
  if (organizations.length === 0) {
    return (
      <>
        {left && <Alert tone="success" title={left} />}
        <EmptyState title={t("organization.emptyTitle")}>
          <p>{t("organization.emptyText")}</p>
          <Link to={paths.app.programNew}>{t("organization.addProgram")}</Link>
        </EmptyState>
      </>
    );
  }
  const organization = organizations.find((o) => o.id === chosenId) ?? organizations[0]!;
  const isOwner = organization.viewerRole === "OWNER";

  return (
    <div className="stack-large">
      {left && <Alert tone="success" title={left} />}
      {organizations.length > 1 && (
        <div className="filter-inline">
          <label htmlFor={selectId} className="field-label">
            {t("organization.choose")}
          </label>
          <select id={selectId} className="input" value={organization.id} onChange={(event) => setChosenId(event.target.value)}>
            {organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="page-heading">
        <div>
          <h2>{organization.name}</h2>
          <p className="muted">{t("organization.yourRole", { role: ORG_ROLE_LABEL[organization.viewerRole ?? ""] ?? ORG_ROLE_LABEL.MEMBER })}</p>
        </div>
      </div>

      <section aria-labelledby="members-heading">
        <h3 id="members-heading">{t("organization.members")}</h3>
        <MembersList
          key={organization.id}
          organizationId={organization.id}
          organizationName={organization.name}
          isOwner={isOwner}
          onLeft={() => {
            setLeft(t("organization.left", { name: organization.name }));
            setChosenId(null);
            void refetch();
          }}
        />
      </section>

      {isOwner ? (
        <>
          <section aria-labelledby="pending-invitations-heading">
            <h3 id="pending-invitations-heading">{t("organization.pending")}</h3>
            <PendingInvitations key={organization.id} organizationId={organization.id} />
          </section>
          <section className="panel" aria-labelledby="invite-heading">
            <h3 id="invite-heading" className="card-title">
              {t("organization.invite")}
            </h3>
            <InviteForm key={organization.id} organizationId={organization.id} organizationName={organization.name} />
          </section>
        </>
      ) : (
        <p className="muted">{t("organization.onlyOwners")}</p>
      )}
    </div>
  );
};
