import { useQuery } from "@apollo/client/react";
import { DataProcessingDocument } from "@ccp/shared";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
import { ErrorState, LoadingState } from "@/components/ui/states";
import { DATA_CATEGORIES } from "../utils/privacy-labels";

/** "What we hold and why": categories with purposes and retention, where data is processed, and who helps us. */
export const WhatWeHold = () => {
  const t = useT("applicant");
  const { data, loading, error, refetch } = useQuery(DataProcessingDocument);
  const processing = data?.dataProcessing;
  return (
    <div className="stack">
      <ul className="data-categories">
        {DATA_CATEGORIES.map((category) => (
          <li key={category.id} className="data-category">
            <h3 className="data-category-name">{category.name}</h3>
            <p>{category.what}</p>
            <dl className="data-facts">
              <div>
                <dt>{t("whatWeHold.why")}</dt>
                <dd>{category.why}</dd>
              </div>
              <div>
                <dt>{t("whatWeHold.kept")}</dt>
                <dd>{category.kept}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
      {loading && !data && <LoadingState label={t("whatWeHold.loading")} />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {processing && (
        <>
          <h3>{t("whatWeHold.whereHeading")}</h3>
          <p>
            <Trans text={t("whatWeHold.where", { location: processing.location })} components={[<strong />]} />
          </p>
          <ul className="bullet-list">
            {processing.transferSafeguards.map((safeguard) => (
              <li key={safeguard}>{safeguard}</li>
            ))}
          </ul>
          <p className="privacy-promise">{processing.sale}</p>
          <h3>{t("whatWeHold.companiesHeading")}</h3>
          <p>{t("whatWeHold.companiesText")}</p>
          <div className="table-scroll">
            <table className="table table-compact table-stack">
              <caption className="visually-hidden">{t("whatWeHold.subProcessors")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("whatWeHold.company")}</th>
                  <th scope="col">{t("whatWeHold.whatFor")}</th>
                  <th scope="col">{t("whatWeHold.whatData")}</th>
                </tr>
              </thead>
              <tbody>
                {processing.subProcessors.map((sub) => (
                  <tr key={sub.name}>
                    <th scope="row">{sub.name}</th>
                    <td data-label={t("whatWeHold.whatFor")}>{sub.purpose}</td>
                    <td data-label={t("whatWeHold.whatData")}>{sub.data}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted">{t("whatWeHold.responseDays", { count: processing.responseDays })}</p>
        </>
      )}
    </div>
  );
};
