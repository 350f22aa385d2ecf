import { createEffect, createMemo, Show } from 'solid-js';
import { getJoinCodes } from '../api';
import { focusOnArrival, setTitle, url } from '../../router';
import '../../styles/staff.css';
import { createLoad } from '../create-load';
import { ErrorNotice } from '../error-notice';
import { authed } from '../session';
import './admin.css';
import { listSettings } from './api';
import { codeFor, joinLink } from './links';
import { QrImage } from './qr-image';

/** The setting's public "You said, we did" page (web/src/you-said), so pupils find it from the poster. */
const youSaidLink = (settingId: string) => `${location.origin}/you-said/${encodeURIComponent(settingId)}`;

/** `/admin/codes/poster?wave=&code=`: one join code as an A4 classroom poster. */
export default function PosterPage() {
  const wave = () => url().searchParams.get('wave') ?? '';
  const code = () => url().searchParams.get('code') ?? '';
  const codes = createLoad(() => wave() || undefined, (w) => authed((token) => getJoinCodes(token, w)));
  const settings = createLoad(() => true, () => authed(listSettings));
  const row = createMemo(() => codes.data()?.codes.find((c) => c.code === code()));
  const lead = () => settings.data()?.settings.find((s) => s.id === row()?.settingId)?.safeguardingLead;
  const who = () => (row() ? codeFor(row()!) : '');
  createEffect(() => setTitle(row() ? `Poster: ${who()}` : 'Poster'));
  const missing = () => Boolean(codes.data() && !row());

  return (
    <div class="print-sheet">
      <div class="print-toolbar">
        <a class="btn secondary" href={`/admin/codes?wave=${encodeURIComponent(wave())}`}>
          Back to join codes
        </a>
        <button type="button" class="btn primary" onClick={() => print()}>
          Print the poster
        </button>
        <p class="small">Laid out for one sheet of A4. Put it where pupils can scan it from their seats.</p>
      </div>
      <main id="main" class="poster-page">
        <Show when={codes.loading() && !codes.data()}>
          <p role="status" class="loading">
            Loading the poster…
          </p>
        </Show>
        <Show when={codes.error()}>{(e) => <ErrorNotice error={e()} />}</Show>
        <Show when={missing()}>
          <h1>There is no such code</h1>
          <p>
            This round has no code {code()}. <a href={`/admin/codes?wave=${encodeURIComponent(wave())}`}>Choose a code from the list</a>.
          </p>
        </Show>
        <Show when={row()}>
          {(r) => (
            <article class="poster" data-testid="poster">
              <p class="poster-brand">Heard · have your say about school</p>
              <h1 tabindex="-1" ref={focusOnArrival}>
                {who()}
              </h1>
              <p class="poster-round">{codes.data()!.wave.title}</p>
              <QrImage text={joinLink(r().code)} label={`QR code: opens ${joinLink(r().code)}`} class="qr-poster" />
              <p class="poster-code">
                <span class="vh">Code: </span>
                {r().display}
              </p>
              <p class="poster-url">{joinLink(r().code)}</p>
              <p class="poster-line">Scan or type the code. No names. You can skip any question.</p>
              <p class="poster-url">What happened after last time: {youSaidLink(r().settingId)}</p>
              <section class="poster-help" aria-labelledby="poster-help-title">
                <h2 id="poster-help-title">Get help</h2>
                <ul>
                  <li>
                    Talk to an adult you trust at school.
                    <Show when={lead()}>{(name) => <> Your school's safeguarding lead is {name()}.</>}</Show>
                  </li>
                  <li>
                    Childline, free, any time: <strong>0800 1111</strong>
                  </li>
                  <li>
                    Text <strong>SHOUT</strong> to <strong>85258</strong>, free, any time
                  </li>
                  <li>
                    Chat online with Kooth: <strong>kooth.com</strong>
                  </li>
                  <li>
                    In danger right now? Call <strong>999</strong>.
                  </li>
                </ul>
              </section>
            </article>
          )}
        </Show>
      </main>
    </div>
  );
}
