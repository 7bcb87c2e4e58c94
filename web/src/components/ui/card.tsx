import type { ReactNode } from "react";

type CardProps = {
  title: string;
  headingLevel?: 2 | 3;
  badge?: string;
  children: ReactNode;
  className?: string;
};

export const Card = ({ title, headingLevel = 2, badge, children, className }: CardProps) => {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className={["card", className].filter(Boolean).join(" ")}>
      <div className="card-header">
        <Heading className="card-title">{title}</Heading>
        {badge && <span className="badge">{badge}</span>}
      </div>
      <div className="card-body">{children}</div>
    </section>
  );
};
