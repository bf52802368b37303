import type {Messages} from '../messages.js';

export default {
  listLabel: (home) => `Города-побратимы: ${home}`,
  relation: {twin: 'Город-побратим', partner: 'Город-партнёр', cooperation: 'Соглашение о сотрудничестве'},
  // «с» needs the genitive, but Intl gives the month alone in the nominative ("май 1998 г.").
  since: (date) => `— начало: ${date}`,
  inactive: 'больше не действует',
  formerName: (name) => `прежнее название: ${name}`,
  website: 'Официальный сайт',
  distance: (km, home) => `${home}: расстояние ${km}`,
  history: 'История',
  event: {
    'council-decision': 'Решение муниципального совета',
    'agreement-signed': 'Подписание соглашения',
    handover: 'Передача',
    visit: 'Визит',
    other: 'Событие',
  },
  proposedBy: (name) => `инициатор: ${name}`,
  dateUnknown: 'Дата неизвестна',
  flag: (country) => `Флаг: ${country}`,
  search: 'Поиск городов-побратимов',
  count: {
    one: '# город-побратим',
    few: '# города-побратима',
    many: '# городов-побратимов',
    other: '# города-побратима',
  },
  noMatch: (query) => `Нет городов-побратимов по запросу «${query}».`,
  showAll: (count) => `Показать все (${count})`,
  unknownCity: (id) => `В этом списке нет города-побратима «${id}».`,
  failed: (reason) => `Не удалось загрузить города-побратимы: ${reason}.`,
  errors: {
    http: (status) => `сервер вернул ошибку ${status}`,
    network: 'сервер недоступен (нет подключения, соединение отклонено или запрещено)',
    timeout: (seconds) => `сервер не ответил за ${seconds} с`,
    'too-large': (megabytes) => `размер списка превышает ${megabytes} МБ`,
    parse: 'файл не является корректным JSON',
    invalid: (path) => `файл не соответствует формату списка городов-побратимов (${path})`,
  },
  savedCopy: (date) => `Сохранённая копия (${date}): список сейчас не удалось обновить.`,
  retry: 'Повторить попытку',
} satisfies Messages;
