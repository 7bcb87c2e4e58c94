import { SupportList } from "@/features/support/components/support-list";
import { SupportRequestForm } from "@/features/support/components/support-request-form";

export const SupportPage = () => (
  <div className="container page-narrow">
    <title>Help and feedback · CareCorePlus</title>
    <h1>Help and feedback</h1>
    <p className="lead">Ask us a question or tell us what you think. Our team replies here and by e-mail.</p>
    <div className="stack-large">
      <section className="panel" aria-labelledby="ask-heading">
        <h2 id="ask-heading">Ask for help or send feedback</h2>
        <SupportRequestForm />
      </section>
      <section aria-labelledby="requests-heading">
        <h2 id="requests-heading">Your questions and feedback</h2>
        <SupportList />
      </section>
    </div>
  </div>
);
