import { pageStrings } from './define.ts';

/** The beneficiaries-and-services page: the breakdown, the year × service matrix, IOM's context figures. */
export const beneficiaries = pageStrings(
  {
    'beneficiaries.title': 'ბენეფიციარები და სერვისები',
    'beneficiaries.description':
      'რამდენ დაბრუნებულ მიგრანტს მიეწოდა სახელმწიფო პროგრამის სერვისი, რომელი სერვისები იყო შეთავაზებული ყოველ წელს და IOM-ის საკუთარი პროექტების მონაცემები კონტექსტისთვის.',
    'beneficiaries.intro':
      'სახელმწიფო პროგრამა დაბრუნებულ მიგრანტებს რამდენიმე სახის დახმარებას — სერვისს — სთავაზობს. ამ გვერდზე ნახავთ, რამდენ ადამიანს მიეწოდა თითოეული სერვისი იმ წელს, რომლისთვისაც რაოდენობები ცნობილია, და რომელი სერვისები იყო შეთავაზებული ყოველ წელს. გვერდის ბოლოს მოცემულია მიგრაციის საერთაშორისო ორგანიზაციის (IOM) საკუთარი პროექტების მონაცემები: ისინი სახელმწიფო პროგრამას არ ეკუთვნის.',

    // The breakdown checked against persons served (the sum is computed, never assumed)
    'beneficiaries.sumExact': '{year} წელს ერთი ან მეტი სერვისი მიეწოდა {total} პირს. სერვისების მიხედვით რაოდენობების ჯამი არის {sum} ({derived}) — ზუსტად მომსახურებულ პირთა რაოდენობა.',
    'beneficiaries.sumMore': '{year} წელს ერთი ან მეტი სერვისი მიეწოდა {total} პირს. სერვისების მიხედვით რაოდენობების ჯამი არის {sum} ({derived}), ანუ მეტი: ერთი პირი შეიძლება რამდენიმე სერვისში იყოს დათვლილი.',
    'beneficiaries.sumFewer': '{year} წელს ერთი ან მეტი სერვისი მიეწოდა {total} პირს. სერვისების მიხედვით რაოდენობების ჯამი არის {sum} ({derived}), ანუ ნაკლები; წყარო ამ სხვაობას არ ხსნის.',
    'beneficiaries.sumNoTotal': 'სერვისების მიხედვით რაოდენობების ჯამი {year} წელს არის {sum} ({derived}); მომსახურებულ პირთა საერთო რაოდენობა წყაროში არ არის.',
    'beneficiaries.sumIncomplete': '{year} წლისთვის ზოგიერთი სერვისის რაოდენობა წყაროში არ არის, ამიტომ რაოდენობების ჯამს მომსახურებულ პირთა რაოდენობას ვერ შევადარებთ.',

    // The year × service matrix
    'beneficiaries.matrixCounted': 'წლები, რომელთათვისაც სერვისების მიხედვით რაოდენობები ცნობილია: {years}.',
    'beneficiaries.matrixOfferedOnly': 'წლები, რომელთათვისაც შეთავაზებული სერვისები ცნობილია, რაოდენობები კი — არა: {years}.',
    'beneficiaries.matrixUnknown': 'წლები, რომელთა სერვისებსაც ჩვენი წყაროები არ ჩამოთვლის: {years}.',
    'beneficiaries.legend': 'ნიშნების განმარტება',
    'beneficiaries.legendCounted': 'რიცხვი უჯრაში არის იმ პირების რაოდენობა, რომლებსაც სერვისი მიეწოდა',
    'beneficiaries.legendOffered': 'სერვისი იმ წელს პროგრამაში იყო, მაგრამ წყარო რაოდენობას არ ასახელებს',
    'beneficiaries.legendNotOffered': 'იმ წლის სერვისები ცნობილია და ეს სერვისი მათ შორის არ არის',
    'beneficiaries.legendUnknown': 'იმ წლის სერვისებს ჩვენი წყაროები არ ჩამოთვლის',
    'beneficiaries.serviceColumn': 'სერვისი',
    'beneficiaries.servicesLink': 'რას მოიცავს თითოეული სერვისი, წყაროებით',

    // IOM's own projects: context, not the state program
    'beneficiaries.iomTitle': 'IOM-ის საკუთარი პროექტები (კონტექსტი)',
    'beneficiaries.iomIntro':
      'მიგრაციის საერთაშორისო ორგანიზაცია (IOM) საქართველოში საკუთარ დაბრუნებისა და რეინტეგრაციის პროექტებს ახორციელებდა. მათი მონაცემები აქ მხოლოდ კონტექსტისთვისაა: ეს სახელმწიფო პროგრამის მონაცემები არ არის და პროგრამის რიცხვებს არ უნდა დაემატოს.',
    'beneficiaries.iomPeriod': 'პერიოდი',
    'beneficiaries.iomMore':
      'პირებში დათვლილი რაოდენობების ჯამი არის {sum} ({derived}), რაც მეტია დახმარებულ პირთა რაოდენობაზე ({assisted}): ერთ პირს შეიძლება რამდენიმე სახის დახმარება მიეღო, ამიტომ ერთი პირი რამდენიმე რაოდენობაში შეიძლება იყოს დათვლილი და მათი ჯამი პირთა რაოდენობა არ არის.',
    'beneficiaries.iomFewer':
      'პირებში დათვლილი რაოდენობების ჯამი არის {sum} ({derived}), რაც ნაკლებია დახმარებულ პირთა რაოდენობაზე ({assisted}); IOM ამ სხვაობას არ ხსნის, ხოლო ერთ პირს შეიძლება რამდენიმე სახის დახმარება მიეღო.',
    'beneficiaries.iomExact': 'პირებში დათვლილი რაოდენობების ჯამი არის {sum} ({derived}) — ზუსტად დახმარებულ პირთა რაოდენობა.',
    'beneficiaries.iomFamilies': '„{kind}“ დათვლილია ოჯახების და არა პირების მიხედვით ({count}), ამიტომ ეს რიცხვი პირთა ჯამში არ შედის.',
  } as const,
  {
    'beneficiaries.title': 'Beneficiaries and services',
    'beneficiaries.description':
      'How many returned migrants received a service from the state program, which services were offered each year, and figures from IOM’s own projects for context.',
    'beneficiaries.intro':
      'The state program offers returned migrants a few kinds of help, called services. This page shows how many people received each service in the year for which counts are known, and which services were offered in each year. At the end are figures from the International Organization for Migration’s (IOM) own projects, which are not part of the state program.',

    'beneficiaries.sumExact': 'In {year}, {total} persons received at least one service. The counts by service add up to {sum} ({derived}): exactly the number of persons served.',
    'beneficiaries.sumMore': 'In {year}, {total} persons received at least one service. The counts by service add up to {sum} ({derived}), more than that: one person may be counted under several services.',
    'beneficiaries.sumFewer': 'In {year}, {total} persons received at least one service. The counts by service add up to {sum} ({derived}), fewer than that; the source does not explain the difference.',
    'beneficiaries.sumNoTotal': 'The counts by service for {year} add up to {sum} ({derived}); the total number of persons served is not reported.',
    'beneficiaries.sumIncomplete': 'Not every service has a count for {year}, so the counts cannot be checked against the number of persons served.',

    'beneficiaries.matrixCounted': 'Counts by service are known for {years}.',
    'beneficiaries.matrixOfferedOnly': 'For {years}, the services offered are known but their counts are not.',
    'beneficiaries.matrixUnknown': 'For {years}, our sources do not list the services.',
    'beneficiaries.legend': 'Key',
    'beneficiaries.legendCounted': 'the number in the cell is how many persons received the service',
    'beneficiaries.legendOffered': 'the service was part of the program that year, but the source gives no count',
    'beneficiaries.legendNotOffered': 'that year’s services are known and this one is not among them',
    'beneficiaries.legendUnknown': 'our sources do not list that year’s services',
    'beneficiaries.serviceColumn': 'Service',
    'beneficiaries.servicesLink': 'What each service gives, with its sources',

    'beneficiaries.iomTitle': 'IOM’s own projects (context)',
    'beneficiaries.iomIntro':
      'The International Organization for Migration (IOM) has run its own return and reintegration projects in Georgia. Their figures are here for context only: they are not figures of the state program and should not be added to the program’s.',
    'beneficiaries.iomPeriod': 'Period',
    'beneficiaries.iomMore':
      'The counts in persons add up to {sum} ({derived}), more than the {assisted} persons assisted: one person can receive several kinds of help, so the counts overlap and their sum is not a number of persons.',
    'beneficiaries.iomFewer':
      'The counts in persons add up to {sum} ({derived}), fewer than the {assisted} persons assisted; IOM does not explain the difference, and one person can receive several kinds of help.',
    'beneficiaries.iomExact': 'The counts in persons add up to {sum} ({derived}): exactly the number of persons assisted.',
    'beneficiaries.iomFamilies': '“{kind}” is counted in families, not persons ({count}). A family is not a person, so this count is left out of the sum of persons.',
  },
);
