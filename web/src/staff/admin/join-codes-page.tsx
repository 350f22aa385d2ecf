import { createEffect, createSignal, For, Show } from 'solid-js';
import { getJoinCodes, type ApiError, type JoinCodeRow } from '../api';
import { focusOnArrival, setTitle } from '../../router';
import { asApiError, createLoad } from '../create-load';
import { authed } from '../session';
import { WavePicker } from '../wave-picker';
import { AdminLayout } from './admin-layout';
import { createChosenRound } from './chosen-round';
import { listSettings, makeJoinCode, withdrawJoinCode } from './api';
import { CodeForm } from './code-form';
import { ConfirmDialog, type Confirmation } from './confirm-dialog';
import { Status } from './form';
import { codeFor as whoFor, joinLink, posterHref } from './links';
import { QrImage } from './qr-image';
import { Refusal } from './refusal';

/** `/admin/codes?wave=`: each setting's join codes for a round, with a link, a QR code and a poster to print. */
export default function JoinCodesPage() {
  return (
    <AdminLayout>
      <JoinCodes />
    </AdminLayout>
  );
}

function JoinCodes() {
  setTitle('Join codes');
  const { waves, wave, round, takesCodes: open } = createChosenRound();
  const settings = createLoad(() => true, () => authed(listSettings));
  const [loads, setLoads] = createSignal(0);
  const codes = createLoad(() => wave() && `${wave()}#${loads()}`, () => authed((token) => getJoinCodes(token, wave()!)));
  const [made, setMade] = createSignal<string>();
  const [withdrawn, setWithdrawn] = createSignal<string>();
  const [refusal, setRefusal] = createSignal<ApiError>();
  const [ask, setAsk] = createSignal<Confirmation>();
  let codesTitle: HTMLHeadingElement | undefined;
  createEffect(() => codes.data() && setTitle(`Join codes: ${codes.data()!.wave.title}`));

  const withdraw = (wave: string, row: JoinCodeRow) =>
    setAsk({
      title: `Withdraw the code for ${whoFor(row)}?`,
      body: (
        <p>
          People who already answered with it stay counted; the code stops working now. Links, QR codes and posters for{' '}
          <code>{row.display}</code> will no longer open the survey.
        </p>
      ),
      confirm: 'Withdraw the code',
      run: async () => {
        setRefusal(undefined);
        setWithdrawn(undefined);
        try {
          await authed((token) => withdrawJoinCode(token, wave, row.code));
          setWithdrawn(`Code ${row.display} for ${whoFor(row)} withdrawn. It no longer opens the survey.`);
          // Its card is about to go: keep the keyboard in the list rather than lost at the top of the page.
          codesTitle?.focus();
        } catch (err) {
          setRefusal(asApiError(err));
        }
        setLoads((n) => n + 1);
      },
    });

  return (
    <>
      <h1 tabindex="-1" ref={focusOnArrival}>
        Join codes
      </h1>
      <p>
        Give each setting its own code, or one per year group. Pupils scan the QR code or open the link, or go to{' '}
        <strong>{location.host}</strong> and type the code. Anyone with a code can answer, so share it only with the setting.
      </p>
      <WavePicker waves={waves.data()?.waves ?? []} value={wave()} />
      <Show when={waves.error() ?? settings.error()}>{(e) => <Refusal error={e()} />}</Show>
      <Show when={round()}>
        {(r) => (
          <Show
            when={open()}
            fallback={<p class="note">“{r().title}” is {r().status}, so its codes no longer open the survey and no new ones can be made.</p>}
          >
            <section class="panel" aria-labelledby="make-title">
              <h2 id="make-title">Make a join code</h2>
              <CodeForm
                settings={settings.data()?.settings ?? []}
                submitLabel="Make join code"
                send={(token, body) => makeJoinCode(token, r().id, body)}
                onMade={(code, name) => {
                  setMade(`New code for ${name}: ${code.display}.`);
                  setLoads((n) => n + 1);
                }}
              />
              <Status text={made()} />
            </section>
          </Show>
        )}
      </Show>
      <Show when={codes.loading() && !codes.data()}>
        <p role="status" class="loading">
          Loading the codes…
        </p>
      </Show>
      <Show when={codes.error()}>{(e) => <Refusal error={e()} />}</Show>
      <Show when={refusal()}>{(e) => <Refusal error={e()} />}</Show>
      <Status text={withdrawn()} />
      <Show when={!codes.error() && codes.data()}>
        {(c) => (
          <section aria-labelledby="codes-title">
            <h2 id="codes-title" tabindex="-1" ref={codesTitle}>
              Codes for {c().wave.title}
            </h2>
            <Show when={c().codes.length} fallback={<p>No codes for this round yet.</p>}>
              <ul class="cards code-cards">
                <For each={c().codes}>
                  {(row) => <CodeCard row={row} wave={c().wave.id} onWithdraw={open() ? () => withdraw(c().wave.id, row) : undefined} />}
                </For>
              </ul>
            </Show>
          </section>
        )}
      </Show>
      <ConfirmDialog ask={ask()} onClose={() => setAsk(undefined)} />
    </>
  );
}

/** One code: who it is for, the link and its QR code, a poster to print and (while the round takes answers) a way to withdraw it. */
function CodeCard(props: { row: JoinCodeRow; wave: string; onWithdraw?: (() => void) | undefined }) {
  const link = () => joinLink(props.row.code);
  return (
    <li class="card code-card" data-code={props.row.code}>
      <div>
        <h3>{whoFor(props.row)}</h3>
        <p class="code-big">
          <span class="vh">Code: </span>
          <code>{props.row.display}</code>
        </p>
        <p>
          <a class="join-link" href={link()}>
            {link()}
          </a>
        </p>
        <p class="actions">
          <a class="btn secondary" href={posterHref(props.wave, props.row.code)}>
            Print a poster<span class="vh"> for {whoFor(props.row)}</span>
          </a>
          <Show when={props.onWithdraw}>
            {(withdraw) => (
              <button type="button" class="btn link" onClick={() => withdraw()()}>
                Withdraw code<span class="vh"> for {whoFor(props.row)}</span>
              </button>
            )}
          </Show>
        </p>
      </div>
      <QrImage text={link()} label={`QR code for ${whoFor(props.row)}: opens ${link()}`} class="qr-card" />
    </li>
  );
}
