import { readJoin, type ApiError, type JoinInfo } from '../api';
import { lang, setTitle, t } from './i18n';
import { joinRequest } from './join-request';
import { describe } from './problem';

/** Why the survey did not open, in plain words, and what to do next. */
export function JoinProblem(props: { error: ApiError; retry: (request: Promise<JoinInfo>) => void }) {
  const [title, detail] = describe(props.error);
  setTitle(t('survey.failed.pageTitle'));
  const settled = props.error.code === 'wave.closed' || props.error.code === 'code.unknown' || props.error.code === 'code.used';
  return (
    <>
      <h1 tabindex="-1">{title}</h1>
      <p>{detail}</p>
      {settled ? (
        <p>
          <a href="/">{t('code.labelAgain')}</a>
        </p>
      ) : (
        <button type="button" class="btn primary" onClick={() => props.retry(readJoin(joinRequest(lang())))}>
          {t('nav.tryAgain')}
        </button>
      )}
    </>
  );
}
