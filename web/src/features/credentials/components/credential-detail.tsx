import type { CredentialDetailFieldsFragment } from "@ccp/shared";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { formatDate } from "@/lib/dates";
import { track } from "@/lib/analytics";
import { Alert } from "@/components/ui/alert";
import { CopyField } from "@/components/ui/copy-field";
import { StatusBadge } from "@/components/ui/status-badge";
import { CREDENTIAL_STATUS } from "../utils/credential-labels";
import { badgeSvgUrl, certificatePdfUrl, credentialJsonUrl, verifyLink } from "../utils/credential-links";
import { CredentialHistory } from "./credential-history";
import { RenewalPanel } from "./renewal-panel";
import { VerificationLog } from "./verification-log";

const StatusExplanation = ({ credential }: { credential: CredentialDetailFieldsFragment }) => {
  switch (credential.status) {
    case "ACTIVE":
      return (
        <Alert tone="success" title="This credential is valid">
          <p>
            It is valid until {formatDate(credential.validUntil)}. Anyone can check it with its number on our
            verification page.
          </p>
        </Alert>
      );
    case "EXPIRED":
      return (
        <Alert tone="warning" title={`This credential expired on ${formatDate(credential.validUntil)}`}>
          <p>Employers who check it will see that it has expired.</p>
          {credential.certificationType?.renewalRequirements && (
            <p className="pre-line">To renew: {credential.certificationType.renewalRequirements}</p>
          )}
        </Alert>
      );
    case "SUSPENDED":
      return (
        <Alert tone="warning" title="This credential is suspended">
          {credential.statusReason && <p className="pre-line">Reason: {credential.statusReason}</p>}
          <p>
            While it is suspended, employers who check it will see that it is not valid. If you have questions,{" "}
            <Link to={paths.app.support}>ask us for help</Link>.
          </p>
        </Alert>
      );
    case "REVOKED":
      return (
        <Alert tone="error" title="This credential has been revoked">
          {credential.statusReason && <p className="pre-line">Reason: {credential.statusReason}</p>}
          <p>
            It is no longer valid, and employers who check it will see that. If you have questions,{" "}
            <Link to={paths.app.support}>ask us for help</Link>.
          </p>
        </Alert>
      );
  }
};

export const CredentialDetail = ({ credential }: { credential: CredentialDetailFieldsFragment }) => {
  const status = CREDENTIAL_STATUS[credential.status];
  const link = verifyLink(window.location.origin, credential.number);
  return (
    <div className="stack-large">
      <div className="page-heading">
        <div>
          <p className="eyebrow">{credential.subject === "PROGRAM" ? "Program accreditation" : "Certification"}</p>
          <h1>{credential.title}</h1>
        </div>
        <StatusBadge tone={status.tone}>{status.label}</StatusBadge>
      </div>

      <StatusExplanation credential={credential} />

      <dl className="readonly-list">
        <div>
          <dt>Credential number</dt>
          <dd className="credential-number">{credential.number}</dd>
        </div>
        <div>
          <dt>{credential.subject === "PROGRAM" ? "Accredited program" : "Held by"}</dt>
          <dd>{credential.subject === "PROGRAM" ? (credential.program?.title ?? "—") : (credential.holderName ?? "—")}</dd>
        </div>
        {credential.subject !== "PROGRAM" && credential.program && (
          <div>
            <dt>Program completed</dt>
            <dd>{credential.program.title}</dd>
          </div>
        )}
        <div>
          <dt>First awarded</dt>
          <dd>{formatDate(credential.awardedDate)}</dd>
        </div>
        <div>
          <dt>Valid from</dt>
          <dd>{formatDate(credential.validFrom)}</dd>
        </div>
        <div>
          <dt>Valid until</dt>
          <dd>{formatDate(credential.validUntil)}</dd>
        </div>
      </dl>
      <p>
        <Link to={paths.app.application(credential.applicationId)}>See the application it was awarded for</Link>
      </p>

      <RenewalPanel credential={credential} />

      <section className="panel" aria-labelledby="downloads-heading">
        <h2 id="downloads-heading">Downloads</h2>
        <ul className="download-list">
          <li>
            <a href={certificatePdfUrl(credential.number)} download={`${credential.number}.pdf`} className="btn btn-secondary" onClick={() => track("credential.downloaded.pdf")}>
              Download certificate (PDF)
            </a>
            <span className="muted">A printable certificate with a QR code that opens the verification page.</span>
          </li>
          <li>
            <a href={credentialJsonUrl(credential.number)} download={`${credential.number}.json`} className="btn btn-secondary" onClick={() => track("credential.downloaded.json")}>
              Download signed credential (JSON)
            </a>
            <span className="muted">
              A digitally signed file (Open Badges 3.0) for digital wallets and employers' systems.
            </span>
          </li>
          <li>
            <a href={badgeSvgUrl(credential.number)} download={`${credential.number}.svg`} className="btn btn-secondary" onClick={() => track("credential.downloaded.svg")}>
              Download badge (SVG)
            </a>
            <span className="muted">A badge image for your profile or website, with the signed credential inside it.</span>
          </li>
        </ul>
      </section>

      <section className="panel" aria-labelledby="share-heading">
        <h2 id="share-heading">Share with an employer</h2>
        <p>
          Send this link to an employer or regulator. It shows whether your credential is valid today, and only your
          name, the certification and its dates — nothing else about you.
        </p>
        <CopyField label="Verification link" value={link} copyLabel="Copy link" />
        <p>
          <Link to={paths.verifyCredential(credential.number)}>Open the verification page</Link>
        </p>
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <CredentialHistory history={credential.history} />
      </section>

      <section aria-labelledby="verified-heading">
        <h2 id="verified-heading">Who verified this credential</h2>
        <p className="muted">
          Employers and regulators who check your credential through the CareCorePlus API are listed here. Checks on the
          public verification page are anonymous and are not listed.
        </p>
        <VerificationLog credentialId={credential.id} />
      </section>
    </div>
  );
};
