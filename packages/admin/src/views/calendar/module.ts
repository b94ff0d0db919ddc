import { Calendar } from '@element-plus/icons-vue';
import { defineAdminModule } from '@/admin-module';
import { messages } from './messages';

/** The working-day calendar. */
export const calendarModule = defineAdminModule({
  name: 'calendar',
  pages: [
    {
      name: 'calendar',
      path: 'calendar',
      title: 'menu.calendar',
      icon: Calendar,
      can: ['read', 'CalendarDay'],
      component: () => import('./index.vue'),
    },
  ],
  messages,
});
