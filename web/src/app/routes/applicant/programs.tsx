import { Link } from "react-router";
import { paths } from "@/app/paths";
import { ProgramsList } from "@/features/programs/components/programs-list";

export const ProgramsPage = () => (
  <div className="container page">
    <title>Your programs · CareCorePlus</title>
    <div className="page-heading">
      <div>
        <h1>Your training programs</h1>
        <p className="lead">The programs your organization runs. Accredited programs can be cited by learners.</p>
      </div>
      <Link to={paths.app.programNew} className="btn btn-primary">
        Add a program
      </Link>
    </div>
    <ProgramsList />
  </div>
);
