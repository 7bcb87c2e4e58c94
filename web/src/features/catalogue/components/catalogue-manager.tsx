import { useQuery } from "@apollo/client/react";
import { CatalogueEntriesDocument } from "@ccp/shared";
import { useState } from "react";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { formatMoney } from "@/lib/money";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { StatusBadge } from "@/components/ui/status-badge";
import { CertificationTypeForm } from "./certification-type-form";

export const CatalogueManager = () => {
  const t = useT("staff");
  const { data, loading, error, refetch } = useQuery(CatalogueEntriesDocument, { fetchPolicy: "cache-and-network" });
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const entries = data?.certificationTypes ?? [];
  const entry = entries.find((e) => e.id === editing);

  const done = (text: string) => {
    setEditing(null);
    setMessage(text);
  };

  return (
    <div className="stack">
      {message && <Alert tone="success" title={message} />}
      {editing === null && (
        <div>
          <Button
            onClick={() => {
              setMessage(null);
              setEditing("new");
            }}
          >
            {t("catalogue.add")}
          </Button>
        </div>
      )}
      {editing !== null && (
        <CertificationTypeForm
          key={editing}
          entry={entry}
          onDone={done}
          onCancel={() => setEditing(null)}
        />
      )}
      {loading && !data && <LoadingState label={t("catalogue.loading")} />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {data && entries.length === 0 && (
        <EmptyState title={t("catalogue.emptyTitle")}>
          <p>{t("catalogue.emptyText")}</p>
        </EmptyState>
      )}
      {entries.length > 0 && (
        <div className="table-scroll" role="region" aria-label={t("catalogue.tableLabel")} tabIndex={0}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("catalogue.columns.certification")}</th>
                <th scope="col">{t("catalogue.columns.for")}</th>
                <th scope="col">{t("catalogue.columns.fee")}</th>
                <th scope="col">{t("catalogue.columns.validFor")}</th>
                <th scope="col">{t("catalogue.columns.status")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("catalogue.columns.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <th scope="row">
                    {e.name}
                    <span className="cell-sub">{e.code}</span>
                  </th>
                  <td>{e.subject === "PERSON" ? t("catalogue.people") : t("catalogue.programs")}</td>
                  <td>{formatMoney(e.feeCents, e.currency)}</td>
                  <td>{t("catalogue.months", { count: e.validityMonths })}</td>
                  <td>
                    <StatusBadge tone={e.active ? "success" : "neutral"}>{e.active ? t("catalogue.open") : t("catalogue.closed")}</StatusBadge>
                  </td>
                  <td>
                    <Button
                      variant="secondary"
                      className="btn-small"
                      onClick={() => {
                        setMessage(null);
                        setEditing(e.id);
                      }}
                      aria-label={t("catalogue.editLabel", { name: e.name })}
                    >
                      {t("catalogue.edit")}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
};
