/**
 * The bodies a release names, with their kind: governments (a place + a government word,
 * or a bare place signing with another party), operators and their branches, enterprises
 * (names ending 有限公司, 集团, Group, Co., Ltd.), and regulators (通信管理局, MIIT).
 * Vocabulary: content/gazetteer/parties.yaml.
 */
import type { OperatorId, Party } from '../../../src/schema/agreement.ts';
import { loadYaml } from '../../../src/lib/gazetteer/files.ts';
import { partiesFileSchema, type PartiesFile } from '../../../src/lib/gazetteer/types.ts';
import { alternation as literalAlternation, escapeRegExp } from '../patterns.ts';
import { bareGovernments, type BareGovernment } from './bareGovernments.ts';
import { Lexicon } from './lexicon.ts';
import type { OperatorMention } from './operatorMentions.ts';
import type { PlaceMention, PlaceReading } from './placeMentions.ts';
import { otherDealWords } from './signingOperators.ts';
import { normaliseTerm, writtenAt, type TextView } from './textView.ts';

/** A body found at view[start, end). */
interface Found {
  start: number;
  end: number;
  party: Party;
  /** A department of a government (上海市信息委): a party apart from the government itself. */
  department?: boolean;
}

interface Vocabulary {
  file: PartiesFile;
  governmentZh: Lexicon<true>;
  /** After a place (and its level character): a zone's own name, its end, its body. */
  zoneZh: RegExp;
  /** `(level word )?government word`, after an English place name. */
  governmentEn: RegExp;
  governmentOfEn: RegExp;
  /** Whether a government's name, as the view spells it, ends with a department's word. */
  departmentZh: RegExp;
  departmentEn: RegExp;
  nationalGovernment: Lexicon<true>;
  regulatorsNational: Lexicon<true>;
  regulatorsLocalZh: Lexicon<true>;
  regulatorsLocalEn: Lexicon<true>;
  enterpriseSuffixZh: RegExp;
  enterpriseSuffixEn: RegExp;
  /** The words of the English suffixes (Group, Co., Ltd.): a name needs a word of its own. */
  suffixWordsEn: ReadonlySet<string>;
  /** Linking words before a company name, longest first, each with its pattern built once. */
  boundariesZh: readonly { word: string; pattern: RegExp }[];
  notNamesZh: readonly string[];
  titleWordsEn: ReadonlySet<string>;
  signingZh: RegExp;
  signingEn: RegExp;
  /** A signing verb right after a party: 签署…, `jointly sign`. */
  signingNext: RegExp;
  /**
   * What follows an English place that is the subject of a signing whose other side follows
   * `with`: "The city of Guiyang, Guizhou province has signed a major … agreement with China
   * Telecom", "Chengdu teamed up with China Unicom". The place may be followed by where it lies
   * (`, Guizhou province`); nothing else stands between it and its verb.
   */
  signsWithEn: RegExp;
  /**
   * What comes before an English place that is the other side of a signing: `the company has
   * signed a memorandum with the regional government`, `signed an agreement with Chengdu`.
   */
  signedWithEn: RegExp;
  /** After an English body: its own signing verb (`the Ministry of Education (MOE) renewed`). */
  signsNextEn: RegExp;
  conjunction: RegExp;
  /**
   * The words that join the two sides of a signing, right after a body or right before it
   * (上海市信息委与上海电信, signed … with Shanghai Information Commission): `sidesZh/En`.
   */
  sidesAfter: RegExp;
  sidesBefore: RegExp;
}

/** Words between an English party and its signing verb: `has officially signed`. */
const EN_BEFORE_VERB = '(?:(?:has|have|had|officially|formally|jointly|recently)\\s+)*';

/** Built on first use, not at import: a run whose sources are all unchanged never needs it. */
let vocabulary: Vocabulary | undefined;

/** Characters of a Chinese company name before its suffix, at least (华为技术, 五征集团). */
const MIN_COMPANY_NAME = 4;

/** A term as a pattern: literal, but a space in it matches any run of whitespace. */
function escape(term: string): string {
  return escapeRegExp(term).replace(/ /g, '\\s+');
}

/** Vocabulary terms as the view shows them, longest first. */
function alternation(terms: readonly string[]): string {
  return literalAlternation(terms.map(normaliseTerm), escape);
}

function words(terms: readonly string[]): Lexicon<true> {
  const lexicon = new Lexicon<true>('proper');
  for (const term of terms) lexicon.add(term, true);
  return lexicon;
}

function partyMatcher(): Vocabulary {
  if (vocabulary) return vocabulary;
  const file = loadYaml('parties.yaml', partiesFileSchema);
  const level = alternation(file.government.enLevelWords);
  const government = alternation([...file.government.enWords, ...file.government.enDepartments]);
  const conjunctions = [...file.signing.conjunctionsZh, ...file.signing.conjunctionsEn];
  vocabulary = {
    file,
    governmentZh: words([...file.government.zhSuffixes, ...file.government.zhDepartments]),
    zoneZh: new RegExp(
      `^\\p{Script=Han}{0,8}?(?:${alternation(file.government.zhZones)})(?:${alternation(file.government.zhZoneBodies)})?`,
      'u',
    ),
    governmentEn: new RegExp(`^\\s+(?:(?:${level})\\s+)?(?:${government})\\b`, 'iu'),
    governmentOfEn: new RegExp(`(?:${government})\\s+of\\s+(?:the\\s+)?$`, 'iu'),
    departmentZh: new RegExp(`(?:${alternation(file.government.zhDepartments)})$`, 'u'),
    departmentEn: new RegExp(`\\b(?:${alternation(file.government.enDepartments)})\\b`, 'iu'),
    nationalGovernment: words(
      file.government.national.flatMap((body) => [body.en, ...(body.enAliases ?? []), ...body.zh]),
    ),
    regulatorsNational: words([...file.regulators.national.zh, ...file.regulators.national.en]),
    regulatorsLocalZh: words(file.regulators.local.zh),
    regulatorsLocalEn: words(file.regulators.local.en),
    enterpriseSuffixZh: new RegExp(`(?:${alternation(file.enterprises.zhSuffixes)})`, 'gu'),
    enterpriseSuffixEn: new RegExp(
      `(?<=[A-Za-z.,] )(?:${alternation(file.enterprises.enSuffixes)})(?![A-Za-z])`,
      'gu',
    ),
    suffixWordsEn: new Set(
      file.enterprises.enSuffixes.flatMap((suffix) => suffix.replace(/,/gu, '').split(' ')),
    ),
    boundariesZh: [...file.enterprises.zhBoundaries]
      .map(normaliseTerm)
      .sort((a, b) => b.length - a.length)
      .map((word) => ({ word, pattern: new RegExp(escape(word), 'gu') })),
    titleWordsEn: new Set(file.enterprises.enTitleWords),
    notNamesZh: [...file.enterprises.zhNotNames]
      .map(normaliseTerm)
      .sort((a, b) => b.length - a.length),
    signingZh: new RegExp(alternation(file.signing.zh), 'u'),
    signingEn: new RegExp(`\\b(?:${alternation(file.signing.en)})\\b`, 'iu'),
    signingNext: new RegExp(
      `^\\s*(?:(?:${alternation(file.signing.jointly)})\\s*)?(?:${alternation([...file.signing.zh, ...file.signing.en])})(?![A-Za-z])`,
      'iu',
    ),
    conjunction: new RegExp(`^\\s*(?:${alternation(conjunctions)})\\s*(?:the\\s+)?$`, 'iu'),
    sidesAfter: new RegExp(
      `^\\s*(?:${alternation(file.signing.sidesZh)}|\\b(?:${alternation(file.signing.sidesEn)})\\b)`,
      'iu',
    ),
    sidesBefore: new RegExp(
      `(?:${alternation(file.signing.sidesZh)}|\\b(?:${alternation(file.signing.sidesEn)})(?:\\s+the)?)\\s*$`,
      'iu',
    ),
    signsNextEn: new RegExp(
      `^\\s*(?:\\([A-Z]{2,10}\\)\\s*)?${EN_BEFORE_VERB}(?:${alternation(file.signing.en)})\\b`,
      'u',
    ),
    signedWithEn: new RegExp(
      `\\b(?:${alternation(file.signing.en)})\\b[^.;!?\\n]{0,160}?\\bwith\\s+(?:the\\s+)?$`,
      'iu',
    ),
    signsWithEn: new RegExp(
      `^(?:,\\s*[A-Z][A-Za-z]+(?:\\s+[Pp]rovince)?,?)?\\s+${EN_BEFORE_VERB}(?:${alternation(file.signing.en)})\\b[^.;!?\\n]{0,160}?\\bwith\\s+(?:the\\s+)?$`,
      'u',
    ),
  };
  return vocabulary;
}

export function readParties(
  view: TextView,
  places: PlaceReading,
  operators: readonly OperatorMention[],
  signingOps: readonly OperatorMention[] = operators,
): Party[] {
  const v = partyMatcher();
  const operatorBodies = operators.map(operatorBody);
  const governments = signingGovernments(
    view,
    [
      ...governmentsByName(view, places.mentions, v),
      ...zonesSigning(view, places.mentions, v),
      ...nationalSigning(view, v),
    ],
    v,
  );
  const regulators = regulatorsIn(view, places.mentions, v);
  const taken = [...operatorBodies, ...governments, ...regulators];
  const enterprises = [...enterprisesZh(view, v), ...enterprisesEn(view, v)].filter(
    (e) => !overlapsAny(e, taken),
  );
  // A bare 省政府, 我市 counts, like a bare place, only joined to another party in a signing.
  const signers = [
    ...places.mentions,
    ...bareGovernments(view, places.mentions, places.outletHomes, operators),
  ];
  const signatories = signingPlaces(view, signers, [...taken, ...enterprises], v);
  return merge([
    ...governments,
    ...signatories,
    ...operatorParties(signingOps.map(operatorBody)),
    ...enterprises,
    ...regulators,
  ]);
}

function operatorBody(
  mention: OperatorMention,
): Found & { placeCode: string | undefined; isBranch: boolean } {
  return {
    start: mention.start,
    end: mention.end,
    party: { name: mention.written, kind: 'operator', operator: mention.operator },
    placeCode: mention.branch?.code,
    isBranch: mention.branch !== null,
  };
}

/**
 * One party per branch (by place, else by name) and per group; a group named only in
 * passing beside its own branch is the branch's parent, not another party
 * (中國移動董事長 beside 山東移動).
 */
function operatorParties(bodies: ReturnType<typeof operatorBody>[]): Found[] {
  const kept = new Map<string, Found>();
  const withBranch = new Set<OperatorId>();
  for (const body of bodies)
    if (body.isBranch && body.party.operator) withBranch.add(body.party.operator);
  for (const body of bodies) {
    const operator = body.party.operator;
    if (!operator) continue;
    if (!body.isBranch && withBranch.has(operator)) continue;
    const key = body.isBranch ? `${operator}@${body.placeCode ?? body.party.name}` : operator;
    if (!kept.has(key)) kept.set(key, body);
  }
  return [...kept.values()];
}

/** Where a Chinese place name's words go on: 青海 + 省政府 keeps its level character first. */
function afterLevelCharacter(view: TextView, place: PlaceMention): number {
  return place.end + (/[省市县区]/.test(view.text.charAt(place.end)) ? 1 : 0);
}

/** 上海市人民政府, 烟台市政府, 青海省政府; Qinghai provincial government; Government of Yantai. */
function governmentsByName(
  view: TextView,
  mentions: readonly PlaceMention[],
  v: Vocabulary,
): Found[] {
  const found: Found[] = [];
  for (const place of mentions) {
    const latin = /[A-Za-z]/.test(view.text.charAt(place.end - 1));
    let start = place.start;
    let end: number | undefined;
    if (latin) {
      const after = v.governmentEn.exec(view.text.slice(place.end, place.end + 60));
      if (after) end = place.end + after[0].length;
      const before = v.governmentOfEn.exec(
        view.text.slice(Math.max(0, place.start - 40), place.start),
      );
      if (!end && before) {
        start = place.start - before[0].length;
        end = place.end;
      }
    } else {
      end = v.governmentZh.matchAt(view, afterLevelCharacter(view, place))?.end;
    }
    if (end !== undefined) {
      const spelled = view.text.slice(start, end);
      const department = v.departmentZh.test(spelled) || v.departmentEn.test(spelled);
      // A department is a party only as one side of a signing (上海市信息委与上海电信签署):
      // one that attends (出席签约仪式的还有省发改委) or tells the news (记者从…获悉) is not.
      if (department && !signsAlongside(view, start, end, v)) continue;
      found.push({
        start,
        end,
        party: { name: writtenAt(view, start, end), kind: 'government', placeCode: place.code },
        department,
      });
    }
  }
  return found;
}

/** Whether a body at view[start, end) is joined to another side in a signing clause. */
function signsAlongside(view: TextView, start: number, end: number, v: Vocabulary): boolean {
  const joined =
    v.sidesAfter.test(view.text.slice(end, end + 6)) ||
    v.sidesBefore.test(view.text.slice(Math.max(0, start - 12), start)) ||
    v.signsNextEn.test(view.text.slice(end, end + 60));
  if (!joined) return false;
  const stops = clauseStops(view);
  const clause = clauseAround(view.text, stops, start).text;
  return v.signingZh.test(clause) || v.signingEn.test(clause);
}

/**
 * A zone of a place signing in its own name: 陕西省西咸新区与中国联通签署…, placed in the
 * place its name begins with (the zone itself is no division of the gazetteer). Only in a
 * signing clause and joined to another party: a zone named elsewhere (a page's 发布开发区
 * line, a project's site) is not a party.
 */
function zonesSigning(view: TextView, mentions: readonly PlaceMention[], v: Vocabulary): Found[] {
  const found: Found[] = [];
  for (const place of mentions) {
    if (/[A-Za-z]/.test(view.text.charAt(place.end - 1))) continue;
    const from = afterLevelCharacter(view, place);
    const zone = v.zoneZh.exec(view.text.slice(from, from + 24));
    if (!zone) continue;
    const end = from + zone[0].length;
    if (!signsAlongside(view, place.start, end, v)) continue;
    found.push({
      start: place.start,
      end,
      party: { name: writtenAt(view, place.start, end), kind: 'government', placeCode: place.code },
    });
  }
  return found;
}

/**
 * A ministry or commission of the central government signing in its own name (中国电信与住房和
 * 城乡建设部签订…): a government party of no place. Only joined to another party in a signing
 * clause (a vice-minister attending is not a signatory), and only where the name stands on its
 * own: 科技部 inside 公司科技部 is a company's department.
 */
function nationalSigning(view: TextView, v: Vocabulary): Found[] {
  const found: Found[] = [];
  for (const match of v.nationalGovernment.scan(view)) {
    const before = view.text.charAt(match.start - 1);
    if (/[\p{Script=Han}A-Za-z]/u.test(before) && !/[与和同]/u.test(before)) continue;
    if (!signsAlongside(view, match.start, match.end, v)) continue;
    found.push({
      start: match.start,
      end: match.end,
      party: { name: writtenAt(view, match.start, match.end), kind: 'government' },
    });
  }
  return found;
}

/**
 * The governments named where the release speaks of the signing, when it names any there:
 * another government named elsewhere (`the Guangzhou municipal government launched …` in a
 * report of Guangdong's agreement) is a body mentioned, not a party. A release that names
 * none in a signing sentence keeps all it names.
 */
function signingGovernments(view: TextView, governments: Found[], v: Vocabulary): Found[] {
  const stops = clauseStops(view);
  const inSigning = governments.filter((government) => {
    const clause = clauseAround(view.text, stops, government.start).text;
    return v.signingZh.test(clause) || v.signingEn.test(clause);
  });
  return inSigning.length > 0 ? inSigning : governments;
}

/** `Guiyang, Guizhou province`: the second place only says where the first lies. */
function isAppositive(
  view: TextView,
  start: number,
  mentions: readonly (PlaceMention | BareGovernment)[],
): boolean {
  return mentions.some((m) => m.end < start && /^,\s*$/.test(view.text.slice(m.end, start)));
}

/**
 * A place standing bare in a signing clause, joined to another party, is its government:
 * "Huangpu, China Mobile Shanghai Sign …", "上海与中国移动签署…"; or, in English, the subject
 * of a signing with another party (`signsWithEn`).
 */
function signingPlaces(
  view: TextView,
  mentions: readonly (PlaceMention | BareGovernment)[],
  bodies: readonly Found[],
  v: Vocabulary,
): Found[] {
  const found: Found[] = [];
  const stops = clauseStops(view);
  for (const place of mentions) {
    if (bodies.some((b) => place.start < b.end && b.start < place.end)) continue; // part of a name
    const clause = clauseAround(view.text, stops, place.start);
    if (!v.signingZh.test(clause.text) && !v.signingEn.test(clause.text)) continue;
    const next = bodies.find((b) => b.start >= place.end && b.start < clause.end);
    const joinedToNext = next && v.conjunction.test(view.text.slice(place.end, next.start));
    const previous = [...bodies]
      .reverse()
      .find((b) => b.end <= place.start && b.end > clause.start);
    const joinedToPrevious =
      previous &&
      v.conjunction.test(view.text.slice(previous.end, place.start)) &&
      v.signingNext.test(view.text.slice(place.end, place.end + 30));
    const signsWithNext =
      next !== undefined &&
      /[A-Za-z]$/.test(place.written) &&
      !isAppositive(view, place.start, mentions) &&
      v.signsWithEn.test(view.text.slice(place.end, next.start));
    // The place (or `the regional government`) the release says was signed with, unless in a
    // clause about another deal (`Prior to this, China Mobile signed … with Henan, Jiangsu`).
    const signedWith =
      /^[A-Za-z]/.test(place.written) &&
      v.signedWithEn.test(view.text.slice(clause.start, place.start)) &&
      !otherDealWords().test(clause.text);
    if (joinedToNext || joinedToPrevious || signsWithNext || signedWith) {
      found.push({
        start: place.start,
        end: place.end,
        party: { name: place.written, kind: 'government', placeCode: place.code },
      });
    }
  }
  return found;
}

/** Where sentences and lines end: `。！？!?；;`, a newline, or a full stop before a space. */
const CLAUSE_STOP = /[。！？!?；;\n]|\.\s/gu;

type ClauseStop = { index: number; length: number };
const stopsByView = new WeakMap<TextView, readonly ClauseStop[]>();

/** Where the view's clauses end, found once per view (several readers ask). */
function clauseStops(view: TextView): readonly ClauseStop[] {
  let stops = stopsByView.get(view);
  if (stops === undefined) {
    stops = [...view.text.matchAll(CLAUSE_STOP)].map((m) => ({
      index: m.index ?? 0,
      length: m[0].length,
    }));
    stopsByView.set(view, stops);
  }
  return stops;
}

/** The sentence or line around a position, given the sorted ends of all clauses. */
function clauseAround(
  text: string,
  stops: readonly { index: number; length: number }[],
  at: number,
): { text: string; start: number; end: number } {
  let low = 0;
  let high = stops.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((stops[middle]?.index ?? 0) < at) low = middle + 1;
    else high = middle;
  }
  const before = stops[low - 1];
  const start = before ? before.index + before.length : 0;
  const end = stops[low]?.index ?? text.length;
  return { text: text.slice(start, end), start, end };
}

/** 工业和信息化部, MIIT; 山东省通信管理局, Shandong Communications Administration. */
function regulatorsIn(view: TextView, mentions: readonly PlaceMention[], v: Vocabulary): Found[] {
  const found: Found[] = [];
  for (const match of v.regulatorsNational.scan(view)) {
    found.push({
      start: match.start,
      end: match.end,
      party: { name: writtenAt(view, match.start, match.end), kind: 'regulator' },
    });
  }
  for (const local of [...v.regulatorsLocalZh.scan(view), ...v.regulatorsLocalEn.scan(view)]) {
    // The place right before, perhaps with its level character (山东省, 山东 + 省) or a space.
    const level = /[省市县区 ]/.test(view.text.charAt(local.start - 1)) ? 1 : 0;
    const place = mentions.find((m) => m.end === local.start || m.end === local.start - level);
    const start = place ? place.start : local.start - level;
    const party: Party = { name: writtenAt(view, start, local.end), kind: 'regulator' };
    if (place) party.placeCode = place.code;
    found.push({ start, end: local.end, party });
  }
  return found;
}

/** Chinese company names: the run of name characters before 有限公司, 集团… */
function enterprisesZh(view: TextView, v: Vocabulary): Found[] {
  const found: Found[] = [];
  for (const suffix of view.text.matchAll(v.enterpriseSuffixZh)) {
    const end = (suffix.index ?? 0) + suffix[0].length;
    let start = suffix.index ?? 0;
    while (start > 0 && /[\p{Script=Han}A-Za-z0-9()（）·]/u.test(view.text.charAt(start - 1)))
      start--;
    let name = view.text.slice(start, suffix.index);
    // The name begins after the last linking word (烟台市政府与山东移动… → 山东移动…) that
    // leaves at least four characters: 与华为技术有限公司 is 华为技术, not 技术.
    const cuts = v.boundariesZh
      .flatMap(({ word, pattern }) =>
        [...name.matchAll(pattern)].map((m) => (m.index ?? 0) + word.length),
      )
      .filter((cut) => [...name.slice(cut)].length >= MIN_COMPANY_NAME)
      .sort((a, b) => b - a);
    const cut = cuts[0] ?? 0;
    start += cut;
    name = name.slice(cut);
    if ([...name].length < 2 || v.notNamesZh.some((w) => name.startsWith(w))) continue;
    found.push({ start, end, party: { name: writtenAt(view, start, end), kind: 'enterprise' } });
  }
  return found;
}

/** English company names: capitalised words before Group, Co., Ltd., Corporation… */
function enterprisesEn(view: TextView, v: Vocabulary): Found[] {
  const found: Found[] = [];
  for (const suffix of view.text.matchAll(v.enterpriseSuffixEn)) {
    const at = suffix.index ?? 0;
    // Capitalised words (and `of`, `&` between them) on the same line, right before the suffix.
    const before = /((?:(?:[A-Z][\p{L}\d&'-]*|of|&) )*(?:[A-Z][\p{L}\d&'-]*),? )$/u.exec(
      view.text.slice(Math.max(0, at - 80), at),
    );
    if (!before?.[1]) continue;
    let name = withoutTitle(
      before[1].replace(/^(?:(?:of|&) )+/u, '').replace(/^(?:The|A|An) /u, ''),
      v.titleWordsEn,
    );
    if (!/^[A-Z]/.test(name)) continue;
    // `(Unicom) Group Co., Ltd.`: a suffix's own words before a suffix are no name.
    const nameWords = name.trim().replace(/,$/u, '').split(' ');
    if (nameWords.every((word) => v.suffixWordsEn.has(word))) continue;
    const start = at - name.length;
    name = writtenAt(view, start, at + suffix[0].length);
    found.push({ start, end: at + suffix[0].length, party: { name, kind: 'enterprise' } });
  }
  return found;
}

/** `General Manager of Shandong Broadcast Network ` → `Shandong Broadcast Network `. */
function withoutTitle(name: string, titleWords: ReadonlySet<string>): string {
  const of = name.indexOf(' of ');
  if (of < 0) return name;
  const head = name.slice(0, of).split(' ');
  return head.every((word) => titleWords.has(word))
    ? withoutTitle(name.slice(of + 4), titleWords)
    : name;
}

function overlapsAny(found: Found, others: readonly Found[]): boolean {
  return others.some((o) => found.start < o.end && o.start < found.end);
}

/**
 * One party per body, in order of first mention. A government is one body whatever its
 * wording (烟台市政府, 煙臺市人民政府): the fullest wording is kept.
 */
function merge(found: Found[]): Party[] {
  const sorted = [...found].sort((a, b) => a.start - b.start);
  const byKey = new Map<string, Party>();
  for (const { party, department } of sorted) {
    const key =
      party.kind === 'government' && party.placeCode && !department
        ? `government@${party.placeCode}`
        : `${party.kind}:${party.name}`;
    const existing = byKey.get(key);
    if (!existing) byKey.set(key, party);
    else if (party.kind === 'government' && party.name.length > existing.name.length)
      existing.name = party.name;
  }
  return [...byKey.values()];
}
