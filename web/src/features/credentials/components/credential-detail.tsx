import type { CredentialDetailFieldsFragment } from "@ccp/shared";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { formatDate } from "@/lib/dates";
import { track } from "@/lib/analytics";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
import { Alert } from "@/components/ui/alert";
import { CopyField } from "@/components/ui/copy-field";
import { StatusBadge } from "@/components/ui/status-badge";
import { CREDENTIAL_STATUS } from "../utils/credential-labels";
import { badgeSvgUrl, certificatePdfUrl, credentialJsonUrl, verifyLink } from "../utils/credential-links";
import { CredentialHistory } from "./credential-history";
import { RenewalPanel } from "./renewal-panel";
import { VerificationLog } from "./verification-log";

const StatusExplanation = ({ credential }: { credential: CredentialDetailFieldsFragment }) => {
  const t = useT("applicant");
  switch (credential.status) {
    case "ACTIVE":
      return (
        <Alert tone="success" title={t("credentialDetail.validTitle")}>
          <p>{t("credentialDetail.validText", { date: formatDate(credential.validUntil) })}</p>
        </Alert>
      );
    case "EXPIRED":
      return (
        <Alert tone="warning" title={t("credentialDetail.expiredTitle", { date: formatDate(credential.validUntil) })}>
          <p>{t("credentialDetail.expiredText")}</p>
          {credential.certificationType?.renewalRequirements && (
            <p className="pre-line">{t("credentialDetail.renew", { requirements: credential.certificationType.renewalRequirements })}</p>
          )}
        </Alert>
      );
    case "SUSPENDED":
      return (
        <Alert tone="warning" title={t("credentialDetail.suspendedTitle")}>
          {credential.statusReason && <p className="pre-line">{t("credentialDetail.reason", { reason: credential.statusReason })}</p>}
          <p>
            <Trans text={t("credentialDetail.suspendedText")} components={[<Link to={paths.app.support} />]} />
          </p>
        </Alert>
      );
    case "REVOKED":
      return (
        <Alert tone="error" title={t("credentialDetail.revokedTitle")}>
          {credential.statusReason && <p className="pre-line">{t("credentialDetail.reason", { reason: credential.statusReason })}</p>}
          <p>
            <Trans text={t("credentialDetail.revokedText")} components={[<Link to={paths.app.support} />]} />
          </p>
        </Alert>
      );
  }
};

export const CredentialDetail = ({ credential }: { credential: CredentialDetailFieldsFragment }) => {
  const t = useT("applicant");
  const status = CREDENTIAL_STATUS[credential.status];
  const link = verifyLink(window.location.origin, credential.number);
  return (
    <div className="stack-large">
      <div className="page-heading">
        <div>
          <p className="eyebrow">{credential.subject === "PROGRAM" ? t("credentialDetail.programAccreditation") : t("credentialDetail.certification")}</p>
          <h1>{credential.title}</h1>
        </div>
        <StatusBadge tone={status.tone}>{status.label}</StatusBadge>
      </div>

      <StatusExplanation credential={credential} />

      <dl className="readonly-list">
        <div>
          <dt>{t("credentialDetail.number")}</dt>
          <dd className="credential-number">{credential.number}</dd>
        </div>
        <div>
          <dt>{credential.subject === "PROGRAM" ? t("credentialDetail.accreditedProgram") : t("credentialDetail.heldBy")}</dt>
          <dd>{credential.subject === "PROGRAM" ? (credential.program?.title ?? "—") : (credential.holderName ?? "—")}</dd>
        </div>
        {credential.subject !== "PROGRAM" && credential.program && (
          <div>
            <dt>{t("credentialDetail.programCompleted")}</dt>
            <dd>{credential.program.title}</dd>
          </div>
        )}
        <div>
          <dt>{t("credentialDetail.firstAwarded")}</dt>
          <dd>{formatDate(credential.awardedDate)}</dd>
        </div>
        <div>
          <dt>{t("credentialDetail.validFrom")}</dt>
          <dd>{formatDate(credential.validFrom)}</dd>
        </div>
        <div>
          <dt>{t("credentialDetail.validUntil")}</dt>
          <dd>{formatDate(credential.validUntil)}</dd>
        </div>
      </dl>
      <p>
        <Link to={paths.app.application(credential.applicationId)}>{t("credentialDetail.seeApplication")}</Link>
      </p>

      <RenewalPanel credential={credential} />

      <section className="panel" aria-labelledby="downloads-heading">
        <h2 id="downloads-heading">{t("credentialDetail.downloads")}</h2>
        <ul className="download-list">
          <li>
            <a href={certificatePdfUrl(credential.number)} download={`${credential.number}.pdf`} className="btn btn-secondary" onClick={() => track("credential.downloaded.pdf")}>
              {t("credentialDetail.pdf")}
            </a>
            <span className="muted">{t("credentialDetail.pdfText")}</span>
          </li>
          <li>
            <a href={credentialJsonUrl(credential.number)} download={`${credential.number}.json`} className="btn btn-secondary" onClick={() => track("credential.downloaded.json")}>
              {t("credentialDetail.json")}
            </a>
            <span className="muted">{t("credentialDetail.jsonText")}</span>
          </li>
          <li>
            <a href={badgeSvgUrl(credential.number)} download={`${credential.number}.svg`} className="btn btn-secondary" onClick={() => track("credential.downloaded.svg")}>
              {t("credentialDetail.svg")}
            </a>
            <span className="muted">{t("credentialDetail.svgText")}</span>
          </li>
        </ul>
      </section>

      <section className="panel" aria-labelledby="share-heading">
        <h2 id="share-heading">{t("credentialDetail.share")}</h2>
        <p>{t("credentialDetail.shareText")}</p>
        <CopyField label={t("credentialDetail.link")} value={link} copyLabel={t("credentialDetail.copy")} />
        <p>
          <Link to={paths.verifyCredential(credential.number)}>{t("credentialDetail.openVerify")}</Link>
        </p>
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t("credentialDetail.history")}</h2>
        <CredentialHistory history={credential.history} />
      </section>

      <section aria-labelledby="verified-heading">
        <h2 id="verified-heading">{t("credentialDetail.verified")}</h2>
        <p className="muted">{t("credentialDetail.verifiedText")}</p>
        <VerificationLog credentialId={credential.id} />
      </section>
    </div>
  );
};
