import { Link, useParams } from "react-router";
import { paths } from "@/app/paths";
import { SupportThread } from "@/features/support/components/support-thread";

export const AdminSupportRequestPage = () => {
  const { id = "" } = useParams();
  return (
    <>
      <title>Support request · CareCorePlus</title>
      <p>
        <Link to={paths.admin.support}>← Support requests</Link>
      </p>
      <SupportThread id={id} staff />
    </>
  );
};
