import { isStaff, type Viewer } from "../auth/viewer";
import type { ApplicationEntity } from "./application.entity";

/**
 * Who may see and act on an application. The applicant, and for program accreditation every
 * member of the provider organization; staff see everything. One-line rules, as in outline.
 */
export const canView = (v: Viewer, app: ApplicationEntity, orgIds: readonly string[]) =>
  isStaff(v) || canActAsApplicant(v, app, orgIds);

/**
 * A program accreditation belongs to the provider organization: its current members act on it
 * (someone who left no longer does). Other applications belong to the person who applied.
 */
export const canActAsApplicant = (v: Viewer, app: ApplicationEntity, orgIds: readonly string[]) =>
  app.organizationId !== null ? orgIds.includes(app.organizationId) : app.applicantUserId === v.userId;

/** Staff decide, but never on an application of their own or their organization's (conflict of interest). */
export const canReview = (v: Viewer, app: ApplicationEntity, orgIds: readonly string[]) =>
  isStaff(v) && !canActAsApplicant(v, app, orgIds);
