import { ForgotPasswordForm } from "@/features/auth/components/forgot-password-form";

export const ForgotPasswordPage = () => (
  <div className="container page-narrow page-auth">
    <title>Forgotten password · CareCorePlus</title>
    <h1>Forgotten your password?</h1>
    <p className="lead">Enter your e-mail address and we'll send you a link to choose a new one.</p>
    <div className="panel">
      <ForgotPasswordForm />
    </div>
  </div>
);
