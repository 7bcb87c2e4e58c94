import { Link } from "react-router";
import { paths } from "@/app/paths";
import { ConsentChoices } from "@/features/privacy/components/consent-choices";
import { MyPrivacyRequests } from "@/features/privacy/components/my-privacy-requests";
import { PrivacyRequestForm } from "@/features/privacy/components/privacy-request-form";
import { WhatWeHold } from "@/features/privacy/components/what-we-hold";

const SECTIONS = [
  { id: "what-we-hold", title: "What we hold and why" },
  { id: "your-choices", title: "Your choices" },
  { id: "your-requests", title: "Your requests" },
  { id: "your-credentials", title: "Your credentials and who checked them" },
] as const;

export const PrivacyCenterPage = () => (
  <div className="container page-narrow privacy-center">
    <title>Privacy center · CareCorePlus</title>
    <h1>Privacy center</h1>
    <p className="lead">
      See what we hold about you and why, choose what you agree to, and ask for a copy of your data, a correction or the
      deletion of your account.
    </p>
    <nav aria-label="On this page" className="on-this-page">
      <ul className="link-list">
        {SECTIONS.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.title}</a>
          </li>
        ))}
      </ul>
    </nav>

    <section className="panel privacy-section" aria-labelledby="what-we-hold">
      <h2 id="what-we-hold" className="card-title">
        What we hold and why
      </h2>
      <WhatWeHold />
      <p>
        Read the full <Link to={paths.privacy}>privacy policy</Link>.
      </p>
    </section>

    <section className="panel privacy-section" aria-labelledby="your-choices">
      <h2 id="your-choices" className="card-title">
        Your choices
      </h2>
      <ConsentChoices />
    </section>

    <section className="panel privacy-section" aria-labelledby="your-requests">
      <h2 id="your-requests" className="card-title">
        Your requests
      </h2>
      <MyPrivacyRequests />
      <h3 className="privacy-subheading">Make a request</h3>
      <PrivacyRequestForm />
    </section>

    <section className="panel privacy-section" aria-labelledby="your-credentials">
      <h2 id="your-credentials" className="card-title">
        Your credentials and who checked them
      </h2>
      <p>
        Employers and other services can check your credentials. You can see each credential and every check made with a
        CareCorePlus key.
      </p>
      <Link to={paths.app.credentials} className="btn btn-secondary">
        See your credentials and who checked them
      </Link>
    </section>
  </div>
);
