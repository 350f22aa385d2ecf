import { helpOpen, later, loadLater } from './app-state';
import { t } from './i18n';

/**
 * The Get help panel under the top bar. Its words come with the later chunk, fetched as soon as
 * the first screen is up; should the connection fail before then, the numbers are here already
 * (names and numbers read the same in every language), so help never waits on the network.
 */
export function HelpPanel(props: { onClose: () => void }) {
  const body = () => {
    const M = later();
    if (!helpOpen()) return null;
    if (M) return <M.HelpBody />;
    void loadLater();
    return (
      <ul class="help-list" dir="ltr">
        <li>
          <a href="tel:08001111">Childline 0800 1111</a>
        </li>
        <li>
          <a href="sms:85258?&body=SHOUT">Shout 85258</a>
        </li>
        <li>
          <a href="tel:999">999</a>
        </li>
      </ul>
    );
  };
  return (
    <section id="help" class="help" aria-labelledby="help-title" hidden={!helpOpen()}>
      <h2 id="help-title" tabindex="-1">
        {t('help.title') || t('help.button')}
      </h2>
      {body()}
      <button type="button" class="btn secondary" onClick={() => props.onClose()}>
        {t('help.close')}
      </button>
    </section>
  );
}
