import { RubricManager } from "@/features/rubric/components/rubric-manager";

export const RubricPage = () => (
  <>
    <title>Review rubric · CareCorePlus</title>
    <h1>Review rubric</h1>
    <p className="lead">The criteria reviewers score each application on, separately for programs and for people.</p>
    <RubricManager />
  </>
);
