import type { ReactNode } from "react";

/** A part of a card's page, named by its heading (a landmark for screen readers). */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`card-${id}`}>
      <h2 id={`card-${id}`}>{title}</h2>
      {children}
    </section>
  );
}
