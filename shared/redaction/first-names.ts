/**
 * First names common among children and families in Manchester, from the ONS baby-name lists
 * and the city's largest communities (South Asian, Arabic, Somali, Polish, West African, Roma and
 * Eastern European). Lower-case. Not complete and never can be: redaction is one layer among
 * several (comments are shown only for groups of ten or more, and never with a year or gender).
 */
export const FIRST_NAMES = new Set(
  `
oliver george noah arthur leo muhammad mohammed mohammad mohamed ahmed ahmad harry oscar archie jack henry charlie freddie theodore
thomas jacob alfie isaac finley logan lucas ethan joshua james william alexander daniel samuel joseph benjamin adam dylan
tyler riley mason harrison jayden reggie tommy teddy elijah albert louis zachary jaxon kai rory luca max toby jude ezra
alex aaron callum connor kieran liam nathan ryan sean lewis jordan jamie kyle reece cameron bradley ben sam tom dan joe matt
olivia amelia isla ava ivy lily freya florence isabella mia willow evie sophia ella grace sophie poppy charlotte millie
evelyn isabelle hallie ruby emily chloe jessica lucy holly ellie megan lauren hannah bethany amy abigail katie molly
daisy phoebe rosie maya layla leah zara aisha ayesha fatima fatimah maryam mariam khadija khadijah zainab hafsa hafsah
safiya amina aminah yasmin jasmine noor nur hana hanna sara sarah salma samira sana sadia nadia rukhsana shabana nazia
amir amira ali hassan hussain husain hamza ibrahim ismail ismael yusuf yousuf yusef omar umar usman uthman bilal zain zayn
zayan ayaan aryan rayan rehan imran irfan faisal tariq kamran asif arif adil adeel danyal daniyal haris haroon idris ilyas
mustafa musa suleiman sulaiman abdullah abdul abdi abdirahman abdulkadir abdiaziz mahamed hodan fartun ayan ubah idil
hibo sagal ifrah ikram ilhan istahil nasra nimco saida sahra ruqia ruqayah anisa anisah warsame farah guled liban mahad
mukhtar abshir dahir jama hamse hamze jibril jabril ridwan ridwaan
jakub kacper szymon filip mateusz bartosz piotr pawel michal wojciech krzysztof tomasz dawid igor oskar kuba
zuzanna julia zofia maja hania lena alicja oliwia wiktoria natalia aleksandra agnieszka katarzyna magdalena weronika
andrei ionut mihai stefan marius florin bogdan vlad maria elena ioana andreea gabriela
chidi chinedu emeka obinna tunde femi kemi bola ade ayo tobi temi tolu nkechi ngozi chioma amara kofi kwame ama
abena esi adwoa yaw kojo precious blessing favour divine miracle success peace
priya anjali ravi raj rahul arjun aarav vihaan ishaan krish dev neha pooja riya simran harpreet gurpreet jaspreet
manpreet sunil anil vijay deepak rohan tanvir tahmid rahim karim shakil shafiq sabrina shirin nasrin farzana rumana
tasnim tasnima mehreen mehwish sidra hira iqra anum ambreen rabia saima uzma
`
    .split(/\s+/)
    .filter(Boolean),
);

/** Names that are also everyday English words: redacted only with a title or a surname after them. */
export const AMBIGUOUS_NAMES = new Set(
  `will mark grace hope faith joy rose may june summer amber jack bill art bob sky rich sunny dawn ruby jade holly ivy lily
daisy iris pearl angel king prince star hunter miles max frank guy nick pat ray rob sue eve peace favour blessing precious
divine miracle success willow poppy leo noor ali sam tom dan joe matt ben kai`
    .split(/\s+/)
    .filter(Boolean),
);
