import { pageStrings } from './define.ts';

export const budget = pageStrings(
  {
    'budget.title': 'ბიუჯეტი',
    'budget.description': 'პროგრამის ბიუჯეტი წლების მიხედვით, ცვლილება წინა წელთან შედარებით და ის, თუ რას მოხმარდა თანხა.',
    'budget.intro': 'პროგრამა ფინანსდება სახელმწიფო ბიუჯეტიდან. ქვემოთ არის თითოეული წლისთვის გამოყოფილი თანხა ლარში, ისე, როგორც წყაროები ასახელებს.',
    'budget.changeTakeaway': 'ცვლილება გამოთვლილია ზედიზედ ორი წლის ბიუჯეტების მიხედვით; თუ ერთ-ერთი მათგანი წყაროში არ არის, ცვლილებაც არ ითვლება.',
    'budget.perPersonTitle': 'ბიუჯეტი ერთ მომსახურებულ პირზე',
    'budget.perPerson': '{year} წელს: {value} ({budget} ÷ {persons} პირი).',
    'budget.perPersonCaveat': 'ბიუჯეტი მთელ პროგრამას ფარავს (ადმინისტრირების ჩათვლით), ამიტომ ეს არ არის ერთი სერვისის ღირებულება.',
    'budget.paidFor': 'რას მოხმარდა ბიუჯეტი',
    'budget.paidForIntro': 'თითოეულ წელს პროგრამა თანხას ამ სერვისებზე ხარჯავდა:',
    'budget.notListed': 'სერვისების ჩამონათვალი ჩვენს წყაროებში არ არის.',
    'budget.directions': 'წყარო მხოლოდ მიმართულებების რაოდენობას უთითებს: {count}.',
  },
  {
    'budget.title': 'Budget',
    'budget.description': 'The program’s budget by year, the change from the year before, and what the money paid for.',
    'budget.intro': 'The program is paid for from the state budget. Below is the amount allocated each year, in lari, as the sources give it.',
    'budget.changeTakeaway': 'Each change is computed from the budgets of two consecutive years; where either is not reported, so is the change.',
    'budget.perPersonTitle': 'Budget per person served',
    'budget.perPerson': 'In {year}: {value} ({budget} ÷ {persons} persons).',
    'budget.perPersonCaveat': 'The budget covers the whole program (its running included), so this is not the cost of one service.',
    'budget.paidFor': 'What the budget paid for',
    'budget.paidForIntro': 'Each year the program spent its money on these services:',
    'budget.notListed': 'Our sources do not list the services.',
    'budget.directions': 'The source counts {count} directions.',
  },
);
