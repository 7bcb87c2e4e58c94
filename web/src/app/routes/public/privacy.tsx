import { PrivacyPolicyView } from "@/features/privacy/components/privacy-policy-view";

export const PrivacyPage = () => (
  <div className="container page-reading">
    <title>Privacy policy · CareCorePlus</title>
    <PrivacyPolicyView />
  </div>
);
