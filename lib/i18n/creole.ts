// Haitian Creole data that Node's Intl lacks (Intl falls back to English for "ht").
// Months and weekdays as Haitian Creole dictionaries write them; country names as sourced where a source was
// found, the others by the same official (IPN) spelling rules. All await review by a native speaker.

/** Creole month names, January first. */
export const htMonths = [
  'janvye',
  'fevriye',
  'mas',
  'avril',
  'me',
  'jen',
  'jiyè',
  'out',
  'septanm',
  'oktòb',
  'novanm',
  'desanm',
]

/** Creole weekday names, Monday first. */
export const htWeekdays = ['lendi', 'madi', 'mèkredi', 'jedi', 'vandredi', 'samdi', 'dimanch']

/** Creole names of the countries in the rules and the region; other countries fall back to French. */
export const htCountries: Record<string, string> = {
  VE: 'Venezyela',
  HT: 'Ayiti',
  CU: 'Kiba',
  NI: 'Nikaragwa',
  CO: 'Kolonbi',
  EC: 'Ekwatè',
  CR: 'Kosta Rika',
  GT: 'Gwatemala',
  HN: 'Ondiras',
  SV: 'El Salvador',
  PE: 'Pewou',
  US: 'Etazini',
  CA: 'Kanada',
  ES: 'Espay',
  MX: 'Meksik',
  PA: 'Panama',
  CL: 'Chili',
  BR: 'Brezil',
  DO: 'Repiblik Dominikèn',
  DM: 'LaDominik',
  AR: 'Ajantin',
  BO: 'Bolivi',
  PY: 'Paragwe',
  UY: 'Irigwe',
  BZ: 'Beliz',
  JM: 'Jamayik',
  BS: 'Bahamas',
  TT: 'Trinidad ak Tobago',
  GY: 'Giyàn',
  SR: 'Sirinam',
  GF: 'Giyàn Franse',
  GP: 'Gwadloup',
  MQ: 'Matinik',
  PR: 'Pòtoriko',
  BB: 'Barbad',
  FR: 'Lafrans',
}
