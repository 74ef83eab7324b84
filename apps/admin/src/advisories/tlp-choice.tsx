// Who may read an advisory: the four TLP 2.0 labels Regie fans out, each with what it means, as
// one group of radio buttons (TLP:RED is for named people, never sent to every board). With
// `fallback`, a first choice of none: the label the API takes when the document has none.
import { Tlp } from '@regie/domain';
import { describedBy, FieldMessage } from '../forms/fields';
import type { FormState } from '../forms/use-form';
import { useI18n } from '../i18n';

type StringKeys<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V];

const LABELS = [Tlp.CLEAR, Tlp.GREEN, Tlp.AMBER, Tlp.AMBER_STRICT] as const;

export function TlpChoice<V extends Record<string, unknown>>(props: {
  form: FormState<V>;
  name: StringKeys<V>;
  legend: string;
  required?: boolean;
  /** The text of an empty choice meaning TLP:AMBER (the API's default), offered first instead of AMBER itself. */
  fallback?: string;
}) {
  const { t } = useI18n();
  const { form, name } = props;
  const ids = form.ids(name);
  const message = form.error(name);
  const choices: { value: string; label: string; hint?: string }[] = [
    ...(props.fallback
      ? [{ value: '', label: props.fallback, hint: t('advisories.tlpMeaning.AMBER') }]
      : []),
    ...LABELS.filter((tlp) => !props.fallback || tlp !== Tlp.AMBER).map((tlp) => ({
      value: tlp as string,
      label: t(`advisories.tlp.${tlp}`),
      hint: t(`advisories.tlpMeaning.${tlp}`),
    })),
  ];
  return (
    <fieldset
      className={`field field--group${message ? ' field--invalid' : ''}`}
      aria-describedby={describedBy(ids, false, Boolean(message))}
    >
      <legend className="field__label">
        {props.legend}
        {props.required && <span className="field__required"> *</span>}
      </legend>
      {choices.map((choice, index) => (
        <label key={choice.value || 'fallback'} className="checkbox advisories-choice">
          <input
            id={index === 0 ? ids.control : undefined}
            type="radio"
            name={String(name)}
            value={choice.value}
            checked={form.values[name] === choice.value}
            aria-invalid={message ? true : undefined}
            onChange={() => form.set(name, choice.value as V[typeof name])}
          />
          <span>
            <strong>{choice.label}</strong>
            {choice.hint && <span className="advisories-choice__hint">{choice.hint}</span>}
          </span>
        </label>
      ))}
      <FieldMessage id={ids.error} message={message} />
    </fieldset>
  );
}
