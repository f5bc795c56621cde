/**
 * The labels the reports print: the taxonomies' labels come from the app's own translations
 * (renderer/i18n/locales/<lang>/cases.json and advice.json, the source the screens use), the
 * problem areas from their table (editable by the beheerder); the report's own words (titles,
 * rows such as "Niet ingevuld", month names) are in REPORT_TEXT below.
 */
import type { ReportLang } from '../../../../shared/api/reports.js';
import adviceEn from '../../../../renderer/i18n/locales/en/advice.json';
import adviceNl from '../../../../renderer/i18n/locales/nl/advice.json';
import casesEn from '../../../../renderer/i18n/locales/en/cases.json';
import casesNl from '../../../../renderer/i18n/locales/nl/cases.json';
import type { ReadDb } from '../../db/database.js';

const APP: Record<ReportLang, Record<string, string>> = {
  nl: { ...(casesNl as Record<string, string>), ...(adviceNl as Record<string, string>) },
  en: { ...(casesEn as Record<string, string>), ...(adviceEn as Record<string, string>) },
};

/** Prefix of each taxonomy's keys in the app's translations. */
export type Taxonomy =
  | 'referrerType'
  | 'questionType'
  | 'living'
  | 'ageGroup'
  | 'knelpunt'
  | 'achterliggend'
  | 'activity'
  | 'weight'
  | 'response'
  | 'fitting'
  | 'disruption';

export const REPORT_TEXT = {
  nl: {
    'title.report': 'Rapportage',
    'title.internal': 'Voor intern gebruik: exacte aantallen',
    'period': 'Periode',
    'municipality': 'Gemeente',
    'municipality.all': 'alle gemeenten',
    'summary': 'Samenvatting',
    'summary.empty': 'Nog geen samenvatting geschreven.',
    'signals': 'Signalen uit de overleggen',
    'signals.none': 'Geen signalen vastgesteld voor deze periode.',
    'leadTimes': 'Doorlooptijden (dagen)',
    'leadTimes.note': 'Mediaan en 90e percentiel in dagen, over de casussen waarvan de tweede stap in de periode viel.',
    'leadTimes.median': 'Mediaan',
    'leadTimes.p90': '90e percentiel',
    'leadTimes.n': 'Aantal casussen',
    'lt.aanmelding_bespreking': 'Aanmelding → eerste bespreking',
    'lt.bespreking_advies': 'Eerste bespreking → vastgesteld advies',
    'lt.advies_afsluiting': 'Vastgesteld advies → afsluiting',
    'lt.aanmelding_afsluiting': 'Aanmelding → afsluiting',
    'archived': 'Waarvan {{n}} casussen uit het archief (gewist, alleen nog als cijfers bewaard).',
    'col.category': 'Categorie',
    'col.count': 'Aantal',
    'col.pct': 'Percentage',
    'col.table': 'Tabel',
    'col.basis': 'Basis',
    'total': 'Totaal',
    'total.mentions': 'Totaal aantal vermeldingen',
    'row.onbekend': 'Niet ingevuld',
    'row.niet_vastgelegd': 'Niet vastgelegd',
    'row.ja16': '16 jaar of ouder',
    'row.nee16': 'Jonger dan 16 jaar',
    'row.ja18': '18-/18+ (17 jaar of ouder bij aanmelding, of zo aangegeven)',
    'row.nee18': 'Geen 18-/18+',
    'row.geen': 'Geen',
    'row.6_of_meer': '6 of meer',
    'row.onduidelijk': 'Onduidelijk',
    'row.aanmeldingen': 'Aanmeldingen',
    'row.besprekingen': 'Besprekingen',
    'row.besproken_casussen': 'Besproken casussen',
    'row.adviezen': 'Vastgestelde adviezen',
    'row.afgesloten': 'Afgesloten casussen',
    'row.score': 'Score {{n}}',
    'generated': 'Gemaakt op {{date}}',
    'page': 'pagina {{page}} van {{pages}}',
    'confidential': 'Geaggregeerde cijfers; kleine aantallen zijn verborgen. Bevat geen gegevens over individuele jeugdigen.',
    'fig.totals': 'Kerncijfers',
    'fig.referrals_per_month': 'Aanmeldingen per maand',
    'fig.referrer_type': 'Aanmeldingen per type aanmelder',
    'fig.age_group': 'Leeftijd bij aanmelding',
    'fig.age_16_plus': '16 jaar of ouder bij aanmelding',
    'fig.transition_18': 'Overgang 18-/18+',
    'fig.question_type': 'Type hulpvraag',
    'fig.problem_area_count': 'Aantal probleemgebieden per casus',
    'fig.problem_area': 'Probleemgebieden',
    'fig.problem_combination': 'Meest voorkomende combinaties van probleemgebieden',
    'fig.living_situation': 'Verblijfssituatie bij aanmelding',
    'fig.disruption_type': 'Verstoringen naar soort',
    'fig.disruption_count': 'Casussen naar aantal verstoringen',
    'fig.knelpunt': 'Meest bepalende knelpunt',
    'fig.achterliggend': 'Achterliggend knelpunt (bij gevraagd aanbod ontbreekt)',
    'fig.team_activity': 'Wat het team deed',
    'fig.advice_weight': 'Gewicht van het advies',
    'fig.response_state': 'Reacties van partijen op de adviespunten',
    'fig.feedback_verwijzer': 'Nut van het advies volgens verwijzers',
    'fig.feedback_gezin': 'Nut van het advies volgens gezinnen',
    'fig.fitting_place': 'Passende plek bereikt bij afsluiting',
    'fig.lead_times': 'Doorlooptijden (dagen)',
    'note.problem_area_count': 'Geen: bij de aanmelding is ‘Geen probleemgebied’ gekozen. Onduidelijk: bij de aanmelding is geen probleemgebied gekozen.',
    'note.problem_combination': 'De tien meest voorkomende paren (bij gelijke aantallen op de tiende plaats: alle). Een casus met drie of meer probleemgebieden telt bij elk paar.',
    'note.achterliggend': 'Alleen voor afgesloten casussen met als meest bepalende knelpunt: gevraagd aanbod ontbreekt.',
    'note.disruption_count': 'Het totaal aantal vermeldingen is de som over de casussen en gelijk aan de som van de tabel verstoringen naar soort.',
    'note.feedback': 'Score 1 = niet nuttig, 5 = zeer nuttig.',
    'note.feedback_mean': 'Score 1 = niet nuttig, 5 = zeer nuttig. Gemiddeld: {{mean}}.',
    'note.withheld': 'Te weinig casussen om deze tabel veilig te tonen.',
    'months': 'januari,februari,maart,april,mei,juni,juli,augustus,september,oktober,november,december',
  },
  en: {
    'title.report': 'Report',
    'title.internal': 'For internal use: exact counts',
    'period': 'Period',
    'municipality': 'Municipality',
    'municipality.all': 'all municipalities',
    'summary': 'Summary',
    'summary.empty': 'No summary written yet.',
    'signals': 'Signals from the meetings',
    'signals.none': 'No signals approved for this period.',
    'leadTimes': 'Lead times (days)',
    'leadTimes.note': 'Median and 90th percentile in days, over the cases whose second step fell in the period.',
    'leadTimes.median': 'Median',
    'leadTimes.p90': '90th percentile',
    'leadTimes.n': 'Cases',
    'lt.aanmelding_bespreking': 'Referral → first discussion',
    'lt.bespreking_advies': 'First discussion → approved advice',
    'lt.advies_afsluiting': 'Approved advice → closure',
    'lt.aanmelding_afsluiting': 'Referral → closure',
    'archived': 'Of which {{n}} cases from the archive (erased, kept as figures only).',
    'col.category': 'Category',
    'col.count': 'Count',
    'col.pct': 'Percentage',
    'col.table': 'Table',
    'col.basis': 'Base',
    'total': 'Total',
    'total.mentions': 'Total mentions',
    'row.onbekend': 'Not filled in',
    'row.niet_vastgelegd': 'Not recorded',
    'row.ja16': '16 or older',
    'row.nee16': 'Younger than 16',
    'row.ja18': '18-/18+ (17 or older at referral, or so marked)',
    'row.nee18': 'No 18-/18+',
    'row.geen': 'None',
    'row.6_of_meer': '6 or more',
    'row.onduidelijk': 'Unclear',
    'row.aanmeldingen': 'Referrals',
    'row.besprekingen': 'Discussions',
    'row.besproken_casussen': 'Cases discussed',
    'row.adviezen': 'Approved advices',
    'row.afgesloten': 'Closed cases',
    'row.score': 'Score {{n}}',
    'generated': 'Made on {{date}}',
    'page': 'page {{page}} of {{pages}}',
    'confidential': 'Aggregated figures; small counts are hidden. Holds no data on individual youths.',
    'fig.totals': 'Key figures',
    'fig.referrals_per_month': 'Referrals per month',
    'fig.referrer_type': 'Referrals by type of referrer',
    'fig.age_group': 'Age at referral',
    'fig.age_16_plus': '16 or older at referral',
    'fig.transition_18': 'Transition 18-/18+',
    'fig.question_type': 'Type of question',
    'fig.problem_area_count': 'Number of problem areas per case',
    'fig.problem_area': 'Problem areas',
    'fig.problem_combination': 'Most frequent combinations of problem areas',
    'fig.living_situation': 'Living situation at referral',
    'fig.disruption_type': 'Disruptions by type',
    'fig.disruption_count': 'Cases by number of disruptions',
    'fig.knelpunt': 'Most decisive bottleneck',
    'fig.achterliggend': 'Underlying bottleneck (where the requested care is missing)',
    'fig.team_activity': 'What the team did',
    'fig.advice_weight': 'Weight of the advice',
    'fig.response_state': 'Responses of the parties to the advice items',
    'fig.feedback_verwijzer': 'Usefulness of the advice according to referrers',
    'fig.feedback_gezin': 'Usefulness of the advice according to families',
    'fig.fitting_place': 'Fitting place reached at closure',
    'fig.lead_times': 'Lead times (days)',
    'note.problem_area_count': 'None: ‘No problem area’ was chosen at the referral. Unclear: no problem area was chosen at the referral.',
    'note.problem_combination': 'The ten most frequent pairs (all of them when tied in tenth place). A case with three or more problem areas counts for each pair.',
    'note.achterliggend': 'Only for closed cases whose most decisive bottleneck is: requested care is missing.',
    'note.disruption_count': 'The total of mentions is the sum over the cases and equals the sum of the table of disruptions by type.',
    'note.feedback': 'Score 1 = not useful, 5 = very useful.',
    'note.feedback_mean': 'Score 1 = not useful, 5 = very useful. Mean: {{mean}}.',
    'note.withheld': 'Too few cases to show this table safely.',
    'months': 'January,February,March,April,May,June,July,August,September,October,November,December',
  },
} as const;
export type ReportTextKey = keyof (typeof REPORT_TEXT)['nl'];

/** The report's own words, with {{name}} filled in. */
export function rt(lang: ReportLang, key: ReportTextKey, vars: Record<string, string | number> = {}): string {
  return REPORT_TEXT[lang][key].replace(/\{\{(\w+)\}\}/g, (_, n: string) => String(vars[n] ?? ''));
}

/** A taxonomy label as the app shows it; the code itself when the app has none. */
export function taxLabel(lang: ReportLang, tax: Taxonomy, code: string): string {
  return APP[lang][`${tax}.${code}`] ?? code;
}

/** '2026-03' -> 'maart 2026'. */
export function monthLabel(lang: ReportLang, ym: string): string {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return `${REPORT_TEXT[lang].months.split(',')[m - 1]} ${y}`;
}

/** '2026-03-12' -> '12-03-2026'. */
export const dutchDate = (iso: string) => (iso ? `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}` : '');

export interface AreaLabel {
  id: string;
  label: string;
  active: boolean;
}

/** The problem areas in their order, with the label in the requested language. */
export function problemAreaLabels(db: ReadDb, lang: ReportLang): AreaLabel[] {
  return (db.prepare('SELECT id, nl, en, active FROM problem_areas ORDER BY sort, id').all() as {
    id: string;
    nl: string;
    en: string;
    active: number;
  }[]).map((a) => ({ id: a.id, label: lang === 'nl' ? a.nl : a.en, active: a.active === 1 }));
}
