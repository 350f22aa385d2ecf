/** Arabic draft of the primary survey (simple Modern Standard Arabic). Needs review by a native speaker: docs/translations.md. */
export const primaryAr: Record<string, string> = {
  title: 'كيف هي المدرسة بالنسبة إليك؟',
  'anchor.faces.0': 'أبدًا',
  'anchor.faces.1': 'قليلًا',
  'anchor.faces.2': 'أحيانًا',
  'anchor.faces.3': 'كثيرًا',
  'anchor.faces.4': 'دائمًا',
  'q.year': 'في أي صف أنت؟',
  'q.year.4': 'الصف 4',
  'q.year.5': 'الصف 5',
  'q.year.6': 'الصف 6',
  'q.like_school': 'أحب أن أكون في مدرستي.',
  'q.friends': 'لديّ أصدقاء في المدرسة.',
  'q.safe_school': 'أشعر بالأمان في المدرسة.',
  'q.safe_online': 'أشعر بالأمان عندما أستخدم الإنترنت.',
  'q.happy': 'أشعر بالسعادة.',
  'q.good_self': 'أشعر بالرضا عن نفسي.',
  'q.sleep': 'أنام جيدًا في الليل.',
  'q.active': 'أركض أو ألعب أو أتحرّك كل يوم.',
  'q.enjoy_learning': 'أستمتع بالتعلّم في المدرسة.',
  'q.keep_trying': 'أستمر في المحاولة عندما يكون العمل صعبًا.',
  'q.adult_to_talk': 'يوجد شخص كبير في المدرسة أستطيع أن أتحدث إليه.',
  'q.calm_down': 'عندما أشعر بالضيق، أستطيع أن أهدأ.',
  'q.gender': 'هل أنت…',
  'q.gender.girl': 'بنت',
  'q.gender.boy': 'ولد',
  'q.gender.another': 'غير ذلك',
  'q.better_place': 'ما الذي يجعل مدرستك أفضل من الآن؟',
};

/** Version 2 (primary-v2.ts): version 1's strings above, and the new item's. */
export const primaryArV2: Record<string, string> = {
  ...primaryAr,
  'q.adults_act': 'الكبار في المدرسة يفعلون شيئًا بشأن ما يقوله الأطفال.',
};
