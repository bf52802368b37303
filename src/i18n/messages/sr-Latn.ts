import type {Messages} from '../messages.js';

export default {
  listLabel: (home) => `Bratski gradovi: ${home}`,
  relation: {twin: 'Bratski grad', partner: 'Partnerski grad', cooperation: 'Sporazum o saradnji'},
  // „od“ needs the genitive („od maja 1998.“), but Intl gives the nominative („maj 1998.“).
  since: (date) => `— početak: ${date}`,
  inactive: 'više nije aktivan',
  formerName: (name) => `ranije ${name}`,
  website: 'Zvanični sajt',
  distance: (km, home) => `${home}: udaljenost ${km}`,
  history: 'Istorijat',
  event: {
    'council-decision': 'Odluka skupštine opštine',
    'agreement-signed': 'Potpisan sporazum',
    handover: 'Primopredaja',
    visit: 'Poseta',
    other: 'Događaj',
  },
  proposedBy: (name) => `predlagač: ${name}`,
  dateUnknown: 'Datum nepoznat',
  flag: (country) => `Zastava: ${country}`,
  search: 'Pretraga bratskih gradova',
  count: {one: '# bratski grad', few: '# bratska grada', other: '# bratskih gradova'},
  noMatch: (query) => `Nema bratskog grada koji odgovara upitu „${query}“.`,
  showAll: (count) => `Prikaži sve (${count})`,
  unknownCity: (id) => `Na ovom spisku nema bratskog grada „${id}“.`,
  failed: (reason) => `Učitavanje bratskih gradova nije uspelo: ${reason}.`,
  errors: {
    http: (status) => `server je odgovorio greškom ${status}`,
    network: 'server nije dostupan (nema veze, veza je odbijena ili nije dozvoljena)',
    timeout: (seconds) => `server nije odgovorio u roku od ${seconds} s`,
    'too-large': (megabytes) => `lista je veća od ${megabytes} MB`,
    parse: 'datoteka nije ispravan JSON',
    invalid: (path) => `datoteka nije u formatu spiska bratskih gradova (${path})`,
  },
  savedCopy: (date) => `Sačuvana kopija (${date}): spisak trenutno nije mogao da se ažurira.`,
  retry: 'Pokušaj ponovo',
} satisfies Messages;
