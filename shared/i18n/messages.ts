/**
 * Validation ('v.*') and error ('e.*') messages, in Dutch and English.
 *
 * Shared by the dispatcher (which always answers with a Dutch message) and the
 * renderer (which shows the user's language). Interpolation uses i18next's
 * `{{name}}` syntax so the renderer can load these dictionaries unchanged.
 */
export const messages = {
  nl: {
    'v.required': 'Dit veld is verplicht.',
    'v.invalid_type': 'Deze waarde heeft niet de juiste vorm.',
    'v.too_short': 'Gebruik minstens {{minimum}} tekens.',
    'v.too_long': 'Gebruik hoogstens {{maximum}} tekens.',
    'v.too_few': 'Kies er minstens {{minimum}}.',
    'v.too_many': 'Kies er hoogstens {{maximum}}.',
    'v.too_small': 'De waarde moet minstens {{minimum}} zijn.',
    'v.too_big': 'De waarde mag hoogstens {{maximum}} zijn.',
    'v.invalid_option': 'Kies een van de opties.',
    'v.invalid_format': 'Deze waarde heeft niet de juiste vorm.',
    'v.email': 'Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl.',
    'v.unknown_field': 'Dit veld wordt niet herkend.',
    'v.invalid': 'Deze waarde is ongeldig.',
    'v.date_invalid': 'Vul een bestaande datum in als dd-mm-jjjj.',
    'v.date_future': 'Deze datum ligt in de toekomst.',
    'v.birth_too_old': 'Deze geboortedatum ligt te ver terug voor een jeugdige (ouder dan 30 jaar).',
    'v.bsn_invalid': 'Dit BSN klopt niet (het voldoet niet aan de elfproef).',
    'v.bsn_format': 'Een BSN bestaat uit 9 cijfers.',
    'v.phone': 'Vul een telefoonnummer in met alleen cijfers, spaties, + of -.',
    'v.passphrase_short': 'Een wachtzin heeft minstens 12 tekens.',
    'v.passphrase_mismatch': 'De twee wachtzinnen zijn niet gelijk.',
    'v.urgency_reason': 'Geef een reden bij een hoge urgentie.',
    'v.withdrawn_before_given': 'De intrekking kan niet vóór de toestemming liggen.',
    'v.roles_required': 'Kies minstens één rol.',
    'v.reason_required': 'Geef een toelichting.',
    'v.routed_to_required': 'Geef aan waarheen de casus is doorverwezen.',
    'v.requested_info_required': 'Geef aan welke informatie nodig is.',
    'v.closure_reason_required': 'Kies een reden van afsluiting.',
    'v.recovery_key_format': 'Een herstelsleutel bestaat uit 8 groepen van 4 tekens, bijvoorbeeld ABCD-EFGH-…',

    'e.VALIDATION': 'Niet alle velden zijn goed ingevuld. Bekijk de meldingen bij de velden.',
    'e.FORBIDDEN': 'Uw rol geeft geen toegang tot deze handeling.',
    'e.LOCKED': 'De teamkluis is vergrendeld. Ontgrendel eerst met uw wachtzin.',
    'e.NO_VAULT': 'Er is nog geen teamkluis. Maak eerst een nieuwe teamkluis aan.',
    'e.VAULT_EXISTS': 'Er bestaat al een teamkluis in deze map.',
    'e.WRONG_PASSPHRASE': 'Deze wachtzin klopt niet. Controleer hoofdletters en probeer het opnieuw.',
    'e.WRONG_RECOVERY_KEY': 'Deze herstelsleutel klopt niet.',
    'e.THROTTLED': 'Te veel mislukte pogingen. Probeer het over {{seconds}} seconden opnieuw.',
    'e.USER_INACTIVE': 'Deze gebruiker is gedeactiveerd.',
    'e.NOT_FOUND': 'Dit item bestaat niet (meer).',
    'e.CONFLICT': 'Deze handeling kan nu niet: {{detail}}',
    'e.STATUS_TRANSITION': 'De status kan niet van "{{from}}" naar "{{to}}".',
    'e.CONSENT_REQUIRED': 'Deze casus kan pas worden ingepland als er toestemming voor registratie is, of als de voorzitter een andere wettelijke grondslag vastlegt.',
    'e.DB_NEWER': 'Deze teamkluis is gemaakt met een nieuwere versie van Adviestafel ({{version}}). Werk de app bij.',
    'e.DB_CORRUPT': 'De teamkluis is beschadigd of geen Adviestafel-bestand. Zet een reservekopie terug of neem contact op met de beheerder.',
    'e.LAST_ADMIN': 'Er moet minstens één actieve beheerder blijven.',
    'e.DENIED_ORIGIN': 'Dit verzoek komt niet uit het Adviestafel-venster en is geweigerd.',
    'e.INTERNAL': 'Er ging iets mis. Er is niets gewijzigd. Probeer het opnieuw.',
  },
  en: {
    'v.required': 'This field is required.',
    'v.invalid_type': 'This value does not have the right form.',
    'v.too_short': 'Use at least {{minimum}} characters.',
    'v.too_long': 'Use at most {{maximum}} characters.',
    'v.too_few': 'Choose at least {{minimum}}.',
    'v.too_many': 'Choose at most {{maximum}}.',
    'v.too_small': 'The value must be at least {{minimum}}.',
    'v.too_big': 'The value may be at most {{maximum}}.',
    'v.invalid_option': 'Choose one of the options.',
    'v.invalid_format': 'This value does not have the right form.',
    'v.email': 'Enter a valid e-mail address, e.g. name@organisation.nl.',
    'v.unknown_field': 'This field is not recognised.',
    'v.invalid': 'This value is invalid.',
    'v.date_invalid': 'Enter an existing date as dd-mm-yyyy.',
    'v.date_future': 'This date lies in the future.',
    'v.birth_too_old': 'This date of birth is too long ago for a youth (over 30 years).',
    'v.bsn_invalid': 'This BSN is not valid (it fails the eleven-test).',
    'v.bsn_format': 'A BSN has 9 digits.',
    'v.phone': 'Enter a phone number using only digits, spaces, + or -.',
    'v.passphrase_short': 'A passphrase has at least 12 characters.',
    'v.passphrase_mismatch': 'The two passphrases are not the same.',
    'v.urgency_reason': 'Give a reason for a high urgency.',
    'v.withdrawn_before_given': 'The withdrawal cannot precede the consent.',
    'v.roles_required': 'Choose at least one role.',
    'v.reason_required': 'Give an explanation.',
    'v.routed_to_required': 'Say where the case was routed to.',
    'v.requested_info_required': 'Say which information is needed.',
    'v.closure_reason_required': 'Choose a closure reason.',
    'v.recovery_key_format': 'A recovery key has 8 groups of 4 characters, e.g. ABCD-EFGH-…',

    'e.VALIDATION': 'Not all fields are filled in correctly. See the messages at the fields.',
    'e.FORBIDDEN': 'Your role does not give access to this action.',
    'e.LOCKED': 'The team vault is locked. Unlock it with your passphrase first.',
    'e.NO_VAULT': 'There is no team vault yet. Create a new team vault first.',
    'e.VAULT_EXISTS': 'A team vault already exists in this folder.',
    'e.WRONG_PASSPHRASE': 'This passphrase is not correct. Check capital letters and try again.',
    'e.WRONG_RECOVERY_KEY': 'This recovery key is not correct.',
    'e.THROTTLED': 'Too many failed attempts. Try again in {{seconds}} seconds.',
    'e.USER_INACTIVE': 'This user has been deactivated.',
    'e.NOT_FOUND': 'This item does not exist (any more).',
    'e.CONFLICT': 'This action is not possible now: {{detail}}',
    'e.STATUS_TRANSITION': 'The status cannot change from "{{from}}" to "{{to}}".',
    'e.CONSENT_REQUIRED': 'This case can only be scheduled once there is consent for registration, or the chair records another legal ground.',
    'e.DB_NEWER': 'This team vault was made by a newer version of Adviestafel ({{version}}). Please update the app.',
    'e.DB_CORRUPT': 'The team vault is damaged or not an Adviestafel file. Restore a backup or contact the administrator.',
    'e.LAST_ADMIN': 'At least one active administrator must remain.',
    'e.DENIED_ORIGIN': 'This request does not come from the Adviestafel window and was refused.',
    'e.INTERNAL': 'Something went wrong. Nothing was changed. Please try again.',
  },
} as const;

export type MessageKey = keyof (typeof messages)['nl'];
export type Lang = keyof typeof messages;

/** Fill `{{name}}` placeholders; unknown keys are returned as they are. */
export function formatMessage(
  lang: Lang,
  key: string,
  params: Record<string, unknown> = {},
): string {
  const template = (messages[lang] as Record<string, string>)[key] ?? key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
    params[name] === undefined ? '' : String(params[name]),
  );
}
