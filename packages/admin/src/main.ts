import { createApp } from 'vue';
import { createPinia } from 'pinia';
import urql from '@urql/vue';
import { abilitiesPlugin } from '@casl/vue';
// Components are imported on demand with their styles; the services called from code are not.
import 'element-plus/es/components/message/style/css';
import 'element-plus/es/components/message-box/style/css';
import 'element-plus/es/components/notification/style/css';
import './styles.css';
import App from './App.vue';
import { ability } from './ability';
import { client } from './api/client';
import { i18n, restoreLocale } from './i18n';
import { router } from './router';

const app = createApp(App);
app.use(createPinia());
app.use(i18n);
app.use(urql, client);
app.use(abilitiesPlugin, ability, { useGlobalProperties: true });
app.use(router);
// A user who chose English before sees it from the first page on. (Not a top-level await: the English
// chunk imports this one, which must have finished evaluating first.)
void restoreLocale().finally(() => app.mount('#app'));
