import { describe, expect, it } from 'vitest';
import { redact } from '../../shared/redact';

/**
 * Pupils also write in Polish, Somali, Urdu, Arabic and Bengali: in their own script or in Latin
 * letters, with English names inside, and with Arabic-Indic, Urdu or Bengali digits.
 */
const SENTENCES: Record<string, [string, string][]> = {
  polish: [
    ['Kasia i Tomek dokuczają mi w szkole', '[name] i [name] dokuczają mi w szkole'],
    ['Jakub Nowak mnie bije na przerwie', '[name] mnie bije na przerwie'],
    ['Pani Kowalska nigdy nie słucha', '[name] nigdy nie słucha'],
    ['pani kowalska krzyczy na nas', '[name] krzyczy na nas'],
    ['Mój kolega Kuba jest smutny', 'Mój kolega [name] jest smutny'],
    ['Nazywam się Zosia Wiśniewska i jestem w 6a', 'Nazywam się [name] i jestem w [class]'],
    ['Gosia i Basia wyśmiewają mnie', '[name] i [name] wyśmiewają mnie'],
    ['mam urodziny 12 maja', 'mam urodziny [date]'],
    ['Urodziłam się 03.05.2012 w Krakowie', 'Urodziłam się [date] w Krakowie'],
    ['mój numer to +48 512 345 678', 'mój numer to [phone]'],
    ['Olek z klasy 7b zabrał mi telefon', '[name] z klasy [class] zabrał mi telefon'],
    ['Wiktoria Zielińska jest dla mnie niemiła', '[name] jest dla mnie niemiła'],
    ['napisz do mnie: kasia.nowak@gmail.com', 'napisz do mnie: [email]'],
    ['Franek i Antek to moi najlepsi przyjaciele', '[name] i [name] to moi najlepsi przyjaciele'],
    ['moja przyjaciółka Ola płacze codziennie', 'moja przyjaciółka [name] płacze codziennie'],
  ],
  somali: [
    ['Saaxiibkay Hodan waa fiican laakiin way murugaysan tahay', 'Saaxiibkay [name] waa fiican laakiin way murugaysan tahay'],
    ['Abdi Warsame ayaa i garaacay', '[name] ayaa i garaacay'],
    ['Magacaygu waa Ayaan Farah, fasalka 8B', 'Magacaygu waa [name], fasalka [class]'],
    ['macallin Cabdi wuu i caawiyaa', '[name] wuu i caawiyaa'],
    ['Faadumo iyo Sagal way igu qoslaan', '[name] iyo [name] way igu qoslaan'],
    ['igala soo xiriir 07700 900123', 'igala soo xiriir [phone]'],
    ['taariikhda dhalashadayda waa 12/03/2013', 'taariikhda dhalashadayda waa [date]'],
    ['Maxamed Cali wuxuu ku jiraa 9C', '[name] wuxuu ku jiraa [class]'],
    ['Xaliimo is bullying me on the bus', '[name] is bullying me on the bus'],
    ['Hibo waxay igu tiri erayo xun', '[name] waxay igu tiri erayo xun'],
  ],
  urdu: [
    ['Mera dost Ali mujhe marta hai', 'Mera dost [name] mujhe marta hai'],
    ['Ayesha aur Zainab mujhse baat nahi karti', '[name] aur [name] mujhse baat nahi karti'],
    ['mera naam Hamza Khan hai aur main 8b mein hoon', 'mera naam [name] hai aur main [class] mein hoon'],
    ['Sir Imran humein daantte hain', '[name] humein daantte hain'],
    ['Usman Qureshi bohat bura hai', '[name] bohat bura hai'],
    ['meri saheli Hira bohat udaas hai', 'meri saheli [name] bohat udaas hai'],
    ['mujhe call karo 07700 900123', 'mujhe call karo [phone]'],
    ['meri salgirah 5 June ko hai', 'meri salgirah [date] ko hai'],
    ['میرا نام علی ہے', 'میرا نام [name] ہے'],
    ['میرا نمبر ۰۷۷۰۰ ۹۰۰۱۲۳ ہے', 'میرا نمبر [phone] ہے'],
    ['میرا دوست Bilal مجھے مارتا ہے', 'میرا دوست [name] مجھے مارتا ہے'],
    ['میری سالگرہ ۱۲/۰۳ کو ہے', 'میری سالگرہ [date] کو ہے'],
  ],
  arabic: [
    ['اسمي عمر وأنا في 9C', 'اسمي [name] وأنا في [class]'],
    ['صديقي Yusuf يضربني كل يوم', 'صديقي [name] يضربني كل يوم'],
    ['رقمي ٠٧٧٠٠ ٩٠٠١٢٣', 'رقمي [phone]'],
    ['عيد ميلادي ١٢/٠٣/٢٠١٣', 'عيد ميلادي [date]'],
    ['Layla و Maryam لا يتكلمون معي', '[name] و [name] لا يتكلمون معي'],
    ['الأستاذ Mr Haddad يصرخ علينا', 'الأستاذ [name] يصرخ علينا'],
    ['ana ismi Rania w ana sa3ida', 'ana ismi [name] w ana sa3ida'],
    ['sahbi Khalid yadrobni', 'sahbi [name] yadrobni'],
    ['Ahmed w Omar mesh kwayseen ma3aya', '[name] w [name] mesh kwayseen ma3aya'],
  ],
  bengali: [
    ['আমার নাম রাহিম', 'আমার নাম [name]'],
    ['আমার বন্ধু Rafi আমাকে মারে', 'আমার বন্ধু [name] আমাকে মারে'],
    ['আমার ফোন নম্বর ০৭৭০০ ৯০০১২৩', 'আমার ফোন নম্বর [phone]'],
    ['আমার জন্মদিন ১২/০৩/২০১৩', 'আমার জন্মদিন [date]'],
    ['amar bondhu Tasnim khub bhalo', 'amar bondhu [name] khub bhalo'],
    ['Sumaiya ar Nusrat amake niye hashe', '[name] ar [name] amake niye hashe'],
    ['Miss Begum amader help kore', '[name] amader help kore'],
    ['amar naam Farhan Uddin, ami class 7 Red e pori', 'amar naam [name], ami class [class] e pori'],
  ],
};

describe.each(Object.entries(SENTENCES))('redacting what pupils write in %s', (_, sentences) => {
  it.each(sentences)('%s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });
});
