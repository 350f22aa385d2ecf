import { focusOnArrival, setTitle } from '../router';
import { CodeForm } from './code-form';
import { PupilShell } from './pupil-shell';

export function HomePage() {
  setTitle('Have your say');
  return (
    <PupilShell>
      <h1 tabindex="-1" ref={focusOnArrival}>
        Have your say about school
      </h1>
      <p>Tell your school and the council how school is for you. We do not ask your name.</p>
      <CodeForm />
      <p class="small aside">
        <a href="/signin">Staff sign in</a>
      </p>
    </PupilShell>
  );
}
