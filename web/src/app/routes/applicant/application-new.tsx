import { Link } from "react-router";
import { paths } from "@/app/paths";
import { ApplicationWizard } from "@/features/applications/components/application-wizard";

export const ApplicationNewPage = () => (
  <div className="container page-narrow">
    <title>New application · CareCorePlus</title>
    <p>
      <Link to={paths.app.applications}>← Your applications</Link>
    </p>
    <h1>New application</h1>
    <p className="lead">Three short steps. You can save a draft at any point and finish later.</p>
    <ApplicationWizard />
  </div>
);
