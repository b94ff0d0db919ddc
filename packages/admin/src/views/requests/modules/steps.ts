// The steps of a request other than the reply (a form on the page), as data: what each needs from
// the user, which ability and state it starts from, and the mutation it sends. RequestActions.vue
// shows the steps the user may take now, and asks for their fields in one dialog.
import type { Action, DeliveryMethod } from '@gongkai/shared';
import { today } from '@/utils/format';
import { mutate } from '@/api/client';
import {
  ApproveDisclosureRequestExtensionDocument,
  AskDisclosureRequestCorrectionDocument,
  ConfirmDisclosureRequestDocument,
  ConsultDisclosureRequestThirdPartyDocument,
  DeliverDisclosureRequestDocument,
  EndUncorrectedDisclosureRequestDocument,
  ReceiveDisclosureRequestCorrectionDocument,
  RefuseDisclosureRequestRegistrationDocument,
  RejectDisclosureRequestExtensionDocument,
  RequestDisclosureRequestExtensionDocument,
  ResumeDisclosureRequestDocument,
} from '../gql/graphql';
import { type RequestDetail, type RequestStep } from './request';

export type StepFieldKind = 'date' | 'dueDate' | 'text' | 'line' | 'days' | 'method';
export interface StepField {
  key: 'on' | 'dueOn' | 'text' | 'reason' | 'thirdParty' | 'days' | 'method';
  /** i18n key of the label. */
  label: string;
  kind: StepFieldKind;
}
export interface StepValues {
  on: string;
  dueOn: string;
  text: string;
  reason: string;
  thirdParty: string;
  days: number;
  method: DeliveryMethod;
}
export interface StepDef {
  key: string;
  /** The workflow step whose states it starts from. */
  from: RequestStep;
  action: Action;
  button: 'primary' | 'success' | 'warning' | 'danger' | 'default';
  /** Whether the request, beyond its state, allows the step now. */
  when?: (r: RequestDetail) => boolean;
  fields: StepField[];
  run: (r: RequestDetail, v: StepValues) => Promise<unknown>;
}

const on: StepField = { key: 'on', label: 'requests.stepDate', kind: 'date' };
const ref = (r: RequestDetail) => ({ id: r.id, version: r.version });
const day = (v: StepValues) => v.on || null;

export const STEPS: StepDef[] = [
  {
    key: 'confirm',
    from: 'confirm',
    action: 'accept',
    button: 'primary',
    fields: [on],
    run: (r, v) => mutate(ConfirmDisclosureRequestDocument, { ...ref(r), on: day(v) }),
  },
  {
    key: 'refuseRegistration',
    from: 'refuseRegistration',
    action: 'return',
    button: 'danger',
    fields: [{ key: 'reason', label: 'requests.notRegisteredReason', kind: 'text' }],
    run: (r, v) => mutate(RefuseDisclosureRequestRegistrationDocument, { ...ref(r), reason: v.reason }),
  },
  {
    key: 'askCorrection',
    from: 'askCorrection',
    action: 'update',
    button: 'warning',
    // one notice only (the server also checks its last day)
    when: (r) => !r.correctionAskedOn,
    fields: [
      { key: 'text', label: 'requests.correctionText', kind: 'text' },
      { key: 'dueOn', label: 'requests.correctionDueOn', kind: 'dueDate' },
      on,
    ],
    run: (r, v) => mutate(AskDisclosureRequestCorrectionDocument, { ...ref(r), text: v.text, dueOn: v.dueOn, on: day(v) }),
  },
  {
    key: 'receiveCorrection',
    from: 'receiveCorrection',
    action: 'update',
    button: 'primary',
    fields: [on],
    run: (r, v) => mutate(ReceiveDisclosureRequestCorrectionDocument, { ...ref(r), on: day(v) }),
  },
  {
    key: 'endUncorrected',
    from: 'endUncorrected',
    action: 'update',
    button: 'danger',
    when: (r) => !!r.correctionDueOn && r.correctionDueOn < today(),
    fields: [on],
    run: (r, v) => mutate(EndUncorrectedDisclosureRequestDocument, { ...ref(r), on: day(v) }),
  },
  {
    key: 'consultThirdParty',
    from: 'consultThirdParty',
    action: 'update',
    button: 'default',
    fields: [{ key: 'thirdParty', label: 'requests.thirdPartyName', kind: 'line' }, on],
    run: (r, v) => mutate(ConsultDisclosureRequestThirdPartyDocument, { ...ref(r), thirdParty: v.thirdParty, on: day(v) }),
  },
  {
    key: 'resumeFromThirdParty',
    from: 'resumeFromThirdParty',
    action: 'update',
    button: 'primary',
    fields: [on],
    run: (r, v) => mutate(ResumeDisclosureRequestDocument, { ...ref(r), on: day(v) }),
  },
  {
    key: 'requestExtension',
    from: 'requestExtension',
    action: 'extend',
    button: 'default',
    when: (r) => !r.extensionState && !r.overdue,
    fields: [{ key: 'days', label: 'requests.extensionDays', kind: 'days' }, { key: 'reason', label: 'requests.extensionReason', kind: 'text' }, on],
    run: (r, v) => mutate(RequestDisclosureRequestExtensionDocument, { ...ref(r), days: v.days, reason: v.reason, on: day(v) }),
  },
  {
    key: 'approveExtension',
    from: 'decideExtension',
    action: 'approve',
    button: 'success',
    when: (r) => r.extensionState === 'REQUESTED',
    fields: [],
    run: (r) => mutate(ApproveDisclosureRequestExtensionDocument, ref(r)),
  },
  {
    key: 'rejectExtension',
    from: 'decideExtension',
    action: 'approve',
    button: 'danger',
    when: (r) => r.extensionState === 'REQUESTED',
    fields: [{ key: 'reason', label: 'requests.extensionRefusal', kind: 'text' }],
    run: (r, v) => mutate(RejectDisclosureRequestExtensionDocument, { ...ref(r), reason: v.reason }),
  },
  {
    key: 'deliver',
    from: 'deliver',
    action: 'close',
    button: 'success',
    fields: [{ key: 'method', label: 'requests.deliveryMethod', kind: 'method' }, on],
    run: (r, v) => mutate(DeliverDisclosureRequestDocument, { ...ref(r), method: v.method, on: day(v) }),
  },
];
