import { isStaff, type Viewer } from "../auth/viewer";
import type { ApplicationEntity } from "./application.entity";

/**
 * Who may see and act on an application. The applicant, and for program accreditation every
 * member of the provider organization; staff see everything. One-line rules, as in outline.
 */
export const canView = (v: Viewer, app: ApplicationEntity, orgIds: readonly string[]) =>
  isStaff(v) || canActAsApplicant(v, app, orgIds);

export const canActAsApplicant = (v: Viewer, app: ApplicationEntity, orgIds: readonly string[]) =>
  app.applicantUserId === v.userId || (app.organizationId !== null && orgIds.includes(app.organizationId));

/** Staff decide, but never on an application of their own or their organization's (conflict of interest). */
export const canReview = (v: Viewer, app: ApplicationEntity, orgIds: readonly string[]) =>
  isStaff(v) && !canActAsApplicant(v, app, orgIds);
