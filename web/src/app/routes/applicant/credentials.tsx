import { CredentialsList } from "@/features/credentials/components/credentials-list";

export const CredentialsPage = () => (
  <div className="container page">
    <title>Your credentials · CareCorePlus</title>
    <h1>Your credentials</h1>
    <p className="lead">
      Your certifications and your organization's program accreditations. Open one to download the certificate or
      share it with an employer.
    </p>
    <CredentialsList />
  </div>
);
