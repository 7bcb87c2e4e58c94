import { ReviewQueue } from "@/features/review/components/review-queue";

export const ReviewQueuePage = () => (
  <>
    <title>Review queue · CareCorePlus</title>
    <h1>Review queue</h1>
    <p className="lead">Applications waiting for a reviewer. Take one to start reviewing it.</p>
    <ReviewQueue />
  </>
);
