import { createSignal, Show } from 'solid-js';
import { focusOnArrival, setTitle, url } from '../../router';
import { createLoad } from '../create-load';
import { ErrorNotice } from '../error-notice';
import { authed, loadMe } from '../session';
import { StaffLayout } from '../staff-layout';
import '../admin/admin.css';
import { listRespondRounds } from './api';
import { FindingsSection } from './findings-section';
import { RoundList } from './round-list';

/**
 * `/respond[?wave=]`: the youth council's workspace. Findings drafted from a round's city report,
 * discussed and agreed; the council's answers and the youth council's verdict on them; the pupils'
 * vote in the next round. The council (admin) reads it; only the youth council writes.
 */
export default function RespondPage() {
  return (
    <StaffLayout>
      <Respond />
    </StaffLayout>
  );
}

function Respond() {
  setTitle('Findings and responses');
  const me = createLoad(() => true, loadMe);
  const role = () => me.data()?.role;
  const allowed = () => role() === 'youth-council' || role() === 'admin';
  const [loads, setLoads] = createSignal(1);
  const rounds = createLoad(() => allowed() && loads(), () => authed(listRespondRounds));
  const wave = () => url().searchParams.get('wave') ?? rounds.data()?.rounds[0]?.id;

  return (
    <>
      <h1 tabindex="-1" ref={focusOnArrival}>
        Findings and responses
      </h1>
      <Show when={me.error() ?? rounds.error()}>{(e) => <ErrorNotice error={e()} />}</Show>
      <Show when={me.data() && !allowed()}>
        <p>
          This page is for the youth council and the council. <a href="/reports">Go to your reports</a>.
        </p>
      </Show>
      <Show when={allowed()}>
        <Show
          when={role() === 'youth-council'}
          fallback={
            <p>
              The youth council’s findings, notes and verdicts, to read. Answer agreed findings under <a href="/admin/answers">Council admin: Answers</a>.
            </p>
          }
        >
          <p>
            Turn what pupils told us into findings, quoting the city report. Agree them, put them to a vote, and say whether the council’s answers are good
            enough.
          </p>
        </Show>
        <Show when={rounds.loading() && !rounds.data()}>
          <p role="status" class="loading">
            Loading the rounds…
          </p>
        </Show>
        <Show when={rounds.data()}>
          {(r) => (
            <Show when={r().rounds.length} fallback={<p>No round has closed yet. Findings are drafted from a round’s results once it closes.</p>}>
              <RoundList rounds={r().rounds} chosen={wave()} />
              <Show when={wave()} keyed>
                {(w) => <FindingsSection wave={w} rounds={r()} canWrite={role() === 'youth-council'} onChanged={() => setLoads((n) => n + 1)} />}
              </Show>
            </Show>
          )}
        </Show>
      </Show>
    </>
  );
}
