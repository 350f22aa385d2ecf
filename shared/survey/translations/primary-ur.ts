/** Urdu draft of the primary survey (simple everyday Urdu, "آپ"). Needs review by a native speaker: docs/translations.md. */
export const primaryUr: Record<string, string> = {
  title: 'اسکول آپ کے لیے کیسا ہے؟',
  'anchor.faces.0': 'کبھی نہیں',
  'anchor.faces.1': 'زیادہ نہیں',
  'anchor.faces.2': 'کبھی کبھی',
  'anchor.faces.3': 'اکثر',
  'anchor.faces.4': 'ہمیشہ',
  'q.year': 'آپ کس جماعت میں ہیں؟',
  'q.year.4': 'جماعت 4',
  'q.year.5': 'جماعت 5',
  'q.year.6': 'جماعت 6',
  'q.like_school': 'مجھے اپنے اسکول میں رہنا اچھا لگتا ہے۔',
  'q.friends': 'اسکول میں میرے دوست ہیں۔',
  'q.safe_school': 'مجھے لگتا ہے کہ اسکول میں میں محفوظ ہوں۔',
  'q.safe_online': 'انٹرنیٹ استعمال کرتے ہوئے مجھے لگتا ہے کہ میں محفوظ ہوں۔',
  'q.happy': 'مجھے خوشی محسوس ہوتی ہے۔',
  'q.good_self': 'مجھے اپنا آپ اچھا لگتا ہے۔',
  'q.sleep': 'مجھے رات کو اچھی نیند آتی ہے۔',
  'q.active': 'ہر روز میرا کچھ وقت بھاگنے، کھیلنے یا چلنے پھرنے میں گزرتا ہے۔',
  'q.enjoy_learning': 'مجھے اسکول میں سیکھنا اچھا لگتا ہے۔',
  'q.keep_trying': 'کام مشکل ہو تب بھی میری کوشش جاری رہتی ہے۔',
  'q.adult_to_talk': 'اسکول میں کوئی بڑا ہے جس سے میں بات کر سکوں۔',
  'q.calm_down': 'جب میں اداس یا پریشان ہوں تو مجھے پھر سے سکون مل جاتا ہے۔',
  'q.gender': 'آپ ان میں سے کیا ہیں؟',
  'q.gender.girl': 'لڑکی',
  'q.gender.boy': 'لڑکا',
  'q.gender.another': 'کسی اور طرح سے',
  'q.better_place': 'کس چیز سے آپ کا اسکول اور بھی اچھا بن سکتا ہے؟',
};

/** Version 2 (primary-v2.ts): version 1's strings above, and the new item's. */
export const primaryUrV2: Record<string, string> = {
  ...primaryUr,
  'q.adults_act': 'بچے جو کہتے ہیں، اسکول کے بڑے اس کے بارے میں کچھ کرتے ہیں۔',
};
