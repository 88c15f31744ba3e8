import { useId, type ReactNode } from 'react';

interface CardProps {
  title: string;
  /** Small text under the title. */
  description?: ReactNode;
  /** Links or buttons shown beside the title. */
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}

/** A titled section of a page; the title names the region for assistive technology. */
export function Card({ title, description, actions, children, className }: CardProps) {
  const headingId = useId();
  return (
    <section className={className ? `card ${className}` : 'card'} aria-labelledby={headingId}>
      <div className="card-header">
        <div>
          <h2 id={headingId}>{title}</h2>
          {description && <p className="card-description">{description}</p>}
        </div>
        {actions && <div className="card-actions">{actions}</div>}
      </div>
      {children}
    </section>
  );
}
