/** The validator's problems in French. Texts from the data stay as written, in « » quotation marks. */
import type { ClosestPassage } from '../../events/closestPassage.ts';
import type { FoundValue, ItemName, PlaceholderFix, PlaceStep, ProblemCatalog } from '../../events/problemCodes.ts';
import { problemFormats, type PluralForms } from '../perLanguage/problemFormats.ts';

const { count, plural, megabytes, oneOf } = problemFormats('fr');

/**
 * French typography for the catalog's own words: a no-break space before ; : ? ! » and after «. A tag, so
 * that only the fixed text is changed and data text put in its placeholders stays exactly as written.
 */
function fr(strings: TemplateStringsArray, ...values: readonly (string | number)[]): string {
  return strings.reduce((text, part, index) => {
    const spaced = part.replace(/ ([;:?!»])/g, '\u00A0$1').replace(/« /g, '«\u00A0');
    return text + spaced + (index < values.length ? String(values[index]) : '');
  }, '');
}

function q(text: string): string {
  return `«\u00A0${text}\u00A0»`;
}

const TYPES: Readonly<Record<string, string>> = {
  string: 'une chaîne de caractères',
  number: 'un nombre',
  boolean: 'un booléen',
  array: 'un tableau',
  object: 'un objet',
};

function expectedType(expected: string): string {
  return TYPES[expected] ?? `une valeur de type ${expected}`;
}

function value(found: FoundValue): string {
  switch (found.type) {
    case 'string':
      return q(found.text);
    case 'number':
      return `le nombre ${found.text}`;
    case 'boolean':
      return `le booléen ${found.text}`;
    case 'null':
      return 'null';
    case 'array':
    case 'object':
      return TYPES[found.type] ?? found.type;
    case 'other':
      return found.name;
  }
}

function withFound(message: string, found: FoundValue | undefined): string {
  return found === undefined ? message : fr`${message} ; reçu : ${value(found)}`;
}

/** How many of the items of a list: "une citation", "3 citations". */
const LIST_ITEMS: Readonly<Record<string, PluralForms>> = {
  citations: { one: 'une citation', other: '# citations' },
  sources: { one: 'une source', other: '# sources' },
  events: { one: 'un événement', other: '# événements' },
  documents: { one: 'un document', other: '# documents' },
  actors: { one: 'un acteur', other: '# acteurs' },
};

function items(list: string, n: number): string {
  return plural(n, LIST_ITEMS[list] ?? { one: `un élément de ${list}`, other: `# éléments de ${list}` });
}

const FETCHED = { 'event-list': 'la liste d’événements', 'source-text': 'le texte de la source' } as const;

const PLACEHOLDER_FIXES: Readonly<Record<PlaceholderFix, string>> = {
  'own-text': 'remplacez-le par votre propre texte',
  'write-or-remove': 'écrivez le vôtre ou supprimez le champ',
  'real-address': 'remplacez-le par la vraie adresse',
};

function closestPassageHint({ agreeing, shared, quoteExcerpt, sourceExcerpt }: ClosestPassage): string {
  const agreement =
    agreeing === 'start'
      ? plural(shared, {
          one: 'son premier caractère est dans la source, puis elle diffère',
          other: 'ses # premiers caractères sont dans la source, puis elle diffère',
        })
      : plural(shared, {
          one: 'son dernier caractère est dans la source, mais elle diffère avant lui',
          other: 'ses # derniers caractères sont dans la source, mais elle diffère avant eux',
        });
  return fr`${agreement} : la citation porte ${q(quoteExcerpt)} là où la source porte ${q(sourceExcerpt)}`;
}

const ITEM_WORDS: Readonly<Record<ItemName, string>> = {
  event: 'événement',
  source: 'source',
  citation: 'citation',
  document: 'document',
  actor: 'acteur',
};

function placeStep(step: PlaceStep): string {
  if ('field' in step) return step.field;
  if ('text' in step) return step.text;
  if ('itemOf' in step) return `élément ${count(step.number)} de ${step.itemOf}`;
  return `${ITEM_WORDS[step.item]} ${count(step.number)}${step.id === undefined ? '' : `, id ${q(step.id)}`}`;
}

export const problems: ProblemCatalog = {
  place: (place) => place.map(placeStep).join(', '),
  line: (place, message) => (place ? fr`${place} : ${message}` : message),
  messages: {
    'empty-file': () => fr`le fichier est vide ; attendu : un objet JSON`,
    'not-json': ({ reason, line, column }) =>
      line === undefined || column === undefined
        ? fr`JSON non valide : ${reason}`
        : fr`JSON non valide à la ligne ${count(line)}, colonne ${count(column)} : ${reason}`,
    'not-utf8': ({ byte }) =>
      fr`texte UTF-8 non valide à l’octet ${count(byte)} ; attendu : un fichier enregistré en UTF-8`,
    'file-too-large': ({ bytes, maximum }) =>
      fr`le fichier fait ${megabytes(bytes, 'Mo')} ; attendu : au plus ${megabytes(maximum, 'Mo')} (${plural(maximum, { one: '# octet', other: '# octets' })})`,
    'data-address-missing': () =>
      fr`le lien contient ${q('?data=')} sans adresse après ; attendu : l’adresse d’une liste d’événements`,
    'data-address-scheme': ({ scheme }) =>
      fr`seules les adresses http(s) et relatives sont acceptées pour les données ; reçu : une adresse ${q(`${scheme}:`)}`,
    'data-address-invalid': () => fr`adresse non valide ; attendu : un chemin relatif ou une URL http(s)`,
    'data-address-needs-http': () =>
      fr`une adresse de données relative exige que la frise chronologique soit servie en http(s) ; ` +
      'utilisez ici une URL https:// absolue',
    'fetch-unreachable': () =>
      fr`récupération impossible : l’adresse est injoignable, vous êtes hors ligne, ` +
      'ou son serveur ne permet pas aux autres sites de la lire (CORS)',
    'fetch-stalled': ({ seconds }) =>
      fr`aucune donnée reçue pendant ${plural(seconds, { one: '# seconde', other: '# secondes' })}, le chargement ` +
      fr`s’est donc arrêté ; le serveur est peut-être en panne, très lent ou ne répond pas`,
    'fetch-broken': () => 'la connexion a été coupée pendant l’arrivée du fichier',
    'fetch-http': ({ status, expected }) =>
      fr`le serveur a répondu HTTP ${status} ; attendu : ${FETCHED[expected]} (HTTP 200)`,
    'fetch-web-page': () =>
      fr`le serveur a envoyé une page web (HTML), et non une liste d’événements JSON ; vérifiez l’adresse`,
    required: ({ expected, expects }) => fr`manquant ; attendu : ${expects ?? expectedType(expected)}`,
    'wrong-type': ({ expected, found }) => fr`attendu : ${expectedType(expected)} ; reçu : ${value(found)}`,
    blank: ({ found }) => withFound('ne doit pas être vide ni ne contenir que des espaces', found),
    'id-format': ({ found }) =>
      withFound(
        fr`attendu : des lettres minuscules, des chiffres et des traits d’union simples, p. ex. ${q('unga-res-53-70-1998')}`,
        found,
      ),
    'date-format': ({ found, hint }) =>
      withFound(fr`attendu : une date écrite AAAA, AAAA-MM ou AAAA-MM-JJ`, found) + (hint ?? ''),
    'day-format': ({ found }) => withFound(fr`attendu : une date écrite AAAA-MM-JJ`, found),
    'not-a-date': ({ found }) => withFound(fr`attendu : une date qui existe dans le calendrier`, found),
    'web-url': ({ found }) => withFound(fr`attendu : une URL absolue en http:// ou https://`, found),
    'source-text-path': ({ found }) =>
      withFound(
        fr`attendu : un chemin comme ${q('sources/article.txt')}, soit un fichier .txt du dossier sources ` +
          'placé à côté de ce fichier',
        found,
      ),
    'too-few': ({ list, minimum }) => fr`attendu : au moins ${items(list, minimum)}`,
    'too-long': ({ length, maximum }) =>
      fr`trop long (${plural(length, { one: '# caractère', other: '# caractères' })}) ; ` +
      plural(maximum, { one: 'au plus # est autorisé', other: 'au plus # sont autorisés' }),
    'too-many': ({ list, count: found, maximum }) =>
      fr`trop d’éléments (${items(list, found)}) ; ` +
      plural(maximum, { one: 'au plus # est autorisé', other: 'au plus # sont autorisés' }),
    invalid: ({ text, found }) => withFound(text, found),
    'duplicate-id': ({ id, list, first }) =>
      fr`id en double ${q(id)} ; ${list === 'events' ? 'l’événement' : 'la source'} ${count(first)} l’utilise déjà`,
    'end-before-date': ({ end, date }) =>
      fr`${q(end)} est antérieure à la date de l’événement, ${q(date)} ; attendu : la même date ou une date ultérieure`,
    'unknown-kind': ({ found, allowed }) =>
      fr`type inconnu${found && 'text' in found ? ` ${q(found.text)}` : ''} ; attendu : ${oneOf(allowed.map(q))}`,
    'related-self': ({ id }) => fr`${q(id)} est l’id de cet événement lui-même ; n’indiquez que d’autres événements`,
    'unknown-language': ({ language, allowed }) =>
      language === 'en'
        ? fr`l’anglais est le texte de base : écrivez-le dans le champ lui-même, pas parmi les traductions`
        : fr`langue inconnue ${q(language)} ; attendu : ${oneOf(allowed.map(q))}`,
    'untranslatable-field': ({ field, translatable }) =>
      fr`${q(field)} ne se traduit pas ici ; attendu : ${oneOf(translatable.map(q))}`,
    'unused-track-name': ({ track }) =>
      fr`aucun événement n’est sur la piste ${q(track)}, ces noms ne s’affichent donc jamais ; attendu : une piste telle que les événements l’écrivent`,
    'related-unknown': ({ id }) => `${q(id)} n’est l’id d’aucun événement de ce fichier`,
    'unknown-source': ({ id, declared, declaredCount }) => {
      if (declaredCount === 0) return fr`source inconnue ${q(id)} ; le fichier ne déclare aucune source`;
      const rest = declaredCount - declared.length;
      const more = rest > 0 ? ` (${plural(rest, { one: 'et # autre', other: 'et # autres' })})` : '';
      return fr`source inconnue ${q(id)} ; attendu : ${oneOf(declared.map(q))}${more}`;
    },
    'quote-not-in-source': ({ source, loose, closest }) => {
      const message = loose
        ? fr`introuvable telle quelle dans la source ${q(source)} (elle diffère par la casse, les espaces ` +
          fr`ou les guillemets) ; copiez-la exactement`
        : `introuvable dans la source ${q(source)}`;
      if (closest === undefined) return message;
      if (closest === null) {
        return loose ? message : fr`${message} ; aucun passage de la source ne commence ni ne finit comme elle`;
      }
      return fr`${message} ; ${closestPassageHint(closest)}`;
    },
    'unreadable-source-text': ({ path, reason }) => fr`impossible de lire ${q(path)} : ${reason}`,
    'unknown-field': ({ field, nearest, known }) =>
      fr`champ inconnu ${q(field)}, ignoré ; ` +
      (nearest === undefined ? fr`attendu : ${oneOf(known.map(q))}` : fr`vouliez-vous dire ${q(nearest)} ?`),
    placeholder: ({ text, fix }) =>
      fr`c’est encore le texte d’exemple du modèle, ${q(text)} ; ${PLACEHOLDER_FIXES[fix]}`,
    'unquoted-number': ({ number }) =>
      fr`le nombre ${q(number)} figure dans le résumé mais dans aucune citation de l’événement ; ` +
      'citez le passage qui le donne, ou retirez-le du résumé',
    conversion: ({ text }) => text,
  },
};
