// Places and organisations a story is about: data the topics rule matches against.

export const countries = [
  "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia", "Australia", "Austria", "Azerbaijan",
  "Bahrain", "Bangladesh", "Belarus", "Belgium", "Bolivia", "Bosnia and Herzegovina", "Brazil", "Bulgaria", "Cambodia",
  "Cameroon", "Canada", "Chad", "Chile", "China", "Colombia", "Congo", "Costa Rica", "Croatia", "Cuba", "Cyprus",
  "Czech Republic", "Denmark", "Ecuador", "Egypt", "El Salvador", "Eritrea", "Estonia", "Ethiopia", "Finland", "France",
  "Georgia", "Germany", "Ghana", "Greece", "Guatemala", "Haiti", "Honduras", "Hungary", "Iceland", "India", "Indonesia",
  "Iran", "Iraq", "Ireland", "Israel", "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kosovo", "Kuwait",
  "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Libya", "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar", "Malaysia",
  "Mali", "Malta", "Mexico", "Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia",
  "Nepal", "Netherlands", "New Zealand", "Nicaragua", "Niger", "Nigeria", "North Korea", "North Macedonia", "Norway",
  "Oman", "Pakistan", "Palestine", "Panama", "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Romania",
  "Russia", "Rwanda", "Saudi Arabia", "Senegal", "Serbia", "Singapore", "Slovakia", "Slovenia", "Somalia", "South Africa",
  "South Korea", "South Sudan", "Spain", "Sri Lanka", "Sudan", "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan",
  "Tanzania", "Thailand", "Tunisia", "Turkey", "Turkmenistan", "Uganda", "Ukraine", "United Arab Emirates",
  "United Kingdom", "United States", "Uruguay", "Uzbekistan", "Venezuela", "Vietnam", "Yemen", "Zambia", "Zimbabwe",
];

export const regionsAndCities = [
  "Europe", "Asia", "Africa", "Middle East", "Latin America", "Balkans", "Crimea", "Donbas", "Gaza", "West Bank",
  "Kashmir", "Persian Gulf", "Black Sea", "Baltic", "Caucasus", "Siberia", "Tehran", "Baghdad", "Kyiv", "Kiev", "Moscow",
  "Washington", "New York", "London", "Paris", "Berlin", "Brussels", "Sofia", "Athens", "Ankara", "Istanbul", "Beijing",
  "Tokyo", "Delhi", "New Delhi", "Jerusalem", "Tel Aviv", "Damascus", "Beirut", "Cairo", "Khartoum", "Kabul", "Rome",
  "Madrid", "Warsaw", "Budapest", "Bucharest", "Belgrade", "Vienna", "Geneva", "Bakhmut", "Kharkiv", "Odesa", "Texas",
  "California", "Florida", "Ohio", "Pennsylvania", "Michigan", "Wisconsin", "Iowa", "Nevada", "Arizona", "Virginia",
  "North Carolina", "West Virginia", "New Hampshire", "Colorado", "Georgia", "Chicago", "Los Angeles", "San Francisco", "Hong Kong",
  // the other US states, Canada's provinces and territories, and cities and boroughs news names often (not those that are common surnames too)
  "Alabama", "Alaska", "Arkansas", "Connecticut", "Delaware", "Hawaii", "Idaho", "Illinois", "Indiana", "Kansas", "Kentucky",
  "Louisiana", "Maine", "Maryland", "Massachusetts", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
  "New Jersey", "New Mexico", "North Dakota", "Oklahoma", "Oregon", "Rhode Island", "South Carolina", "South Dakota",
  "Tennessee", "Utah", "Vermont", "Washington State", "Wyoming", "Puerto Rico",
  "Ontario", "Quebec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia", "New Brunswick",
  "Newfoundland", "Labrador", "Prince Edward Island", "Yukon", "Nunavut", "Northwest Territories",
  "Toronto", "Montreal", "Ottawa", "Vancouver", "Calgary", "Edmonton", "Winnipeg", "Halifax", "Quebec City",
  "Brooklyn", "Manhattan", "Queens", "Bronx", "Staten Island", "Harlem", "Philadelphia", "Boston", "Detroit", "Atlanta",
  "Miami", "Seattle", "Las Vegas", "Cleveland", "Columbus", "Pittsburgh", "Baltimore", "Milwaukee", "Des Moines",
  "Orlando", "Tampa", "New Orleans", "St. Louis", "Minneapolis",
];

/** Names that mean a country already listed. */
export const placeAliases: Record<string, string> = {
  US: "United States", "U.S.": "United States", USA: "United States", "United States of America": "United States",
  UK: "United Kingdom", "U.K.": "United Kingdom", Britain: "United Kingdom", "Great Britain": "United Kingdom",
  Burma: "Myanmar", Holland: "Netherlands", Kiev: "Kyiv", UAE: "United Arab Emirates",
};

export const organisationAcronyms = [
  "NATO", "EU", "UN", "IMF", "WHO", "WTO", "OPEC", "OSCE", "FBI", "CIA", "NSA", "KGB", "FSB", "Pentagon", "Kremlin",
  "European Union", "United Nations", "European Commission", "European Parliament", "World Bank", "Red Cross",
  "White House", "Congress", "Senate", "Supreme Court", "Islamic State", "Hamas", "Hezbollah", "Taliban", "Wagner",
  "European Central Bank", "Federal Reserve", "G7", "G20", "BRICS", "UNESCO", "UNICEF", "Interpol", "Europol", "Frontex",
];

/** Companies news names by one word, which no person's name is. Data. */
export const companies = [
  "Google", "Alphabet", "Amazon", "Apple", "Microsoft", "Facebook", "Meta", "Twitter", "Instagram", "YouTube", "LinkedIn",
  "Netflix", "Uber", "Lyft", "Airbnb", "Tesla", "SpaceX", "Verizon", "Walmart", "Boeing", "Airbus", "ExxonMobil", "Exxon",
  "Chevron", "Samsung", "Huawei", "Alibaba", "Tencent", "Sony", "Toyota", "Volkswagen", "Nike", "Starbucks", "McDonald's",
  "Disney", "Pfizer", "Moderna", "Spotify", "TikTok", "Snapchat", "Reddit", "PayPal", "eBay", "Intel", "Nvidia", "IBM", "Oracle",
];

/**
 * How news writes a US state beside a name, as AP style shortens it ("Sen. Ilse Vance,
 * R-Fla."): the states it writes in full (Texas, Ohio, Iowa) have none. Data.
 */
const stateAbbreviations: Record<string, string[]> = {
  Alabama: ["Ala."], Arizona: ["Ariz."], Arkansas: ["Ark."], California: ["Calif."], Colorado: ["Colo."],
  Connecticut: ["Conn."], Delaware: ["Del."], Florida: ["Fla."], Georgia: ["Ga."], Illinois: ["Ill."], Indiana: ["Ind."],
  Kansas: ["Kan."], Kentucky: ["Ky."], Louisiana: ["La."], Maryland: ["Md."], Massachusetts: ["Mass."], Michigan: ["Mich."],
  Minnesota: ["Minn."], Mississippi: ["Miss."], Missouri: ["Mo."], Montana: ["Mont."], Nebraska: ["Neb."], Nevada: ["Nev."],
  "New Hampshire": ["N.H."], "New Jersey": ["N.J."], "New Mexico": ["N.M."], "New York": ["N.Y."], "North Carolina": ["N.C."],
  "North Dakota": ["N.D."], Oklahoma: ["Okla."], Oregon: ["Ore."], Pennsylvania: ["Pa.", "Penn."], "Rhode Island": ["R.I."],
  "South Carolina": ["S.C."], "South Dakota": ["S.D."], Tennessee: ["Tenn."], Vermont: ["Vt."], Virginia: ["Va."],
  Washington: ["Wash."], "West Virginia": ["W.Va."], Wisconsin: ["Wis."], Wyoming: ["Wyo."],
};

const shortStates = new Set(Object.values(stateAbbreviations).flat());

/** A place as news writes it beside a name: in full, or as a state shortened ("Sen. Ilse Vance, R-Fla."). */
export function placeSpellings(place: string): string[] {
  return [place, ...(Object.hasOwn(stateAbbreviations, place) ? stateAbbreviations[place] : [])];
}

/** Whether a word is a US state as AP style shortens it: "Fla.", "N.J.". */
export function isStateAbbreviation(word: string): boolean {
  return shortStates.has(word);
}

/** Final words that make a capitalised phrase an organisation: "Bulgarian Socialist Party". */
export const organisationHeads = [
  "Ministry", "Party", "Council", "Commission", "Parliament", "Agency", "Bank", "Court", "Union", "Organization",
  "Organisation", "Department", "Committee", "Assembly", "Government", "Army", "Police", "University", "Institute",
  "Foundation", "Corporation", "Company", "Group", "Office", "Authority", "Service", "Federation", "Association",
  "Alliance", "Front", "Movement", "Guard", "Forces", "Navy", "Cabinet", "Administration", "Board", "Bureau",
];

/** Every place the lists name, aliases included. */
export const placeNames = [...countries, ...regionsAndCities, ...Object.keys(placeAliases)];

const places = new Set(placeNames);

/** Whether a name is a place the lists name, as written ("Washington", not "washington"). */
export function isPlace(name: string): boolean {
  return places.has(name);
}
