import { useParams } from "react-router";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
import { VerificationResult } from "@/features/credentials/components/verification-result";
import { VerifyFile } from "@/features/credentials/components/verify-file";
import { VerifyNumberForm } from "@/features/credentials/components/verify-number-form";

/** Public page for employers and regulators: /verify/<number>. */
export const VerifyCredentialPage = () => {
  const t = useT("public");
  const { number = "" } = useParams();
  return (
    <div className="container page-narrow">
      <title>{t("common:pageTitle", { title: t("verify.title", { number }) })}</title>
      <h1>{t("verify.heading")}</h1>
      <p className="lead">{t("verify.lead")}</p>
      <div className="stack-large">
        <VerificationResult key={number} number={number} />

        <section className="panel" aria-labelledby="verify-another-heading">
          <h2 id="verify-another-heading">{t("verify.anotherHeading")}</h2>
          <VerifyNumberForm />
        </section>

        <section className="panel" aria-labelledby="verify-file-heading">
          <h2 id="verify-file-heading">{t("verify.fileHeading")}</h2>
          <p>
            <Trans text={t("verify.fileText")} components={[<code />]} />
          </p>
          <VerifyFile />
        </section>
      </div>
    </div>
  );
};
