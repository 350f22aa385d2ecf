/**
 * First names common among children and families in Manchester that the English name dataset
 * (given-names.ts) lacks: recent ONS baby names, and the city's largest communities (Pakistani,
 * Bangladeshi, Arabic, Somali, Polish with its diminutives, West African, Roma and Eastern
 * European), in the Latin spellings pupils use, and the commonest in Arabic, Urdu and Bengali
 * script (only those that are not also everyday words there: not علي "on me", حسن "good"). Lower-case. Never complete: redaction is one
 * layer among several (comments are shown only for groups of ten or more, and never with a gender).
 */
const words = (text: string) => new Set(text.split(/\s+/).filter(Boolean));

export const FIRST_NAMES = words(`
oliver george noah arthur leo muhammad mohammed mohammad mohamed ahmed ahmad harry oscar archie jack henry charlie freddie theodore
thomas jacob alfie isaac finley logan lucas ethan joshua james william alexander daniel samuel joseph benjamin adam dylan
tyler riley mason harrison jayden reggie tommy teddy elijah albert louis zachary jaxon kai rory luca max toby jude ezra
alex aaron callum connor kieran liam nathan ryan sean lewis jordan jamie kyle reece cameron bradley ben sam tom dan joe matt
arlo hudson zayn isla freya maeve luna sienna aria orla ayla nova mila kayden kian keira chantelle demi leon brody
theo ronnie hugo ralph louie roman margot esme thea matilda penelope delilah elsie bonnie harper emilia ada
olivia amelia isla ava ivy lily freya florence isabella mia willow evie sophia ella grace sophie poppy charlotte millie
evelyn isabelle hallie ruby emily chloe jessica lucy holly ellie megan lauren hannah bethany amy abigail katie molly
daisy phoebe rosie maya layla leah zara aisha ayesha fatima fatimah maryam mariam khadija khadijah zainab hafsa hafsah
safiya amina aminah yasmin jasmine noor nur hana hanna sara sarah salma samira sana sadia nadia rukhsana shabana nazia
amir amira ali hassan hussain husain hamza ibrahim ismail ismael yusuf yousuf yusef omar umar usman uthman bilal zain
zayan ayaan aryan rayan rayyan rehan imran irfan faisal tariq kamran asif arif adil adeel danyal daniyal haris haroon
idris ilyas mustafa musa suleiman sulaiman abdullah abdul arham hadi huzaifa danish fahad junaid kashif nadeem naveed
rizwan sajid shahid shoaib waqas yasir zeeshan saad saif talha abubakar muneeb hasnain ammar aleena aliya areeba arooj
eman emaan hareem hoorain inaya laiba mahnoor maham manahil minahil saba samina sania shiza sumaira tayyaba zoya zunaira
amna anaya hira iqra anum ambreen rabia saima uzma sidra mehreen mehwish
abdi abdirahman abdulkadir abdiaziz abdullahi abdirizak abdikarim mahamed maxamed cabdi cali xasan cumar cusmaan axmed
hodan xodan fartun ubah idil hibo sagal ifrah ikram ilhan istahil nasra nimco saida sahra sahro ruqia ruqayah anisa anisah
warsame farah guled liban mahad mukhtar abshir dahir jama hamse hamze jibril jabril ridwan ridwaan amran hamdi najma deeqa
ayan sucaad suad zamzam hawa xawo faadumo fadumo khadra xadra nafisa shukri bilan ladan caasha asha khalid yasin yasiin
zakariye zakariya zakaria mohamud maxamuud bashir abukar mustafe
youssef yousef khaled mostafa karim zaid zayd ziad ziyad samir sami rami hamid majid nabil nasser nader walid waleed
yahya yassin malik layla leila laila fatma aysha zaynab nour huda hoda amal rania rana dana dina lina yasmine jana hala
heba reem rahaf ruba lujain jood joud razan raghad tala asma esraa israa shahd duaa alaa aya ayah rawan
rahim rafi rafiq rubel sohel shohel sumon shakib sakib tamim tanvir tahmid tahsin nafis fahim farhan mahir sabbir sajjad
shafiq jahid jubayer zubair mahmud mehedi ashik ariyan rayhan raihan sumaiya sumaya nusrat jannat tasnim tasnima tasnia
tahmina farzana farhana rumana rehana rahima halima nasima sharmin shirin shamima sabina sabrina mim tania tanjila lamia
afia afsana anika anisha maliha mahira mariya muntaha nowshin nuha samia sanjida tamanna zarin shakil nasrin
jakub kuba kubus kacper szymon szymek filip mateusz bartosz bartek piotr piotrek pawel paweł michal michał wojciech wojtek
krzysztof krzys krzysiek tomasz tomek dawid igor oskar antoni antek janek franciszek franek olek maciej maciek lukasz
łukasz marcin kamil patryk dominik hubert milosz miłosz tymon tymek stanisław stas staś wiktor damian grzegorz grzesiek
rafał marek przemek zuzanna zuzia julia julka zofia zosia maja hania lena alicja oliwia wiktoria wika natalia natka
aleksandra ola agnieszka aga katarzyna kasia magdalena magda weronika werka gabriela gabi malgorzata małgorzata gosia
barbara basia joanna ania karolina martyna paulina klaudia dominika kinga marta ewa iga milena marysia nikola
andrei ionut mihai stefan marius florin bogdan vlad maria elena ioana andreea
chidi chinedu emeka obinna tunde femi kemi bola ade ayo tobi temi tolu nkechi ngozi chioma amara kofi kwame
abena esi adwoa yaw kojo precious blessing favour divine miracle success peace
priya anjali ravi raj rahul arjun aarav vihaan ishaan krish dev neha pooja riya simran harpreet gurpreet jaspreet
manpreet sunil anil vijay deepak rohan karim
محمد أحمد احمد عمر خالد يوسف ابراهيم إبراهيم حسين مصطفى عبدالله حمزة حمزہ بلال عثمان طارق ياسين اسماعيل إسماعيل عمران
فاطمة فاطمہ عائشة عائشہ مريم مریم زينب زینب خديجة خدیجہ سارة ليلى آمنة حفصة
রাহিম রাফি তানভীর সাকিব ফাতেমা আয়েশা নুসরাত সুমাইয়া মাহির তাসনিম মোহাম্মদ মুহাম্মদ আহমেদ হাসান ইব্রাহিম মারিয়াম ফারহান সাব্বির
তাহমিদ রায়হান
`);

/**
 * Names that are also everyday words (here, or in the pupils' other languages): redacted only in
 * context — with a title, a surname, beside another name, or after "my friend", "called" and the
 * like. Never on their own: "Will you help", "May I go", "Grace before lunch", "I have hope",
 * "jack of all trades", "a rose", "in the summer", "ana" (Arabic "I"), "jo" (Urdu "who").
 */
export const AMBIGUOUS_NAMES = words(`
will mark grace hope faith joy rose may june summer amber jack bill art bob sky rich sunny dawn ruby jade holly ivy lily
daisy iris pearl angel king prince star hunter miles max frank guy nick pat ray rob sue eve peace favour blessing precious
divine miracle success willow poppy noor nur dev raj isla maya ayaan gabi jan asia ala pola ana jo amar
marta roman costa chelsea georgia florence sydney austin dallas madison jordan kendal nova luna aria harper hudson mila aga hala
`);

/**
 * Of the ambiguous names, those that when capitalised mid-sentence are nearly always a person:
 * "I sat with Grace", "ask Ali". The rest (May, June, Summer, Art, King, Chelsea…) need context.
 */
export const PERSONAL_NAMES = words(`
grace hope faith joy rose jack will mark bill bob amber ruby jade holly ivy lily daisy willow iris pearl hunter miles max
frank nick pat ray rob sue dawn noor nur dev raj jo ana amar hala marta harper mila luna nova aria hudson isla maya ayaan gabi
`);
