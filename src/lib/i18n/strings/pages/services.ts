import { pageStrings } from './define.ts';

/** The services page: one entry per service, with the years it was offered and its counts. */
export const services = pageStrings(
  {
    'services.title': 'სერვისები',
    'services.description':
      'სახელმწიფო პროგრამის თითოეული სერვისი: რას მოიცავს, რომელ წლებში იყო შეთავაზებული და რომელი წლისთვის არის ცნობილი, რამდენ პირს მიეწოდა.',
    'services.intro':
      'სერვისი არის დახმარების სახე, რომელსაც პროგრამა დაბრუნებულ მიგრანტს აძლევს, მაგალითად, გრანტი საკუთარი საქმისთვის ან მკურნალობის ანაზღაურება. ყოველ წელს პროგრამა რამდენიმე სერვისს სთავაზობდა. ქვემოთ თითოეულ სერვისს ახლავს მისი აღწერა, წლები, როცა ის იყო შეთავაზებული, ბენეფიციართა რაოდენობა, სადაც წყაროში მითითებულია, და წყაროები.',
    'services.unknownYears': 'წლები, რომელთა სერვისებსაც ჩვენი წყაროები არ ჩამოთვლის: {years}. ქვემოთ ისინი არც ერთ სერვისთან არ ჩანს.',
    'services.matrixLink': 'ყველა სერვისი წლების მიხედვით ერთ ცხრილში',
    'services.offeredIn': 'შეთავაზებული იყო',
    'services.countKnown': 'ბენეფიციართა რაოდენობა მითითებულია',
    'services.notOfferedAnyYear': 'ჩვენს მონაცემებში არც ერთ წელს',
    'services.noCountYet': 'ჯერჯერობით არც ერთი წლისთვის',
    'services.byYear': 'წლების მიხედვით',
    'services.persons': '{count} პირს მიეწოდა',
    'services.about': 'სერვისის აღწერის წყარო',
  } as const,
  {
    'services.title': 'Services',
    'services.description':
      'Each service of the state program: what it gives, the years it was offered, and the years for which the number of persons who received it is known.',
    'services.intro':
      'A service is a kind of help the program gives a returned migrant, such as a grant for a small business or payment for medical care. Each year the program offered a handful of them. Below, each service comes with what it gives, the years it was offered, how many received it where that is known, and its sources.',
    'services.unknownYears': 'Years for which our sources do not list the services: {years}. They appear under no service below.',
    'services.matrixLink': 'All services by year in one table',
    'services.offeredIn': 'Offered in',
    'services.countKnown': 'Number of beneficiaries reported for',
    'services.notOfferedAnyYear': 'no year in our data',
    'services.noCountYet': 'no year so far',
    'services.byYear': 'Year by year',
    'services.persons': 'received by {count} persons',
    'services.about': 'Source of the description',
  },
);
