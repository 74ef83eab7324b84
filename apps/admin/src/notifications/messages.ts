// The texts of the person's notifications: Dutch (the default) and English, with the same keys.
export const notificationsNl = {
  'notifications.nav': 'Meldingen',
  'notifications.unread': '{count} ongelezen',
  'notifications.title': 'Meldingen',
  'notifications.lead': 'Wat Regie je liet weten: nieuwe overeenkomsten, incidenten, termijnen.',
  'notifications.onlyUnread': 'Alleen ongelezen',
  'notifications.none': 'Geen meldingen.',
  'notifications.noneUnread': 'Je hebt alles gelezen.',
  'notifications.open': 'Openen',
  'notifications.markRead': 'Markeer als gelezen',
  'notifications.read': 'Gelezen',
  'notifications.new': 'Nieuw',
} as const;

export const notificationsEn: Record<keyof typeof notificationsNl, string> = {
  'notifications.nav': 'Notifications',
  'notifications.unread': '{count} unread',
  'notifications.title': 'Notifications',
  'notifications.lead': 'What Regie told you: new agreements, incidents, deadlines.',
  'notifications.onlyUnread': 'Unread only',
  'notifications.none': 'No notifications.',
  'notifications.noneUnread': 'You have read everything.',
  'notifications.open': 'Open',
  'notifications.markRead': 'Mark as read',
  'notifications.read': 'Read',
  'notifications.new': 'New',
};
