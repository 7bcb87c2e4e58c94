import { useMutation, useQuery } from "@apollo/client/react";
import { ApplicationEvidenceDocument, EvidenceDeleteDocument, type EvidenceFileFieldsFragment } from "@ccp/shared";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { downloadProtectedFile, parseApiError, uploadWithProgress, withAccessToken } from "@/lib/authorized-http";
import { formatDate } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Confirm } from "@/components/ui/confirm";
import { Trans } from "@/lib/i18n/trans";
import { ErrorState, LoadingState } from "@/components/ui/states";
import {
  EVIDENCE_ACCEPT,
  describeUploadError,
  evidenceContentType,
  evidenceFileProblem,
  formatBytes,
} from "../utils/evidence-file";

// The kinds of document, in words: `evidence.type.<key>`.
const TYPE_KEY: Record<string, string> = { "application/pdf": "pdf", "image/png": "png", "image/jpeg": "jpeg" };

type EvidencePanelProps = {
  applicationId: string;
  /** Upload and remove (the applicant, while the application is a draft or sent back for changes). */
  editable: boolean;
  title?: string;
  /** Drawn as its own panel (default), or plain inside another panel. */
  framed?: boolean;
  /** Tells the parent how many documents there are (for the checklist). */
  onCountChange?: (count: number) => void;
};

const UploadForm = ({ applicationId, count, onUploaded }: { applicationId: string; count: number; onUploaded: (name: string) => Promise<void> }) => {
  const t = useT("applicant");
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setProblem(t("evidence.chooseFirst"));
      inputRef.current?.focus();
      return;
    }
    const local = evidenceFileProblem(file, count);
    if (local) {
      setProblem(local);
      inputRef.current?.focus();
      return;
    }
    setProblem(null);
    setProgress(0);
    try {
      const result = await withAccessToken((token) =>
        uploadWithProgress(
          {
            url: `/api/applications/${encodeURIComponent(applicationId)}/evidence`,
            body: file,
            headers: { "X-Filename": encodeURIComponent(file.name), "Content-Type": evidenceContentType(file) },
            onProgress: setProgress,
          },
          token,
        ),
      );
      if (result.status === 201) {
        setFile(null);
        if (inputRef.current) inputRef.current.value = "";
        await onUploaded(file.name);
      } else {
        setProblem(`${file.name}: ${describeUploadError(parseApiError(result.body), result.status)}`);
      }
    } catch {
      setProblem(t("evidence.uploadUnfinished"));
    } finally {
      setProgress(null);
    }
  };

  const uploading = progress !== null;
  return (
    <form className="form evidence-upload" onSubmit={(event) => void onSubmit(event)} noValidate>
      <div className={["field", problem ? "field-invalid" : ""].filter(Boolean).join(" ")}>
        <label htmlFor={inputId} className="field-label">
          {t("evidence.add")}
        </label>
        <div id={hintId} className="field-hint">
          {t("evidence.addHint")}
        </div>
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          className="input input-file"
          accept={EVIDENCE_ACCEPT}
          disabled={uploading}
          aria-invalid={problem ? true : undefined}
          aria-describedby={[hintId, problem ? errorId : ""].filter(Boolean).join(" ")}
          onChange={(event) => {
            const chosen = event.target.files?.[0] ?? null;
            setFile(chosen);
            setProblem(chosen ? evidenceFileProblem(chosen, count) : null);
          }}
        />
        {problem && (
          <p id={errorId} className="field-error" role="alert">
            {problem}
          </p>
        )}
      </div>
      {uploading && (
        <div className="upload-progress" role="status">
          <progress max={100} value={progress} aria-label={file ? t("evidence.uploadingName", { name: file.name }) : t("evidence.uploadingDocument")} />
          <span>{t("evidence.progress", { name: file?.name ?? "", progress })}</span>
        </div>
      )}
      <div className="form-actions">
        <Button type="submit" variant="secondary" pending={uploading} pendingLabel={t("evidence.uploading")}>
          {t("evidence.upload")}
        </Button>
      </div>
    </form>
  );
};

const EvidenceItem = ({
  file,
  editable,
  onRemoved,
  onError,
}: {
  file: EvidenceFileFieldsFragment;
  editable: boolean;
  onRemoved: (name: string) => Promise<void>;
  onError: (message: string) => void;
}) => {
  const t = useT("applicant");
  const [remove] = useMutation(EvidenceDeleteDocument);
  const [downloading, setDownloading] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [removing, setRemoving] = useState(false);

  const download = async () => {
    setDownloading(true);
    try {
      const result = await downloadProtectedFile(file.downloadUrl, file.filename);
      if (!result.ok) onError(result.message || (result.status === 404 ? t("evidence.notFound") : t("evidence.downloadFailed")));
    } catch {
      onError(t("evidence.downloadOffline"));
    } finally {
      setDownloading(false);
    }
  };

  const doRemove = async () => {
    setRemoving(true);
    try {
      const { data } = await remove({ variables: { id: file.id } });
      const payload = data?.evidenceDelete;
      if (!payload) throw new Error("empty response");
      if (payload.errors.length > 0) {
        onError(payload.errors.map((e) => e.message).join(" "));
        setConfirming(false);
      } else {
        await onRemoved(file.filename);
      }
    } catch (error) {
      onError(describeError(error));
    } finally {
      setRemoving(false);
    }
  };

  return (
    <li className="evidence-item">
      <div className="evidence-main">
        <p className="evidence-name">{file.filename}</p>
        <p className="evidence-meta">
          <Trans
            text={t("evidence.meta", {
              type: TYPE_KEY[file.contentType] ? t(`evidence.type.${TYPE_KEY[file.contentType]}`) : file.contentType,
              size: formatBytes(file.sizeBytes),
              date: formatDate(file.createdAt),
            })}
            components={[<time dateTime={file.createdAt} />]}
          />
        </p>
      </div>
      <div className="evidence-actions">
        <Button
          variant="secondary"
          className="btn-small"
          onClick={() => void download()}
          pending={downloading}
          pendingLabel={t("evidence.downloading")}
          aria-label={t("evidence.downloadName", { name: file.filename })}
        >
          {t("evidence.download")}
        </Button>
        {editable && !confirming && (
          <Button variant="link" onClick={() => setConfirming(true)} aria-label={t("evidence.removeName", { name: file.filename })}>
            {t("evidence.remove")}
          </Button>
        )}
      </div>
      {confirming && (
        <Confirm
          title={t("evidence.removeTitle", { name: file.filename })}
          confirmLabel={t("evidence.removeConfirm")}
          pendingLabel={t("evidence.removing")}
          pending={removing}
          tone="danger"
          onConfirm={() => void doRemove()}
          onCancel={() => setConfirming(false)}
        >
          <p>{t("evidence.removeText")}</p>
        </Confirm>
      )}
    </li>
  );
};

/** The documents supporting an application: list with download, and upload/remove while editable. */
export const EvidencePanel = ({
  applicationId,
  editable,
  title,
  framed = true,
  onCountChange,
}: EvidencePanelProps) => {
  const t = useT("applicant");
  const heading = title ?? t("evidence.title");
  const headingId = useId();
  const { data, loading, error, refetch } = useQuery(ApplicationEvidenceDocument, {
    variables: { id: applicationId },
    fetchPolicy: "cache-and-network",
  });
  const [notice, setNotice] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const files = data?.application?.evidence;
  const count = files?.length;

  useEffect(() => {
    if (count !== undefined) onCountChange?.(count);
  }, [count, onCountChange]);

  const changed = async (message: string) => {
    setErrors([]);
    await refetch();
    setNotice(message);
  };

  return (
    <section className={framed ? "panel evidence" : "evidence evidence-plain"} aria-labelledby={headingId}>
      <h2 id={headingId} className={framed ? "card-title" : "form-step-title"}>
        {heading}
      </h2>
      {editable && (
        <p className="muted">
          {t("evidence.intro")}
        </p>
      )}
      <FormErrors messages={errors} />
      {notice && <Alert tone="success" title={notice} />}
      {loading && !data && <LoadingState label={t("evidence.loading")} />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {files && files.length === 0 && (
        <p className="muted evidence-empty">{editable ? t("evidence.emptyEditable") : t("evidence.empty")}</p>
      )}
      {files && files.length > 0 && (
        <ul className="evidence-list" aria-label={heading}>
          {files.map((file) => (
            <EvidenceItem
              key={file.id}
              file={file}
              editable={editable}
              onRemoved={(name) => changed(t("evidence.removed", { name }))}
              onError={(message) => {
                setNotice(null);
                setErrors([message]);
              }}
            />
          ))}
        </ul>
      )}
      {editable && files && (
        <UploadForm
          applicationId={applicationId}
          count={files.length}
          onUploaded={(name) => changed(t("evidence.added", { name }))}
        />
      )}
    </section>
  );
};
