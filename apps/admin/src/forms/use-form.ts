// A small form state hook: values, validation as the person types, the API's field messages
// beside the right field, and the rest of a failed request kept for the form's problem message.
// Values are never reset by a failed request: nothing typed is lost.
import { useCallback, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { ApiProblem } from '../api/api-problem';
import { useI18n } from '../i18n';
import { check, type Rule } from './rules';

export type Rules<V> = { readonly [K in keyof V]?: readonly Rule<V[K]>[] };

/** What a submit handler answers: a problem to show, or nothing when it went well. */
export type SubmitOutcome = ApiProblem | null | void;

export interface FormState<V extends Record<string, unknown>> {
  readonly values: V;
  set<K extends keyof V>(name: K, value: V[K]): void;
  /** Marks a field as visited, so its message shows even if nothing was typed. */
  touch(name: keyof V): void;
  /** The message to show beside a field now, if any. */
  error(name: keyof V): string | undefined;
  /** Element ids for a field: the control, its hint and its message. */
  ids(name: keyof V): { control: string; hint: string; error: string };
  /** The problem of the last submit that is not about one of this form's fields. */
  readonly problem: ApiProblem | null;
  /** API field messages whose field this form does not have (shown with the problem). */
  readonly otherFieldErrors: readonly string[];
  readonly submitting: boolean;
  onSubmit(handler: (values: V) => Promise<SubmitOutcome>): (event: FormEvent) => void;
  reset(values?: V): void;
}

export function useForm<V extends Record<string, unknown>>(options: {
  initialValues: V;
  /** Rules by field; a function when which rules apply depends on other values. */
  rules?: Rules<V> | ((values: V) => Rules<V>);
}): FormState<V> {
  const { shared } = useI18n();
  const prefix = useId();
  const [values, setValues] = useState<V>(options.initialValues);
  const [touched, setTouched] = useState<Partial<Record<keyof V, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<string, string>>>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const busy = useRef(false);
  const rules = options.rules;

  const ids = useCallback(
    (name: keyof V) => {
      const base = `${prefix}-${String(name)}`;
      return { control: base, hint: `${base}-hint`, error: `${base}-error` };
    },
    [prefix],
  );

  const clientError = useCallback(
    (name: keyof V, from: V) => {
      const active = typeof rules === 'function' ? rules(from) : rules;
      const failed = check(from[name], (active?.[name] ?? []) as readonly Rule<V[keyof V]>[]);
      return failed ? shared(failed) : undefined;
    },
    [rules, shared],
  );

  const set = useCallback(<K extends keyof V>(name: K, value: V[K]) => {
    setValues((previous) => ({ ...previous, [name]: value }));
    setTouched((previous) => (previous[name] ? previous : { ...previous, [name]: true }));
    // The API's message was about the old value.
    setServerErrors((previous) => {
      if (!(name in previous)) return previous;
      const next = { ...previous };
      delete next[name as string];
      return next;
    });
  }, []);

  const touch = useCallback((name: keyof V) => {
    setTouched((previous) => (previous[name] ? previous : { ...previous, [name]: true }));
  }, []);

  const error = useCallback(
    (name: keyof V) => {
      const fromServer = serverErrors[name as string];
      if (fromServer) return fromServer;
      // Silent until the person has typed in the field, left it, or tried to submit; from then
      // on the message follows every keystroke.
      if (!submitted && !touched[name]) return undefined;
      return clientError(name, values);
    },
    [clientError, serverErrors, submitted, touched, values],
  );

  const otherFieldErrors = useMemo(
    () =>
      Object.entries(serverErrors)
        .filter(([name]) => !(name in values))
        .map(([, message]) => message as string),
    [serverErrors, values],
  );

  const onSubmit = useCallback(
    (handler: (values: V) => Promise<SubmitOutcome>) => (event: FormEvent) => {
      event.preventDefault();
      if (busy.current) return;
      setSubmitted(true);
      const invalid = (Object.keys(values) as (keyof V)[]).filter((name) =>
        clientError(name, values),
      );
      if (invalid.length) {
        setProblem(null);
        document.getElementById(ids(invalid[0]).control)?.focus();
        return;
      }
      busy.current = true;
      setSubmitting(true);
      setProblem(null);
      void handler(values)
        .then((outcome) => {
          if (!outcome) {
            setServerErrors({});
            return;
          }
          if (outcome.kind === 'invalidInput') {
            setServerErrors(outcome.fields);
            const own = Object.keys(outcome.fields).filter((name) => name in values);
            const others = Object.keys(outcome.fields).length - own.length;
            // Only a problem message when something cannot be shown beside a field.
            setProblem(own.length && !others ? null : outcome);
            if (own[0]) document.getElementById(ids(own[0] as keyof V).control)?.focus();
          } else {
            setProblem(outcome);
          }
        })
        .finally(() => {
          busy.current = false;
          setSubmitting(false);
        });
    },
    [clientError, ids, values],
  );

  const reset = useCallback(
    (next?: V) => {
      setValues(next ?? options.initialValues);
      setTouched({});
      setSubmitted(false);
      setServerErrors({});
      setProblem(null);
    },
    [options.initialValues],
  );

  return {
    values,
    set,
    touch,
    error,
    ids,
    problem,
    otherFieldErrors,
    submitting,
    onSubmit,
    reset,
  };
}
