import { OrganizationManager } from "@/features/organizations/components/organization-manager";

export const OrganizationPage = () => (
  <div className="container page-narrow">
    <title>Your organization · CareCorePlus</title>
    <h1>Your organization</h1>
    <p className="lead">The people who run your training programs with you on CareCorePlus.</p>
    <OrganizationManager />
  </div>
);
