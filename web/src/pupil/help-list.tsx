import { info } from './app-state';
import { fill } from './fill';
import { t } from './i18n';

/**
 * Who a pupil can turn to. The survey is anonymous, so nobody can follow up: we signpost instead.
 * Numbers are links, set left to right so "0800 1111" never shows as "1111 0800" in Arabic or Urdu.
 */
export function HelpBody() {
  return (
    <>
      <p>{t('help.intro')}</p>
      <HelpList />
    </>
  );
}

export function HelpList() {
  const lead = () => info()?.setting.safeguardingLead;
  return (
    <ul class="help-list">
      <li>{t('help.trustedAdult')}</li>
      {lead() && <li>{fill(t('help.lead'), { '{name}': () => <bdi>{lead()}</bdi> })}</li>}
      <li>{fill(t('help.childline.text'), { '0800 1111': () => <a href="tel:08001111" dir="ltr">0800 1111</a> })}</li>
      <li>{fill(t('help.shout.text'), { '85258': () => <a href="sms:85258?&body=SHOUT" dir="ltr">85258</a> })}</li>
      <li>
        {fill(t('help.kooth.text'), {
          '{link}': () => (
            <a href="https://www.kooth.com" target="_blank" rel="noopener noreferrer">
              {t('help.kooth.link')}
            </a>
          ),
        })}
      </li>
      <li>{fill(t('help.danger'), { '999': () => <a href="tel:999">999</a> })}</li>
    </ul>
  );
}
