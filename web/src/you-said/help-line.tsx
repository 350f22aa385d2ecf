import { w } from './words';

const NUMBER = '0800 1111';

/** Where to get help, at the foot of every page: Childline's number as a link, kept left to right in Arabic and Urdu. */
export function HelpLine() {
  const parts = () => w('page.help').split(NUMBER);
  return (
    <p class="help-line">
      {parts()[0]}
      <a href="tel:08001111" dir="ltr">
        {NUMBER}
      </a>
      {parts().slice(1).join(NUMBER)}
    </p>
  );
}
