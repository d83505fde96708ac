import type { ReactNode } from "react";

/** A part of the team's page, named by its heading (a landmark for screen readers). */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`team-${id}`}>
      <h2 id={`team-${id}`}>{title}</h2>
      {children}
    </section>
  );
}
