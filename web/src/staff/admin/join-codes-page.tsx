import { createEffect, createMemo, createSignal, For, Show } from 'solid-js';
import { getJoinCodes, getWaves, type JoinCodeRow } from '../api';
import { focusOnArrival, setTitle, url } from '../../router';
import { createLoad } from '../create-load';
import { authed } from '../session';
import { WavePicker } from '../wave-picker';
import { AdminLayout } from './admin-layout';
import { listSettings, makeJoinCode } from './api';
import { CodeForm } from './code-form';
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
  const waves = createLoad(() => true, () => authed(getWaves));
  const settings = createLoad(() => true, () => authed(listSettings));
  const wave = () => {
    const list = waves.data()?.waves ?? [];
    return url().searchParams.get('wave') ?? (list.find((w) => w.status === 'open') ?? list[0])?.id;
  };
  const round = createMemo(() => waves.data()?.waves.find((w) => w.id === wave()));
  const [loads, setLoads] = createSignal(0);
  const codes = createLoad(() => wave() && `${wave()}#${loads()}`, () => authed((token) => getJoinCodes(token, wave()!)));
  const [made, setMade] = createSignal<string>();
  createEffect(() => codes.data() && setTitle(`Join codes: ${codes.data()!.wave.title}`));
  const open = () => round()?.status === 'draft' || round()?.status === 'open';

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
      <Show when={!codes.error() && codes.data()}>
        {(c) => (
          <section aria-labelledby="codes-title">
            <h2 id="codes-title">Codes for {c().wave.title}</h2>
            <Show when={c().codes.length} fallback={<p>No codes for this round yet.</p>}>
              <ul class="cards code-cards">
                <For each={c().codes}>{(row) => <CodeCard row={row} wave={c().wave.id} />}</For>
              </ul>
            </Show>
          </section>
        )}
      </Show>
    </>
  );
}

function CodeCard(props: { row: JoinCodeRow; wave: string }) {
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
        <p>
          <a class="btn secondary" href={posterHref(props.wave, props.row.code)}>
            Print a poster<span class="vh"> for {whoFor(props.row)}</span>
          </a>
        </p>
      </div>
      <QrImage text={link()} label={`QR code for ${whoFor(props.row)}: opens ${link()}`} class="qr-card" />
    </li>
  );
}
