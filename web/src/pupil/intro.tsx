import { info, openHelp, st } from './app-state';
import { t } from './i18n';

/**
 * The few words before the first question, on the same screen as it: a pupil sees what this is
 * and can answer at once. The primary version says less.
 */
export function Intro(props: { total: number; arrive: (el: HTMLElement) => void }) {
  const secondary = info()!.survey.audience !== 'primary';
  return (
    <>
      <h1 tabindex="-1" ref={props.arrive}>
        {st('title')}
      </h1>
      <p class="lead">{t('intro.forPupilsAt', { setting: info()!.setting.name })}</p>
      <ul class="points">
        <li>{t('intro.anonymous')}</li>
        <li>{t('intro.skipAny')}</li>
        {secondary && <li>{t('intro.length', { total: props.total })}</li>}
        {secondary && <li>{t('intro.together')}</li>}
      </ul>
      <p>
        <a
          href="#help"
          onClick={(e) => {
            e.preventDefault();
            openHelp();
          }}
        >
          {t('intro.helpLink')}
        </a>
      </p>
    </>
  );
}
