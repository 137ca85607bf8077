import type { ReactNode } from "react";

/**
 * The box of a table whose columns grow with the data (a column per candidate, per voting method):
 * when they outgrow the page it scrolls sideways, with a shadow on the side that has more
 * (app/globals.css), and it takes the keyboard's focus, named, so those columns can be reached
 * without a mouse. On phones such tables stack their rows instead and never need it.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
