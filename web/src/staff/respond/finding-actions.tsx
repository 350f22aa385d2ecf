import { createSignal, Show } from 'solid-js';
import { createForm } from '../admin/form';
import { ConfirmDialog, type Confirmation } from '../admin/confirm-dialog';
import { Refusal } from '../admin/refusal';
import { authed } from '../session';
import { agreeFinding, withdrawFinding, type Finding } from './api';

/** Agree a draft finding (the youth council is ready to put it to the council), or withdraw it. */
export function FindingActions(props: { finding: Finding; onAgreed: () => void; onWithdrawn: () => void }) {
  const form = createForm(() => undefined);
  const [ask, setAsk] = createSignal<Confirmation>();
  const agree = async () => {
    if (await form.submit(() => authed((token) => agreeFinding(token, props.finding.id)))) props.onAgreed();
  };
  const withdraw = () =>
    setAsk({
      title: 'Withdraw this draft finding?',
      body: (
        <>
          <p>“{props.finding.text}”</p>
          <p>It and its notes are removed. This cannot be undone.</p>
        </>
      ),
      confirm: 'Withdraw it',
      run: async () => {
        if (await form.submit(() => authed((token) => withdrawFinding(token, props.finding.id)).then(() => true))) props.onWithdrawn();
      },
    });
  return (
    <>
      <Show when={form.problem()}>{(p) => <Refusal error={p()} />}</Show>
      <div class="actions">
        <button type="button" class="btn primary" aria-disabled={form.busy()} onClick={agree}>
          Agree<span class="vh"> “{props.finding.text}”</span>
        </button>
        <button type="button" class="btn secondary" onClick={withdraw}>
          Withdraw<span class="vh"> “{props.finding.text}”</span>
        </button>
      </div>
      <p class="hint">Agree it once the youth council is happy with it: it can then be answered and put to a vote, and no longer changed.</p>
      <ConfirmDialog ask={ask()} onClose={() => setAsk(undefined)} />
    </>
  );
}
