import { createMemo, createSignal, For, Show } from 'solid-js';
import type { ApiError } from '../api';
import { focusOnArrival, navigate, setTitle, url } from '../../router';
import { asApiError, createLoad } from '../create-load';
import { formatDate } from '../labels';
import { authed } from '../session';
import { AdminLayout } from './admin-layout';
import { listRounds, moveRound, type Round } from './api';
import { ConfirmDialog, type Confirmation } from './confirm-dialog';
import { EditPanel, Status } from './form';
import { Refusal } from './refusal';
import { ClosingDayForm } from './closing-day-form';
import { RoundForm } from './round-form';
import { nextStep, STATUS_WORDS, statusMeaning } from './round-steps';

/** `/admin/rounds[?edit=id]`: survey rounds, each with the one step it can take next. */
export default function RoundsPage() {
  return (
    <AdminLayout>
      <Rounds />
    </AdminLayout>
  );
}

function Rounds() {
  setTitle('Survey rounds');
  const [loads, setLoads] = createSignal(1);
  const rounds = createLoad(loads, () => authed(listRounds));
  const [ask, setAsk] = createSignal<Confirmation>();
  const [refusal, setRefusal] = createSignal<ApiError>();
  const [done, setDone] = createSignal<string>();
  const reload = () => setLoads((n) => n + 1);
  const editing = createMemo(() => rounds.data()?.waves.find((w) => w.id === url().searchParams.get('edit') && (w.status === 'draft' || w.status === 'open')));

  const take = (round: Round) => {
    const next = nextStep(round)!;
    setAsk({
      title: `${next.button} “${round.title}”?`,
      body: <p>{next.explain}</p>,
      confirm: next.confirm,
      run: async () => {
        setRefusal(undefined);
        setDone(undefined);
        try {
          const { wave } = await authed((token) => moveRound(token, round.id, next.step));
          setDone(`“${wave.title}” is now ${STATUS_WORDS[wave.status].toLowerCase()}.`);
        } catch (err) {
          setRefusal(asApiError(err));
        }
        reload();
      },
    });
  };

  const saved = (round: Round, created: boolean) => {
    setDone(created ? `Draft round “${round.title}” created. Make its join codes, then open it when pupils are ready.` : `“${round.title}” saved.`);
    if (!created) navigate('/admin/rounds');
    reload();
  };

  return (
    <>
      <h1 tabindex="-1" ref={focusOnArrival}>
        Survey rounds
      </h1>
      <p>
        A round goes from <strong>draft</strong> to <strong>open</strong> to <strong>closed</strong> to <strong>published</strong>, one
        step at a time. Pupils can answer only while it is open, between its dates.
      </p>
      <p>
        <a href="#new-round">Start a new round</a>
      </p>
      <Status text={done()} />
      <Show when={refusal()}>{(e) => <Refusal error={e()} />}</Show>
      <Show when={rounds.error()}>{(e) => <Refusal error={e()} />}</Show>
      <Show when={editing()} keyed>
        {(round) => (
          <EditPanel title={round.status === 'open' ? `Change when “${round.title}” closes` : `Change “${round.title}”`}>
            {round.status === 'open' ? (
              <ClosingDayForm round={round} onSaved={saved} onCancel={() => navigate('/admin/rounds')} />
            ) : (
              <RoundForm round={round} onSaved={saved} onCancel={() => navigate('/admin/rounds')} />
            )}
          </EditPanel>
        )}
      </Show>
      <h2>Rounds</h2>
      <Show when={rounds.loading() && !rounds.data()}>
        <p role="status" class="loading">
          Loading the rounds…
        </p>
      </Show>
      <Show when={rounds.data()}>
        {(data) => (
          <Show when={data().waves.length} fallback={<p>There are no rounds yet. Start one below.</p>}>
            <ul class="cards" data-testid="rounds">
              <For each={data().waves}>{(round) => <RoundCard round={round} onStep={take} />}</For>
            </ul>
          </Show>
        )}
      </Show>
      <section aria-labelledby="new-round-title" id="new-round">
        <h2 id="new-round-title">Start a new round</h2>
        <p>A new round starts as a draft. Pupils cannot answer until you open it.</p>
        <RoundForm onSaved={saved} />
      </section>
      <ConfirmDialog ask={ask()} onClose={() => setAsk(undefined)} />
    </>
  );
}

function RoundCard(props: { round: Round; onStep: (round: Round) => void }) {
  const r = () => props.round;
  const next = () => nextStep(r());
  return (
    <li class="card" data-round={r().id}>
      <div class="card-head">
        <h3>{r().title}</h3>
        <span class={`status status-${r().status}`}>{STATUS_WORDS[r().status]}</span>
      </div>
      <p class="meta">
        {formatDate(r().opensOn)} to {formatDate(r().closesOn)}
        {r().closedOn && `, closed early on ${formatDate(r().closedOn!)}`} · <span class="id">{r().id}</span>
      </p>
      <p>{statusMeaning(r())}</p>
      <div class="actions">
        <Show when={next()}>
          {(n) => (
            <button type="button" class="btn primary" onClick={() => props.onStep(r())} aria-label={`${n().button} “${r().title}”`}>
              {n().button}
            </button>
          )}
        </Show>
        <Show when={r().status === 'draft'}>
          <a class="btn secondary" href={`/admin/rounds?edit=${encodeURIComponent(r().id)}`} aria-label={`Change “${r().title}”`}>
            Change
          </a>
        </Show>
        <Show when={r().status === 'open'}>
          <a class="btn secondary" href={`/admin/rounds?edit=${encodeURIComponent(r().id)}`} aria-label={`Change when “${r().title}” closes`}>
            Change closing day
          </a>
        </Show>
        <Show when={r().status === 'draft' || r().status === 'open'}>
          <a class="btn link" href={`/admin/codes?wave=${encodeURIComponent(r().id)}`}>
            Join codes
          </a>
        </Show>
      </div>
    </li>
  );
}
