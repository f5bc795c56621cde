/**
 * Initials for lists, after the Dutch rule: the initials of the given names, and of the
 * surname without its particles (tussenvoegsels such as van, de, der, 't, ter, op de).
 * A list shows initials for privacy only, so a particle adds nothing and gives odd
 * results ("van 't Kruis" would give "v.'.K."): "Sanne van 't Kruis" -> "S.K.".
 * Dutch IJ counts as one letter ("IJsbrand" -> "IJ."). A double surname gives one
 * initial per part ("Jansen-de Boer" -> "J.B.").
 */

/** Lower-cased tussenvoegsels (Dutch, plus the common French, German, Spanish and Arabic ones). */
const PARTICLES = new Set([
  'van', 'de', 'der', 'den', 'het', "'t", 't', 'te', 'ter', 'ten', 'op', 'in', "'s", 'aan', 'bij', 'uit', 'voor',
  'onder', 'over', 'tot', 'uijt', 'vanden', 'vander', 'vd', "van't", "d'", "l'", 'la', 'le', 'les', 'du', 'des', 'da',
  'di', 'do', 'dos', 'das', 'del', 'della', 'von', 'vom', 'zu', 'zum', 'zur', 'y', 'e', 'el', 'al', 'ibn', 'bin',
]);

function isParticle(word: string): boolean {
  return PARTICLES.has(word.toLocaleLowerCase('nl-NL').replace(/[\u2018\u2019`]/g, "'"));
}

/** The first letter of a word ('IJ' for Dutch ij), upper-cased; '' when the word has no letter. */
function letterOf(word: string): string {
  const chars = Array.from(word.normalize('NFC')).filter((c) => /\p{L}/u.test(c));
  if (chars.length === 0) return '';
  const first = chars[0]!;
  if ((first === 'I' || first === 'i') && (chars[1] === 'J' || chars[1] === 'j')) return 'IJ';
  return first.toLocaleUpperCase('nl-NL');
}

function words(name: string): string[] {
  return name.trim().split(/[\s-]+/).filter((w) => w !== '');
}

/** "Sanne" + "van 't Kruis" -> "S.K."; "Anna Maria" + "de Vries" -> "A.M.V."; empty parts give ''. */
export function initials(givenNames: string, surname: string): string {
  const given = words(givenNames).map(letterOf).filter((l) => l !== '');
  const surnameWords = words(surname);
  const core = surnameWords.filter((w) => !isParticle(w));
  // A surname that is only particles (unlikely, but possible in data) keeps its last word.
  const last = (core.length > 0 ? core : surnameWords.slice(-1)).map(letterOf).filter((l) => l !== '');
  return [...given, ...last].map((l) => `${l}.`).join('');
}
