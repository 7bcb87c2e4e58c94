import { useQuery } from "@apollo/client/react";
import { DataProcessingDocument } from "@ccp/shared";
import { describeError } from "@/lib/errors";
import { ErrorState, LoadingState } from "@/components/ui/states";
import { DATA_CATEGORIES } from "../utils/privacy-labels";

/** "What we hold and why": categories with purposes and retention, where data is processed, and who helps us. */
export const WhatWeHold = () => {
  const { data, loading, error, refetch } = useQuery(DataProcessingDocument);
  const processing = data?.dataProcessing;
  return (
    <div className="stack">
      <ul className="data-categories">
        {DATA_CATEGORIES.map((category) => (
          <li key={category.name} className="data-category">
            <h3 className="data-category-name">{category.name}</h3>
            <p>{category.what}</p>
            <dl className="data-facts">
              <div>
                <dt>Why we hold it</dt>
                <dd>{category.why}</dd>
              </div>
              <div>
                <dt>How long we keep it</dt>
                <dd>{category.kept}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
      {loading && !data && <LoadingState label="Loading where your data is processed…" />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {processing && (
        <>
          <h3>Where your data is processed</h3>
          <p>
            Your data is stored and processed in the <strong>{processing.location}</strong>. When it is moved across borders,
            it is protected by:
          </p>
          <ul className="bullet-list">
            {processing.transferSafeguards.map((safeguard) => (
              <li key={safeguard}>{safeguard}</li>
            ))}
          </ul>
          <p className="privacy-promise">{processing.sale}</p>
          <h3>Companies that help us</h3>
          <p>These companies process data for us, only for the purpose shown and under contract with us.</p>
          <div className="table-scroll">
            <table className="table table-compact table-stack">
              <caption className="visually-hidden">Sub-processors</caption>
              <thead>
                <tr>
                  <th scope="col">Company</th>
                  <th scope="col">What for</th>
                  <th scope="col">What data</th>
                </tr>
              </thead>
              <tbody>
                {processing.subProcessors.map((sub) => (
                  <tr key={sub.name}>
                    <th scope="row">{sub.name}</th>
                    <td data-label="What for">{sub.purpose}</td>
                    <td data-label="What data">{sub.data}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted">We answer every privacy request within {processing.responseDays} days.</p>
        </>
      )}
    </div>
  );
};
