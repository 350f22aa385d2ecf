import { createEffect, Show } from 'solid-js';
import { getJoinCodes, getWaves } from './api';
import { focusOnArrival, setTitle, url } from '../router';
import { createLoad } from './create-load';
import { ErrorNotice } from './error-notice';
import { authed } from './session';
import { StaffLayout } from './staff-layout';
import { WavePicker } from './wave-picker';

/** `/admin/codes?wave=`: each setting's join code and link, to hand out for a survey round. */
export default function JoinCodesPage() {
  setTitle('Join codes');
  const waves = createLoad(() => true, () => authed(getWaves));
  const wave = () => {
    const list = waves.data()?.waves ?? [];
    return url().searchParams.get('wave') ?? (list.find((w) => w.status === 'open') ?? list[0])?.id;
  };
  const codes = createLoad(wave, (w) => authed((token) => getJoinCodes(token, w)));
  createEffect(() => codes.data() && setTitle(`Join codes: ${codes.data()!.wave.title}`));

  return (
    <StaffLayout>
      <h1 tabindex="-1" ref={focusOnArrival}>
        Join codes
      </h1>
      <p>
        Give each setting its own code. Pupils open the link, or go to <strong>{location.host}</strong> and type the code.
        Anyone with a code can answer, so share it only with the setting.
      </p>
      <WavePicker waves={waves.data()?.waves ?? []} value={wave()} />
      <Show when={codes.loading()}>
        <p role="status" class="loading">
          Loading the codes…
        </p>
      </Show>
      <Show when={codes.error() ?? waves.error()}>{(e) => <ErrorNotice error={e()} />}</Show>
      <Show when={!codes.error() && codes.data()}>
        {(c) => (
          <div class="table-scroll" role="region" aria-labelledby="codes-caption" tabindex="0">
            <table class="data codes">
              <caption id="codes-caption">Join codes for {c().wave.title}</caption>
              <thead>
                <tr>
                  <th scope="col">Setting</th>
                  <th scope="col">Code and join link</th>
                </tr>
              </thead>
              <tbody>
                {c().codes.length ? (
                  c().codes.map((row) => {
                    const link = `${location.origin}/j/${row.code}`;
                    return (
                      <tr>
                        <th scope="row">{row.settingName}</th>
                        <td>
                          <code class="join-code">{row.display}</code>
                          <a class="join-link" href={link}>
                            {link}
                          </a>
                        </td>
                      </tr>
                    );
                  })
                ) : (
                  <tr>
                    <td colspan="2">No codes for this round yet.</td>
                  </tr>
                )}
              </tbody>
            </table>
          </div>
        )}
      </Show>
    </StaffLayout>
  );
}
