import { Link } from "react-router";
import { paths } from "@/app/paths";

export const NotFoundPage = () => (
  <div className="container page-narrow">
    <title>Page not found · CareCorePlus</title>
    <h1>We can't find that page</h1>
    <p>The address may be mistyped, or the page may have moved.</p>
    <p>
      <Link to={paths.home}>Go to the home page</Link>
    </p>
  </div>
);
