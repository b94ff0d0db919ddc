/** English messages of this module, loaded only when a user chooses English (Chinese, the source, is in messages.ts). */
export const en = {
  menu: {
    groupTraining: 'Training',
    trainingSessions: 'Sessions',
    trainingCoverage: 'Coverage',
    trainingUnitCoverage: 'Our unit',
    myTrainings: 'My training',
  },
  training: {
    sessionTitle: 'Session',
    checkInTitle: 'Check in',
  },
};
