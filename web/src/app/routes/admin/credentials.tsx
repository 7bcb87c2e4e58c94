import { CredentialsAdmin } from "@/features/credentials/components/credentials-admin";

export const AdminCredentialsPage = () => (
  <div className="stack">
    <title>Credentials · CareCorePlus</title>
    <h1>Credentials</h1>
    <p className="lead">
      Every credential CareCorePlus has issued. Suspend one while something is checked, reinstate it afterwards, or
      revoke it for good. Verifiers see the change at once.
    </p>
    <CredentialsAdmin />
  </div>
);
