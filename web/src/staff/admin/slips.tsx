import { For } from 'solid-js';
import type { MadeBatch } from './api';
import { focusNow } from './form';

/**
 * A batch of single-use codes, shown this once: a warning, a print button, and an A4 sheet of
 * cut-out slips. When printing, the page prints the slips alone (admin.css).
 */
export function Slips(props: { batch: MadeBatch; settingName: string; round: string; onDone: () => void }) {
  const count = () => props.batch.codes.length;
  const who = () => (props.batch.yearGroup ? `${props.settingName}, Year ${props.batch.yearGroup}` : props.settingName);
  return (
    <section class="slips-sheet" aria-labelledby="slips-title">
      <div class="slips-screen">
        <h2 id="slips-title" tabindex="-1" ref={focusNow}>
          {count()} single-use {count() === 1 ? 'code' : 'codes'} for {who()}
        </h2>
        <p class="warning" role="alert">
          <strong>These codes are shown only now — print them before leaving this page.</strong> Heard cannot show them again.
        </p>
        <div class="actions">
          <button type="button" class="btn primary" onClick={() => print()}>
            Print the slips
          </button>
          <button type="button" class="btn secondary" onClick={() => props.onDone()}>
            I have printed them
          </button>
        </div>
      </div>
      <ul class="slips" aria-label={`Slips to cut out for ${who()}`}>
        <For each={props.batch.codes}>
          {(c) => (
            <li class="slip">
              <p class="slip-head">
                Heard · {who()} · {props.round}
              </p>
              <p class="slip-code">{c.display}</p>
              <p class="slip-text">
                Go to <strong>{location.host}</strong> and type this code. It works once. No names. You can skip any question.
              </p>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
