// The demo pages' language: `?lang=cy` (or the link chosen) sets <html lang>, and every element
// on the page follows it. The elements translate themselves; this file only translates the few
// words of the demo page around them.
// Every language the library ships, each in its own name; the page's own few words in each (drafts,
// like the elements' translations: docs/translating.md).
const languages = {
  en: 'English',
  cy: 'Cymraeg',
  ro: 'Română',
  es: 'Español',
  pl: 'Polski',
  bn: 'বাংলা',
  pt: 'Português',
  gu: 'ગુજરાતી',
  it: 'Italiano',
  pa: 'ਪੰਜਾਬੀ',
  ar: 'العربية',
  ur: 'اردو',
  tr: 'Türkçe',
  so: 'Soomaali',
  lt: 'Lietuvių',
  ta: 'தமிழ்',
  'zh-Hans': '简体中文',
};
const pageText = {
  en: {
    heading: 'Tell us how we did',
    lede: 'It takes about a minute. You do not have to give your name.',
    rightsHeading: 'Your rights',
    rightsLink: 'Read your rights as a victim of crime',
  },
  cy: {
    heading: 'Dywedwch wrthym sut wnaethom',
    lede: "Mae'n cymryd tua munud. Does dim rhaid i chi roi eich enw.",
    rightsHeading: 'Eich hawliau',
    rightsLink: 'Darllenwch eich hawliau fel dioddefwr trosedd',
  },
  ro: {
    heading: 'Spuneți-ne cum ne-am descurcat',
    lede: 'Durează cam un minut. Nu trebuie să vă spuneți numele.',
    rightsHeading: 'Drepturile dumneavoastră',
    rightsLink: 'Citiți drepturile pe care le aveți ca victimă a unei infracțiuni',
  },
  es: {
    heading: 'Díganos qué tal lo hicimos',
    lede: 'Tarda alrededor de un minuto. No tiene que dar su nombre.',
    rightsHeading: 'Sus derechos',
    rightsLink: 'Lea sus derechos como víctima de un delito',
  },
  pl: {
    heading: 'Powiedz nam, jak nam poszło',
    lede: 'To zajmie około minuty. Nie musisz podawać imienia ani nazwiska.',
    rightsHeading: 'Twoje prawa',
    rightsLink: 'Przeczytaj o swoich prawach jako ofiary przestępstwa',
  },
  bn: {
    heading: 'আমরা কেমন করেছি জানান',
    lede: 'এতে প্রায় এক মিনিট লাগে। আপনার নাম দিতে হবে না।',
    rightsHeading: 'আপনার অধিকার',
    rightsLink: 'অপরাধের শিকার হিসেবে আপনার অধিকারগুলো পড়ুন',
  },
  pt: {
    heading: 'Diga-nos como correu',
    lede: 'Demora cerca de um minuto. Não tem de dar o seu nome.',
    rightsHeading: 'Os seus direitos',
    rightsLink: 'Leia os seus direitos como vítima de um crime',
  },
  gu: {
    heading: 'અમે કેવું કામ કર્યું તે અમને જણાવો',
    lede: 'આમાં લગભગ એક મિનિટ લાગે છે. તમારે તમારું નામ આપવાની જરૂર નથી.',
    rightsHeading: 'તમારા અધિકારો',
    rightsLink: 'ગુનાનો ભોગ બનનાર તરીકે તમારા અધિકારો વાંચો',
  },
  it: {
    heading: 'Ci dica come siamo andati',
    lede: 'Ci vuole circa un minuto. Non deve dire il suo nome.',
    rightsHeading: 'I suoi diritti',
    rightsLink: 'Legga i suoi diritti come vittima di un reato',
  },
  pa: {
    heading: 'ਸਾਨੂੰ ਦੱਸੋ ਕਿ ਅਸੀਂ ਕਿਵੇਂ ਕੀਤਾ',
    lede: 'ਇਸ ਵਿੱਚ ਲਗਭਗ ਇੱਕ ਮਿੰਟ ਲੱਗਦਾ ਹੈ। ਤੁਹਾਨੂੰ ਆਪਣਾ ਨਾਮ ਦੇਣ ਦੀ ਲੋੜ ਨਹੀਂ।',
    rightsHeading: 'ਤੁਹਾਡੇ ਅਧਿਕਾਰ',
    rightsLink: 'ਅਪਰਾਧ ਦੇ ਪੀੜਤ ਵਜੋਂ ਆਪਣੇ ਅਧਿਕਾਰ ਪੜ੍ਹੋ',
  },
  ar: {
    heading: 'أخبرنا عن أدائنا',
    lede: 'يستغرق الأمر دقيقة تقريبًا. لا يلزمك ذكر اسمك.',
    rightsHeading: 'حقوقك',
    rightsLink: 'اقرأ عن حقوقك بصفتك ضحية جريمة',
  },
  ur: {
    heading: 'ہمیں بتائیں کہ ہم نے کیسا کام کیا',
    lede: 'اس میں تقریباً ایک منٹ لگتا ہے۔ آپ کو اپنا نام بتانے کی ضرورت نہیں۔',
    rightsHeading: 'آپ کے حقوق',
    rightsLink: 'جرم کا شکار ہونے کے ناطے اپنے حقوق پڑھیں',
  },
  tr: {
    heading: 'Nasıl yaptığımızı bize söyleyin',
    lede: 'Yaklaşık bir dakika sürer. Adınızı vermeniz gerekmez.',
    rightsHeading: 'Haklarınız',
    rightsLink: 'Suç mağduru olarak haklarınızı okuyun',
  },
  so: {
    heading: 'Noo sheeg sida aan u shaqaynay',
    lede: 'Waxay qaadanaysaa qiyaastii hal daqiiqo. Uma baahnid inaad magacaaga bixiso.',
    rightsHeading: 'Xuquuqdaada',
    rightsLink: 'Akhri xuquuqdaada adigoo ah dhibbane dembi',
  },
  lt: {
    heading: 'Pasakykite, kaip mums sekėsi',
    lede: 'Tai užtruks apie minutę. Savo vardo nurodyti nereikia.',
    rightsHeading: 'Jūsų teisės',
    rightsLink: 'Perskaitykite savo, kaip nusikaltimo aukos, teises',
  },
  ta: {
    heading: 'நாங்கள் எப்படிச் செய்தோம் என்று சொல்லுங்கள்',
    lede: 'இதற்கு சுமார் ஒரு நிமிடம் ஆகும். உங்கள் பெயரைச் சொல்ல வேண்டியதில்லை.',
    rightsHeading: 'உங்கள் உரிமைகள்',
    rightsLink: 'குற்றத்தால் பாதிக்கப்பட்டவராக உங்கள் உரிமைகளைப் படியுங்கள்',
  },
  'zh-Hans': {
    heading: '告诉我们我们做得怎么样',
    lede: '大约需要一分钟。您不必提供姓名。',
    rightsHeading: '您的权利',
    rightsLink: '阅读您作为犯罪受害人的权利',
  },
};
const rightToLeft = new Set(['ar', 'ur']);

const url = new URL(location.href);
const requested = url.searchParams.get('lang');
const lang = requested && requested in languages ? requested : 'en';
document.documentElement.lang = lang;
document.documentElement.dir = rightToLeft.has(lang) ? 'rtl' : 'ltr';

for (const element of document.querySelectorAll('[data-text]')) {
  const text = pageText[lang]?.[element.dataset.text];
  if (text) element.textContent = text;
}

const nav = document.querySelector('[data-languages]');
if (nav) {
  const list = document.createElement('ul');
  list.className = 'languages';
  for (const [code, name] of Object.entries(languages)) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    const target = new URL(url);
    target.searchParams.set('lang', code);
    link.href = target.pathname + target.search;
    link.lang = code;
    link.hreflang = code;
    link.textContent = name;
    if (code === lang) link.setAttribute('aria-current', 'true');
    item.append(link);
    list.append(item);
  }
  nav.replaceChildren(list);
}
