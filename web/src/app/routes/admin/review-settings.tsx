import { ReviewSettingsForm } from "@/features/review-settings/components/review-settings-form";

export const ReviewSettingsPage = () => (
  <>
    <title>Review settings · CareCorePlus</title>
    <h1>Review settings</h1>
    <p className="lead">How applications are decided.</p>
    <ReviewSettingsForm />
  </>
);
