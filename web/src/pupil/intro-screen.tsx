import { openHelp } from './help-state';
import type { SurveyState } from './survey-state';

export function IntroScreen(props: { s: SurveyState }) {
  const s = props.s;
  return (
    <>
      <h1 tabindex="-1" ref={s.arrive}>
        {s.t('title')}
      </h1>
      <p class="lead">
        For pupils at <strong>{s.info.setting.name}</strong>
      </p>
      <ul class="points">
        <li>This survey is anonymous: we do not ask your name.</li>
        <li>You can skip any question.</li>
        <li>
          There are {s.total} questions. It takes about 5 to 10 minutes.
        </li>
        <li>Your school and the council will read everyone's answers together, to make school better.</li>
      </ul>
      <p>
        <a
          href="#help"
          onClick={(e) => {
            e.preventDefault();
            openHelp();
          }}
        >
          If something is worrying you, you can get help
        </a>
      </p>
      <button type="button" class="btn primary wide" onClick={s.start}>
        Start
      </button>
    </>
  );
}
