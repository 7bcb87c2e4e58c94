// The app's one analytics client. Features call `track("application.submitted")`;
// the AnalyticsBridge (app layer) turns it on and off with the person's consent.
import { AnalyticsClient } from "./analytics-client";
import { EVENT_NAME } from "./paths";
import { graphqlTransport } from "./transport";

export const analytics = new AnalyticsClient({ transport: graphqlTransport() });

/** Records that a feature was used, e.g. track("credential.downloaded"); does nothing without analytics consent. */
export const track = (feature: string): void => {
  if (!EVENT_NAME.test(feature)) return;
  analytics.record("FEATURE_USE", feature);
};
