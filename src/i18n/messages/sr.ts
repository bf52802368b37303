import type {Messages} from '../messages.js';

export default {
  listLabel: (home) => `Братски градови: ${home}`,
  relation: {twin: 'Братски град', partner: 'Партнерски град', cooperation: 'Споразум о сарадњи'},
  // „од“ needs the genitive („од маја 1998.“), but Intl gives the nominative („мај 1998.“).
  since: (date) => `— почетак: ${date}`,
  inactive: 'више није активан',
  formerName: (name) => `раније ${name}`,
  website: 'Званични сајт',
  distance: (km, home) => `${home}: удаљеност ${km}`,
  history: 'Историјат',
  event: {
    'council-decision': 'Одлука скупштине општине',
    'agreement-signed': 'Потписан споразум',
    handover: 'Примопредаја',
    visit: 'Посета',
    other: 'Догађај',
  },
  proposedBy: (name) => `предлагач: ${name}`,
  dateUnknown: 'Датум непознат',
  flag: (country) => `Застава: ${country}`,
  search: 'Претрага братских градова',
  count: {one: '# братски град', few: '# братска града', other: '# братских градова'},
  noMatch: (query) => `Нема братског града који одговара упиту „${query}“.`,
  showAll: (count) => `Прикажи све (${count})`,
  unknownCity: (id) => `На овом списку нема братског града „${id}“.`,
  failed: (reason) => `Учитавање братских градова није успело: ${reason}.`,
  errors: {
    http: (status) => `сервер је одговорио грешком ${status}`,
    network: 'сервер није доступан (нема везе, веза је одбијена или није дозвољена)',
    timeout: (seconds) => `сервер није одговорио у року од ${seconds} s`,
    'too-large': (megabytes) => `листа је већа од ${megabytes} MB`,
    parse: 'датотека није исправан JSON',
    invalid: (path) => `датотека није у формату списка братских градова (${path})`,
  },
  savedCopy: (date) => `Сачувана копија (${date}): списак тренутно није могао да се ажурира.`,
  retry: 'Покушај поново',
} satisfies Messages;
