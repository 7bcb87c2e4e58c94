import { UsersList } from "@/features/admin-users/components/users-list";

export const AdminUsersPage = () => (
  <>
    <title>People · CareCorePlus</title>
    <h1>People</h1>
    <p className="lead">Everyone with a CareCorePlus account. Only administrators can see this list.</p>
    <UsersList />
  </>
);
