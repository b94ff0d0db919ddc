import { Checked, Document, DocumentChecked, EditPen, Files, Stamp, View } from '@element-plus/icons-vue';
import { defineAdminModule } from '@/admin-module';
import { messages } from './messages';

const queue = () => import('./queue.vue');

/** Policy documents (system 2): drafting, review, sign-off, issue. To-do links: /documents/<id>. */
export const documentsModule = defineAdminModule({
  name: 'documents',
  pages: [
    {
      name: 'documents',
      path: 'documents',
      title: 'menu.documents',
      icon: Files,
      can: ['read', 'PolicyDocument'],
      component: () => import('./index.vue'),
      children: [
        { name: 'document-new', path: 'documents/new', title: 'documents.createTitle', component: () => import('./edit.vue') },
        { name: 'document', path: 'documents/:id', title: 'documents.detailTitle', component: () => import('./detail.vue') },
        { name: 'document-edit', path: 'documents/:id/edit', title: 'documents.editTitle', component: () => import('./edit.vue') },
      ],
    },
    {
      name: 'document-officer-queue',
      path: 'document-queue/officer',
      title: 'menu.documentOfficerQueue',
      icon: Checked,
      can: ['approveAttribute', 'PolicyDocument'],
      component: queue,
    },
    {
      name: 'document-signoff-queue',
      path: 'document-queue/sign-off',
      title: 'menu.documentSignoffQueue',
      icon: EditPen,
      can: ['signOff', 'PolicyDocument'],
      component: queue,
    },
    {
      name: 'document-review-queue',
      path: 'document-queue/review',
      title: 'menu.documentReviewQueue',
      icon: DocumentChecked,
      can: ['approve', 'PolicyDocument'],
      component: queue,
      children: [{ name: 'document-review', path: 'document-queue/review/:id', title: 'review.title', component: () => import('./review.vue') }],
    },
    {
      name: 'document-issue-queue',
      path: 'document-queue/issue',
      title: 'menu.documentIssueQueue',
      icon: Stamp,
      can: ['issue', 'PolicyDocument'],
      component: queue,
    },
  ],
  menu: [
    {
      key: 'documents',
      title: 'menu.groupDocuments',
      icon: Document,
      workspaces: ['department'],
      entries: [
        { page: 'documents' },
        { page: 'document-officer-queue' },
        { page: 'document-signoff-queue' },
        { page: 'document-issue-queue' },
        { page: 'interpretations' },
      ],
    },
    {
      key: 'disclosureReview',
      title: 'menu.groupDisclosureReview',
      icon: DocumentChecked,
      workspaces: ['disclosureOffice'],
      entries: [
        { page: 'document-review-queue' },
        { page: 'interpretations', title: 'menu.interpretationOversight', icon: View },
        { page: 'documents', title: 'menu.documentSearch' },
      ],
    },
    {
      key: 'documentIssue',
      title: 'menu.groupIssue',
      icon: Stamp,
      workspaces: ['documentSection'],
      entries: [{ page: 'document-issue-queue' }, { page: 'documents', title: 'menu.documentSearch' }],
    },
    {
      key: 'leaderDocuments',
      title: 'menu.groupDocuments',
      icon: Document,
      workspaces: ['leader'],
      entries: [{ page: 'documents', title: 'menu.documentSearch' }, { page: 'interpretations' }],
    },
  ],
  messages,
});
