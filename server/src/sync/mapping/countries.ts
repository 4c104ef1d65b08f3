/**
 * Country names the country transforms understand: ISO 3166-1 alpha-2 code → [English, Danish].
 * The Nordic and EU countries plus the UK, the US and Billy's other usual neighbours.
 */
const COUNTRIES: Record<string, [english: string, danish: string]> = {
  DK: ['Denmark', 'Danmark'],
  SE: ['Sweden', 'Sverige'],
  NO: ['Norway', 'Norge'],
  FI: ['Finland', 'Finland'],
  IS: ['Iceland', 'Island'],
  FO: ['Faroe Islands', 'Færøerne'],
  GL: ['Greenland', 'Grønland'],
  AT: ['Austria', 'Østrig'],
  BE: ['Belgium', 'Belgien'],
  BG: ['Bulgaria', 'Bulgarien'],
  HR: ['Croatia', 'Kroatien'],
  CY: ['Cyprus', 'Cypern'],
  CZ: ['Czech Republic', 'Tjekkiet'],
  EE: ['Estonia', 'Estland'],
  FR: ['France', 'Frankrig'],
  DE: ['Germany', 'Tyskland'],
  GR: ['Greece', 'Grækenland'],
  HU: ['Hungary', 'Ungarn'],
  IE: ['Ireland', 'Irland'],
  IT: ['Italy', 'Italien'],
  LV: ['Latvia', 'Letland'],
  LT: ['Lithuania', 'Litauen'],
  LU: ['Luxembourg', 'Luxembourg'],
  MT: ['Malta', 'Malta'],
  NL: ['Netherlands', 'Holland'],
  PL: ['Poland', 'Polen'],
  PT: ['Portugal', 'Portugal'],
  RO: ['Romania', 'Rumænien'],
  SK: ['Slovakia', 'Slovakiet'],
  SI: ['Slovenia', 'Slovenien'],
  ES: ['Spain', 'Spanien'],
  CH: ['Switzerland', 'Schweiz'],
  GB: ['United Kingdom', 'Storbritannien'],
  US: ['United States', 'USA'],
};

/** Other names people type for the same countries. */
const ALIASES: Record<string, string> = {
  'czechia': 'CZ',
  'the netherlands': 'NL',
  'nederlandene': 'NL',
  'great britain': 'GB',
  'england': 'GB',
  'uk': 'GB',
  'storbritanien': 'GB',
  'united states of america': 'US',
  'usa': 'US',
  'forenede stater': 'US',
  'faroes': 'FO',
  'færøerne': 'FO',
};

const fold = (name: string) => name.trim().toLowerCase();

const BY_NAME = new Map<string, string>([
  ...Object.entries(COUNTRIES).flatMap(([code, names]) => names.map((name): [string, string] => [fold(name), code])),
  ...Object.entries(ALIASES),
]);

/** The ISO code for an English or Danish name (or a code already), null when unknown. */
export const isoForCountryName = (name: string): string | null => {
  const code = name.trim().toUpperCase();
  if (COUNTRIES[code]) return code;
  return BY_NAME.get(fold(name)) ?? null;
};

/** The English name for an ISO code, null when unknown. */
export const countryNameForIso = (code: string): string | null => COUNTRIES[code.trim().toUpperCase()]?.[0] ?? null;
