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

const en: typeof zhCN = {
  login: {
    title: 'Sign in',
    subtitle: 'Government-affairs disclosure work systems',
    username: 'User name',
    password: 'Password',
    submit: 'Sign in',
    usernameRequired: 'Enter your user name',
    passwordRequired: 'Enter your password',
    failed: 'Wrong user name or password.',
    locked: 'The account is locked. Try again later or contact the administrator.',
    disabled: 'The account is disabled. Contact the administrator.',
    footer: 'For staff only. To get an account, ask the head of your unit to request one.',
  },
};

export const messages = { 'zh-CN': zhCN, en };
