/**
 * The government at a glance (leaders and the Disclosure Office): the figures of the home, each the
 * count of a list, in the order they are shown; a roll-up gives them per government and their sum.
 */
export const GOVERNMENT_FIGURES = [
  'consultationsInReview',
  'consultationsOpen',
  'meetingsUpcoming',
  'proposalsPending',
  'interpretationsOverdue',
  'casesOverdue',
  'requestsOverdue',
  'feedbackOverdue',
] as const;
export type GovernmentFigure = (typeof GOVERNMENT_FIGURES)[number];
/** The figures that count what is overdue (shown as an alert when not zero). */
export const GOVERNMENT_OVERDUE_FIGURES: readonly GovernmentFigure[] = [
  'interpretationsOverdue',
  'casesOverdue',
  'requestsOverdue',
  'feedbackOverdue',
];
