import { AuditLog } from "@/features/audit/components/audit-log";

export const AdminAuditPage = () => (
  <>
    <title>Audit log · CareCorePlus</title>
    <h1>Audit log</h1>
    <p className="lead">
      Everything that changed accounts, applications, credentials and personal data: who did it, when, and to what. It holds ids
      and codes, never names or e-mail addresses, and nobody can change or delete it.
    </p>
    <AuditLog />
  </>
);
