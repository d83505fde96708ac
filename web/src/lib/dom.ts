// Elements built without React, for the screens that must stay small (the sign-in screen
// before the staff application loads).

export type Child = Node | string | null | undefined | false;

/** An element with these attributes and children (text or nodes; nothing for the falsy ones). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  for (const child of children) if (child) el.append(child);
  return el;
}
