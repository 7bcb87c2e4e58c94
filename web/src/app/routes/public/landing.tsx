import { useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { paths } from "@/app/paths";
import { useAuth } from "@/lib/auth";

const AUDIENCES = [
  {
    title: "Training providers",
    text: "Apply to have your training programs, curricula and instructors certified, and show learners and employers that your courses meet the standard.",
  },
  {
    title: "Care professionals",
    text: "Apply for your individual certification, keep your professional profile in one place, and share your credentials when you change jobs.",
  },
  {
    title: "Employers and regulators",
    text: "Check in seconds whether a certificate is genuine and still valid — no phone calls, no paperwork.",
  },
] as const;

const PROMISES = [
  "We never sell, rent or trade your personal information.",
  "We only collect what we need to certify you, and keep it only as long as we must.",
  "Your personal details are encrypted when stored, and staff accounts use two-step sign-in.",
  "You can see, correct, download or ask us to delete your information.",
  "If something ever goes wrong, we will tell you within 72 hours.",
] as const;

const VerifyCredentialForm = () => {
  const navigate = useNavigate();
  const [number, setNumber] = useState("");
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = number.trim();
    if (trimmed) void navigate(paths.verifyCredential(trimmed));
  };
  return (
    <form className="inline-form" onSubmit={onSubmit} role="search" aria-label="Check a credential">
      <label htmlFor="credential-number" className="field-label">
        Credential number
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
          Check
        </button>
      </div>
    </form>
  );
};

export const LandingPage = () => {
  const { viewer } = useAuth();
  return (
    <>
      <title>CareCorePlus · Certification for the care industry</title>
      <section className="hero">
        <div className="container hero-inner">
          <p className="eyebrow">Certification for the care industry</p>
          <h1>Trusted care starts with trusted training.</h1>
          <p className="lead">
            CareCorePlus certifies care training programs and care professionals, and lets employers check those
            certificates in seconds — while keeping your personal information private and secure.
          </p>
          <div className="hero-actions">
            {viewer ? (
              <Link to={paths.app.dashboard} className="btn btn-primary btn-large">
                Go to your dashboard
              </Link>
            ) : (
              <>
                <Link to={paths.register} className="btn btn-primary btn-large">
                  Create your free account
                </Link>
                <Link to={paths.login} className="btn btn-secondary btn-large">
                  Sign in
                </Link>
              </>
            )}
          </div>
        </div>
      </section>

      <section className="container section" aria-labelledby="who-heading">
        <h2 id="who-heading">Who CareCorePlus is for</h2>
        <ul className="card-grid">
          {AUDIENCES.map((audience) => (
            <li key={audience.title} className="card">
              <h3 className="card-title">{audience.title}</h3>
              <p>{audience.text}</p>
            </li>
          ))}
        </ul>
      </section>

      <section className="section section-tinted" aria-labelledby="privacy-heading">
        <div className="container two-col">
          <div>
            <h2 id="privacy-heading">Privacy comes first</h2>
            <p>
              Care work is built on trust, and so is how we handle your information. These are promises from our
              privacy policy — not small print.
            </p>
            <p>
              <Link to={paths.privacy}>Read our privacy policy</Link>
            </p>
          </div>
          <ul className="check-list">
            {PROMISES.map((promise) => (
              <li key={promise}>{promise}</li>
            ))}
          </ul>
        </div>
      </section>

      <section className="container section" aria-labelledby="verify-heading">
        <div className="card verify-card">
          <h2 id="verify-heading">Checking someone's certificate?</h2>
          <p>Enter the credential number printed on the certificate.</p>
          <VerifyCredentialForm />
        </div>
      </section>
    </>
  );
};
