import { pageStrings } from './define.ts';

/**
 * The update desk (/update/): the ministry checks its files in the browser before publishing.
 * Names written in Latin script in Georgian too (JavaScript, GitHub, file names, commands) are
 * filled in through {placeholders} from the page.
 */
export const update = pageStrings(
  {
    'update.title': 'მონაცემების განახლება',
    'update.description': 'სამინისტროსთვის: შეამოწმეთ მონაცემთა ფაილები გამოქვეყნებამდე, ბრაუზერში. ფაილები თქვენს კომპიუტერს არ ტოვებს.',
    'update.intro':
      'აქ შეგიძლიათ შეამოწმოთ ახალი წლის მონაცემები ისევე, როგორც მათ საიტის აგება ამოწმებს: შეცდომის შემთხვევაში ნახავთ ფაილს, სტრიქონს, სვეტს და იმას, თუ როგორ უნდა გასწორდეს.',
    'update.privacy': 'ფაილები მხოლოდ თქვენს ბრაუზერში მოწმდება და არსად იგზავნება.',
    'update.stepsTitle': 'როგორ მუშაობს',
    'update.step1': 'ჩამოტვირთეთ მონაცემთა ნაკრები საიტიდან (XLSX ან CSV) და დაამატეთ ახალი სტრიქონები Excel-ში ან LibreOffice-ში.',
    'update.step2': 'აირჩიეთ შეცვლილი ფაილები ქვემოთ. ფაილის სახელი ნაკრების სახელს უნდა ემთხვეოდეს, მაგალითად {example}.',
    'update.step3': 'გაასწორეთ ყველა შეცდომა, რომელსაც შემოწმება აჩვენებს, და აირჩიეთ ფაილები ხელახლა.',
    'update.step4': 'როცა შეცდომა აღარ არის, ატვირთეთ ფაილები {github}-ზე (Add file › Upload files) ან გაუგზავნეთ საიტის გუნდს.',
    'update.chooseLabel': 'აირჩიეთ CSV ან XLSX ფაილები',
    'update.dropHint': 'ან გადმოიტანეთ ისინი აქ.',
    'update.noScript': 'შემოწმებას ბრაუზერში {js} სჭირდება. მის გარეშე გაუგზავნეთ ფაილები საიტის გუნდს: ისინი მათ ბრძანებით {command} შეამოწმებენ.',
    'update.checking': 'ფაილები მოწმდება…',
    'update.ready': 'მზად არის გამოსაქვეყნებლად: შეცდომა არ არის.',
    'update.failed': 'შემოწმება ვერ შესრულდა: საიტის მონაცემები ვერ ჩაიტვირთა. განაახლეთ გვერდი და სცადეთ ხელახლა.',
    'update.fromFile': 'არჩეული ფაილიდან: {name}',
    'update.reportTitle': 'შემოწმების შედეგი',
  },
  {
    'update.title': 'Update the data',
    'update.description': 'For the ministry: check the data files before publishing, in your browser. The files never leave your computer.',
    'update.intro':
      'Check a new year\'s data here the way the site\'s build checks it: for every mistake you see the file, the row, the column and how to fix it.',
    'update.privacy': 'The files are checked in your browser only and are sent nowhere.',
    'update.stepsTitle': 'How it works',
    'update.step1': 'Download a dataset from the site (XLSX or CSV) and add the new rows in Excel or LibreOffice.',
    'update.step2': 'Choose the changed files below. Each file is named after its dataset, for example {example}.',
    'update.step3': 'Fix every error the check shows, and choose the files again.',
    'update.step4': 'When no error is left, upload the files on {github} (Add file › Upload files) or send them to the site\'s team.',
    'update.chooseLabel': 'Choose CSV or XLSX files',
    'update.dropHint': 'or drop them here.',
    'update.noScript': 'Checking in the browser needs {js}. Without it, send the files to the site\'s team: they check them with {command}.',
    'update.checking': 'Checking the files…',
    'update.ready': 'Ready to publish: no errors.',
    'update.failed': 'The check could not run: the site\'s data did not load. Reload the page and try again.',
    'update.fromFile': 'From the chosen file: {name}',
    'update.reportTitle': 'Result of the check',
  },
);
