import { useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { paths } from "@/app/paths";
import { useAuth } from "@/lib/auth";
import { useT } from "@/lib/i18n";

const AUDIENCES = ["providers", "professionals", "employers"] as const;

const PROMISES = ["neverSell", "minimum", "encrypted", "control", "breach"] as const;

const VerifyCredentialForm = () => {
  const t = useT("public");
  const navigate = useNavigate();
  const [number, setNumber] = useState("");
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = number.trim();
    if (trimmed) void navigate(paths.verifyCredential(trimmed));
  };
  return (
    <form className="inline-form" onSubmit={onSubmit} role="search" aria-label={t("landing.verifyForm")}>
      <label htmlFor="credential-number" className="field-label">
        {t("landing.credentialNumber")}
      </label>
      <div className="inline-form-row">
        <input
          id="credential-number"
          className="input"
          value={number}
          onChange={(event) => setNumber(event.target.value)}
          spellCheck={false}
          autoComplete="off"
        />
        <button type="submit" className="btn btn-secondary">
          {t("landing.check")}
        </button>
      </div>
    </form>
  );
};

export const LandingPage = () => {
  const t = useT("public");
  const { viewer } = useAuth();
  return (
    <>
      <title>{t("landing.title")}</title>
      <section className="hero">
        <div className="container hero-inner">
          <p className="eyebrow">{t("landing.eyebrow")}</p>
          <h1>{t("landing.heading")}</h1>
          <p className="lead">{t("landing.lead")}</p>
          <div className="hero-actions">
            {viewer ? (
              <Link to={paths.app.dashboard} className="btn btn-primary btn-large">
                {t("landing.goToDashboard")}
              </Link>
            ) : (
              <>
                <Link to={paths.register} className="btn btn-primary btn-large">
                  {t("landing.createFreeAccount")}
                </Link>
                <Link to={paths.login} className="btn btn-secondary btn-large">
                  {t("landing.signIn")}
                </Link>
              </>
            )}
          </div>
        </div>
      </section>

      <section className="container section" aria-labelledby="who-heading">
        <h2 id="who-heading">{t("landing.whoHeading")}</h2>
        <ul className="card-grid">
          {AUDIENCES.map((audience) => (
            <li key={audience} className="card">
              <h3 className="card-title">{t(`landing.audiences.${audience}.title`)}</h3>
              <p>{t(`landing.audiences.${audience}.text`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section className="section section-tinted" aria-labelledby="privacy-heading">
        <div className="container two-col">
          <div>
            <h2 id="privacy-heading">{t("landing.privacyHeading")}</h2>
            <p>{t("landing.privacyText")}</p>
            <p>
              <Link to={paths.privacy}>{t("landing.readPolicy")}</Link>
            </p>
          </div>
          <ul className="check-list">
            {PROMISES.map((promise) => (
              <li key={promise}>{t(`landing.promises.${promise}`)}</li>
            ))}
          </ul>
        </div>
      </section>

      <section className="container section" aria-labelledby="verify-heading">
        <div className="card verify-card">
          <h2 id="verify-heading">{t("landing.verifyHeading")}</h2>
          <p>{t("landing.verifyText")}</p>
          <VerifyCredentialForm />
        </div>
      </section>
    </>
  );
};
