import { createSignal } from 'solid-js';

/** Whether the Get help panel is open; any pupil screen may open it (the intro links to it). */
export const [helpOpen, setHelpOpen] = createSignal(false);

/** Opens the panel and moves focus to it, so a screen reader lands on the help straight away. */
export function openHelp() {
  setHelpOpen(true);
  document.getElementById('help-title')?.focus();
}
