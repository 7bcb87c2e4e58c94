import { createHash, randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import type { Clock } from "../../common/clock";
import { aadFor, type FieldCrypto } from "../../common/crypto/field-crypto";
import { fail, ok, type Result, userError } from "../../common/graphql/user-error";
import { canActAsApplicant } from "../applications/application.policy";
import { EDITABLE_STATUSES } from "../applications/application.rules";
import type { ApplicationService } from "../applications/application.service";
import type { AuditActor, AuditService } from "../audit/audit.service";
import type { Viewer } from "../auth/viewer";
import { EvidenceFileEntity } from "./evidence.entity";
import { cleanFilename, MAX_EVIDENCE_BYTES, sniffEvidenceType } from "./sniff";
import { isUuid } from "../../common/ids";

export const MAX_FILES_PER_APPLICATION = 20;

export interface EvidenceView {
  id: string;
  applicationId: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string;
  createdAt: Date;
}

/** Evidence documents: checked by content, size-limited, encrypted at rest, downloadable only by those allowed. */
export class EvidenceService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly crypto: FieldCrypto,
    private readonly applications: ApplicationService,
    private readonly audit: AuditService,
  ) {}

  toView(e: EvidenceFileEntity): EvidenceView {
    return {
      id: e.id,
      applicationId: e.applicationId,
      filename: this.crypto.decrypt(aadFor("evidence_files", "filename", e.id), e.filenameEnc),
      contentType: e.contentType,
      sizeBytes: e.sizeBytes,
      sha256: e.sha256,
      uploadedBy: e.uploadedBy,
      createdAt: e.createdAt,
    };
  }

  /** Upload to an application the viewer applies with, while it is a draft or sent back for changes. */
  async upload(viewer: Viewer, actor: AuditActor, applicationId: string, filename: string | undefined, data: Buffer): Promise<Result<EvidenceView>> {
    if (data.length === 0) return fail(userError("EMPTY_FILE", "The file is empty."));
    if (data.length > MAX_EVIDENCE_BYTES) return fail(userError("TOO_LARGE", "Files can be at most 10 MB."));
    const type = sniffEvidenceType(data);
    if (!type) return fail(userError("UNSUPPORTED_TYPE", "Upload a PDF, PNG or JPEG file."));
    return this.ds.transaction(async (em) => {
      const found = await this.applications.lockVisible(em, viewer, applicationId);
      if (!found || !canActAsApplicant(viewer, found.app, found.orgIds)) return fail(userError("NOT_FOUND", "No such application."));
      if (!EDITABLE_STATUSES.includes(found.app.status)) return fail(userError("NOT_EDITABLE", "Documents can be added while the application is a draft or sent back for changes."));
      const count: { n: string }[] = await em.query("select count(*) n from evidence_files where application_id = $1", [applicationId]);
      if (Number(count[0].n) >= MAX_FILES_PER_APPLICATION) return fail(userError("TOO_MANY_FILES", `An application can have at most ${MAX_FILES_PER_APPLICATION} documents.`));
      const id = randomUUID();
      const entity = em.create(EvidenceFileEntity, {
        id,
        applicationId,
        uploadedBy: viewer.userId,
        filenameEnc: this.crypto.encrypt(aadFor("evidence_files", "filename", id), cleanFilename(filename, type)),
        contentType: type,
        sizeBytes: data.length,
        sha256: createHash("sha256").update(data).digest("hex"),
        dataEnc: this.crypto.encryptBytes(aadFor("evidence_files", "data", id), data),
        createdAt: this.clock.now(),
      });
      await em.insert(EvidenceFileEntity, entity);
      await this.audit.record(em, actor, { action: "evidence.uploaded", targetType: "application", targetId: applicationId, metadata: { evidenceId: id, contentType: type, sizeBytes: data.length } });
      return ok(this.toView(entity));
    });
  }

  /** Metadata and decrypted bytes, when the viewer may see the application. */
  async download(viewer: Viewer, actor: AuditActor, evidenceId: string): Promise<{ view: EvidenceView; data: Buffer } | null> {
    if (!isUuid(evidenceId)) return null;
    const row = await this.ds.manager.createQueryBuilder(EvidenceFileEntity, "e").addSelect("e.dataEnc").where("e.id = :id", { id: evidenceId }).getOne();
    if (!row || !(await this.applications.get(viewer, row.applicationId))) return null;
    await this.ds.transaction((em) => this.audit.record(em, actor, { action: "evidence.downloaded", targetType: "application", targetId: row.applicationId, metadata: { evidenceId } }));
    return { view: this.toView(row), data: this.crypto.decryptBytes(aadFor("evidence_files", "data", row.id), row.dataEnc) };
  }

  async remove(viewer: Viewer, actor: AuditActor, evidenceId: string): Promise<Result<true>> {
    if (!isUuid(evidenceId)) return fail(userError("NOT_FOUND", "No such document.", "id"));
    return this.ds.transaction(async (em) => {
      const row = await em.findOne(EvidenceFileEntity, { where: { id: evidenceId } });
      const found = row ? await this.applications.lockVisible(em, viewer, row.applicationId) : null;
      if (!row || !found || !canActAsApplicant(viewer, found.app, found.orgIds)) return fail(userError("NOT_FOUND", "No such document.", "id"));
      if (!EDITABLE_STATUSES.includes(found.app.status)) return fail(userError("NOT_EDITABLE", "Documents can be removed while the application is a draft or sent back for changes."));
      await em.delete(EvidenceFileEntity, { id: evidenceId });
      await this.audit.record(em, actor, { action: "evidence.deleted", targetType: "application", targetId: row.applicationId, metadata: { evidenceId } });
      return ok(true);
    });
  }

  async listFor(applicationIds: readonly string[]): Promise<EvidenceView[][]> {
    const rows = await this.ds.manager.createQueryBuilder(EvidenceFileEntity, "e").where("e.application_id in (:...ids)", { ids: [...applicationIds] }).orderBy("e.created_at", "ASC").addOrderBy("e.id").getMany();
    const views = rows.map((r) => this.toView(r));
    return applicationIds.map((id) => views.filter((v) => v.applicationId === id));
  }
}
