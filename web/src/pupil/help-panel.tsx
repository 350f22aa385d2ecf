import { helpOpen } from './help-state';

/** Where to get help. The survey is anonymous, so nobody can follow up: we signpost instead. */
export function HelpPanel(props: { onClose: () => void }) {
  return (
    <section id="help" class="help" aria-labelledby="help-title" hidden={!helpOpen()}>
      <h2 id="help-title" tabindex="-1">
        Get help
      </h2>
      <p>If something is worrying you, you do not have to deal with it on your own.</p>
      <ul class="help-list">
        <li>Talk to an adult you trust at school, like a teacher or the school's safeguarding lead.</li>
        <li>
          Call <strong>Childline</strong> for free, any time: <a href="tel:08001111">0800 1111</a>
        </li>
        <li>
          Text <strong>SHOUT</strong> to <a href="sms:85258?&body=SHOUT">85258</a>, for free, any time
        </li>
        <li>
          Chat online with <strong>Kooth</strong>:{' '}
          <a href="https://www.kooth.com" target="_blank" rel="noopener noreferrer">
            kooth.com (opens in a new tab)
          </a>
        </li>
        <li>If you are in danger right now, call 999.</li>
      </ul>
      <button type="button" class="btn secondary" onClick={() => props.onClose()}>
        Close help
      </button>
    </section>
  );
}
