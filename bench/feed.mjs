// A large, valid, realistic feed for the benchmark (a regional registry or an aggregated feed), made from a
// seed so that every run and every machine measures the same partners: names built from each language's
// own syllables in its own script (Latin with diacritics, Cyrillic, Greek, Georgian, Armenian, Arabic,
// Hebrew, Chinese, Japanese) with an English form, countries, partial dates, some links, some history.
// Plain functions, no Node API: a browser page could call them.

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Each language: its countries (ISO 3166-1, with a rough centre and the domain its towns' sites use), and
// syllables for the start, middle and end of a town's name, as [native, English] where the scripts differ.
const LANGUAGES = [
  {lang: 'tr', countries: [['TR', 39.5, 33, 'bel.tr']], start: ['Kara', 'Ak', 'Yeni', 'Eski', 'Sarı', 'Gül', 'Kız', 'Bey', 'Çam', 'Kum', 'Gök', 'Ilı'],
    middle: ['ca', 'su', 'de', 'bağ', 'ören'], end: ['köy', 'şehir', 'pınar', 'dere', 'hisar', 'ova', 'tepe', 'lı', 'kent', 'bahçe']},
  {lang: 'pl', countries: [['PL', 52, 19.5, 'pl']], start: ['Brzo', 'Łęcz', 'Kroś', 'Biało', 'Zielo', 'Gór', 'Wola', 'Nowo', 'Staro', 'Świę'],
    middle: ['ci', 'ła', 'szy', 'że'], end: ['wice', 'ków', 'zów', 'nik', 'sko', 'no', 'ryń', 'gard', 'ów']},
  {lang: 'cs', countries: [['CZ', 49.8, 15.5, 'cz']], start: ['Dob', 'Hra', 'Lito', 'Mla', 'Tře', 'Kra', 'Žel', 'Chru'],
    middle: ['de', 'ni', 'ře'], end: ['ice', 'ov', 'any', 'ín', 'ec', 'ná', 'šov']},
  {lang: 'ro', countries: [['RO', 45.9, 24.9, 'ro'], ['MD', 47.2, 28.5, 'md']], start: ['Bra', 'Târ', 'Sla', 'Câm', 'Foc', 'Dră', 'Ploi', 'Ora'],
    middle: ['gu', 'ti', 'șe'], end: ['șani', 'ești', 'ova', 'ina', 'deni', 'lia', 'ani']},
  {lang: 'de', countries: [['DE', 51, 10, 'de'], ['AT', 47.5, 14.5, 'gv.at']], start: ['Neu', 'Alt', 'Ober', 'Unter', 'Bad ', 'Groß', 'Klein', 'Wald', 'Stein', 'Schön'],
    middle: ['en', 'berg', 'feld'], end: ['dorf', 'burg', 'hausen', 'stadt', 'heim', 'bach', 'kirchen', 'au', 'brück']},
  {lang: 'fr', countries: [['FR', 46.6, 2.4, 'fr'], ['BE', 50.6, 4.6, 'be']], start: ['Saint-', 'Mont', 'Ville', 'Beau', 'Châ', 'Fonte', 'Bel', 'Roche'],
    middle: ['te', 'lo', 'ri'], end: ['ville', 'mont', 'fort', 'court', 'lès', 'teau', 'nay', 'gny']},
  {lang: 'it', countries: [['IT', 42.8, 12.5, 'it']], start: ['Castel', 'Monte', 'Borgo', 'San ', 'Villa', 'Roc', 'Fonta', 'Ponte'],
    middle: ['ne', 'ri', 'lo'], end: ['franco', 'vecchio', 'nuovo', 'ano', 'ello', 'ina', 'one']},
  {lang: 'es', countries: [['ES', 40.2, -3.7, 'es'], ['MX', 21, -101, 'gob.mx']], start: ['San ', 'Villa', 'Torre', 'Alca', 'Val', 'Puerto ', 'Santa ', 'Peña'],
    middle: ['de', 'ri', 'lo'], end: ['franca', 'real', 'nueva', 'lá', 'dolid', 'rubia', 'ñar', 'ón']},
  {lang: 'hu', countries: [['HU', 47.2, 19.5, 'hu']], start: ['Szé', 'Kis', 'Nagy', 'Bala', 'Tisza', 'Duna', 'Győ', 'Sár'],
    middle: ['ke', 'li', 'vá'], end: ['vár', 'háza', 'falva', 'szeg', 'hely', 'föld', 'egyháza']},
  {lang: 'hr', countries: [['HR', 45.1, 15.2, 'hr']], start: ['Kri', 'Vara', 'Slav', 'Pože', 'Čako', 'Đako', 'Vin', 'Zad'],
    middle: ['že', 'ni', 'ko'], end: ['ževci', 'din', 'ovec', 'ica', 'grad', 'vo']},
  {lang: 'id', countries: [['ID', -2.5, 118, 'go.id']], start: ['Kota ', 'Sura', 'Band', 'Tangg', 'Pala', 'Mata', 'Sema', 'Jaya'],
    middle: ['ra', 'ka', 'pu'], end: ['baya', 'ung', 'karta', 'rang', 'ngka', 'pura', 'sari']},
  {lang: 'ru', countries: [['RU', 55.5, 40, 'ru'], ['BY', 53.7, 28, 'by'], ['KZ', 48, 67, 'kz']],
    start: [['Бело', 'Belo'], ['Ново', 'Novo'], ['Крас', 'Kras'], ['Яро', 'Yaro'], ['Старо', 'Staro'], ['Камен', 'Kamen'], ['Зеле', 'Zele'], ['Вол', 'Vol']],
    middle: [['но', 'no'], ['ли', 'li'], ['го', 'go']], end: [['град', 'grad'], ['горск', 'gorsk'], ['ск', 'sk'], ['ово', 'ovo'], ['ино', 'ino'], ['славль', 'slavl'], ['поль', 'pol']]},
  {lang: 'sr', countries: [['RS', 44, 20.9, 'rs'], ['BA', 44, 17.8, 'ba']],
    start: [['Кра', 'Kra'], ['Ле', 'Le'], ['Чач', 'Čač'], ['Ужи', 'Uži'], ['Смед', 'Smed'], ['Шаба', 'Šaba'], ['Ваље', 'Valje'], ['Зре', 'Zre']],
    middle: [['гу', 'gu'], ['ња', 'nja'], ['ре', 're']], end: [['јевац', 'jevac'], ['сковац', 'skovac'], ['ак', 'ak'], ['це', 'ce'], ['ево', 'evo'], ['ица', 'ica'], ['нин', 'nin']]},
  {lang: 'uk', countries: [['UA', 49, 31.5, 'gov.ua']],
    start: [['Жито', 'Zhyto'], ['Біло', 'Bilo'], ['Черні', 'Cherni'], ['Тер', 'Ter'], ['Луць', 'Luts'], ['Хмель', 'Khmel'], ['Ко', 'Ko']],
    middle: [['но', 'no'], ['пі', 'pi'], ['ми', 'my']], end: [['мир', 'myr'], ['гів', 'hiv'], ['піль', 'pil'], ['ськ', 'sk'], ['ниця', 'nytsia'], ['ка', 'ka']]},
  {lang: 'el', countries: [['GR', 39.3, 22.5, 'gr'], ['CY', 35, 33.2, 'org.cy']],
    start: [['Καλα', 'Kala'], ['Βέ', 'Ve'], ['Νάου', 'Naou'], ['Κοζά', 'Koza'], ['Τρί', 'Tri'], ['Αλεξαν', 'Alexan'], ['Ξάν', 'Xan'], ['Δρά', 'Dra']],
    middle: [['μα', 'ma'], ['ρο', 'ro'], ['θη', 'thi']], end: [['μάτα', 'mata'], ['ροια', 'roia'], ['σα', 'sa'], ['νη', 'ni'], ['καλα', 'kala'], ['δρούπολη', 'droupoli'], ['θη', 'thi'], ['μα', 'ma']]},
  {lang: 'ka', countries: [['GE', 42.2, 43.5, 'gov.ge']],
    start: [['ქუ', 'Ku'], ['ბა', 'Ba'], ['თე', 'Te'], ['გო', 'Go'], ['ზუგ', 'Zug'], ['ფო', 'Po'], ['სამ', 'Sam']],
    middle: [['თა', 'ta'], ['ლა', 'la'], ['რე', 're']], end: [['ისი', 'isi'], ['თუმი', 'tumi'], ['ლავი', 'lavi'], ['რი', 'ri'], ['დიდი', 'didi'], ['ტრედია', 'tredia']]},
  {lang: 'hy', countries: [['AM', 40.2, 44.8, 'am']],
    start: [['Գյու', 'Gyu'], ['Վա', 'Va'], ['Աշ', 'Ash'], ['Արմա', 'Arma'], ['Սևա', 'Seva'], ['Կա', 'Ka']],
    middle: [['նա', 'na'], ['մրի', 'mri'], ['րա', 'ra']], end: [['ձոր', 'dzor'], ['րակ', 'rak'], ['վիր', 'vir'], ['ան', 'an'], ['ն', 'n'], ['պան', 'pan']]},
  {lang: 'ar', countries: [['EG', 27, 30.5, 'gov.eg'], ['JO', 31.2, 36.3, 'gov.jo'], ['MA', 32, -6.5, 'ma'], ['TN', 34.8, 9.6, 'tn']],
    start: [['بني', 'Beni '], ['طن', 'Tan'], ['أسو', 'Aswa'], ['المن', 'Al-Man'], ['الزر', 'Az-Zar'], ['مرا', 'Marra'], ['صفا', 'Safa']],
    middle: [['طا', 'ta'], ['يو', 'yu'], ['قا', 'qa']], end: [['سويف', 'Suef'], ['ان', 'n'], ['صورة', 'sura'], ['قاء', 'qa'], ['كش', 'kesh'], ['قس', 'qis']]},
  {lang: 'he', countries: [['IL', 31.4, 34.9, 'muni.il']],
    start: [['חי', 'Hai'], ['נת', 'Nat'], ['אש', 'Ash'], ['רחו', 'Reho'], ['כפר ', 'Kfar '], ['בית ', 'Beit ']],
    middle: [['ני', 'ni'], ['דו', 'do']], end: [['פה', 'fa'], ['ניה', 'anya'], ['דוד', 'dod'], ['בות', 'vot'], ['שמש', 'Shemesh'], ['סבא', 'Saba']]},
  {lang: 'zh', countries: [['CN', 32, 112, 'gov.cn'], ['TW', 23.7, 121, 'gov.tw']], join: '', suffix: '市',
    start: [['洛', 'Luo'], ['长', 'Chang'], ['南', 'Nan'], ['西', 'Xi'], ['宁', 'Ning'], ['绍', 'Shao'], ['无', 'Wu'], ['泉', 'Quan']],
    middle: [['山', 'shan'], ['安', "'an"], ['江', 'jiang']], end: [['阳', 'yang'], ['春', 'chun'], ['京', 'jing'], ['兴', 'xing'], ['锡', 'xi'], ['州', 'zhou'], ['波', 'bo']]},
  {lang: 'ja', countries: [['JP', 36.2, 138.3, 'lg.jp']], suffix: '市',
    start: [['高', 'Taka'], ['松', 'Matsu'], ['宮', 'Miya'], ['北', 'Kita'], ['山', 'Yama'], ['大', 'Ō'], ['福', 'Fuku']],
    middle: [['の', 'no'], ['津', 'tsu']], end: [['崎', 'zaki'], ['本', 'moto'], ['岡', 'oka'], ['川', 'kawa'], ['島', 'shima'], ['田', 'da'], ['山', 'yama']]},
];

const RELATIONS = [['twin', 0.7], ['partner', 0.9], ['cooperation', 1]];

/** An ASCII id: "Ōkawa" → "okawa"; unique within the feed. */
const slug = (name) => name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[łŁ]/g, 'l').replace(/[đĐ]/g, 'd')
  .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'town';

/** `count` partners of an imaginary regional registry, the same for the same `seed`. */
export function generateFeed(count, seed = 9) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  const ids = new Set(['plovdiv-province']);
  const names = new Set();

  const townName = (language) => {
    for (let tries = 0; ; tries++) {
      const middles = next() < 0.4 ? 0 : next() < 0.6 ? 1 : 2;
      const parts = [pick(language.start), ...Array.from({length: middles}, () => pick(language.middle)), pick(language.end)]
        .map((part) => (Array.isArray(part) ? part : [part, part]));
      const native = parts.map(([n]) => n).join(language.join ?? '') + (language.suffix ?? '');
      const english = parts.map(([, e]) => e).join('');
      // Real registries do have two Novo Selos, but few: a name is drawn again a few times before it is kept twice.
      if (!names.has(english) || tries > 8) {
        names.add(english);
        return [native, english];
      }
    }
  };
  const text = (language, [native, english]) => (native === english
    ? (chance(0.6) ? native : {en: english, [language.lang]: native})
    : {en: english, [language.lang]: native});
  const date = (from, to) => {
    const year = from + Math.floor(next() * (to - from + 1));
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const precision = next();
    const pad = (n) => String(n).padStart(2, '0');
    return precision < 0.5 ? `${year}` : precision < 0.7 ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
  };

  const partners = Array.from({length: count}, () => {
    const language = pick(LANGUAGES);
    const [country, lat, lon, domain] = pick(language.countries);
    const name = townName(language);
    let id = slug(name[1]);
    for (let n = 2; ids.has(id); n++) id = `${slug(name[1])}-${n}`;
    ids.add(id);
    const since = chance(0.92) ? date(1955, 2025) : undefined;
    const partner = {
      id,
      name: text(language, name),
      country,
      ...(chance(0.3) ? {region: {en: `${townName(language)[1]} Region`}} : {}),
      location: {lat: Math.round((lat + (next() - 0.5) * 6) * 1e4) / 1e4, lon: Math.round((lon + (next() - 0.5) * 8) * 1e4) / 1e4},
      languages: [language.lang],
      ...(chance(0.65) ? {url: `${chance(0.9) ? 'https' : 'http'}://www.${id}.${domain}`} : {}),
      relation: RELATIONS.find(([, p]) => next() < p)[0],
      ...(since ? {since} : {}),
      ...(chance(0.06) ? {status: 'inactive'} : {}),
      ...(chance(0.03) ? {formerName: text(language, townName(language))} : {}),
      ...(chance(0.1) ? {summary: {en: `Exchanges between schools, choirs and sports clubs since ${since?.slice(0, 4) ?? 'the 1990s'}.`}} : {}),
    };
    if (since && chance(0.05)) {
      partner.history = [
        {date: since.slice(0, 4), type: 'council-decision', text: {en: 'The municipal council agreed to the partnership.'}},
        {date: since, type: 'agreement-signed'},
      ];
    }
    return partner;
  });

  return {
    version: 1,
    updated: '2026-11-30',
    home: {
      id: 'plovdiv-province',
      name: {bg: 'Област Пловдив', en: 'Plovdiv Province'},
      country: 'BG',
      location: {lat: 42.15, lon: 24.75},
      languages: ['bg'],
      url: 'https://www.plovdiv-oblast.bg',
    },
    partners,
  };
}
