// The form's small widgets (react-aria-components), each showing its problem on itself.
import type { ReactNode } from "react";
import {
  Button,
  Checkbox,
  CheckboxGroup,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
  TextArea,
  TextField,
} from "react-aria-components";
import { texts } from "./texts.ts";

/** The element ID of a field's path (`phones.1` → `pt-phones-1`), for the summary's links. */
export const idOf = (path: string) => `pt-${path.replace(/\./g, "-")}`;
export const message = (code: string) => texts.errors[code] ?? texts.unknownError(code);

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
  return (
    <TextField
      isRequired={props.required}
      className={`field ${props.className ?? ""}`}
      type={props.type ?? "text"}
      value={props.value}
      onChange={props.onChange}
      onBlur={props.onBlur}
      isInvalid={!!props.problem}
      inputMode={props.inputMode}
      autoComplete="off"
      validationBehavior="aria"
    >
      <Label>{props.label}</Label>
      {props.multiline ? (
        <TextArea id={idOf(props.path)} rows={3} />
      ) : (
        <Input id={idOf(props.path)} autoFocus={props.autoFocus} size={props.size} />
      )}
      {props.hint && (
        <Text slot="description" className="hint">
          {props.hint}
        </Text>
      )}
      <FieldError className="error">{message(props.problem ?? "")}</FieldError>
    </TextField>
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
  return (
    <Select
      isRequired
      className="field"
      selectedKey={props.value || null}
      onSelectionChange={(k) => props.onChange(k == null ? "" : String(k))}
      isInvalid={!!props.problem}
      placeholder={props.placeholder}
      validationBehavior="aria"
    >
      <Label>{props.label}</Label>
      <Button className="select-button" id={idOf(props.path)}>
        <SelectValue />
        <span aria-hidden="true"> ▾</span>
      </Button>
      <Popover className="popover">
        <ListBox className="listbox">
          {Object.entries(props.options).map(([id, name]) => (
            <ListBoxItem key={id} id={id} className="option">
              {name}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
      <FieldError className="error">{message(props.problem ?? "")}</FieldError>
    </Select>
  );
}

export function Checks(props: {
  path: string;
  label: string;
  options: Record<string, string>;
  value: string[];
  onChange: (v: string[]) => void;
  problem?: string;
}) {
  return (
    <CheckboxGroup
      className="checks"
      value={props.value}
      onChange={props.onChange}
      isInvalid={!!props.problem}
      id={idOf(props.path)}
      validationBehavior="aria"
    >
      <Label className="group-label">{props.label}</Label>
      {Object.entries(props.options).map(([id, name]) => (
        <Checkbox key={id} value={id} className="check">
          <Box>{name}</Box>
        </Checkbox>
      ))}
      <FieldError className="error">{message(props.problem ?? "")}</FieldError>
    </CheckboxGroup>
  );
}

export function Flag(props: { label: string; value: boolean; onChange: (v: boolean) => void }) {
  return (
    <Checkbox className="check" isSelected={props.value} onChange={props.onChange}>
      <Box>{props.label}</Box>
    </Checkbox>
  );
}

/** The visible box of a react-aria checkbox, then its label. */
function Box({ children }: { children: ReactNode }) {
  return (
    <>
      <span className="box" aria-hidden="true" />
      {children}
    </>
  );
}

/** A group's own problem (e.g. overlapping ranges of a day), tied to it by `aria-describedby`. */
export function GroupProblem({ path, problem }: { path: string; problem?: string }) {
  return problem ? (
    <p className="error" id={`${idOf(path)}-error`}>
      {message(problem)}
    </p>
  ) : null;
}
