import { pageStrings } from './define.ts';

/**
 * The about page. Names of standards and technologies that are written in Latin script in
 * Georgian too (WCAG, JavaScript) are filled in through {placeholders} from the page.
 */
export const about = pageStrings(
  {
    'about.title': 'საიტის შესახებ',
    'about.description': 'ვინ აქვეყნებს ამ საიტს, რა ლიცენზიით ვრცელდება მონაცემები, როგორ შეგვატყობინოთ შეცდომა და როგორ არის უზრუნველყოფილი ხელმისაწვდომობა.',
    'about.intro':
      'ეს არის ღია მონაცემების საიტი სახელმწიფო პროგრამის „საქართველოში დაბრუნებულ მიგრანტთა სარეინტეგრაციო დახმარება“ შესახებ. ის ეფუძნება საჯარო წყაროებს: პროგრესის ანგარიშს და სამინისტროს, მიგრაციის საკითხთა სამთავრობო კომისიის, IOM-ისა და მედიის ვებგვერდებს.',
    'about.notOfficial':
      'საიტი არ არის სამინისტროს ან სააგენტოს ოფიციალური გვერდი და მათი სახელით არ საუბრობს. ოფიციალური ინფორმაციისთვის მიმართეთ თავად წყაროებს.',
    'about.publisherTitle': 'ვინ აქვეყნებს საიტს',
    'about.publisher': 'გამომცემელი: {name}.',
    'about.howTitle': 'როგორ მზადდება საიტი',
    'about.how':
      'მონაცემები ინახება CSV ფაილებში, რომლებსაც საიტი ყოველი განახლებისას ამოწმებს; თუ რომელიმე უჯრაში შეცდომაა, საიტი არ გამოქვეყნდება. ყველა რიცხვს თავისი წყარო ახლავს, გამოთვლილ რიცხვებს კი — ნიშანი „გამოთვლილი“.',
    'about.licenceTitle': 'ლიცენზია',
    'about.licenceLead': 'მონაცემები ვრცელდება {licence} ლიცენზიით.',
    'about.licenceTerms':
      'შეგიძლიათ მონაცემები გამოიყენოთ, გააზიაროთ და გადაამუშაოთ ნებისმიერი მიზნით, თუ მიუთითებთ წყაროს: ეს საიტი და თავდაპირველი წყარო, რომელიც თითოეულ რიცხვს ახლავს.',
    'about.errorsTitle': 'შეცდომის შეტყობინება',
    'about.errors':
      'თუ რიცხვი არასწორია ან თავის წყაროს არ ემთხვევა, მოგვწერეთ და მიუთითეთ სამი რამ: გვერდი (მისი მისამართი), რიცხვი, რომელიც არასწორად მიგაჩნიათ, და წყარო, რომელშიც სხვა რიცხვია მითითებული.',
    'about.contactSet': 'მოგვწერეთ:',
    'about.contactUnset': 'საკონტაქტო მისამართს საიტის გამომცემელი ადგენს; ის ჯერ არ არის მითითებული.',
    'about.a11yTitle': 'ხელმისაწვდომობის განაცხადი',
    'about.a11yTarget': 'ჩვენი მიზანია, საიტი აკმაყოფილებდეს სტანდარტის {standard} მოთხოვნებს.',
    'about.a11yNoJs': 'საიტი მუშაობს {js}-ის გარეშეც: ყველა გვერდი, დიაგრამა და ცხრილი წინასწარ არის მომზადებული ჩვეულებრივი ვებგვერდის სახით.',
    'about.a11yCharts': 'ყველა დიაგრამას ახლავს ტექსტური აღწერა და მონაცემთა ცხრილი. მონაცემის არარსებობა ყოველთვის სიტყვით არის აღნიშნული და არა მხოლოდ ფერით ან ფორმით.',
    'about.a11yLanguages': 'საიტი ორ ენაზეა — ქართულსა და ინგლისურზე; ყოველი გვერდი თავის ენას აცხადებს, რათა ეკრანის წამკითხველმა ის სწორად წაიკითხოს.',
    'about.a11yDesign': 'საიტი ისეა აგებული, რომ კლავიატურით იმართებოდეს, ფოკუსი ყოველთვის ჩანდეს, ფერები კი კონტრასტის მოთხოვნებს აკმაყოფილებდეს ღია და მუქ რეჟიმში.',
    'about.updateTitle': 'სამინისტროსთვის: მონაცემების განახლება',
    'about.update': 'ყოველწლიური განახლების ფაილები შეგიძლიათ გამოქვეყნებამდე ბრაუზერში შეამოწმოთ.',
    'about.a11yReport': 'თუ რამე ვერ გამოიყენეთ, შეგვატყობინეთ ისევე, როგორც შეცდომის შესახებ (იხ. ზემოთ).',
  },
  {
    'about.title': 'About this site',
    'about.description': 'Who publishes this site, the licence of its data, how to report an error, and how the site is made accessible.',
    'about.intro':
      'This is an open-data site about Georgia’s state program of reintegration assistance to returned migrants. It is built from public sources: a progress report, and pages of the ministry, the State Commission on Migration Issues, IOM and the media.',
    'about.notOfficial':
      'The site is not the official website of the ministry or of the agency, and it does not speak for them. For official information, go to the sources themselves.',
    'about.publisherTitle': 'Who publishes the site',
    'about.publisher': 'Publisher: {name}.',
    'about.howTitle': 'How the site is made',
    'about.how':
      'The data is kept in CSV files that the site checks every time it is built; if a cell is wrong, nothing is published. Every figure carries its source, and derived figures carry the mark “derived”.',
    'about.licenceTitle': 'Licence',
    'about.licenceLead': 'The data is published under {licence}.',
    'about.licenceTerms':
      'You may use, share and adapt the data for any purpose, as long as you credit the source: this site and the original source given with each figure.',
    'about.errorsTitle': 'Reporting an error',
    'about.errors':
      'If a figure is wrong or does not match its source, write to the site’s maintainers and tell us three things: the page (its address), the figure you think is wrong, and the source that says otherwise.',
    'about.contactSet': 'Where to write:',
    'about.contactUnset': 'The contact address is set by the site’s publisher; it has not been set yet.',
    'about.a11yTitle': 'Accessibility statement',
    'about.a11yTarget': 'We aim for the site to meet {standard}.',
    'about.a11yNoJs': 'The site works without {js}: every page, chart and table is built in advance as a plain web page.',
    'about.a11yCharts': 'Every chart has a text description and a data table. A missing figure is always said in words, never shown by colour or shape alone.',
    'about.a11yLanguages': 'The site is in Georgian and English; every page declares its language so that screen readers pronounce it correctly.',
    'about.a11yDesign': 'The site is designed to be used with a keyboard, with the focus always visible, and with colours that meet the contrast requirements in light and dark mode.',
    'about.updateTitle': 'For the ministry: updating the data',
    'about.update': 'The files of the annual update can be checked in the browser before they are published.',
    'about.a11yReport': 'If something does not work for you, tell us the same way as an error (see above).',
  },
);
