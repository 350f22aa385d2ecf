import { createSignal, Show } from 'solid-js';
import { formatDate } from '../labels';
import { createForm } from '../admin/form';
import { Refusal } from '../admin/refusal';
import { publishedWords } from './words';

type Published = { firstPublishedOn?: string | undefined; publishedOn?: string | undefined; unpublishedChanges: boolean; revisions: unknown[] };

/**
 * Where an answer stands with pupils, and the button that shows them the saved version. After
 * an edit is published, says what pupils will see: "updated on …", with the earlier version kept.
 */
export function PublishBar(props: { answer: Published | undefined; publish: () => Promise<Published>; onPublished: () => void; where: string }) {
  const form = createForm(() => undefined);
  const [done, setDone] = createSignal<string>();
  const canPublish = () => Boolean(props.answer && (!props.answer.publishedOn || props.answer.unpublishedChanges));

  const publish = async () => {
    setDone(undefined);
    const before = props.answer?.publishedOn;
    const after = await form.submit(props.publish);
    if (!after) return;
    setDone(
      before
        ? `Published. Pupils will see “updated on ${formatDate(after.publishedOn ?? before)}”, and what it said before.`
        : `Published. Pupils can now see it on ${props.where}.`,
    );
    props.onPublished();
  };

  return (
    <div class="publish-bar">
      <p data-testid="publish-state">{props.answer ? publishedWords(props.answer) : 'Not saved yet: save the answer, then publish it.'}</p>
      <Show when={form.problem()}>{(p) => <Refusal error={p()} />}</Show>
      <Show when={canPublish()}>
        <button type="button" class="btn primary" aria-disabled={form.busy()} onClick={publish}>
          {props.answer?.publishedOn ? 'Publish the changes' : 'Publish'}
        </button>
        <p class="hint">Publishes the saved version. Save any changes above first.</p>
      </Show>
      <p class="done" role="status">
        {done() ?? ''}
      </p>
    </div>
  );
}
