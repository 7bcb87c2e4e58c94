import { useParams } from "react-router";
import { VerificationResult } from "@/features/credentials/components/verification-result";
import { VerifyFile } from "@/features/credentials/components/verify-file";
import { VerifyNumberForm } from "@/features/credentials/components/verify-number-form";

/** Public page for employers and regulators: /verify/<number>. */
export const VerifyCredentialPage = () => {
  const { number = "" } = useParams();
  return (
    <div className="container page-narrow">
      <title>{`Check credential ${number} · CareCorePlus`}</title>
      <h1>Check a credential</h1>
      <p className="lead">
        CareCorePlus certifies care professionals and training programs. Here is what our records say about this
        credential right now.
      </p>
      <div className="stack-large">
        <VerificationResult key={number} number={number} />

        <section className="panel" aria-labelledby="verify-another-heading">
          <h2 id="verify-another-heading">Check another credential</h2>
          <VerifyNumberForm />
        </section>

        <section className="panel" aria-labelledby="verify-file-heading">
          <h2 id="verify-file-heading">Check a credential file</h2>
          <p>
            If the holder sent you their signed credential file (it ends in <code>.json</code>), you can check that it
            was issued by CareCorePlus, has not been changed, and is still valid.
          </p>
          <VerifyFile />
        </section>
      </div>
    </div>
  );
};
