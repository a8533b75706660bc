// Demonyms (country adjectives and nouns for people) by ISO 3166 alpha-2 code; the first is the canonical adjective.
// Kept as one line per country so the table is easy to read and extend.
const RAW = `
AF:Afghan|Afghani|Afghans
AL:Albanian|Albanians
DZ:Algerian|Algerians
AD:Andorran
AO:Angolan|Angolans
AG:Antiguan
AR:Argentine|Argentinian|Argentinians|Argentines
AM:Armenian|Armenians
AU:Australian|Australians|Aussie
AT:Austrian|Austrians
AZ:Azerbaijani|Azeri|Azerbaijanis|Azeris|Azerbaijanian
BS:Bahamian
BH:Bahraini|Bahrainis
BD:Bangladeshi|Bangladeshis
BB:Barbadian
BY:Belarusian|Belarussian|Belarusians
BE:Belgian|Belgians
BZ:Belizean
BJ:Beninese
BT:Bhutanese
BO:Bolivian|Bolivians
BA:Bosnian|Bosnians
BW:Botswanan|Motswana
BR:Brazilian|Brazilians
BN:Bruneian
BG:Bulgarian|Bulgarians
BF:Burkinabe
BI:Burundian
KH:Cambodian|Cambodians
CM:Cameroonian|Cameroonians
CA:Canadian|Canadians
CV:Cape Verdean
CF:Central African
TD:Chadian|Chadians
CL:Chilean|Chileans
CN:Chinese
CO:Colombian|Colombians
KM:Comoran
CD:Congolese
CR:Costa Rican
CI:Ivorian|Ivorians
HR:Croatian|Croat|Croats|Croatians
CU:Cuban|Cubans
CY:Cypriot|Cypriots
CZ:Czech|Czechs
DK:Danish|Dane|Danes
DJ:Djiboutian
DM:Dominican
DO:Dominican
EC:Ecuadorian|Ecuadorians
EG:Egyptian|Egyptians
SV:Salvadoran|Salvadorans
GQ:Equatorial Guinean
ER:Eritrean|Eritreans
EE:Estonian|Estonians
SZ:Swazi
ET:Ethiopian|Ethiopians
FJ:Fijian|Fijians
FI:Finnish|Finn|Finns
FR:French
GA:Gabonese
GM:Gambian
GE:Georgian|Georgians
DE:German|Germans
GH:Ghanaian|Ghanaians
GR:Greek|Greeks
GD:Grenadian
GT:Guatemalan|Guatemalans
GN:Guinean
GW:Bissau-Guinean
GY:Guyanese
HT:Haitian|Haitians
HN:Honduran|Hondurans
HU:Hungarian|Hungarians
IS:Icelandic|Icelander|Icelanders
IN:Indian|Indians
ID:Indonesian|Indonesians
IR:Iranian|Iranians|Persian
IQ:Iraqi|Iraqis
IE:Irish
IL:Israeli|Israelis
IT:Italian|Italians
JM:Jamaican|Jamaicans
JP:Japanese
JO:Jordanian|Jordanians
KZ:Kazakh|Kazakhstani|Kazakhs
KE:Kenyan|Kenyans
KI:I-Kiribati
KP:North Korean|North Koreans
KR:South Korean|South Koreans
XK:Kosovar|Kosovan|Kosovars
KW:Kuwaiti|Kuwaitis
KG:Kyrgyz|Kyrgyzstani
LA:Lao|Laotian
LV:Latvian|Latvians
LB:Lebanese
LS:Basotho
LR:Liberian|Liberians
LY:Libyan|Libyans
LI:Liechtensteiner
LT:Lithuanian|Lithuanians
LU:Luxembourgish|Luxembourger
MG:Malagasy
MW:Malawian
MY:Malaysian|Malaysians
MV:Maldivian
ML:Malian|Malians
MT:Maltese
MH:Marshallese
MR:Mauritanian
MU:Mauritian
MX:Mexican|Mexicans
FM:Micronesian
MD:Moldovan|Moldovans
MC:Monegasque
MN:Mongolian|Mongolians
ME:Montenegrin|Montenegrins
MA:Moroccan|Moroccans
MZ:Mozambican
MM:Burmese|Myanmar
NA:Namibian
NR:Nauruan
NP:Nepali|Nepalese
NL:Dutch
NZ:New Zealander|New Zealanders
NI:Nicaraguan|Nicaraguans
NE:Nigerien
NG:Nigerian|Nigerians
MK:Macedonian|North Macedonian
NO:Norwegian|Norwegians
OM:Omani
PK:Pakistani|Pakistanis
PW:Palauan
PS:Palestinian|Palestinians
PA:Panamanian
PG:Papua New Guinean
PY:Paraguayan
PE:Peruvian|Peruvians
PH:Filipino|Philippine|Filipinos
PL:Polish|Pole|Poles
PT:Portuguese
QA:Qatari|Qataris
RO:Romanian|Romanians
RU:Russian|Russians
RW:Rwandan|Rwandans
KN:Kittitian
LC:Saint Lucian
VC:Vincentian
WS:Samoan
SM:Sammarinese
ST:Santomean
SA:Saudi|Saudi Arabian|Saudis
SN:Senegalese
RS:Serbian|Serb|Serbs|Serbians
SC:Seychellois
SL:Sierra Leonean
SG:Singaporean|Singaporeans
SK:Slovak|Slovaks
SI:Slovenian|Slovene|Slovenes
SB:Solomon Islander
SO:Somali|Somalis
ZA:South African|South Africans
SS:South Sudanese
ES:Spanish|Spaniard|Spaniards
LK:Sri Lankan|Sri Lankans
SD:Sudanese
SR:Surinamese
SE:Swedish|Swede|Swedes
CH:Swiss
SY:Syrian|Syrians
TW:Taiwanese
TJ:Tajik|Tajikistani
TZ:Tanzanian|Tanzanians
TH:Thai
TL:Timorese
TG:Togolese
TO:Tongan
TT:Trinidadian
TN:Tunisian|Tunisians
TR:Turkish|Turk|Turks
TM:Turkmen
TV:Tuvaluan
UG:Ugandan|Ugandans
UA:Ukrainian|Ukrainians
AE:Emirati|Emiratis
GB:British|Briton|Britons
US:American|Americans|US|U.S.
UY:Uruguayan
UZ:Uzbek|Uzbekistani|Uzbeks
VU:Ni-Vanuatu
VE:Venezuelan|Venezuelans
VN:Vietnamese
YE:Yemeni|Yemenis
ZM:Zambian|Zambians
ZW:Zimbabwean|Zimbabweans
`;

/** alpha-2 → demonyms, canonical adjective first. */
export const DEMONYMS: ReadonlyMap<string, readonly string[]> = new Map(
  RAW.trim()
    .split("\n")
    .map((line) => {
      const [code, list] = line.split(":") as [string, string];
      return [code, list.split("|")] as const;
    }),
);
