/**
 * Surnames common in Manchester: the most frequent in England and Wales, and those of the city's
 * Pakistani, Bangladeshi, Arabic, Somali, Polish and West African families. Lower-case. A word
 * here counts as a surname after a first name even in lower case ("jamie smith"), and after a
 * lower-case title ("miss jones"). Capitalised surnames need no list: "Jamie Xander" is caught by
 * its capital.
 */
export const SURNAMES = new Set(
  `
smith jones williams taylor brown davies evans wilson thomas johnson roberts robinson thompson wright walker white
edwards hughes green hall lewis harris clarke clark patel jackson wood turner martin cooper hill ward morris moore
lee king baker harrison morgan allen james scott phillips watson davis parker price bennett young griffiths mitchell
kelly cook carter richardson bailey collins bell shaw murphy miller cox richards marshall anderson simpson ellis adams
wilkinson foster chapman powell webb rogers gray grey mason hunt campbell matthews owen palmer holmes mills barnes knight
lloyd butler russell barker fisher stevens jenkins murray dixon harvey graham pearson ahmed ali khan hussain begum singh
kaur shah akhtar iqbal mahmood mehmood qureshi malik butt raza javed aslam anwar bibi rashid saleem sheikh chaudhry
chaudhary choudhury chowdhury rahman uddin miah mia hossain hussein islam khatun akter sarkar das roy alam haque haq
karim hassan ibrahim mohamed mohammed osman omar abdi farah warsame jama yusuf ismail nur noor aden duale egal hersi
abdullahi mohamud ahmadi hashi gedi dirie salah saleh mansour haddad nasser khalil aziz hamid abbas
nowak kowalski kowalska wisniewski wiśniewski wisniewska wiśniewska wojcik wójcik kowalczyk kaminski kamiński kaminska
kamińska lewandowski lewandowska zielinski zieliński zielinska zielińska szymanski szymański wozniak woźniak dabrowski
dąbrowski kozlowski kozłowski jankowski mazur kwiatkowski krawczyk piotrowski grabowski nowakowski pawlowski michalski
nowicki adamczyk dudek zajac zając wieczorek jablonski jabłoński krol król majewski olszewski jaworski malinowski
okafor okeke adeyemi adebayo okonkwo mensah asante boateng owusu oyelaran balogun
`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * The surnames above that are also everyday English words (the name-list test keeps this in step):
 * a capitalised word before one of the others is a first name ("Łucja Nowak", "Denzel Okafor"),
 * but not before these ("Manchester Green Spaces").
 */
export const WORD_SURNAMES = new Set(
  `smith brown wright walker white green hall wood turner martin cooper hill ward lee king baker price young cook bell
miller cox foster rogers grey gray mason hunt mills knight butler barker fisher khan shah butt sheikh islam`
    .split(/\s+/)
    .filter(Boolean),
);
