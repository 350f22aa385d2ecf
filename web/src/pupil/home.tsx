import '../styles/more.css';
import { fill } from './fill';
import { setTitle, t } from './i18n';
import { CodeForm } from './code-form';

export { restReady } from './rest-text';

/** `/`: where a pupil types the join code their teacher gave them. */
export function HomePage() {
  setTitle(t('home.pageTitle'));
  return (
    <>
      <h1 tabindex="-1">{t('home.heading')}</h1>
      <p>{t('home.intro')}</p>
      <CodeForm />
      <p class="small aside">
        <a href="/signin">{t('home.staffSignIn')}</a>
      </p>
    </>
  );
}

export function NotFoundPage() {
  setTitle(t('notFound.pageTitle'));
  return (
    <>
      <h1 tabindex="-1">{t('notFound.heading')}</h1>
      <p>{fill(t('notFound.body'), { '{startLink}': () => <a href="/">{t('notFound.startLink')}</a> })}</p>
    </>
  );
}
