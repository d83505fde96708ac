// The form fields every screen shares: react-aria widgets (a native select for a choice) with
// their label, hint and error tied to them. They hold no words of their own (but a date field's
// format hint and its own problem): each screen passes its texts (and its translated problem) as
// props.
import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from "react";
import { formatDate, named, parseTypedDate } from "../lib/format.ts";
import { texts } from "./texts.ts";
import {
  Checkbox,
  CheckboxGroup,
  FieldError,
  Input,
  Label,
  Text,
  TextArea,
  TextField,
} from "react-aria-components";

type Validation = "aria" | "native";

type TextInputProps = {
  /** The input's element ID (the summary links to it); react-aria's own when absent. */
  id?: string;
  label: ReactNode;
  value: string;
  onChange: (v: string) => void;
  onBlur?: () => void;
  /** The problem's message, already in the screen's words; the field is invalid when it is set. */
  error?: string;
  hint?: ReactNode;
  /**
   * `text` unless told; `null` leaves the attribute out. `date` is a text input read and typed as
   * dd.mm.rrrr whatever the browser's language: `value` and `onChange` carry `YYYY-MM-DD`.
   */
  type?: string | null;
  inputMode?: "numeric" | "decimal" | "tel" | "email" | "url";
  /** Rows of a text area; a one-line input when absent. */
  rows?: number;
  autoFocus?: boolean;
  size?: number;
  className?: string;
  required?: boolean;
  /** `off` unless told; `null` leaves the attribute out. */
  autoComplete?: string | null;
  validationBehavior?: Validation;
  /** Marks the input as holding text that is no day (`data-invalid-day`), for forms to refuse. */
  invalidDay?: boolean;
};

/** A labelled text input (or text area), its hint as the description and its error on itself. */
export function TextInput(props: TextInputProps) {
  return props.type === "date" ? <DateInput {...props} /> : <PlainInput {...props} />;
}

/**
 * Focuses the element once shown when asked, as React does for `autoFocus`: Preact only sets the
 * attribute, which the browser ignores on an element inserted later.
 */
function useAutoFocus(ref: RefObject<HTMLElement | null>, autoFocus?: boolean) {
  const asked = useRef(autoFocus);
  useLayoutEffect(() => {
    if (asked.current) ref.current?.focus();
  }, [ref]);
}

function PlainInput(props: TextInputProps) {
  const input = useRef<HTMLInputElement>(null);
  useAutoFocus(input, props.autoFocus);
  return (
    <TextField
      isRequired={props.required}
      className={props.className ?? "field"}
      type={props.type === null ? undefined : (props.type ?? "text")}
      value={props.value}
      onChange={props.onChange}
      onBlur={props.onBlur}
      isInvalid={!!props.error}
      inputMode={props.inputMode}
      autoComplete={props.autoComplete === null ? undefined : (props.autoComplete ?? "off")}
      validationBehavior={props.validationBehavior}
    >
      <Label>{props.label}</Label>
      {props.rows ? (
        <TextArea id={props.id} rows={props.rows} />
      ) : (
        <Input ref={input} id={props.id} size={props.size} data-invalid-day={props.invalidDay ? "" : undefined} />
      )}
      {props.hint && (
        <Text slot="description" className="hint">
          {props.hint}
        </Text>
      )}
      <FieldError className="error">{props.error}</FieldError>
    </TextField>
  );
}

/** What a typed day stands for: `YYYY-MM-DD`, `""` for nothing, or the text itself when it is no day. */
function dayOf(text: string): string {
  const day = parseTypedDate(text);
  return day === undefined ? text : (day ?? "");
}

/**
 * A day typed as dd.mm.rrrr. The parent holds `YYYY-MM-DD` (or `""`); text that is no day reaches
 * the parent as typed, so a save sends it and is refused whole rather than losing the date, and
 * the field says what is wrong as soon as it is left.
 */
function DateInput(props: TextInputProps) {
  const [text, setText] = useState(() => formatDate(props.value));
  const [left, setLeft] = useState(false);
  // The parent changed the day (a reset, today prefilled): show its day.
  if (dayOf(text) !== props.value && text !== formatDate(props.value)) setText(formatDate(props.value));
  const wrong = left && parseTypedDate(text) === undefined;
  return (
    <PlainInput
      {...props}
      type="text"
      inputMode="numeric"
      value={text}
      onChange={(typed) => {
        setText(typed);
        setLeft(false);
        props.onChange(dayOf(typed));
      }}
      onBlur={() => {
        setLeft(true);
        const day = parseTypedDate(text);
        if (day) setText(formatDate(day));
        props.onBlur?.();
      }}
      error={wrong ? texts.notADay : props.error}
      hint={props.hint ?? texts.dayFormat}
      invalidDay={parseTypedDate(text) === undefined}
    />
  );
}

/**
 * A choice from a list: a native select (the system's own picker on a phone), its label, and its
 * error tied to it. The placeholder is an empty first option while nothing is chosen, and stays
 * for an optional choice so it can be emptied again.
 */
export function Choice(props: {
  /** The select's element ID (the summary links to it). */
  id?: string;
  label: string;
  placeholder?: string;
  options: Record<string, string>;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  required?: boolean;
  autoFocus?: boolean;
  validationBehavior?: Validation;
}) {
  const empty = !props.value;
  return (
    <NativeSelect
      id={props.id}
      label={props.label}
      value={props.value}
      onChange={props.onChange}
      error={props.error}
      required={props.required}
      autoFocus={props.autoFocus}
      validationBehavior={props.validationBehavior}
    >
      {(empty || (props.placeholder !== undefined && !props.required)) && <option value="">{props.placeholder ?? ""}</option>}
      {Object.entries(props.options).map(([id, name]) => (
        <option key={id} value={id}>
          {name}
        </option>
      ))}
    </NativeSelect>
  );
}

function NativeSelect(props: {
  id?: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  required?: boolean;
  autoFocus?: boolean;
  validationBehavior?: Validation;
  children: ReactNode;
}) {
  const own = useId();
  const id = props.id ?? own;
  const errorId = `${id}-error`;
  const native = (props.validationBehavior ?? "native") === "native";
  const ref = useRef<HTMLSelectElement>(null);
  // Natively validated, the shown error is the select's own validity too (as react-aria did).
  useEffect(() => {
    if (native) ref.current?.setCustomValidity(props.error ?? "");
  }, [native, props.error]);
  useAutoFocus(ref, props.autoFocus);
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select
        ref={ref}
        id={id}
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value)}
        required={native ? props.required : undefined}
        aria-required={!native && props.required ? true : undefined}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? errorId : undefined}
      >
        {props.children}
      </select>
      {props.error && (
        <div className="error" id={errorId}>
          {props.error}
        </div>
      )}
    </div>
  );
}

/** A labelled group of checkboxes, one per option, its error on the group. */
export function Checks(props: {
  id?: string;
  label: string;
  options: Record<string, string>;
  value: string[];
  onChange: (v: string[]) => void;
  error?: string;
  validationBehavior?: Validation;
}) {
  return (
    <CheckboxGroup
      className="checks"
      value={props.value}
      onChange={props.onChange}
      isInvalid={!!props.error}
      id={props.id}
      validationBehavior={props.validationBehavior}
    >
      <Label className="group-label">{props.label}</Label>
      {Object.entries(props.options).map(([id, name]) => (
        <Checkbox key={id} value={id} className="check">
          <Box>{name}</Box>
        </Checkbox>
      ))}
      <FieldError className="error">{props.error}</FieldError>
    </CheckboxGroup>
  );
}

/** A single yes/no checkbox. */
export function Flag(props: { label: string; value: boolean; onChange: (v: boolean) => void; id?: string }) {
  return (
    <Checkbox className="check" isSelected={props.value} onChange={props.onChange} id={props.id}>
      <Box>{props.label}</Box>
    </Checkbox>
  );
}

/** The visible box of a react-aria checkbox, then its label. */
export function Box({ children }: { children: ReactNode }) {
  return (
    <>
      <span className="box" aria-hidden="true" />
      {children}
    </>
  );
}

/**
 * An announced list of the problems, each linked to its field, after a failure's own word.
 * `heading` introduces the list; `message` and `idOf` are the screen's.
 */
export function ErrorSummary(props: {
  problems: [string, string][];
  failure: string;
  heading: string;
  message: (code: string) => string;
  idOf: (path: string) => string;
  refObject: RefObject<HTMLDivElement | null>;
  /** The name of the field at a path, so each problem names its field (and person). */
  labelOf?: (path: string) => string | undefined;
}) {
  const { problems, failure } = props;
  return (
    <div ref={props.refObject} tabIndex={-1} role="alert" className={problems.length || failure ? "summary" : undefined}>
      {failure && <p>{failure}</p>}
      {problems.length > 0 && (
        <>
          <p>{props.heading}</p>
          <ul>
            {problems.map(([path, code]) => (
              <li key={path}>
                <a href={`#${props.idOf(path)}`}>{named(props.labelOf?.(path), props.message(code))}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** A problem of a group (not of one input), tied to it by `aria-describedby` through its ID. */
export function GroupProblem({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p className="error" id={id}>
      {error}
    </p>
  ) : null;
}

/** A filter's choice: everything (`allKey`, named `allLabel`) first, then the options. */
export function FilterChoice(props: {
  label: string;
  allKey: string;
  allLabel: string;
  options: Record<string, string>;
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <NativeSelect label={props.label} value={props.value} onChange={(v) => props.onChange(v || props.allKey)}>
      <option value={props.allKey}>{props.allLabel}</option>
      {Object.entries(props.options).map(([id, name]) => (
        <option key={id} value={id}>
          {name}
        </option>
      ))}
    </NativeSelect>
  );
}
