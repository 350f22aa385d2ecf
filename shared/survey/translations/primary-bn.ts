/** Bengali draft of the primary survey (simple everyday Bengali, "তুমি"). Needs review by a native speaker: docs/translations.md. */
export const primaryBn: Record<string, string> = {
  title: 'স্কুল তোমার কেমন লাগে?',
  'anchor.faces.0': 'কখনো না',
  'anchor.faces.1': 'বেশি না',
  'anchor.faces.2': 'মাঝে মাঝে',
  'anchor.faces.3': 'অনেক সময়',
  'anchor.faces.4': 'সবসময়',
  'q.year': 'তুমি কোন ক্লাসে পড়ো?',
  'q.year.4': 'ক্লাস 4',
  'q.year.5': 'ক্লাস 5',
  'q.year.6': 'ক্লাস 6',
  'q.like_school': 'আমার স্কুলে থাকতে আমার ভালো লাগে।',
  'q.friends': 'স্কুলে আমার বন্ধু আছে।',
  'q.safe_school': 'স্কুলে আমার নিজেকে নিরাপদ মনে হয়।',
  'q.safe_online': 'অনলাইনে গেলে আমার নিজেকে নিরাপদ মনে হয়।',
  'q.happy': 'আমি খুশি থাকি।',
  'q.good_self': 'নিজেকে নিয়ে আমার ভালো লাগে।',
  'q.sleep': 'রাতে আমার ভালো ঘুম হয়।',
  'q.active': 'আমি প্রতিদিন দৌড়াই, খেলি বা নড়াচড়া করি।',
  'q.enjoy_learning': 'স্কুলে শিখতে আমার ভালো লাগে।',
  'q.keep_trying': 'কাজ কঠিন হলেও আমি চেষ্টা চালিয়ে যাই।',
  'q.adult_to_talk': 'স্কুলে এমন একজন বড় মানুষ আছেন, যাঁর সাথে আমি কথা বলতে পারি।',
  'q.calm_down': 'মন খারাপ হলে আমি নিজেকে শান্ত করতে পারি।',
  'q.gender': 'তুমি কি…',
  'q.gender.girl': 'মেয়ে',
  'q.gender.boy': 'ছেলে',
  'q.gender.another': 'অন্য কিছু',
  'q.better_place': 'কী হলে তোমার স্কুল আরও ভালো হবে?',
};

/** Version 2 (primary-v2.ts): version 1's strings above, and the new item's. */
export const primaryBnV2: Record<string, string> = {
  ...primaryBn,
  'q.adults_act': 'বাচ্চারা যা বলে, স্কুলের বড়রা সেটা নিয়ে কিছু করেন।',
};
