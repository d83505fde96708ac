// The intake screens' fields: the shared fields (components/fields.tsx) in the intake's words.
import type { RefObject } from "react";
import * as fields from "../../components/fields.tsx";
import { fieldLabel, texts } from "./texts.ts";

export { Box, Flag } from "../../components/fields.tsx";

export const message = (code: string) => texts.errors[code] ?? texts.unknownError(code);
const errorOf = (problem?: string) => (problem ? message(problem) : undefined);

export function TextInput(props: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  problem?: string;
  hint?: string;
  type?: string;
  numeric?: boolean;
  multiline?: boolean;
  wide?: boolean;
}) {
  return (
    <fields.TextInput
      id={props.id}
      label={props.label}
      value={props.value}
      onChange={props.onChange}
      error={errorOf(props.problem)}
      hint={props.hint}
      type={props.type}
      inputMode={props.numeric ? "numeric" : undefined}
      rows={props.multiline ? 5 : undefined}
      className={props.wide ? "field wide" : "field"}
    />
  );
}

export function Choice(props: {
  id: string;
  label: string;
  placeholder?: string;
  options: Record<string, string>;
  value: string;
  onChange: (v: string) => void;
  problem?: string;
}) {
  const { problem, ...rest } = props;
  return <fields.Choice {...rest} error={errorOf(problem)} />;
}

/** An announced list of the problems, each linked to its field. */
export function Summary(props: {
  problems: [string, string][];
  failure: string;
  idOf: (path: string) => string;
  refObject: RefObject<HTMLDivElement | null>;
}) {
  return <fields.ErrorSummary {...props} heading={texts.summary} message={message} labelOf={fieldLabel} />;
}
