import { Link } from "react-router";
import { paths } from "@/app/paths";
import { ApplicationsList } from "@/features/applications/components/applications-list";

export const ApplicationsPage = () => (
  <div className="container page">
    <title>Your applications · CareCorePlus</title>
    <div className="page-heading">
      <div>
        <h1>Your applications</h1>
        <p className="lead">Applications for program accreditation and personal certification, newest first.</p>
      </div>
      <Link to={paths.app.applicationNew} className="btn btn-primary">
        New application
      </Link>
    </div>
    <ApplicationsList />
  </div>
);
