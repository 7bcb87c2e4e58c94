import DataLoader from "dataloader";
import type { ApplicationEntity, ApplicationEventEntity } from "../modules/applications/application.entity";
import type { CertificationTypeEntity } from "../modules/catalogue/certification-type.entity";
import type { CredentialEntity } from "../modules/credentials/credential.entity";
import type { CredentialHistoryEvent } from "../modules/credentials/credential.types";
import type { IncidentAffectedUserEntity } from "../modules/incidents/incident.entity";
import type { EvidenceView } from "../modules/evidence/evidence.service";
import type { MessageView } from "../modules/messages/message.service";
import type { PaymentEntity } from "../modules/payments/payment.entity";
import type { OrganizationEntity } from "../modules/organizations/organization.entity";
import type { ProgramView } from "../modules/programs/program.service";
import type { UserView } from "../modules/users/user.service";
import type { Services } from "./services";

/** Per-request DataLoaders: every field resolver that crosses a relation batches through these. */
export function createLoaders(s: Services) {
  return {
    user: new DataLoader<string, UserView | null>((ids) => s.users.loadMany(ids)),
    /** No visibility check: only staff-only fields (Payment.application) use it. */
    application: new DataLoader<string, ApplicationEntity | null>((ids) => s.applications.loadMany(ids)),
    program: new DataLoader<string, ProgramView | null>((ids) => s.programs.loadMany(ids)),
    organization: new DataLoader<string, OrganizationEntity | null>((ids) => s.organizations.loadMany(ids)),
    certificationType: new DataLoader<string, CertificationTypeEntity | null>((ids) => s.catalogue.loadTypes(ids)),
    credentialByApplication: new DataLoader<string, CredentialEntity | null>((ids) => s.credentials.loadByApplication(ids)),
    credentialHistory: new DataLoader<string, CredentialHistoryEvent[]>((ids) => s.credentials.history(ids)),
    timeline: new DataLoader<string, ApplicationEventEntity[]>((ids) => s.applications.timeline(ids)),
    evidence: new DataLoader<string, EvidenceView[]>((ids) => s.evidence.listFor(ids)),
    applicationMessages: new DataLoader<string, MessageView[]>((ids) => s.messages.listFor("APPLICATION", ids)),
    lastApplicationMessage: new DataLoader<string, MessageView | null>((ids) => s.messages.lastFor("APPLICATION", ids)),
    payment: new DataLoader<string, PaymentEntity | null>((ids) => s.payments.latestFor(ids)),
    incidentAffected: new DataLoader<string, IncidentAffectedUserEntity[]>((ids) => s.incidents.affectedFor(ids)),
    supportMessages: new DataLoader<string, MessageView[]>((ids) => s.messages.listFor("SUPPORT", ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
