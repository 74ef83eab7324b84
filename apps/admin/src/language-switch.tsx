import { locales, useI18n, type Locale } from './i18n';

/**
 * Two toggle buttons; each language's name is written in that language and marked with it.
 * `onChange` also saves the choice elsewhere (the signed-in person's account).
 */
export function LanguageSwitch(props: { onChange?: (locale: Locale) => void }) {
  const { locale, setLocale, t } = useI18n();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {locales.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === locale}
          onClick={() => {
            if (option === locale) return;
            setLocale(option);
            props.onChange?.(option);
          }}
        >
          {t(`language.${option}`)}
        </button>
      ))}
    </div>
  );
}
