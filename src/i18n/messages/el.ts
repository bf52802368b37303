import type {Messages} from '../messages.js';

export default {
  listLabel: (home) => `Αδελφές πόλεις: ${home}`,
  relation: {twin: 'Αδελφή πόλη', partner: 'Συνεργαζόμενη πόλη', cooperation: 'Συμφωνία συνεργασίας'},
  // «από» would need the accusative with an article ("από τον Μάιο του 1998"); Intl gives "Μάιος 1998".
  since: (date) => `— έναρξη: ${date}`,
  inactive: 'πλέον ανενεργή',
  formerName: (name) => `πρώην ${name}`,
  website: 'Επίσημος ιστότοπος',
  distance: (km, home) => `${home}: απόσταση ${km}`,
  history: 'Ιστορικό',
  event: {
    'council-decision': 'Απόφαση δημοτικού συμβουλίου',
    'agreement-signed': 'Υπογραφή συμφωνίας',
    handover: 'Παράδοση',
    visit: 'Επίσκεψη',
    other: 'Γεγονός',
  },
  proposedBy: (name) => `πρόταση: ${name}`,
  dateUnknown: 'Άγνωστη ημερομηνία',
  flag: (country) => `Σημαία: ${country}`,
  search: 'Αναζήτηση αδελφών πόλεων',
  count: {one: '# αδελφή πόλη', other: '# αδελφές πόλεις'},
  noMatch: (query) => `Δεν βρέθηκε αδελφή πόλη για «${query}».`,
  showAll: (count) => `Εμφάνιση όλων (${count})`,
  unknownCity: (id) => `Δεν υπάρχει αδελφή πόλη «${id}» σε αυτή τη λίστα.`,
  failed: (reason) => `Δεν ήταν δυνατή η φόρτωση των αδελφών πόλεων: ${reason}.`,
  errors: {
    http: (status) => `ο διακομιστής απάντησε με σφάλμα ${status}`,
    network: 'δεν ήταν δυνατή η σύνδεση με τον διακομιστή (εκτός σύνδεσης, άρνηση ή μη επιτρεπόμενη πρόσβαση)',
    timeout: (seconds) => `ο διακομιστής δεν απάντησε μέσα σε ${seconds} δευτερόλεπτα`,
    'too-large': (megabytes) => `η λίστα υπερβαίνει τα ${megabytes} MB`,
    parse: 'το αρχείο δεν είναι έγκυρο JSON',
    invalid: (path) => `το αρχείο δεν έχει τη μορφή λίστας αδελφών πόλεων (${path})`,
  },
  savedCopy: (date) => `Αποθηκευμένο αντίγραφο (${date}): η λίστα δεν μπόρεσε να ενημερωθεί αυτή τη στιγμή.`,
  retry: 'Δοκιμάστε ξανά',
} satisfies Messages;
