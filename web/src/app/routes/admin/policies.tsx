import { PoliciesAdmin } from "@/features/privacy-admin/components/policies-admin";

export const AdminPoliciesPage = () => (
  <div className="stack">
    <title>Policies · CareCorePlus</title>
    <h1>Policies</h1>
    <p className="lead">
      The privacy policy and terms in force, and new versions waiting to take effect. Published versions can't be changed:
      to correct one, publish a new version.
    </p>
    <PoliciesAdmin />
  </div>
);
