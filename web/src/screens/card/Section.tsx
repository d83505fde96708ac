import type { ReactNode } from "react";

/** A part of a card's page, named by its heading (a landmark for screen readers). */
export function Section(props: { id: string; title: string; children: ReactNode; className?: string }) {
  const { id, title, children } = props;
  return (
    <section aria-labelledby={`card-${id}`} className={props.className}>
      <h2 id={`card-${id}`}>{title}</h2>
      {children}
    </section>
  );
}
