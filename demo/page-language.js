// The demo pages' language: `?lang=cy` (or the link chosen) sets <html lang>, and every element
// on the page follows it. The elements translate themselves; this file only translates the few
// words of the demo page around them.
const languages = { en: 'English', cy: 'Cymraeg', pl: 'Polski', ar: 'العربية' };
const pageText = {
  en: { heading: 'Tell us how we did', lede: 'It takes about a minute. You do not have to give your name.', rightsHeading: 'Your rights', rightsLink: 'Read your rights as a victim of crime' },
  cy: { heading: "Dywedwch wrthym sut wnaethom", lede: "Mae'n cymryd tua munud. Does dim rhaid i chi roi eich enw.", rightsHeading: 'Eich hawliau', rightsLink: 'Darllenwch eich hawliau fel dioddefwr trosedd' },
  pl: { heading: 'Powiedz nam, jak nam poszło', lede: 'To zajmie około minuty. Nie musisz podawać imienia ani nazwiska.', rightsHeading: 'Twoje prawa', rightsLink: 'Przeczytaj o swoich prawach jako ofiary przestępstwa' },
  ar: { heading: 'أخبرنا عن أدائنا', lede: 'يستغرق الأمر دقيقة تقريبًا. لا يلزمك ذكر اسمك.', rightsHeading: 'حقوقك', rightsLink: 'اقرأ عن حقوقك بصفتك ضحية جريمة' },
};

const url = new URL(location.href);
const requested = url.searchParams.get('lang');
const lang = requested && requested in languages ? requested : 'en';
document.documentElement.lang = lang;
document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';

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
