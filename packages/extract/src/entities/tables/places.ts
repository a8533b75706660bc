// Places as data: capitals (also used for their governments), other large cities, and well-known regions.

/** Capital → alpha-2 code of the country whose government it can stand for ("Baku announced"). */
const CAPITALS_RAW = `
Kabul:AF|Tirana:AL|Algiers:DZ|Andorra la Vella:AD|Luanda:AO|Buenos Aires:AR|Yerevan:AM|Canberra:AU|Vienna:AT
Baku:AZ|Nassau:BS|Manama:BH|Dhaka:BD|Bridgetown:BB|Minsk:BY|Belize City:BZ|Belmopan:BZ|Porto-Novo:BJ|Thimphu:BT
La Paz:BO|Sucre:BO|Sarajevo:BA|Gaborone:BW|Brasilia:BR|Brasília:BR|Bandar Seri Begawan:BN|Sofia:BG
Ouagadougou:BF|Gitega:BI|Phnom Penh:KH|Yaounde:CM|Yaoundé:CM|Ottawa:CA|Praia:CV|Bangui:CF|N'Djamena:TD
Santiago:CL|Beijing:CN|Bogota:CO|Bogotá:CO|Moroni:KM|Kinshasa:CD|Brazzaville:CG|San Jose:CR|San José:CR
Yamoussoukro:CI|Zagreb:HR|Havana:CU|Nicosia:CY|Prague:CZ|Copenhagen:DK|Djibouti:DJ|Santo Domingo:DO
Quito:EC|Cairo:EG|San Salvador:SV|Malabo:GQ|Asmara:ER|Tallinn:EE|Mbabane:SZ|Addis Ababa:ET|Suva:FJ
Helsinki:FI|Paris:FR|Libreville:GA|Banjul:GM|Tbilisi:GE|Berlin:DE|Accra:GH|Athens:GR|Guatemala City:GT
Conakry:GN|Bissau:GW|Georgetown:GY|Port-au-Prince:HT|Tegucigalpa:HN|Budapest:HU|Reykjavik:IS|New Delhi:IN
Jakarta:ID|Tehran:IR|Baghdad:IQ|Dublin:IE|Jerusalem:IL|Rome:IT|Kingston:JM|Tokyo:JP|Amman:JO|Astana:KZ
Nairobi:KE|Pyongyang:KP|Seoul:KR|Pristina:XK|Kuwait City:KW|Bishkek:KG|Vientiane:LA|Riga:LV|Beirut:LB
Maseru:LS|Monrovia:LR|Tripoli:LY|Vaduz:LI|Vilnius:LT|Antananarivo:MG|Lilongwe:MW|Kuala Lumpur:MY
Male:MV|Bamako:ML|Valletta:MT|Nouakchott:MR|Port Louis:MU|Mexico City:MX|Chisinau:MD|Chișinău:MD
Ulaanbaatar:MN|Podgorica:ME|Rabat:MA|Maputo:MZ|Naypyidaw:MM|Naypyitaw:MM|Nay Pyi Taw:MM|Windhoek:NA|Kathmandu:NP|Amsterdam:NL
The Hague:NL|Wellington:NZ|Managua:NI|Niamey:NE|Abuja:NG|Skopje:MK|Oslo:NO|Muscat:OM|Islamabad:PK
Ramallah:PS|Panama City:PA|Port Moresby:PG|Asuncion:PY|Asunción:PY|Lima:PE|Manila:PH|Warsaw:PL|Lisbon:PT
Doha:QA|Bucharest:RO|Moscow:RU|Kigali:RW|Riyadh:SA|Dakar:SN|Belgrade:RS|Freetown:SL|Singapore:SG
Bratislava:SK|Ljubljana:SI|Mogadishu:SO|Pretoria:ZA|Juba:SS|Madrid:ES|Colombo:LK|Khartoum:SD|Paramaribo:SR
Stockholm:SE|Bern:CH|Damascus:SY|Taipei:TW|Dushanbe:TJ|Dodoma:TZ|Bangkok:TH|Dili:TL|Lome:TG|Lomé:TG
Port of Spain:TT|Tunis:TN|Ankara:TR|Ashgabat:TM|Kampala:UG|Kyiv:UA|Kiev:UA|Abu Dhabi:AE|London:GB
Washington:US|Washington, DC:US|Washington, D.C.:US|Montevideo:UY|Tashkent:UZ|Caracas:VE|Hanoi:VN|Sanaa:YE
Lusaka:ZM|Harare:ZW
`;

/** Seats of international organisations that stand for them ("Brussels wants …" → the EU). */
export const ORG_SEATS: ReadonlyMap<string, string> = new Map([["Brussels", "European Union"]]);

/** Large cities that are not capitals (kind city); a gazetteer seed, general rather than story-specific. */
const CITIES_RAW = `
New York|Los Angeles|Chicago|Houston|San Francisco|Seattle|Boston|Miami|Atlanta|Dallas|Detroit|Philadelphia
Toronto|Montreal|Vancouver|Sydney|Melbourne|Shanghai|Hong Kong|Shenzhen|Guangzhou|Wuhan|Mumbai|Kolkata
Bangalore|Chennai|Karachi|Lahore|Istanbul|Izmir|Antakya|Gaziantep|St Petersburg|St. Petersburg|Saint Petersburg
Sochi|Kazan|Novosibirsk|Kharkiv|Odesa|Odessa|Lviv|Dnipro|Mariupol|Bakhmut|Avdiivka|Kherson|Zaporizhzhia
Donetsk|Luhansk|Sevastopol|Ganja|Sumgait|Yevlakh|Shusha|Stepanakert|Khankendi|Gyumri|Batumi|Aleppo
Homs|Mosul|Basra|Erbil|Kirkuk|Benghazi|Misrata|Marrakesh|Marrakech|Casablanca|Fez|Agadir|Tangier
Alexandria|Giza|Jeddah|Mecca|Medina|Dubai|Tel Aviv|Haifa|Gaza City|Khan Younis|Rafah|Hebron|Nablus
Isfahan|Mashhad|Tabriz|Milan|Naples|Turin|Barcelona|Valencia|Seville|Munich|Hamburg|Frankfurt|Cologne
Lyon|Marseille|Nice|Geneva|Zurich|Davos|Manchester|Birmingham|Glasgow|Edinburgh|Belfast|Rotterdam
Antwerp|Krakow|Kraków|Gdansk|Osaka|Kyoto|Hiroshima|Busan|Ho Chi Minh City|Lagos|Kano|Omdurman|El Fasher
Nyala|Port Sudan|Goma|Mombasa|Johannesburg|Cape Town|Durban|Sao Paulo|São Paulo|Rio de Janeiro
Guadalajara|Monterrey|Medellin|Medellín|Cali|Almaty|Samarkand|Davao|Cebu|Surabaya|Bali|Chittagong
Washington, D.C.|Las Vegas|Phoenix|Denver|San Diego|Portland|Minneapolis|New Orleans|Baltimore|Pittsburgh
Cleveland|Cincinnati|Tampa|Honolulu|Anchorage|Palm Beach|Mar-a-Lago|Cape Canaveral|Houston|Pasadena
Calgary|Edmonton|Ottawa|Quebec City|Perth|Brisbane|Adelaide|Auckland|Christchurch|Leeds|Liverpool|Bristol
Cardiff|Bordeaux|Toulouse|Lille|Strasbourg|Nantes|Stuttgart|Dresden|Leipzig|Dusseldorf|Düsseldorf|Bonn
Salzburg|Basel|Lausanne|Florence|Venice|Bologna|Genoa|Palermo|Porto|Bilbao|Malaga|Málaga|Thessaloniki
Gothenburg|Malmo|Malmö|Bergen|Tampere|Wroclaw|Wrocław|Poznan|Brno|Kosice|Cluj-Napoca|Varna|Plovdiv|Novi Sad
Yekaterinburg|Nizhny Novgorod|Rostov-on-Don|Volgograd|Vladivostok|Kursk|Belgorod|Bryansk|Pskov|Kaliningrad
Mykolaiv|Sumy|Chernihiv|Poltava|Vinnytsia|Zhytomyr|Kramatorsk|Sloviansk|Pokrovsk|Izium|Bucha|Irpin|Melitopol
Tbilisi|Kutaisi|Nakhchivan|Lankaran|Tabriz|Shiraz|Qom|Ahvaz|Najaf|Karbala|Fallujah|Ramadi|Tikrit|Raqqa
Deir ez-Zor|Latakia|Tartus|Daraa|Sidon|Tyre|Tripoli|Aqaba|Eilat|Ashkelon|Sderot|Jenin|Tulkarm|Jericho
Kandahar|Herat|Mazar-i-Sharif|Jalalabad|Peshawar|Quetta|Rawalpindi|Multan|Faisalabad|Hyderabad|Sukkur|Delhi
Ahmedabad|Pune|Jaipur|Lucknow|Srinagar|Kathmandu|Pokhara|Yangon|Mandalay|Chiang Mai|Phuket|Pattaya|Da Nang
Haiphong|Hue|Siem Reap|Penang|Johor Bahru|Medan|Makassar|Yogyakarta|Bandung|Quezon City|Taichung|Kaohsiung
Tainan|Nagoya|Sapporo|Fukuoka|Yokohama|Kobe|Sendai|Fukushima|Nagasaki|Incheon|Daegu|Gwangju|Chongqing
Chengdu|Tianjin|Nanjing|Hangzhou|Xi'an|Harbin|Shenyang|Lhasa|Urumqi|Kunming|Xiamen|Macau|Macao|Ulsan
Addis Ababa|Mekelle|Bahir Dar|Gondar|Hargeisa|Kismayo|Garissa|Kisumu|Nakuru|Arusha|Zanzibar|Dar es Salaam
Mwanza|Lubumbashi|Bukavu|Kisangani|Benghazi|Sirte|Derna|Tobruk|Oran|Constantine|Sfax|Sousse|Essaouira
Ouarzazate|Taroudant|Al Hoceima|Meknes|Kenitra|Tetouan|Abidjan|Bouake|Kumasi|Ibadan|Port Harcourt|Maiduguri
Kaduna|Enugu|Timbuktu|Kidal|Agadez|Bulawayo|Pietermaritzburg|Port Elizabeth|Gqeberha|Bloemfontein
Cordoba|Córdoba|Rosario|Valparaiso|Valparaíso|Arequipa|Cusco|Guayaquil|Cartagena|Barranquilla
Maracaibo|Valencia|Recife|Fortaleza|Belo Horizonte|Porto Alegre|Curitiba|Manaus|Tijuana|Juarez
Ciudad Juarez|Cancun|Cancún|Acapulco|Puebla|Culiacan|Culiacán
`;

/** Regions, continents, disputed territories, seas, straits and canals (kind region). */
const REGIONS_RAW = `
Europe|Asia|Africa|North America|South America|Latin America|Central America|Oceania|Antarctica|Eurasia
Middle East|Near East|Far East|Central Asia|South Asia|Southeast Asia|East Asia|West Africa|East Africa
North Africa|Horn of Africa|Sahel|Maghreb|Balkans|Western Balkans|Baltics|Scandinavia|Caucasus
South Caucasus|North Caucasus|Transcaucasia|Caribbean|Gulf|Persian Gulf|Arctic|Pacific|Atlantic
Mediterranean|Black Sea|Caspian|Red Sea|Nagorno-Karabakh|Karabakh|Nakhichevan|Nakhchivan|Crimea|Donbas
Donbass|Kashmir|Tigray|Darfur|Kordofan|Kurdistan|Catalonia|Xinjiang|Tibet|Gaza|Gaza Strip|West Bank
Golan Heights|Transnistria|Abkhazia|South Ossetia|Siberia|Punjab|Balochistan|Bavaria|Scotland|Wales
England|Northern Ireland|Quebec|California|Texas|Florida|Alaska|Hawaii|Siachen|Idlib|Sinai|Kurdistan Region
Al Haouz|Atlas Mountains|High Atlas
Alabama|Arizona|Arkansas|Colorado|Connecticut|Delaware|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana
Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire
New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island
South Carolina|South Dakota|Tennessee|Utah|Vermont|West Virginia|Wisconsin|Wyoming|Ontario
British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New South Wales|Queensland|Tasmania
Lombardy|Tuscany|Sicily|Sardinia|Andalusia|Basque Country|Galicia|Brittany|Normandy|Provence|Corsica
Saxony|Bavaria|Silesia|Transylvania|Dalmatia|Kosovo|Chechnya|Dagestan|Ingushetia|Tatarstan|Bashkortostan
Kherson region|Zaporizhzhia region|Donetsk region|Luhansk region|Kharkiv region|Belgorod region|Kursk region
Sindh|Khyber Pakhtunkhwa|Gilgit-Baltistan|Kerala|Tamil Nadu|Maharashtra|Gujarat|Uttar Pradesh|Bihar|Assam
Manipur|Ladakh|Jammu|Rakhine|Kachin|Aceh|Papua|Mindanao|Hokkaido|Okinawa|Jeju|Guangdong|Sichuan|Hubei
Yunnan|Hainan|Inner Mongolia|Hong Kong|Darfur|North Darfur|South Darfur|West Darfur|Blue Nile|Khartoum State
Gezira|Amhara|Oromia|Afar|Somaliland|Puntland|Jubaland|Cabo Delgado|Katanga|Kivu|North Kivu|South Kivu|Ituri
Cyrenaica|Tripolitania|Fezzan|Western Sahara|Sahara|Sahel|Anbar|Nineveh|Kirkuk Governorate|Rojava|Hatay
Kahramanmaras|Kahramanmaraş|Anatolia|Syunik|Tavush|Gegharkunik|Lachin|Kalbajar|Aghdam|Zangezur|Lachin corridor
Patagonia|Amazonia|Yucatan|Yucatán|Chiapas|Sinaloa|Chihuahua|Baja California|Sonora|Darien|Darién
Gulf of Finland|Gulf of Mexico|Gulf of Aden|Gulf of Oman|Gulf of Guinea|Gulf of Thailand|Gulf of Aqaba
Gulf of Bothnia|Gulf of Riga|Gulf of Suez|Bay of Bengal|Bay of Biscay|Sea of Azov|Sea of Japan|Sea of Marmara
Sea of Okhotsk|Sea of Galilee|Strait of Hormuz|Strait of Gibraltar|Strait of Malacca|Taiwan Strait|Kerch Strait
Bab el-Mandeb|Bosphorus|Bosporus|Dardanelles|Baltic Sea|North Sea|South China Sea|East China Sea|Yellow Sea
Arabian Sea|Aegean|Aegean Sea|Adriatic|Adriatic Sea|Ionian Sea|Dead Sea|Indian Ocean|Pacific Ocean
Atlantic Ocean|Arctic Ocean|Southern Ocean|English Channel|Suez Canal|Panama Canal|Lake Chad|Lake Victoria
`;

const rows = (raw: string) =>
  raw
    .trim()
    .split(/[|\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

export const CAPITALS: ReadonlyMap<string, string> = new Map(
  rows(CAPITALS_RAW).map((entry) => {
    const at = entry.lastIndexOf(":");
    return [entry.slice(0, at), entry.slice(at + 1)] as const;
  }),
);

export const CITIES: readonly string[] = rows(CITIES_RAW);
export const REGIONS: readonly string[] = rows(REGIONS_RAW);

/** Prepositions after which a proper name is a place ("in Baku", "to Washington"), never an agent. */
export const LOCATION_PREPOSITIONS: ReadonlySet<string> = new Set([
  "in",
  "at",
  "to",
  "from",
  "near",
  "across",
  "into",
  "inside",
  "outside",
  "around",
  "toward",
  "towards",
  "through",
  "throughout",
  "within",
  "via",
  "onto",
  "over",
]);

/** Nouns that, after a place name, say what kind of place it is ("the Nagorno-Karabakh region"). */
export const PLACE_KIND_NOUNS: ReadonlyMap<string, "city" | "region" | "country"> = new Map([
  ["city", "city"],
  ["town", "city"],
  ["village", "city"],
  ["neighbourhood", "city"],
  ["neighborhood", "city"],
  ["suburb", "city"],
  ["municipality", "city"],
  ["capital", "city"],
  ["port", "city"],
  ["region", "region"],
  ["province", "region"],
  ["state", "region"],
  ["district", "region"],
  ["oblast", "region"],
  ["territory", "region"],
  ["enclave", "region"],
  ["exclave", "region"],
  ["county", "region"],
  ["republic", "country"],
]);

/**
 * Nouns written after a place's name that belong to the name as the text gives it ("the Nagorno-Karabakh region",
 * "Vnukovo airport", "Jajarkot district"): the mention reaches over them, so the words are an alias of the place.
 * Not "state" or "city": "São Paulo state" and the city of São Paulo are two places the same article may name.
 */
export const NAMED_WITH_NOUNS: ReadonlySet<string> = new Set([
  "region",
  "province",
  "oblast",
  "district",
  "territory",
  "enclave",
  "exclave",
  "governorate",
  "county",
  "prefecture",
  "airport",
]);

/** Offices held over a place: the name after "the mayor of" is a city, after "the governor of" a region. */
export const PLACE_OFFICES: ReadonlyMap<string, "city" | "region"> = new Map([
  ["mayor", "city"],
  ["governor", "region"],
]);

/**
 * Nouns that make a country's possessive a place: its land ("Nepal's remote western hills", "Sudan's north") or
 * a happening held on its soil ("Argentina's presidential run-off"). Matched after up to three adjectives.
 */
export const LAND_NOUNS: ReadonlySet<string> = new Set([
  "hills",
  "mountains",
  "highlands",
  "coast",
  "coastline",
  "border",
  "borders",
  "territory",
  "territories",
  "soil",
  "north",
  "south",
  "east",
  "west",
  "northeast",
  "northwest",
  "southeast",
  "southwest",
  "interior",
  "countryside",
  "regions",
  "provinces",
  "villages",
  "towns",
  "cities",
  "streets",
  "election",
  "elections",
  "referendum",
  "runoff",
  "run-off",
]);
