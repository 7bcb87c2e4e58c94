import { Link } from "react-router";
import { paths } from "@/app/paths";
import { useViewer } from "@/lib/auth";
import { roleLabel } from "@/lib/roles";
import { Card } from "@/components/ui/card";

export const AdminOverviewPage = () => {
  const viewer = useViewer();
  const isAdmin = viewer.roles.includes("ADMIN");
  return (
    <>
      <title>Staff area · CareCorePlus</title>
      <h1>Staff area</h1>
      <p className="lead">
        Signed in as {viewer.firstName} {viewer.lastName} · {viewer.roles.map(roleLabel).join(", ")}
      </p>
      <div className="card-grid">
        {isAdmin && (
          <Card title="People">
            <p>See who has an account, their roles and whether two-step sign-in is on.</p>
            <p>
              <Link to={paths.admin.users}>Open the people list</Link>
            </p>
          </Card>
        )}
        <Card title="Review queue" badge="Coming soon">
          <p>Applications waiting for review will be listed here.</p>
        </Card>
        <Card title="Credentials" badge="Coming soon">
          <p>Issuing, suspending and revoking credentials will be done from here.</p>
        </Card>
        {isAdmin && (
          <Card title="Privacy requests" badge="Coming soon">
            <p>Requests to see, correct or delete personal information, with their 30-day deadlines.</p>
          </Card>
        )}
      </div>
    </>
  );
};
