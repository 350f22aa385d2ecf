import { createSignal } from 'solid-js';
import { downloadCsv } from './api';
import { asApiError } from './create-load';
import { authed } from './session';

/** Downloads the report's figures as CSV, with the same hidden figures as the page. */
export function ExportButton(props: { path: string; name: string }) {
  const [status, setStatus] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const run = async () => {
    if (busy()) return;
    setBusy(true);
    setStatus('Preparing the download…');
    try {
      const saved = await authed((token) => downloadCsv(token, props.path, props.name));
      setStatus(`Downloaded ${saved}.`);
    } catch (err) {
      setStatus(`The download did not work: ${asApiError(err).detail}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" class="btn secondary" aria-disabled={busy()} onClick={run}>
        Download figures (CSV)
      </button>
      <span role="status" class="small export-status">
        {status()}
      </span>
    </>
  );
}
