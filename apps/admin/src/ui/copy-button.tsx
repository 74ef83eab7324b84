import { useState } from 'react';
import { useI18n } from '../i18n';

/** Copies a secret to the clipboard and says so in a live region. */
export function CopyButton(props: { value: string; label: string }) {
  const { t } = useI18n();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <span className="copy">
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          navigator.clipboard.writeText(props.value).then(
            () => setState('copied'),
            () => setState('failed'),
          );
        }}
      >
        {props.label}
      </button>
      <span role="status" className="copy__status">
        {state === 'copied' ? t('copy.done') : state === 'failed' ? t('copy.failed') : ''}
      </span>
    </span>
  );
}
