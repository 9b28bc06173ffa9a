import { pageStrings } from './define.ts';

export const home = pageStrings(
  {
    'home.title': 'მთავარი',
    'home.description': 'სახელმწიფო პროგრამის „საქართველოში დაბრუნებულ მიგრანტთა სარეინტეგრაციო დახმარება“ ბიუჯეტი, ბენეფიციარები და სერვისები, წყაროებით.',
    'home.intro':
      'სახელმწიფო პროგრამა ეხმარება საქართველოში დაბრუნებულ მიგრანტებს ცხოვრების თავიდან აწყობაში: აფინანსებს მცირე საშემოსავლო პროექტებს, ფარავს მკურნალობის ხარჯს, ეხმარება პროფესიის შესწავლაში და აძლევს დროებით საცხოვრისს.',
    'home.intro2': 'აქ ნახავთ, რა თანხა ჰქონდა პროგრამას ყოველ წელს, რამდენ ადამიანს დაეხმარა და რით. ყველა რიცხვს თავისი წყარო ახლავს.',
    'home.latest': '{year} წელი — ბოლო წელი, რომლის მონაცემებიც გვაქვს',
    'home.budget': 'ბიუჯეტი',
    'home.personsServed': 'მომსახურებული პირები',
    'home.servicesOffered': 'შეთავაზებული სერვისები',
    'home.personsLatest': '{year} წელს მომსახურებული პირები',
    'home.budgetTakeaway': 'ბიუჯეტი {from} წელს იყო {fromValue}, {to} წელს კი — {toValue}.',
    'home.breakdownTakeaway': '{year} წელს ყველაზე მეტ პირს მიეწოდა სერვისი „{service}“: {total}-დან {persons} პირს ({share}).',
    'home.breakdownTakeawayNoShare': '{year} წელს ყველაზე მეტ პირს მიეწოდა სერვისი „{service}“: {persons} პირს.',
    'home.whatsNew': 'სიახლეები',
    'home.allYears': 'ყველა წელი',
    'home.toChart': 'ყველა წელი დიაგრამაზე',
    'home.more': 'დაწვრილებით',
  },
  {
    'home.title': 'Home',
    'home.description': 'Budget, beneficiaries and services of Georgia’s state program of reintegration assistance to returned migrants, with sources.',
    'home.intro':
      'The state program helps migrants who have come back to Georgia to rebuild their lives: it funds small income-generating projects, pays for medical care, helps people learn a trade and offers temporary housing.',
    'home.intro2': 'Here you can see how much money the program had each year, how many people it helped and with what. Every figure comes with its source.',
    'home.latest': '{year}: the latest year with data',
    'home.budget': 'Budget',
    'home.personsServed': 'Persons served',
    'home.servicesOffered': 'Services offered',
    'home.personsLatest': 'Persons served in {year}',
    'home.budgetTakeaway': 'The budget was {fromValue} in {from} and {toValue} in {to}.',
    'home.breakdownTakeaway': 'In {year} the most common service was “{service}”: {persons} of {total} persons ({share}).',
    'home.breakdownTakeawayNoShare': 'In {year} the most common service was “{service}”, received by {persons} persons.',
    'home.whatsNew': 'What’s new',
    'home.allYears': 'All years',
    'home.toChart': 'Every year on a chart',
    'home.more': 'More',
  },
);
