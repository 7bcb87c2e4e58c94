import { useQuery } from "@apollo/client/react";
import { CatalogueEntriesDocument } from "@ccp/shared";
import { useState } from "react";
import { describeError } from "@/lib/errors";
import { formatMoney } from "@/lib/money";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { StatusBadge } from "@/components/ui/status-badge";
import { CertificationTypeForm } from "./certification-type-form";

export const CatalogueManager = () => {
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
            Add a certification
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
      {loading && !data && <LoadingState label="Loading the catalogue…" />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {data && entries.length === 0 && (
        <EmptyState title="The catalogue is empty">
          <p>Add the first certification so people can apply for it.</p>
        </EmptyState>
      )}
      {entries.length > 0 && (
        <div className="table-scroll" role="region" aria-label="Certification catalogue" tabIndex={0}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Certification</th>
                <th scope="col">For</th>
                <th scope="col">Fee</th>
                <th scope="col">Valid for</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
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
                  <td>{e.subject === "PERSON" ? "People" : "Programs"}</td>
                  <td>{formatMoney(e.feeCents, e.currency)}</td>
                  <td>{e.validityMonths} months</td>
                  <td>
                    <StatusBadge tone={e.active ? "success" : "neutral"}>{e.active ? "Open" : "Closed"}</StatusBadge>
                  </td>
                  <td>
                    <Button
                      variant="secondary"
                      className="btn-small"
                      onClick={() => {
                        setMessage(null);
                        setEditing(e.id);
                      }}
                      aria-label={`Edit ${e.name}`}
                    >
                      Edit
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
