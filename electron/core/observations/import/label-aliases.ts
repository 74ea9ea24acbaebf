/**
 * Words people put in spreadsheets instead of codes, beyond the catalogue's own labels: plurals,
 * singulars, the way statistics offices title their columns. Matched after folding case, accents
 * and Arabic letter variants, so only one spelling of each is needed here.
 */
export const totalAliases = [
  'total',
  'all',
  'both sexes',
  'all ages',
  'ensemble',
  'tous',
  'toutes',
  'les deux sexes',
  'tous ages',
  'المجموع',
  'مجموع',
  'الكل',
  'الجميع',
  'الجنسان',
];

export const codeAliases: Record<'sex' | 'age' | 'status', Record<string, string[]>> = {
  sex: {
    F: ['female', 'females', 'women', 'woman', 'girls', 'femme', 'femmes', 'feminin', 'filles', 'أنثى', 'انثي', 'نساء', 'امراه', 'النساء', 'الإناث'],
    M: ['male', 'males', 'men', 'man', 'boys', 'homme', 'masculin', 'garcons', 'ذكر', 'رجال', 'الرجال', 'الذكور'],
    X: ['other', 'not stated', 'unknown', 'autre', 'non declare', 'non precise', 'inconnu', 'آخر', 'غير محدد', 'غير معروف'],
  },
  age: {
    Y_LT15: ['0-14', '0 14', 'under 15', 'less than 15', 'children', '<15', 'moins de 15', 'enfants', 'اقل من 15', 'الاطفال'],
    Y15T24: ['15-24', '15 24', 'youth', 'young people', 'jeunes', 'الشباب', 'شباب'],
    Y25T54: ['25-54', '25 54'],
    Y55T64: ['55-64', '55 64'],
    Y_GE65: ['65+', '65 and over', '65 and older', '>=65', '65 ans et plus', '65 ans ou plus', 'plus de 65', 'seniors', '65 فاكثر', '65 فما فوق', 'كبار السن'],
  },
  status: {
    NAT: ['national', 'citizens', 'nationals', 'nationaux', 'citoyens', 'مواطنون', 'المواطنين', 'مواطنين'],
    MIG: ['migrants', 'all migrants', 'foreign residents', 'foreigners', 'foreign nationals', 'etrangers', 'migrants', 'residents etrangers', 'المهاجرون', 'المهاجرين', 'الاجانب', 'المقيمون الاجانب'],
    REG: ['regular', 'regular migrants', 'migrants reguliers', 'en situation reguliere', 'نظامي', 'المهاجرون النظاميون'],
    IRR: ['irregular', 'irregular migrants', 'undocumented', 'migrants irreguliers', 'en situation irreguliere', 'sans papiers', 'غير نظامي', 'المهاجرون غير النظاميين'],
    ASY: ['asylum seeker', 'asylum seekers', 'asylum-seekers', "demandeur d'asile", "demandeurs d'asile", 'طالب لجوء', 'طالبو اللجوء', 'طالبي اللجوء'],
    REF: ['refugee', 'refugees', 'refugie', 'refugies', 'لاجئ', 'لاجئون', 'لاجئين', 'اللاجئون', 'اللاجئين'],
    STL: ['stateless', 'apatride', 'apatrides', 'عديم الجنسيه', 'عديمو الجنسيه'],
    IDP: ['idp', 'idps', 'internally displaced', 'deplaces internes', 'النازحون', 'نازحون'],
    RET: ['returnee', 'returnees', 'returning migrants', 'migrants de retour', 'rapatries', 'العائدون', 'العائدين'],
  },
};

/** Yes / partial / no answers, stored as 1 / 0.5 / 0. */
export const answerAliases: Record<string, number> = {
  yes: 1,
  oui: 1,
  نعم: 1,
  partial: 0.5,
  partly: 0.5,
  partiel: 0.5,
  partielle: 0.5,
  partiellement: 0.5,
  جزئي: 0.5,
  جزئيا: 0.5,
  no: 0,
  non: 0,
  لا: 0,
};

/** Observation flags: SDMX-style letters and words in the three languages. */
export const flagAliases: Record<string, 'estimate' | 'provisional' | 'confidential'> = {
  e: 'estimate',
  estimate: 'estimate',
  estimated: 'estimate',
  estimation: 'estimate',
  estime: 'estimate',
  تقدير: 'estimate',
  تقديري: 'estimate',
  p: 'provisional',
  provisional: 'provisional',
  provisoire: 'provisional',
  مؤقت: 'provisional',
  اولي: 'provisional',
  c: 'confidential',
  confidential: 'confidential',
  confidentiel: 'confidential',
  سري: 'confidential',
};

/** Column titles that name a field, for guessing the mapping of a file that is not in the tidy format. */
export const fieldAliases: Record<string, string[]> = {
  indicator: ['indicator', 'indicateur', 'المؤشر', 'مؤشر', 'code', 'indicator code'],
  period: ['period', 'year', 'date', 'periode', 'annee', 'الفتره', 'السنه', 'العام'],
  sex: ['sex', 'gender', 'sexe', 'genre', 'الجنس', 'النوع'],
  age: ['age', 'age group', 'age band', 'tranche d age', "tranche d'age", 'العمر', 'الفئه العمريه'],
  status: ['status', 'migration status', 'legal status', 'statut', 'statut migratoire', 'الوضع', 'الوضع القانوني', 'وضع الهجره'],
  origin: ['origin', 'country of origin', 'nationality', 'origine', 'pays d origine', "pays d'origine", 'nationalite', 'بلد المنشا', 'الجنسيه'],
  area: ['area', 'district', 'zone', 'quartier', 'arrondissement', 'commune', 'المنطقه', 'الحي', 'الدائره'],
  value: ['value', 'valeur', 'number', 'nombre', 'stock', 'migrant stock', 'count', 'effectif', 'effectifs', 'montant', 'amount', 'chiffre', 'القيمه', 'العدد', 'القيمة'],
  source: ['source', 'sources', 'المصدر'],
  note: ['note', 'notes', 'comment', 'commentaire', 'remarque', 'ملاحظه', 'ملاحظات'],
  flags: ['flags', 'flag', 'status flag', 'indicateurs de qualite', 'marqueurs', 'علامات'],
};
