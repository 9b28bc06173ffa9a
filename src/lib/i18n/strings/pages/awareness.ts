import { pageStrings } from './define.ts';

/** The awareness-raising page: the trainings in date order. */
export const awareness = pageStrings(
  {
    'awareness.title': 'ცნობიერების ამაღლება',
    'awareness.description':
      'მიგრაციის საკითხებზე ტრენინგები (მათ შორის რეინტეგრაციასა და სახელმწიფო პროგრამაზე), რომლებზეც სამინისტროს სამმართველოს თანამშრომლები გამოვიდნენ ან მონაწილეობდნენ: როდის, სად, ვისთვის და რა თემებზე.',
    'awareness.intro':
      'ცნობიერების ამაღლება აქ ნიშნავს, რომ მიგრაციის, რეპატრიაციისა და ინტეგრაციის სამმართველოს თანამშრომლები სხვა ორგანიზაციების მიერ მოწყობილ ტრენინგებზე უხსნიან მონაწილეებს, როგორ მიმდინარეობს რეინტეგრაცია და რას სთავაზობს სახელმწიფო პროგრამა დაბრუნებულ მიგრანტებს. ასეთ ტრენინგებს ესწრებიან, მაგალითად, ადგილობრივი თვითმმართველობის, სამოქალაქო საზოგადოებისა და მედიის წარმომადგენლები, რომლებსაც ამ ცოდნის სხვებისთვის გადაცემა შეუძლიათ. ქვემოთ მოცემულია ტრენინგები, რომლებსაც ჩვენი წყაროები ასახელებს, თარიღების მიხედვით დალაგებული.',
    'awareness.listTitle': 'ტრენინგები',
    'awareness.orderNote':
      'ტრენინგი, რომლის თარიღიც მხოლოდ საანგარიშო პერიოდით არის ცნობილი, სიაში დგას ამ პერიოდის ბოლოს, ზუსტი თარიღის მქონე ტრენინგების შემდეგ; წყარო არ ამბობს, პერიოდის რომელ ნაწილში ჩატარდა.',
    /** Follows the schema's label for date_precision = reporting_period; {date} is the period's last month, in the terminative ("2018 წლის ივნისამდე", src/lib/routes/awareness.ts). */
    'awareness.periodEnd': '({date})',
    'awareness.organiser': 'ორგანიზატორი',
    'awareness.inGeorgian': 'წყაროში ქართულად',
    'awareness.place': 'ადგილი',
    'awareness.audience': 'აუდიტორია',
    'awareness.topics': 'თემები',
  } as const,
  {
    'awareness.title': 'Awareness raising',
    'awareness.description':
      'Trainings on migration at which staff of the ministry’s division spoke or took part, covering reintegration and the state program: when, where, for whom and on what topics.',
    'awareness.intro':
      'Awareness raising here means that staff of the Migration, Repatriation and Integration Division explain, at trainings run by other organisations, how reintegration works and what the state program offers returned migrants. The people at these trainings include representatives of local self-government, civil society and the media, who can pass the word on. Below are the trainings our sources mention, in date order.',
    'awareness.listTitle': 'Trainings',
    'awareness.orderNote':
      'A training dated only by the reporting period is listed at the end of that period, after the trainings with exact dates in it; the source does not say when in the period it took place.',
    'awareness.periodEnd': '(to {date})',
    'awareness.organiser': 'Organiser',
    'awareness.inGeorgian': 'in the source, in Georgian',
    'awareness.place': 'Place',
    'awareness.audience': 'Audience',
    'awareness.topics': 'Topics',
  },
);
