import { createEffect, createUniqueId, type JSX } from 'solid-js';

export type Confirmation = { title: string; body: JSX.Element; confirm: string; run: () => void };

/**
 * Asks before a step that cannot be undone, in a modal `<dialog>`: the browser keeps focus inside
 * it, Escape cancels, and focus goes back to the button that opened it.
 */
export function ConfirmDialog(props: { ask: Confirmation | undefined; onClose: () => void }) {
  let dialog!: HTMLDialogElement;
  let opener: Element | null = null;
  const id = createUniqueId();
  createEffect(() => {
    if (props.ask && !dialog.open) {
      opener = document.activeElement;
      dialog.showModal();
    } else if (!props.ask && dialog.open) dialog.close();
  });
  const closed = () => {
    props.onClose();
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
  };
  return (
    <dialog ref={dialog} class="confirm" aria-labelledby={`${id}-title`} onClose={closed}>
      <h2 id={`${id}-title`}>{props.ask?.title}</h2>
      <div class="confirm-body">{props.ask?.body}</div>
      <div class="actions">
        <button
          type="button"
          class="btn primary"
          onClick={() => {
            const run = props.ask?.run;
            dialog.close();
            run?.();
          }}
        >
          {props.ask?.confirm}
        </button>
        <button type="button" class="btn secondary" onClick={() => dialog.close()}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
