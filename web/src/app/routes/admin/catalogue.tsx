import { CatalogueManager } from "@/features/catalogue/components/catalogue-manager";

export const CataloguePage = () => (
  <>
    <title>Certification catalogue · CareCorePlus</title>
    <h1>Certification catalogue</h1>
    <p className="lead">
      What people and training providers can apply for, with fees and how long credentials stay valid. Closed
      entries stay here but take no new applications.
    </p>
    <CatalogueManager />
  </>
);
