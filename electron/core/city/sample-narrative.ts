/**
 * The sample city's migration profile text, every section in English, French and Arabic. Figures are
 * never typed: each one is a `{{INDICATOR PERIOD dim=CODE}}` citation of a row in resources/sample-city/observations.csv,
 * which the app renders with its year and source, so text and data cannot drift apart. Each
 * language cites the same figures; the French and Arabic are translations, not word for word.
 */

type Locale = 'en' | 'fr' | 'ar';
const locales: readonly Locale[] = ['en', 'fr', 'ar'];

/** Lets the Markdown sit flush left in this file; only the blank first and last lines are dropped. */
function md(strings: TemplateStringsArray): string {
  return strings.join('').trim();
}

const sections: ReadonlyArray<{ section: string; text: Record<Locale, string> }> = [
  {
    section: 'metadata',
    text: {
      en: md`
This profile was prepared by the city's migration focal point, within the Department of Social Affairs, between January and June 2025. It covers the years 2019 to 2024 and follows the structure shared by the cities of the network.

> All figures in this sample profile are invented sample data. The city, its districts and its sources are fictitious and must not be cited.

## Method

The profile combines three kinds of work:

1. **Desk research** on the national population estimates, the labour force survey, UNHCR registrations, school and health registers, and the city's own administrative records.
2. **Field research**: interviews with municipal departments, State services, associations and international organisations, and focus groups with migrant women, young people, refugees and asylum seekers.
3. **Two stakeholder workshops**, which discussed a first draft and helped set the priorities.

## How figures are shown

Every figure appears with its year and its source. The latest population estimates and labour force survey results are provisional, and estimates are marked as such. Figures are broken down by sex, age and migration status wherever the source allows.
`,
      fr: md`
Ce profil a été préparé par le point focal migration de la ville, au sein de la Direction des affaires sociales, entre janvier et juin 2025. Il couvre les années 2019 à 2024 et suit la structure commune aux villes du réseau.

> Tous les chiffres de ce profil exemple sont des données fictives. La ville, ses quartiers et ses sources sont inventés et ne doivent pas être cités.

## Méthode

Le profil associe trois types de travaux :

1. **Une recherche documentaire** sur les estimations nationales de population, l'enquête sur l'emploi, les enregistrements du HCR, les registres scolaires et sanitaires et les données administratives de la ville.
2. **Une recherche de terrain** : entretiens avec les services municipaux, les services de l'État, les associations et les organisations internationales, et groupes de discussion avec des femmes migrantes, des jeunes, des réfugiés et des demandeurs d'asile.
3. **Deux ateliers avec les parties prenantes**, qui ont examiné un premier projet et aidé à fixer les priorités.

## Présentation des chiffres

Chaque chiffre est présenté avec son année et sa source. Les dernières estimations de population et les derniers résultats de l'enquête sur l'emploi sont provisoires ; les estimations sont signalées comme telles. Les chiffres sont ventilés par sexe, âge et statut migratoire chaque fois que la source le permet.
`,
      ar: md`
أعدّ هذا الملفَّ منسّقُ ملف الهجرة في المدينة (نقطة الاتصال) ضمن إدارة الشؤون الاجتماعية، بين كانون الثاني/يناير وحزيران/يونيو 2025. ويغطي السنوات من 2019 إلى 2024، ويتبع الهيكل المشترك بين مدن الشبكة.

> جميع الأرقام الواردة في هذا الملف النموذجي بيانات افتراضية أُعدّت للعرض فقط. فالمدينة وأحياؤها ومصادرها متخيَّلة، ولا يجوز الاستشهاد بها.

## المنهجية

يجمع الملف بين ثلاثة أنواع من العمل:

1. **البحث المكتبي** في التقديرات الوطنية للسكان، ومسح القوى العاملة، وبيانات التسجيل لدى المفوضية السامية للأمم المتحدة لشؤون اللاجئين، وسجلات المدارس والمراكز الصحية، والسجلات الإدارية للمدينة.
2. **البحث الميداني**: مقابلات مع المصالح البلدية ومصالح الدولة والجمعيات والمنظمات الدولية، ومجموعات نقاش مركّزة مع نساء مهاجرات وشباب ولاجئين وطالبي لجوء.
3. **ورشتا عمل مع الأطراف المعنية** نوقشت فيهما مسوّدة أولى، وأسهمتا في تحديد الأولويات.

## طريقة عرض الأرقام

يُعرض كل رقم مع سنته ومصدره. وآخر تقديرات السكان وآخر نتائج مسح القوى العاملة أرقام مؤقتة، وتُميَّز التقديرات بوصفها تقديرات. وتُصنَّف الأرقام حسب الجنس والسن ووضع الهجرة كلما سمح المصدر بذلك.
`,
    },
  },
  {
    section: 'key-data',
    text: {
      en: md`
The city had {{POP_TOTAL}} residents, of whom {{POP_TOTAL age=Y15T24}} were aged 15–24. Migrants are a small but growing part of this population.

- **Foreign residents**: {{MIG_FOREIGN_RES}}, or {{MIG_FOREIGN_SHARE}} of the population.
- **Foreign women**: {{MIG_FOREIGN_RES 2024 sex=F}}.
- **Refugees and asylum seekers registered with UNHCR**: {{REF_ASY_REGISTERED}}, of whom {{REF_ASY_REGISTERED 2024 status=REF}} refugees and {{REF_ASY_REGISTERED 2024 status=ASY}} asylum seekers.
- **Main countries of origin**: Côte d'Ivoire ({{MIG_TOP_ORIGINS 2024 origin=CI}}) and Algeria ({{MIG_TOP_ORIGINS 2024 origin=DZ}}), followed by Libya, Cameroon and Mali.

Population figures refer to the start of the year; refugee and asylum figures to its end. The latest population estimates are provisional.
`,
      fr: md`
La ville comptait {{POP_TOTAL}} habitants, dont {{POP_TOTAL age=Y15T24}} âgés de 15 à 24 ans. Les migrants forment une part modeste mais croissante de cette population.

- **Résidents étrangers** : {{MIG_FOREIGN_RES}}, soit {{MIG_FOREIGN_SHARE}} de la population.
- **Femmes étrangères** : {{MIG_FOREIGN_RES 2024 sex=F}}.
- **Réfugiés et demandeurs d'asile enregistrés auprès du HCR** : {{REF_ASY_REGISTERED}}, dont {{REF_ASY_REGISTERED 2024 status=REF}} réfugiés et {{REF_ASY_REGISTERED 2024 status=ASY}} demandeurs d'asile.
- **Principaux pays d'origine** : la Côte d'Ivoire ({{MIG_TOP_ORIGINS 2024 origin=CI}}) et l'Algérie ({{MIG_TOP_ORIGINS 2024 origin=DZ}}), suivies de la Libye, du Cameroun et du Mali.

Les chiffres de population se rapportent au début de l'année, ceux des réfugiés et demandeurs d'asile à sa fin. Les dernières estimations de population sont provisoires.
`,
      ar: md`
بلغ عدد سكان المدينة {{POP_TOTAL}} نسمة، منهم {{POP_TOTAL age=Y15T24}} تتراوح أعمارهم بين 15 و24 سنة. ويمثّل المهاجرون جزءًا صغيرًا من السكان، لكنه في تزايد مستمر.

- **المقيمون الأجانب**: {{MIG_FOREIGN_RES}}، أي {{MIG_FOREIGN_SHARE}} من مجموع السكان.
- **النساء الأجنبيات**: {{MIG_FOREIGN_RES 2024 sex=F}}.
- **اللاجئون وطالبو اللجوء المسجّلون لدى المفوضية السامية لشؤون اللاجئين**: {{REF_ASY_REGISTERED}}، منهم {{REF_ASY_REGISTERED 2024 status=REF}} من اللاجئين و{{REF_ASY_REGISTERED 2024 status=ASY}} من طالبي اللجوء.
- **أهم بلدان المنشأ**: كوت ديفوار ({{MIG_TOP_ORIGINS 2024 origin=CI}}) والجزائر ({{MIG_TOP_ORIGINS 2024 origin=DZ}})، تليهما ليبيا والكاميرون ومالي.

تتعلق أرقام السكان ببداية السنة، وأرقام اللاجئين وطالبي اللجوء بنهايتها. وآخر تقديرات السكان أرقام مؤقتة.
`,
    },
  },
  {
    section: 'data-reflections',
    text: {
      en: md`
The figures in this profile are the best available, but they do not tell the whole story.

## Different definitions, different totals

The population estimates count foreign nationals: {{MIG_FOREIGN_RES 2024}}. The Regional Migration Observatory estimates all migrants living in the city, whatever their status, at {{MIG_BY_STATUS 2024 status=MIG}}. The gap is mostly people in an irregular situation, estimated at {{MIG_BY_STATUS 2024 status=IRR}}, and refugees and asylum seekers registered with UNHCR but missing from the population register. Neither source counts foreign-born nationals, such as children of mixed couples.

## Groups that remain invisible

- Stateless people are known only through an estimate: {{MIG_BY_STATUS 2024 status=STL}}.
- Returnees, nationals back from abroad ({{MIG_BY_STATUS 2024 status=RET}}), appear as migrants in no register, yet many need the same support.
- No source records the district of residence, so the spatial distribution of migrants can only be described from fieldwork.

## Reliability

Health coverage before 2021, such as {{HEA_MIG_COVERAGE 2020}}, was reconstructed from partial registers and is an estimate. Survey results on young migrants rest on small samples. The city intends to publish its data in an open format and to agree common definitions with the State services.
`,
      fr: md`
Les chiffres de ce profil sont les meilleurs disponibles, mais ils ne disent pas tout.

## Des définitions différentes, des totaux différents

Les estimations de population comptent les personnes de nationalité étrangère : {{MIG_FOREIGN_RES 2024}}. L'Observatoire régional des migrations estime l'ensemble des migrants vivant dans la ville, quel que soit leur statut, à {{MIG_BY_STATUS 2024 status=MIG}}. L'écart tient surtout aux personnes en situation irrégulière, estimées à {{MIG_BY_STATUS 2024 status=IRR}}, et aux réfugiés et demandeurs d'asile enregistrés par le HCR mais absents du registre de population. Aucune source ne compte les nationaux nés à l'étranger, comme les enfants de couples mixtes.

## Des groupes qui restent invisibles

- Les personnes apatrides ne sont connues que par une estimation : {{MIG_BY_STATUS 2024 status=STL}}.
- Les migrants de retour, des nationaux revenus de l'étranger ({{MIG_BY_STATUS 2024 status=RET}}), ne figurent comme migrants dans aucun registre, alors que beaucoup ont besoin du même accompagnement.
- Aucune source n'enregistre le quartier de résidence : la répartition spatiale des migrants ne peut être décrite qu'à partir du terrain.

## Fiabilité

La couverture santé antérieure à 2021, par exemple {{HEA_MIG_COVERAGE 2020}}, a été reconstituée à partir de registres partiels et reste une estimation. Les résultats d'enquête sur les jeunes migrants reposent sur de petits échantillons. La ville entend publier ses données dans un format ouvert et convenir de définitions communes avec les services de l'État.
`,
      ar: md`
الأرقام الواردة في هذا الملف هي أفضل ما هو متاح، لكنها لا ترسم الصورة كاملة.

## تعاريف مختلفة ومجاميع مختلفة

تُحصي تقديرات السكان الأشخاص الحاملين لجنسية أجنبية: {{MIG_FOREIGN_RES 2024}}. أما المرصد الجهوي للهجرة فيقدّر عدد جميع المهاجرين المقيمين في المدينة، أيًّا كان وضعهم، بـ{{MIG_BY_STATUS 2024 status=MIG}}. ويعود الفارق أساسًا إلى الأشخاص في وضع غير نظامي، المقدَّر عددهم بـ{{MIG_BY_STATUS 2024 status=IRR}}، وإلى اللاجئين وطالبي اللجوء المسجّلين لدى المفوضية وغير المدرجين في سجل السكان. ولا يُحصي أيّ من المصدرين المواطنين المولودين في الخارج، كأبناء الأزواج المختلطين.

## فئات تظل غير مرئية

- لا يُعرف عدد عديمي الجنسية إلا من خلال تقدير: {{MIG_BY_STATUS 2024 status=STL}}.
- لا يظهر المهاجرون العائدون، وهم مواطنون عادوا من الخارج ({{MIG_BY_STATUS 2024 status=RET}})، بوصفهم مهاجرين في أيّ سجل، مع أن كثيرًا منهم يحتاجون إلى الدعم نفسه.
- لا يسجّل أيّ مصدر حيّ الإقامة، ولذلك لا يمكن وصف التوزيع المكاني للمهاجرين إلا انطلاقًا من العمل الميداني.

## الموثوقية

أُعيد بناء أرقام التغطية الصحية السابقة لسنة 2021، ومنها {{HEA_MIG_COVERAGE 2020}}، انطلاقًا من سجلات جزئية، فهي تقديرات. وتستند نتائج المسح المتعلقة بالشباب المهاجرين إلى عيّنات صغيرة. وتعتزم المدينة نشر بياناتها في صيغة مفتوحة والاتفاق مع مصالح الدولة على تعاريف موحّدة.
`,
    },
  },
  {
    section: 'national-context',
    text: {
      en: md`
The country has long been a country of emigration. It has become a country of transit and, increasingly, of destination for people from West and Central Africa and from crisis-hit countries of the region. This section describes a simplified context, invented for the sample.

## Legal framework

- Entry and residence of foreigners are governed by a law several decades old; a residence permit requires a work contract, studies or family ties.
- There is no national asylum law yet. UNHCR registers asylum seekers and decides on refugee status; the city hosts {{REF_ASY_REGISTERED 2024}} registered refugees and asylum seekers.
- Nationality passes mainly by descent.

## Strategies and competences

A national migration strategy has been in preparation for several years. Migration, asylum and the employment of foreigners remain State competences. Municipalities have no explicit migration mandate, but they run civil registration, social action, local health centres, public spaces and, since the decentralisation reform, local development plans: the levers through which they reach migrants in practice.

## Recent trends

The share of foreign residents in the city rose from {{MIG_FOREIGN_SHARE 2019}} to {{MIG_FOREIGN_SHARE 2024}}. Return migration matters too: {{MIG_BY_STATUS 2024 status=RET}} returnees live in the city, many of them back from Libya and Europe since 2020.
`,
      fr: md`
Le pays a longtemps été un pays d'émigration. Il est devenu un pays de transit et, de plus en plus, de destination pour des personnes venues d'Afrique de l'Ouest et centrale et de pays de la région frappés par des crises. Cette section décrit un contexte simplifié, inventé pour l'exemple.

## Cadre juridique

- L'entrée et le séjour des étrangers relèvent d'une loi vieille de plusieurs décennies ; un titre de séjour suppose un contrat de travail, des études ou des liens familiaux.
- Il n'existe pas encore de loi nationale sur l'asile. Le HCR enregistre les demandeurs d'asile et statue sur le statut de réfugié ; la ville accueille {{REF_ASY_REGISTERED 2024}} réfugiés et demandeurs d'asile enregistrés.
- La nationalité se transmet principalement par filiation.

## Stratégies et compétences

Une stratégie nationale migratoire est en préparation depuis plusieurs années. Migration, asile et emploi des étrangers restent des compétences de l'État. Les communes n'ont pas de mandat explicite en matière de migration, mais elles gèrent l'état civil, l'action sociale, les centres de santé de proximité, les espaces publics et, depuis la réforme de décentralisation, les plans de développement local : autant de leviers par lesquels elles atteignent les migrants dans les faits.

## Tendances récentes

La part des résidents étrangers dans la ville est passée de {{MIG_FOREIGN_SHARE 2019}} à {{MIG_FOREIGN_SHARE 2024}}. La migration de retour compte aussi : {{MIG_BY_STATUS 2024 status=RET}} migrants de retour vivent dans la ville, dont beaucoup sont revenus de Libye et d'Europe depuis 2020.
`,
      ar: md`
ظلّ البلد طويلًا بلدَ هجرة نحو الخارج، ثم أصبح بلدَ عبور، وبصورة متزايدة بلدَ مقصد لأشخاص قادمين من غرب إفريقيا ووسطها ومن بلدان المنطقة التي تعصف بها الأزمات. ويعرض هذا القسم سياقًا مبسّطًا ومتخيَّلًا لأغراض المثال.

## الإطار القانوني

- ينظّم دخولَ الأجانب وإقامتَهم قانونٌ يعود إلى عدة عقود، ويشترط الحصول على بطاقة الإقامة وجودَ عقد عمل أو متابعةَ الدراسة أو روابطَ عائلية.
- لا يوجد بعدُ قانون وطني للجوء. وتتولى المفوضية السامية للأمم المتحدة لشؤون اللاجئين تسجيل طالبي اللجوء والبتّ في صفة اللاجئ، وتستضيف المدينة {{REF_ASY_REGISTERED 2024}} من اللاجئين وطالبي اللجوء المسجّلين.
- تنتقل الجنسية أساسًا عن طريق النسب.

## الاستراتيجيات والاختصاصات

ما تزال الاستراتيجية الوطنية للهجرة قيد الإعداد منذ عدة سنوات. وتبقى الهجرة واللجوء وتشغيل الأجانب من اختصاص الدولة. ولا تتمتع البلديات بتفويض صريح في مجال الهجرة، لكنها تتولى الحالة المدنية والعمل الاجتماعي ومراكز الصحة الأساسية والفضاءات العامة، ومنذ إصلاح اللامركزية مخططاتِ التنمية المحلية، وهي كلها أدوات تصل من خلالها إلى المهاجرين على أرض الواقع.

## التوجهات الأخيرة

ارتفعت نسبة المقيمين الأجانب في المدينة من {{MIG_FOREIGN_SHARE 2019}} إلى {{MIG_FOREIGN_SHARE 2024}}. وللهجرة العائدة أيضًا وزنها، إذ يقيم في المدينة {{MIG_BY_STATUS 2024 status=RET}} من المهاجرين العائدين، عاد كثير منهم من ليبيا وأوروبا منذ 2020.
`,
    },
  },
  {
    section: 'city-situation',
    text: {
      en: md`
## Migration channels and legal status

Most migrants hold a residence permit for work, studies or family reasons: {{MIG_BY_STATUS 2024 status=REG}}. Alongside them live people in an irregular situation, estimated at {{MIG_BY_STATUS 2024 status=IRR}}, often after a student or tourist visa expired. Asylum seekers rose sharply, from {{REF_ASY_REGISTERED 2022 status=ASY}} to {{REF_ASY_REGISTERED 2023 status=ASY}}, after war broke out in Sudan in April 2023: a real jump, not a data error.

## Countries of origin

Sub-Saharan Africa dominates: Côte d'Ivoire, Cameroon ({{MIG_TOP_ORIGINS 2024 origin=CM}}) and Mali, alongside neighbouring Algeria and Libya. Among refugees and asylum seekers, Sudanese are now the largest group ({{REF_ASY_REGISTERED 2024 origin=SD}}), ahead of Syrians and Eritreans.

## Sex

Women are a growing share of migrants. Among asylum seekers they number {{REF_ASY_REGISTERED 2024 sex=F status=ASY}}, many of them heads of household who arrived with their children.

## Age

Migrants are young: foreigners make up {{MIG_FOREIGN_SHARE 2024 age=Y15T24}} of residents aged 15–24, more than their share of the whole population. Children are a large part of refugee families.

## Level of education

The survey of migrant residents shows two groups: students and graduates from West and Central Africa, and workers with primary schooling or less. The city's schools enrol {{EDU_MIG_PUPILS 2024}} migrant pupils.

## Sectors of activity

Migrants work mainly in construction, domestic work, cafés and restaurants, call centres and street trade, largely informally. Women are far less often employed: {{EMP_MIG_RATE 2024 sex=F}}.

## Spatial distribution in the city

No register records the district of residence. Fieldwork points to two working-class districts near the old port and the bus station, where rents are low and some landlords accept tenants without papers, and to the student neighbourhoods near the university.
`,
      fr: md`
## Canaux migratoires et statut juridique

La plupart des migrants détiennent un titre de séjour pour le travail, les études ou des raisons familiales : {{MIG_BY_STATUS 2024 status=REG}}. S'y ajoutent des personnes en situation irrégulière, estimées à {{MIG_BY_STATUS 2024 status=IRR}}, souvent après l'expiration d'un visa d'étudiant ou de touriste. Les demandeurs d'asile sont passés de {{REF_ASY_REGISTERED 2022 status=ASY}} à {{REF_ASY_REGISTERED 2023 status=ASY}} après le début de la guerre au Soudan en avril 2023 : une hausse réelle, non une erreur de données.

## Pays d'origine

L'Afrique subsaharienne domine : Côte d'Ivoire, Cameroun ({{MIG_TOP_ORIGINS 2024 origin=CM}}) et Mali, aux côtés de l'Algérie et de la Libye voisines. Parmi les réfugiés et demandeurs d'asile, les Soudanais forment désormais le premier groupe ({{REF_ASY_REGISTERED 2024 origin=SD}}), devant les Syriens et les Érythréens.

## Sexe

La part des femmes parmi les migrants augmente. Parmi les demandeurs d'asile, on compte {{REF_ASY_REGISTERED 2024 sex=F status=ASY}} femmes, souvent cheffes de famille arrivées avec leurs enfants.

## Âge

Les migrants sont jeunes : les étrangers représentent {{MIG_FOREIGN_SHARE 2024 age=Y15T24}} des habitants âgés de 15 à 24 ans, plus que leur part dans la population totale. Les enfants occupent une large place dans les familles réfugiées.

## Niveau d'instruction

L'enquête auprès des résidents migrants distingue deux groupes : des étudiants et diplômés d'Afrique de l'Ouest et centrale, et des travailleurs ayant au plus une scolarité primaire. Les écoles de la ville accueillent {{EDU_MIG_PUPILS 2024}} élèves migrants.

## Secteurs d'activité

Les migrants travaillent surtout dans le bâtiment, le travail domestique, les cafés et restaurants, les centres d'appels et le commerce de rue, en grande partie de manière informelle. Les femmes sont bien moins souvent en emploi : {{EMP_MIG_RATE 2024 sex=F}}.

## Répartition spatiale dans la ville

Aucun registre n'indique le quartier de résidence. Le terrain désigne deux quartiers populaires près de l'ancien port et de la gare routière, aux loyers bas, où certains propriétaires louent à des personnes sans papiers, ainsi que les quartiers étudiants voisins de l'université.
`,
      ar: md`
## قنوات الهجرة والوضع القانوني

يحمل معظم المهاجرين بطاقة إقامة لأغراض العمل أو الدراسة أو لأسباب عائلية: {{MIG_BY_STATUS 2024 status=REG}}. وإلى جانبهم يعيش أشخاص في وضع غير نظامي يُقدَّر عددهم بـ{{MIG_BY_STATUS 2024 status=IRR}}، وكثيرًا ما يحدث ذلك بعد انتهاء صلاحية تأشيرة دراسة أو سياحة. وقد ارتفع عدد طالبي اللجوء ارتفاعًا حادًّا من {{REF_ASY_REGISTERED 2022 status=ASY}} إلى {{REF_ASY_REGISTERED 2023 status=ASY}} إثر اندلاع الحرب في السودان في نيسان/أبريل 2023، وهي زيادة فعلية وليست خطأً في البيانات.

## بلدان المنشأ

تغلب على المهاجرين أصولُ إفريقيا جنوب الصحراء: كوت ديفوار والكاميرون ({{MIG_TOP_ORIGINS 2024 origin=CM}}) ومالي، إلى جانب الجزائر وليبيا المجاورتين. أما بين اللاجئين وطالبي اللجوء، فقد أصبح السودانيون أكبر مجموعة ({{REF_ASY_REGISTERED 2024 origin=SD}})، يليهم السوريون فالإريتريون.

## الجنس

تتزايد نسبة النساء بين المهاجرين. ويبلغ عدد النساء بين طالبي اللجوء {{REF_ASY_REGISTERED 2024 sex=F status=ASY}}، وكثيرات منهن يُعِلن أسرهن ووصلن مع أطفالهن.

## السن

المهاجرون فئة شابة، إذ يمثّل الأجانب {{MIG_FOREIGN_SHARE 2024 age=Y15T24}} من السكان الذين تتراوح أعمارهم بين 15 و24 سنة، وهي نسبة تفوق حصتهم من مجموع السكان. ويشكّل الأطفال جزءًا كبيرًا من أسر اللاجئين.

## المستوى التعليمي

يُبرز مسح المقيمين المهاجرين فئتين: طلبة وخرّيجين قادمين من غرب إفريقيا ووسطها، وعمّالًا لم يتجاوز تعليمهم المرحلة الابتدائية. وتستقبل مدارس المدينة {{EDU_MIG_PUPILS 2024}} من التلاميذ المهاجرين.

## قطاعات النشاط

يعمل المهاجرون أساسًا في البناء والعمل المنزلي والمقاهي والمطاعم ومراكز النداء والتجارة في الشارع، وفي الغالب بصورة غير منظمة. ونسبة التشغيل لدى النساء أدنى بكثير: {{EMP_MIG_RATE 2024 sex=F}}.

## التوزيع المكاني داخل المدينة

لا يسجّل أيّ سجل حيّ الإقامة. ويشير العمل الميداني إلى حيّين شعبيين قرب الميناء القديم ومحطة الحافلات، حيث الإيجارات منخفضة ويقبل بعض المالكين مستأجرين بلا وثائق، وكذلك إلى الأحياء الطلابية المجاورة للجامعة.
`,
    },
  },
  {
    section: 'local-governance',
    text: {
      en: md`
Migration is not a municipal competence in law, but the city has built a local approach step by step.

## Strategy and coordination

- A local migration strategy was drafted in 2022 ({{GOV_STRATEGY 2022}}) and adopted by the municipal council in 2024 ({{GOV_STRATEGY 2024}}).
- A coordination committee of municipal departments, State services, UNHCR, IOM and associations has met regularly since 2022 ({{GOV_COORD_BODY 2022}}).
- A one-stop welcome desk at the Department of Social Affairs has offered information and orientation full time since 2023 ({{GOV_WELCOME_DESK 2023}}).

## Capacity and budget

The city trained {{GOV_STAFF_TRAINED}} staff on migration and migrants' rights, {{GOV_STAFF_TRAINED 2024 sex=F}} of them women. The budget for migrants' inclusion grew from {{GOV_BUDGET 2019}} to {{GOV_BUDGET 2024}} in local currency, much of it from external grants managed by the city.

## Data

The city publishes migration figures in its annual report, but not yet in an open format ({{GOV_OPEN_DATA}}). Its own registers rarely record migration status, which limits what it can measure.
`,
      fr: md`
La migration n'est pas une compétence municipale au regard de la loi, mais la ville a construit pas à pas une approche locale.

## Stratégie et coordination

- Une stratégie locale sur la migration a été rédigée en 2022 ({{GOV_STRATEGY 2022}}) et adoptée par le conseil municipal en 2024 ({{GOV_STRATEGY 2024}}).
- Un comité de coordination réunissant les services municipaux, les services de l'État, le HCR, l'OIM et les associations se réunit régulièrement depuis 2022 ({{GOV_COORD_BODY 2022}}).
- Un guichet unique d'accueil, à la Direction des affaires sociales, offre information et orientation à plein temps depuis 2023 ({{GOV_WELCOME_DESK 2023}}).

## Capacités et budget

La ville a formé {{GOV_STAFF_TRAINED}} agents à la migration et aux droits des migrants, dont {{GOV_STAFF_TRAINED 2024 sex=F}} femmes. Le budget consacré à l'inclusion des migrants est passé de {{GOV_BUDGET 2019}} à {{GOV_BUDGET 2024}} en monnaie locale, en grande partie grâce à des financements extérieurs gérés par la ville.

## Données

La ville publie des chiffres sur la migration dans son rapport annuel, mais pas encore dans un format ouvert ({{GOV_OPEN_DATA}}). Ses propres registres notent rarement le statut migratoire, ce qui limite ce qu'elle peut mesurer.
`,
      ar: md`
لا تُعدّ الهجرة من اختصاص البلدية بحكم القانون، غير أن المدينة بنت مقاربة محلية خطوةً بعد خطوة.

## الاستراتيجية والتنسيق

- صيغت استراتيجية محلية للهجرة سنة 2022 ({{GOV_STRATEGY 2022}})، وصادق عليها المجلس البلدي سنة 2024 ({{GOV_STRATEGY 2024}}).
- تجتمع بانتظام منذ 2022 لجنة تنسيق تضم المصالح البلدية ومصالح الدولة والمفوضية السامية لشؤون اللاجئين والمنظمة الدولية للهجرة والجمعيات ({{GOV_COORD_BODY 2022}}).
- يقدّم شبّاك موحّد للاستقبال في إدارة الشؤون الاجتماعية خدمات الإعلام والتوجيه بدوام كامل منذ 2023 ({{GOV_WELCOME_DESK 2023}}).

## القدرات والميزانية

درّبت المدينة {{GOV_STAFF_TRAINED}} من موظفيها على قضايا الهجرة وحقوق المهاجرين، منهم {{GOV_STAFF_TRAINED 2024 sex=F}} من النساء. وارتفعت الميزانية المخصصة لإدماج المهاجرين من {{GOV_BUDGET 2019}} إلى {{GOV_BUDGET 2024}} بالعملة المحلية، ويأتي جزء كبير منها من تمويلات خارجية تتولى المدينة إدارتها.

## البيانات

تنشر المدينة أرقامًا عن الهجرة في تقريرها السنوي، لكن ليس بعدُ في صيغة مفتوحة ({{GOV_OPEN_DATA}}). ونادرًا ما تسجّل سجلاتها الخاصة وضع الهجرة، مما يحدّ مما يمكنها قياسه.
`,
    },
  },
  {
    section: 'access',
    text: {
      en: md`
Migrants' rights in law are broader than their access in practice. Papers, language, cost and fear of checks are the barriers most often named in focus groups.

## Housing

Migrants rent almost only on the private market, often without a lease. Social housing is open to regular residents, but the waiting list is long; it includes {{HOU_WAITING_LIST 2024 status=REF}} refugee households. Emergency shelters hosted {{HOU_EMERGENCY_SHELTER 2024 status=ASY}} asylum seekers at the end of the year, and overcrowding reaches {{HOU_OVERCROWDING 2023 status=ASY}} among asylum seekers.

## Health

Primary care in municipal centres is open to all. Health coverage is far higher among refugees ({{HEA_MIG_COVERAGE 2024 status=REF}}), insured through UNHCR, than among asylum seekers ({{HEA_MIG_COVERAGE 2024 status=ASY}}).

## Education

School is compulsory and free for every child, whatever the parents' status, but enrolment asks for documents that families often lack. Drop-out is highest among asylum-seeking pupils ({{EDU_DROPOUT 2024 status=ASY}}). Language courses reached {{EDU_LANG_COURSES 2024}} adults and young people.

## Employment

Work permits are hard to obtain, so most migrants work informally. Young migrant women face the highest unemployment ({{EMP_YOUTH_UNEMP 2024 sex=F}}). Employment services supported {{EMP_JOB_SUPPORT 2024}} migrants with job search, training and business creation.

## Social protection

National social assistance is reserved for nationals. Migrants rely on UNHCR cash assistance, associations and the municipal social emergency fund, open to all residents since 2022.

## Participation

Foreigners cannot vote in local elections. The city's consultation forums, open since 2021, involved {{PAR_CONSULT_PARTICIPANTS 2024}} migrants.
`,
      fr: md`
Les droits des migrants dans la loi sont plus larges que leur accès dans les faits. Papiers, langue, coût et peur des contrôles sont les obstacles les plus souvent cités dans les groupes de discussion.

## Logement

Les migrants louent presque uniquement sur le marché privé, souvent sans bail. Le logement social est ouvert aux résidents en situation régulière, mais la liste d'attente est longue ; elle compte {{HOU_WAITING_LIST 2024 status=REF}} ménages réfugiés. Les centres d'hébergement d'urgence accueillaient {{HOU_EMERGENCY_SHELTER 2024 status=ASY}} demandeurs d'asile en fin d'année, et le surpeuplement touche {{HOU_OVERCROWDING 2023 status=ASY}} des demandeurs d'asile.

## Santé

Les soins de base dans les centres municipaux sont ouverts à tous. La couverture santé est bien plus élevée chez les réfugiés ({{HEA_MIG_COVERAGE 2024 status=REF}}), assurés par l'intermédiaire du HCR, que chez les demandeurs d'asile ({{HEA_MIG_COVERAGE 2024 status=ASY}}).

## Éducation

L'école est obligatoire et gratuite pour tous les enfants, quel que soit le statut des parents, mais l'inscription exige des documents qui manquent souvent aux familles. Le décrochage est le plus élevé chez les élèves demandeurs d'asile ({{EDU_DROPOUT 2024 status=ASY}}). Les cours de langue ont touché {{EDU_LANG_COURSES 2024}} adultes et jeunes.

## Emploi

Les autorisations de travail sont difficiles à obtenir : la plupart des migrants travaillent dans l'informel. Les jeunes femmes migrantes connaissent le chômage le plus élevé ({{EMP_YOUTH_UNEMP 2024 sex=F}}). Les services de l'emploi ont accompagné {{EMP_JOB_SUPPORT 2024}} migrants dans la recherche d'emploi, la formation et la création d'entreprise.

## Protection sociale

L'aide sociale nationale est réservée aux nationaux. Les migrants dépendent de l'aide financière du HCR, des associations et du fonds municipal d'urgence sociale, ouvert à tous les résidents depuis 2022.

## Participation

Les étrangers ne votent pas aux élections locales. Les forums de concertation de la ville, ouverts depuis 2021, ont réuni {{PAR_CONSULT_PARTICIPANTS 2024}} migrants.
`,
      ar: md`
حقوق المهاجرين في القانون أوسع من قدرتهم الفعلية على الانتفاع بها. فالوثائق واللغة والكلفة والخوف من عمليات المراقبة هي أكثر العوائق التي ذُكرت في مجموعات النقاش.

## السكن

يكاد المهاجرون يقتصرون على الكراء في السوق الخاصة، وغالبًا دون عقد. والسكن الاجتماعي مفتوح للمقيمين بصفة نظامية، لكن قائمة الانتظار طويلة، وتضم {{HOU_WAITING_LIST 2024 status=REF}} من أسر اللاجئين. وكانت مراكز الإيواء الطارئ تؤوي في نهاية السنة {{HOU_EMERGENCY_SHELTER 2024 status=ASY}} من طالبي اللجوء، فيما تبلغ نسبة الاكتظاظ السكني لدى طالبي اللجوء {{HOU_OVERCROWDING 2023 status=ASY}}.

## الصحة

خدمات الرعاية الأساسية في المراكز البلدية مفتوحة للجميع. وتفوق التغطيةُ الصحية لدى اللاجئين ({{HEA_MIG_COVERAGE 2024 status=REF}})، المؤمَّن عليهم عن طريق المفوضية السامية لشؤون اللاجئين، نظيرتَها لدى طالبي اللجوء ({{HEA_MIG_COVERAGE 2024 status=ASY}}) بفارق كبير.

## التعليم

التعليم إلزامي ومجاني لكل طفل أيًّا كان وضع والديه، لكن التسجيل يتطلب وثائق كثيرًا ما تفتقر إليها الأسر. وتبلغ نسبة الانقطاع عن الدراسة أعلى مستوياتها لدى التلاميذ من طالبي اللجوء ({{EDU_DROPOUT 2024 status=ASY}}). واستفاد من دروس اللغة {{EDU_LANG_COURSES 2024}} من الكبار والشباب.

## التشغيل

يصعب الحصول على رخص العمل، لذلك يعمل معظم المهاجرين في القطاع غير المنظم. وتعاني الشابات المهاجرات أعلى نسبة بطالة ({{EMP_YOUTH_UNEMP 2024 sex=F}}). وقدّمت مصالح التشغيل الدعم لـ{{EMP_JOB_SUPPORT 2024}} من المهاجرين في البحث عن عمل والتكوين وإحداث المشاريع.

## الحماية الاجتماعية

المساعدة الاجتماعية الوطنية حكر على المواطنين. ويعتمد المهاجرون على المساعدات النقدية التي تقدّمها المفوضية، وعلى الجمعيات، وعلى الصندوق البلدي للطوارئ الاجتماعية المفتوح لجميع المقيمين منذ 2022.

## المشاركة

لا يحق للأجانب التصويت في الانتخابات المحلية. وقد شارك في منتديات التشاور التي أطلقتها المدينة منذ 2021 {{PAR_CONSULT_PARTICIPANTS 2024}} من المهاجرين.
`,
    },
  },
  {
    section: 'stakeholders',
    text: {
      en: md`
Many actors work with migrants in the city; the coordination committee is now where they meet.

## Public bodies

- **Municipality**: the Department of Social Affairs (welcome desk, social emergency fund), the Housing Office, the municipal health centres and the ombudsperson.
- **State services**: the regional directorates of education, health and employment, the police in charge of residence permits, and the regional office of the National Employment Agency.

## International organisations

UNHCR registers refugees and asylum seekers and funds cash assistance; IOM supports voluntary return and the protection of vulnerable migrants.

## Civil society

The city counts {{PAR_MIG_ASSOCIATIONS}} associations of migrants or working mainly with them: student and community associations, women's groups, and legal aid and health NGOs. Partner associations gave psychosocial support to {{HEA_PSYCHOSOCIAL 2024}} people.

## Private sector, media and academia

The Chamber of Commerce registers {{EMP_WOMEN_BUSINESSES 2024}} businesses led by migrant women. The university's migration research unit helped run the survey of migrant residents. Local radio stations co-produced several of the {{PAR_AWARENESS_CAMPAIGNS 2024}} awareness campaigns against xenophobia.

## How they work together

Cooperation still rests largely on personal contacts. The coordination committee has given it a regular place, but migrants' own associations still take little part in it.
`,
      fr: md`
De nombreux acteurs travaillent avec les migrants dans la ville ; le comité de coordination est désormais le lieu où ils se retrouvent.

## Acteurs publics

- **Commune** : la Direction des affaires sociales (guichet d'accueil, fonds d'urgence sociale), l'Office du logement, les centres de santé municipaux et le médiateur municipal.
- **Services de l'État** : les directions régionales de l'éducation, de la santé et de l'emploi, la police chargée des titres de séjour et le bureau régional de l'Agence nationale pour l'emploi.

## Organisations internationales

Le HCR enregistre les réfugiés et les demandeurs d'asile et finance une aide en espèces ; l'OIM appuie le retour volontaire et la protection des migrants vulnérables.

## Société civile

La ville compte {{PAR_MIG_ASSOCIATIONS}} associations de migrants ou travaillant principalement avec eux : associations étudiantes et communautaires, groupes de femmes, ONG d'aide juridique et de santé. Les associations partenaires ont apporté un soutien psychosocial à {{HEA_PSYCHOSOCIAL 2024}} personnes.

## Secteur privé, médias et université

La Chambre de commerce recense {{EMP_WOMEN_BUSINESSES 2024}} entreprises dirigées par des femmes migrantes. L'unité de recherche sur les migrations de l'université a contribué à l'enquête auprès des résidents migrants. Des radios locales ont coproduit plusieurs des {{PAR_AWARENESS_CAMPAIGNS 2024}} campagnes de sensibilisation contre la xénophobie.

## Comment ils travaillent ensemble

La coopération repose encore largement sur des relations personnelles. Le comité de coordination lui a donné un cadre régulier, mais les associations de migrants elles-mêmes y prennent encore peu part.
`,
      ar: md`
تعمل جهات عديدة مع المهاجرين في المدينة، وقد أصبحت لجنة التنسيق الإطار الذي تلتقي فيه.

## الجهات العمومية

- **البلدية**: إدارة الشؤون الاجتماعية (شبّاك الاستقبال وصندوق الطوارئ الاجتماعية)، ومكتب السكن، والمراكز الصحية البلدية، والموفّق البلدي.
- **مصالح الدولة**: الإدارات الجهوية للتعليم والصحة والتشغيل، والشرطة المكلفة ببطاقات الإقامة، والمكتب الجهوي للوكالة الوطنية للتشغيل.

## المنظمات الدولية

تسجّل المفوضية السامية لشؤون اللاجئين اللاجئين وطالبي اللجوء وتموّل المساعدات النقدية، وتدعم المنظمة الدولية للهجرة العودة الطوعية وحماية المهاجرين في أوضاع هشّة.

## المجتمع المدني

تضم المدينة {{PAR_MIG_ASSOCIATIONS}} من جمعيات المهاجرين أو الجمعيات التي تعمل معهم أساسًا: جمعيات طلابية ومجتمعية، ومجموعات نسائية، ومنظمات غير حكومية للمساعدة القانونية والصحية. وقدّمت الجمعيات الشريكة الدعم النفسي والاجتماعي لـ{{HEA_PSYCHOSOCIAL 2024}} من الأشخاص.

## القطاع الخاص والإعلام والجامعة

تسجّل غرفة التجارة {{EMP_WOMEN_BUSINESSES 2024}} من المؤسسات التي تديرها نساء مهاجرات. وأسهمت وحدة البحث في الهجرة بالجامعة في إنجاز مسح المقيمين المهاجرين. وشاركت إذاعات محلية في إنتاج عدد من حملات التوعية ضد كراهية الأجانب، البالغ عددها {{PAR_AWARENESS_CAMPAIGNS 2024}}.

## كيف تعمل معًا

ما يزال التعاون قائمًا إلى حدّ بعيد على العلاقات الشخصية. وقد منحته لجنة التنسيق إطارًا منتظمًا، غير أن جمعيات المهاجرين أنفسهم ما تزال قليلة المشاركة فيها.
`,
    },
  },
  {
    section: 'priorities',
    text: {
      en: md`
The stakeholder workshops agreed on five priorities for the priority paper:

1. **Jobs for young people, especially young women.** Unemployment among young migrant women stands at {{EMP_YOUTH_UNEMP 2024 sex=F}}; the city will link its employment desk with training and business-creation schemes.
2. **Health coverage for asylum seekers**, only {{HEA_MIG_COVERAGE 2024 status=ASY}}, through an agreement with the Regional Health Directorate and UNHCR.
3. **Keeping asylum-seeking children in school**, where drop-out reaches {{EDU_DROPOUT 2024 status=ASY}}, with school mediators and catch-up classes.
4. **Decent housing**: shortening the social housing waiting list ({{HOU_WAITING_LIST 2024}} households) and inspecting overcrowded rentals.
5. **Data and a fair narrative**: publishing the city's migration data in an open format (today {{GOV_OPEN_DATA 2024}}) and following up complaints of discrimination ({{PAR_DISCRIM_COMPLAINTS 2024}}) with the ombudsperson.

> These priorities will become commitments with indicators, baselines and targets, so that progress can be followed year by year.
`,
      fr: md`
Les ateliers avec les parties prenantes ont retenu cinq priorités pour le document de priorités :

1. **L'emploi des jeunes, en particulier des jeunes femmes.** Le chômage des jeunes femmes migrantes atteint {{EMP_YOUTH_UNEMP 2024 sex=F}} ; la ville reliera son guichet emploi aux dispositifs de formation et de création d'entreprise.
2. **La couverture santé des demandeurs d'asile**, limitée à {{HEA_MIG_COVERAGE 2024 status=ASY}}, par une convention avec la Direction régionale de la santé et le HCR.
3. **Le maintien à l'école des enfants demandeurs d'asile**, dont le décrochage atteint {{EDU_DROPOUT 2024 status=ASY}}, grâce à des médiateurs scolaires et à des classes de remise à niveau.
4. **Un logement digne** : réduire la liste d'attente du logement social ({{HOU_WAITING_LIST 2024}} ménages) et contrôler les locations surpeuplées.
5. **Des données et un discours équitable** : publier les données migratoires de la ville dans un format ouvert (aujourd'hui {{GOV_OPEN_DATA 2024}}) et assurer, avec le médiateur municipal, le suivi des plaintes pour discrimination ({{PAR_DISCRIM_COMPLAINTS 2024}}).

> Ces priorités deviendront des engagements assortis d'indicateurs, de valeurs de référence et de cibles, afin de suivre les progrès année après année.
`,
      ar: md`
اتفقت ورشتا العمل مع الأطراف المعنية على خمس أولويات لورقة الأولويات:

1. **تشغيل الشباب، ولا سيما الشابات.** تبلغ نسبة البطالة لدى الشابات المهاجرات {{EMP_YOUTH_UNEMP 2024 sex=F}}، وستربط المدينة شبّاك التشغيل لديها ببرامج التكوين وإحداث المشاريع.
2. **التغطية الصحية لطالبي اللجوء**، التي لا تتجاوز {{HEA_MIG_COVERAGE 2024 status=ASY}}، من خلال اتفاقية مع الإدارة الجهوية للصحة والمفوضية السامية لشؤون اللاجئين.
3. **إبقاء أطفال طالبي اللجوء في المدرسة**، إذ تبلغ نسبة الانقطاع لديهم {{EDU_DROPOUT 2024 status=ASY}}، بالاستعانة بوسطاء مدرسيين ودروس للتدارك.
4. **سكن لائق**: تقليص قائمة الانتظار للسكن الاجتماعي (عدد الأسر: {{HOU_WAITING_LIST 2024}}) ومراقبة المساكن المؤجَّرة المكتظة.
5. **البيانات وخطاب منصف حول الهجرة**: نشر بيانات الهجرة الخاصة بالمدينة في صيغة مفتوحة (الوضع الحالي: {{GOV_OPEN_DATA 2024}})، ومتابعة شكاوى التمييز ({{PAR_DISCRIM_COMPLAINTS 2024}}) بالتعاون مع الموفّق البلدي.

> ستتحول هذه الأولويات إلى التزامات مرفقة بمؤشرات وقيم مرجعية وأهداف، بما يتيح متابعة التقدم سنة بعد سنة.
`,
    },
  },
];

export const sampleNarrative: ReadonlyArray<{ section: string; locale: Locale; markdown: string }> = sections.flatMap(({ section, text }) =>
  locales.map((locale) => ({ section, locale, markdown: text[locale] })),
);
