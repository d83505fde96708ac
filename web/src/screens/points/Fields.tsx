// The form's small widgets: the shared fields (components/fields.tsx) in the points' words,
// each showing its problem on itself.
import type { ReactNode } from "react";
import * as fields from "../../components/fields.tsx";
import { texts } from "./texts.ts";

export { Flag } from "../../components/fields.tsx";

/** The element ID of a field's path (`phones.1` → `pt-phones-1`), for the summary's links. */
export const idOf = (path: string) => `pt-${path.replace(/\./g, "-")}`;
export const message = (code: string) => texts.errors[code] ?? texts.unknownError(code);
const errorOf = (problem?: string) => (problem ? message(problem) : undefined);

export function Field(props: {
  path: string;
  label: ReactNode;
  value: string;
  onChange: (v: string) => void;
  onBlur?: () => void;
  problem?: string;
  hint?: string;
  type?: string;
  inputMode?: "numeric" | "decimal" | "tel" | "email" | "url";
  multiline?: boolean;
  autoFocus?: boolean;
  size?: number;
  className?: string;
  required?: boolean;
}) {
  const { path, problem, multiline, className, ...rest } = props;
  return (
    <fields.TextInput
      {...rest}
      id={idOf(path)}
      error={errorOf(problem)}
      rows={multiline ? 3 : undefined}
      className={`field ${className ?? ""}`}
      validationBehavior="aria"
    />
  );
}

export function Choice(props: {
  path: string;
  label: string;
  placeholder: string;
  options: Record<string, string>;
  value: string;
  onChange: (v: string) => void;
  problem?: string;
}) {
  const { path, problem, ...rest } = props;
  return <fields.Choice {...rest} id={idOf(path)} error={errorOf(problem)} required validationBehavior="aria" />;
}

export function Checks(props: {
  path: string;
  label: string;
  options: Record<string, string>;
  value: string[];
  onChange: (v: string[]) => void;
  problem?: string;
}) {
  const { path, problem, ...rest } = props;
  return <fields.Checks {...rest} id={idOf(path)} error={errorOf(problem)} validationBehavior="aria" />;
}

/** A group's own problem (e.g. overlapping ranges of a day), tied to it by `aria-describedby`. */
export function GroupProblem({ path, problem }: { path: string; problem?: string }) {
  return <fields.GroupProblem id={`${idOf(path)}-error`} error={errorOf(problem)} />;
}
