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
        <Card title="Review queue">
          <p>Applications waiting for a reviewer, oldest first. Take one, score it and record a decision.</p>
          <p>
            <Link to={paths.admin.applications}>Open the review queue</Link>
          </p>
        </Card>
        {isAdmin && (
          <Card title="Catalogue and rubric">
            <p>The certifications people can apply for, their fees, and the criteria reviewers score.</p>
            <ul className="link-list">
              <li>
                <Link to={paths.admin.catalogue}>Certification catalogue</Link>
              </li>
              <li>
                <Link to={paths.admin.rubric}>Review rubric</Link>
              </li>
              <li>
                <Link to={paths.admin.settings}>Review settings</Link>
              </li>
            </ul>
          </Card>
        )}
        {isAdmin && (
          <Card title="Insights">
            <p>Applications by status, review turnaround, credentials expiring soon, privacy requests coming due and retention runs, with CSV downloads.</p>
            <p>
              <Link to={paths.admin.insights}>Open insights</Link>
            </p>
          </Card>
        )}
        {isAdmin && (
          <Card title="Usage analytics">
            <p>Page views, most used features, page speed and client errors of the people who allow usage analytics.</p>
            <p>
              <Link to={paths.admin.analytics}>Open usage analytics</Link>
            </p>
          </Card>
        )}
        {isAdmin && (
          <Card title="Credentials">
            <p>Every credential issued, newest first: suspend, reinstate or revoke one with a reason, or download the list.</p>
            <p>
              <Link to={paths.admin.credentials}>Open credentials</Link>
            </p>
          </Card>
        )}
        {isAdmin && (
          <Card title="Privacy">
            <p>
              Requests to see, correct or delete personal information, policy versions, retention, incidents and reports of
              under-18 accounts.
            </p>
            <ul className="link-list">
              <li>
                <Link to={paths.admin.privacyRequests}>Privacy requests</Link>
              </li>
              <li>
                <Link to={paths.admin.policies}>Policies</Link>
              </li>
              <li>
                <Link to={paths.admin.retention}>Retention and legal holds</Link>
              </li>
              <li>
                <Link to={paths.admin.incidents}>Incident register</Link>
              </li>
              <li>
                <Link to={paths.admin.childReports}>Reports of under-18 accounts</Link>
              </li>
            </ul>
          </Card>
        )}
      </div>
    </>
  );
};
