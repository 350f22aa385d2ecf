import { For, Show } from 'solid-js';
import type { BoardAnswer } from '../../../shared/respond/board';
import { formatDay } from '../../../shared/i18n/you-said/sentences';
import { English } from './text';
import { lang, w } from './words';

const Day = (props: { iso: string }) => <time datetime={props.iso}>{formatDay(props.iso, lang())}</time>;

/** Who is doing it, by when, and how it is going: in words, and as a bar whose value is said too. */
export function Facts(props: { answer: BoardAnswer }) {
  const a = () => props.answer;
  return (
    <>
      <dl class="facts">
        <div>
          <dt>{w('item.who')}</dt>
          <dd>
            <English text={a().responsible} />
          </dd>
        </div>
        <div>
          <dt>{w('item.due')}</dt>
          <dd>
            <Day iso={a().dueOn} />
          </dd>
        </div>
        <div>
          <dt>{w('item.status')}</dt>
          <dd class={`status status-${a().status}`}>{w(`status.${a().status}`)}</dd>
        </div>
      </dl>
      <Show when={a().status !== 'cannot'}>
        <div class="done">
          <p>
            <strong>{w('item.progress', { percent: a().progress })}</strong>
          </p>
          <progress max="100" value={a().progress} aria-label={w('item.progressLabel')} />
        </div>
      </Show>
    </>
  );
}

/** Dated news, newest first: only those whose day has come (the API holds the others back). */
export function News(props: { updates: BoardAnswer['updates'] }) {
  return (
    <Show when={props.updates.length}>
      <h4>{w('item.news')}</h4>
      <ul class="news">
        <For each={props.updates}>
          {(u) => (
            <li>
              <Day iso={u.showOn} />: <English text={u.text} />
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}

/** "Updated on …", and what it said before each change: nothing is silently rewritten. */
export function Earlier(props: { answer: BoardAnswer }) {
  const a = () => props.answer;
  return (
    <Show when={a().updatedOn}>
      <p class="updated">{w('item.updatedOn', { date: formatDay(a().updatedOn!, lang()) })}</p>
      <details class="earlier">
        <summary>{w('item.before')}</summary>
        <ul>
          <For each={a().earlier}>
            {(e) => (
              <li>
                <p>{w('item.beforeOn', { date: formatDay(e.on, lang()) })}</p>
                <p>
                  <b>{w('item.weWill')}:</b> <English text={e.weWill} />
                </p>
                {e.weDid && (
                  <p>
                    <b>{w('item.weDid')}:</b> <English text={e.weDid} />
                  </p>
                )}
                <p>
                  <b>{w('item.status')}:</b> {w(`status.${e.status}`)}
                  {e.status !== 'cannot' && <>, {w('item.progress', { percent: e.progress })}</>}
                </p>
              </li>
            )}
          </For>
        </ul>
      </details>
    </Show>
  );
}
