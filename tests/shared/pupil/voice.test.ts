import { describe, expect, it } from 'vitest';
import { pickVoice, type VoiceLike } from '../../../shared/pupil/voice';

const v = (lang: string, name: string, extra: Partial<VoiceLike> = {}): VoiceLike => ({ lang, name, ...extra });

describe('pickVoice', () => {
  it('finds no voice when none speaks the language, so the control can be hidden', () => {
    expect(pickVoice([], 'ar')).toBeUndefined();
    expect(pickVoice([v('en-GB', 'Daniel'), v('ur-PK', 'Asad')], 'ar')).toBeUndefined();
  });

  it('matches on the language part of the tag, whatever its case or separator', () => {
    expect(pickVoice([v('en-US', 'Alex'), v('AR_sa', 'Maged')], 'ar')?.name).toBe('Maged');
  });

  it('does not mistake a longer code that starts the same way', () => {
    expect(pickVoice([v('sog', 'x'), v('plt-MG', 'y')], 'so')).toBeUndefined();
    expect(pickVoice([v('sog', 'x'), v('plt-MG', 'y')], 'pl')).toBeUndefined();
  });

  it("prefers the region Manchester pupils know (British English, Bangladeshi Bengali)", () => {
    expect(pickVoice([v('en-US', 'Alex', { default: true, localService: true }), v('en-GB', 'Kate')], 'en')?.name).toBe('Kate');
    expect(pickVoice([v('bn-IN', 'Tanishaa'), v('bn-BD', 'Nabanita')], 'bn')?.name).toBe('Nabanita');
  });

  it('then prefers a voice on the device, which works offline, then the default', () => {
    expect(pickVoice([v('pl-PL', 'Online'), v('pl-PL', 'Local', { localService: true })], 'pl')?.name).toBe('Local');
    expect(pickVoice([v('ar-EG', 'One'), v('ar-SA', 'Two', { default: true })], 'ar')?.name).toBe('Two');
    expect(pickVoice([v('ar-EG', 'One'), v('ar-SA', 'Two')], 'ar')?.name).toBe('One');
  });
});
