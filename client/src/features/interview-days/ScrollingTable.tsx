import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on a narrow screen. The scroller takes keyboard focus (and a name) so people
 * without a mouse can scroll it too.
 */
export function ScrollingTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="day-table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
