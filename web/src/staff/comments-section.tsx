import { createMemo, createSignal, Show } from 'solid-js';
import { getComments, type ApiError, type Comments, type ReportFilter } from './api';
import type { Topics } from '../../../shared/report/schema';
import { asApiError } from './create-load';
import { ErrorNotice } from './error-notice';
import type { SurveyText } from './labels';
import { authed } from './session';
import { topicsHiddenText } from './topic-bars';

type Shown = Extract<Comments, { suppressed: false }>;

/**
 * Pupils' own words, redacted before they were stored, loaded only when someone asks to read
 * them. Hidden entirely for a group the report does not show.
 */
export function CommentsSection(props: { settingId: string; wave: string; filter?: ReportFilter; topics: Topics; text: SurveyText; threshold: number }) {
  const [comments, setComments] = createSignal<Comments>();
  const [error, setError] = createSignal<ApiError>();
  const [busy, setBusy] = createSignal(false);
  const [topic, setTopic] = createSignal('');
  const labels = () => new Map((props.topics.suppressed ? [] : props.topics.topics).map((t) => [t.id, t.label]));
  const label = (id: string) => labels().get(id) ?? id;

  const load = async () => {
    if (busy()) return;
    setBusy(true);
    setError(undefined);
    try {
      setComments(await authed((token) => getComments(token, props.settingId, props.wave, props.filter)));
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };

  const shown = (): Shown | undefined => {
    const c = comments();
    return c && !c.suppressed ? c : undefined;
  };
  const all = createMemo(() => shown()?.questions.flatMap((q) => q.comments) ?? []);
  const counts = createMemo(() => {
    const out = new Map<string, number>();
    for (const c of all()) for (const t of c.topics) out.set(t, (out.get(t) ?? 0) + 1);
    return [...out.entries()].sort((a, b) => b[1] - a[1] || label(a[0]).localeCompare(label(b[0])));
  });
  const matches = (c: { topics: string[] }) => !topic() || c.topics.includes(topic());
  const showing = () => all().filter(matches).length;

  return (
    <Show when={!props.topics.suppressed} fallback={<p class="suppressed">{topicsHiddenText(props.topics, props.threshold)}</p>}>
      <Show
        when={comments()}
        fallback={
          <>
            <p>
              Names, email addresses, links, phone numbers, social media handles, addresses, postcodes, dates of birth, NHS numbers
              and class names are taken out of comments before they are stored, but a name no list knows can get through. Do not
              share a comment that could identify a pupil.
            </p>
            <button type="button" class="btn secondary" aria-disabled={busy()} onClick={load}>
              {busy() ? 'Loading comments…' : 'Read comments'}
            </button>
            <Show when={error()}>{(e) => <ErrorNotice error={e()} />}</Show>
          </>
        }
      >
        <Show when={shown()} fallback={<p class="suppressed">{topicsHiddenText(comments()!, props.threshold)}</p>}>
          {(c) => (
            <>
              <div class="field topic-filter">
                <label class="label" for="topic-filter">
                  Show comments about
                </label>
                <select id="topic-filter" class="input" onChange={(e) => setTopic(e.currentTarget.value)}>
                  <option value="" selected={topic() === ''}>
                    Every topic ({all().length})
                  </option>
                  {counts().map(([id, n]) => (
                    <option value={id} selected={topic() === id}>
                      {label(id)} ({n})
                    </option>
                  ))}
                </select>
              </div>
              <p role="status" class="small">
                Showing {showing()} of {all().length} comments.
              </p>
              {c().questions.map((q) => {
                const list = () => q.comments.filter(matches);
                return (
                  <section class="comment-question" aria-labelledby={`cq-${q.id}`}>
                    <h3 id={`cq-${q.id}`}>{props.text.prompt(q.id)}</h3>
                    <Show when={list().length} fallback={<p class="small">No comments here for this topic.</p>}>
                      <ul class="comments">
                        {list().map((item) => (
                          <li>
                            <p>{item.text}</p>
                            <Show when={item.topics.length}>
                              <ul class="tags" aria-label="Topics">
                                {item.topics.map((t) => (
                                  <li>{label(t)}</li>
                                ))}
                              </ul>
                            </Show>
                          </li>
                        ))}
                      </ul>
                    </Show>
                  </section>
                );
              })}
            </>
          )}
        </Show>
      </Show>
    </Show>
  );
}
