import type { WaveSummary } from '../api';
import { EditPanel } from '../admin/form';
import { authed } from '../session';
import { addEntryUpdate, publishEntry, type SettingEntry, type Warnings } from './api';
import { ANSWER_LABELS, answerField } from './answer-state';
import { EntryForm } from './entry-form';
import { PublishBar } from './publish-bar';
import { ServerWarnings } from './server-warnings';
import { UpdateForm } from './update-form';
import { UpdatesList } from './updates-list';

/** One entry opened (`?entry=`): change it, publish it, and add dated updates. */
export function EntryPanel(props: {
  settingId: string;
  settingName: string;
  waves: WaveSummary[];
  entry: SettingEntry;
  /** Warnings from creating it, just before this panel opened. */
  warnings: Warnings | undefined;
  onChanged: () => void;
  onClose: () => void;
}) {
  const e = () => props.entry;
  return (
    <EditPanel title={`“${e().fields.youSaid ?? ''}”`}>
      <ServerWarnings warnings={props.warnings} labels={{ 'entry-you-said': 'You said', ...ANSWER_LABELS }} field={(f) => (f === 'youSaid' ? 'entry-you-said' : answerField(f))} />
      <h3>Publish</h3>
      <PublishBar
        answer={e()}
        publish={() => authed((token) => publishEntry(token, props.settingId, e().id)).then((r) => r.entry)}
        onPublished={props.onChanged}
        where={`${props.settingName}’s “You said, we did” page`}
      />
      <h3>Updates</h3>
      <UpdatesList updates={e().updates} />
      <UpdateForm send={(u) => authed((token) => addEntryUpdate(token, props.settingId, e().id, u))} onAdded={props.onChanged} />
      <h3>Change the entry</h3>
      <EntryForm settingId={props.settingId} waves={props.waves} entry={e()} onSaved={props.onChanged} onCancel={props.onClose} />
    </EditPanel>
  );
}
