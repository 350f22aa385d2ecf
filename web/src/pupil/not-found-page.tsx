import { focusOnArrival, setTitle } from '../router';
import { PupilShell } from './pupil-shell';

export function NotFoundPage() {
  setTitle('Page not found');
  return (
    <PupilShell>
      <h1 tabindex="-1" ref={focusOnArrival}>
        We could not find that page
      </h1>
      <p>
        Check the web address, or <a href="/">go to the start</a> and type your join code.
      </p>
    </PupilShell>
  );
}
