/** The sign-in page. */
const zhCN = {
  login: {
    title: '用户登录',
    subtitle: '政府信息与政务公开工作制度办理系统',
    username: '用户名',
    password: '密码',
    submit: '登录',
    usernameRequired: '请输入用户名',
    passwordRequired: '请输入密码',
    failed: '用户名或密码不正确。',
    locked: '账号已被锁定，请稍后再试或联系系统管理员。',
    disabled: '账号已停用，请联系系统管理员。',
    footer: '仅供本单位工作人员使用。如需开通账号，请由本单位负责人提出申请。',
  },
};

export type Messages = typeof zhCN;

export const messages = { 'zh-CN': zhCN, en: () => import('./messages.en').then((m) => m.en) };
